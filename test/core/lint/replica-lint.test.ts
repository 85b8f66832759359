import { describe, expect, it } from 'vitest';
import { runLint } from '../../../core/lint/run-lint.ts';
import { HEADER, cleanKey, desiredOf } from './lint-manifest.ts';

const KEY = `keys:
${cleanKey('data')}    multi_region: true
`;

function lint(replicas: string): { rule: string; line: number; message: string }[] {
  const text = `${HEADER}${KEY}    replicas:\n${replicas}`;
  return runLint(desiredOf(text)).map(({ rule, line, message }) => ({ rule, line, message }));
}

describe('lint on replica entries', () => {
  it('a replica that takes its key’s policy and no aliases adds no finding', () => {
    expect(lint('      - eu-west-1\n')).toEqual([]);
  });

  it('runs the policy rules on a replica’s own policy, at the replica entry’s lines', () => {
    const findings = lint(`      - region: eu-west-1
        policy:
          admins: [kms-admin]
          users: [kms-admin]
`);
    // At the replica's `policy:` (line 21), not at the key's (line 17).
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'admin-user-overlap', line: 21 }),
      expect.objectContaining({ rule: 'missing-encryption-context', line: 21 }),
    ]);
  });

  it('runs the policy rules on a replica’s raw document, at the statement written', () => {
    const findings = lint(`      - region: eu-west-1
        policy:
          document:
            Version: '2012-10-17'
            Statement:
              - Sid: Root
                Effect: Allow
                Principal: { AWS: arn:aws:iam::111122223333:root }
                Action: kms:*
                Resource: '*'
              - Sid: Anyone
                Effect: Allow
                Principal: '*'
                Action: kms:Decrypt
                Resource: '*'
`);
    expect(findings.filter((finding) => finding.rule === 'public-principal')).toEqual([
      expect.objectContaining({ line: 31 }),
    ]);
  });

  it('checks a replica’s aliases with the alias rules, at the replica’s aliases', () => {
    const findings = lint(`      - region: eu-west-1
        aliases: [alias/Prod_Data, alias/staging-data]
`);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'alias-environment-mismatch',
        line: 20,
        message: expect.stringContaining('the eu-west-1 replica of key `data`'),
      }),
      expect.objectContaining({ rule: 'alias-naming', line: 20 }),
    ]);
  });

  it('checks a replica’s own deletion window with deletion-window, at the replica’s field', () => {
    // A production key with a 30-day window whose replica is deleted after 7 days: the replica
    // entry must not be a way around the rule.
    const findings = lint(`      - region: eu-west-1
        deletion_window_in_days: 7
`);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'deletion-window',
        line: 20,
        message: expect.stringContaining('the eu-west-1 replica of key `data`'),
      }),
    ]);
  });

  it('counts the users of a replica’s own policy in compliance-isolation', () => {
    // The replica has the key material of the PCI key: a workload its policy lets decrypt
    // there is in the PCI scope as much as one the key's own policy names.
    const text = `${HEADER}keys:
${cleanKey('cards')}    compliance: pci
    tags: { Compliance: pci }
    multi_region: true
    replicas:
      - region: eu-west-1
        policy: { admins: [kms-admin], users: [app, other-app], via_service: [s3] }
${cleanKey('general').replace('users: [app]', 'users: [other-app]')}`;
    const findings = runLint(desiredOf(text)).filter(
      (finding) => finding.rule === 'compliance-isolation',
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('other-app'),
    ]);
  });

  it('checks the Compliance tag of a replica whose entry overrides it (required-tags)', () => {
    // Tag-based access (aws:ResourceTag/Compliance) and audits find the replica by its own tags.
    const text = `${HEADER}keys:
${cleanKey('cards')}    compliance: pci
    tags: { Compliance: pci }
    multi_region: true
    replicas:
      - region: eu-west-1
        tags: { Compliance: none }
`;
    const findings = runLint(desiredOf(text)).filter((finding) => finding.rule === 'required-tags');
    expect(findings).toEqual([
      expect.objectContaining({
        line: 22,
        message: expect.stringContaining('the eu-west-1 replica of key `cards`'),
      }),
    ]);
  });
});
