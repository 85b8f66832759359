/**
 * Every request on a key carries the key's own properties (KMS Developer Guide, "AWS KMS
 * condition keys": kms:KeyOrigin, kms:KeySpec, kms:KeyUsage, kms:MultiRegion), and lint knows
 * them for a manifest's key. A Deny of PutKeyPolicy scoped to keys of imported material does
 * not take the policy away from the root of a key of AWS_KMS material: `no-root-backstop`
 * must stay silent there (with the properties unknown it reported a lockout), and speak when
 * the Deny matches this key.
 */
import { describe, expect, it } from 'vitest';
import { runLint } from '../../../core/lint/run-lint.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

function rulesOf(origin: string, keyOrigin = ''): string[] {
  const text = `version: 1
defaults: { account: "111122223333", region: us-east-1, environment: staging }
keys:
  k:
    service: s3
${keyOrigin}    policy:
      document:
        Version: "2012-10-17"
        Statement:
          - { Sid: Root, Effect: Allow, Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" }
          - { Sid: Deny, Effect: Deny, Principal: "*", Action: "kms:PutKeyPolicy", Resource: "*", Condition: { StringEquals: { "kms:KeyOrigin": ${origin} } } }
`;
  const read = readManifest('kms.yaml', text, {
    repository: 'acme/keys',
    manifestPath: 'kms.yaml',
  });
  if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('\n'));
  return runLint(read.desired).map((finding) => finding.rule);
}

describe("lint reads the key's own properties", () => {
  it('a Deny on keys of imported material leaves a key of AWS_KMS material its root', () => {
    expect(rulesOf('EXTERNAL')).not.toContain('no-root-backstop');
  });

  it('a Deny on the key’s own origin takes it away', () => {
    expect(rulesOf('AWS_KMS')).toContain('no-root-backstop');
    expect(rulesOf('EXTERNAL', '    origin: EXTERNAL\n')).toContain('no-root-backstop');
  });
});
