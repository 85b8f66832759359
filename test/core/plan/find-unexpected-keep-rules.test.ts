import { describe, expect, it } from 'vitest';
import type { DesiredKeepGrant, DesiredKey } from '../../../core/manifest/desired-state.ts';
import { findUnexpectedKeepRules } from '../../../core/plan/find-unexpected-keep-rules.ts';

const keyOf = (name: string, account: string, keepGrants: DesiredKeepGrant[]): DesiredKey =>
  ({ name, account, keepGrants }) as unknown as DesiredKey;

describe('findUnexpectedKeepRules', () => {
  it('groups one default rule over every key it applies to, and skips the keys of other accounts', () => {
    const rules: DesiredKeepGrant[] = Array.from({ length: 100 }, (_, index) => ({
      grantee: `arn:aws:iam::111122223333:role/r${String(index)}`,
      reason: 'x'.repeat(1000),
      source: 'defaults',
    }));
    const keys = Array.from({ length: 5000 }, (_, index) =>
      keyOf(`k${String(index)}`, index % 2 === 0 ? '111122223333' : '444455556666', rules),
    );
    const found = findUnexpectedKeepRules(keys);
    expect(found).toHaveLength(100);
    expect(found.every((rule) => rule.keys === 2500 && rule.firstKey === 'k0')).toBe(true);
  });

  it("lists a key's own rule naming another account, not one naming AWS's roles of its account", () => {
    const found = findUnexpectedKeepRules([
      keyOf('app', '111122223333', [
        {
          grantee: 'arn:aws:iam::111122223333:role/aws:ec2-infrastructure',
          reason: 'a',
          source: 'key',
        },
        {
          grantee: 'arn:aws:iam::999988887777:role/aws:ec2-infrastructure',
          reason: 'b',
          source: 'key',
        },
        { grantee: 'rds.us-east-1.amazonaws.com', reason: 'c', source: 'key' },
      ]),
    ]);
    expect(found.map((rule) => rule.reason)).toEqual(['b']);
  });
});
