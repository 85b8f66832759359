// `defaults:` holds every key field that several keys may share; fields that identify or act
// on one key are refused there with the reason.
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };
const PREAMBLE = `version: 1
defaults:
  account: '111122223333'
  region: us-east-1
  policy:
    admins: [arn:aws:iam::111122223333:role/kms-admin]
`;

describe('defaults', () => {
  it('gives every key the default service, compliance, description and origin unless it writes its own', () => {
    const text = `${PREAMBLE}  service: payments
  compliance: pci
  description: Payments data key
  origin: EXTERNAL
keys:
  plain: {}
  own:
    service: ledger
    compliance: sox
    description: Ledger key
    origin: AWS_KMS
`;
    const result = readManifest('kms.yaml', text, OPTIONS);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const pick = (name: string): unknown => {
      const key = result.desired.keys.find((candidate) => candidate.name === name);
      return [key?.service, key?.compliance, key?.description, key?.origin];
    };
    expect(pick('plain')).toEqual(['payments', 'pci', 'Payments data key', 'EXTERNAL']);
    expect(pick('own')).toEqual(['ledger', 'sox', 'Ledger key', 'AWS_KMS']);
  });

  it.each([
    ['state: pending_deletion', 'state', 'one line cannot disable or delete every key'],
    ['aliases: [alias/x]', 'aliases', 'an alias names exactly one key'],
    ['adopt: 1234abcd-12ab-34cd-56ef-1234567890ab', 'adopt', 'adopts exactly one existing key'],
    [
      'bypass_policy_lockout_safety_check: true',
      'bypass_policy_lockout_safety_check',
      'lockout check of every key',
    ],
  ])('refuses `%s` under defaults, saying why', (line, field, why) => {
    const text = `${PREAMBLE}  ${line}\nkeys:\n  a: {}\n`;
    const result = readManifest('kms.yaml', text, OPTIONS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      message: `unknown field \`${field}\` in \`defaults\``,
      line: 7,
      column: 3,
    });
    expect(result.problems[0]?.hint).toContain(why);
  });
});
