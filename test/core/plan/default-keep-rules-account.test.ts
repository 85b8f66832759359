/**
 * `defaults.keep_grants` reaches every key, in every account of the manifest. A default rule
 * written for one account's instances (`arn:aws:iam::111122223333:role/aws:ec2-infrastructure`,
 * "EBS volumes of our instances") must not keep, on a key of another account, the grants that
 * key gives the first account's instances: that is cross-account access nobody declared for
 * that key. A default rule naming an IAM principal applies to the keys of that principal's
 * account only; a key's own rule applies as written (naming another account there is
 * deliberate, and the plan warns about what it keeps).
 */
import { describe, expect, it } from 'vitest';
import type { DesiredKeepGrant } from '../../../core/manifest/desired-state.ts';
import { diffGrants } from '../../../core/plan/diff-grants.ts';
import type { LiveGrant } from '../../../core/plan/live-state.ts';

const PROD = '111122223333';
const STAGING = '444455556666';
const EC2_ROLE = `arn:aws:iam::${PROD}:role/aws:ec2-infrastructure`;
const prodInstance: LiveGrant = {
  grantId: 'g-prod-instance',
  name: 'ebs',
  granteePrincipal: `arn:aws:sts::${PROD}:assumed-role/aws:ec2-infrastructure/i-1`,
  operations: ['Decrypt'],
};
const keyIn = (account: string) => ({ name: 'app', account, region: 'us-east-1', keyId: 'k' });
const rule = (source: DesiredKeepGrant['source']): DesiredKeepGrant => ({
  grantee: EC2_ROLE,
  reason: 'EBS volumes of our instances',
  source,
});

describe('a default keep rule naming one account', () => {
  it("keeps the grants on that account's keys", () => {
    const diff = diffGrants(keyIn(PROD), [], [prodInstance], [rule('defaults')]);
    expect(diff.kept.map((kept) => kept.grantId)).toEqual(['g-prod-instance']);
  });

  it("does not keep, on another account's key, the grants to the first account's instances", () => {
    const diff = diffGrants(keyIn(STAGING), [], [prodInstance], [rule('defaults')]);
    expect(diff.kept).toEqual([]);
    expect(diff.changes).toEqual([
      expect.objectContaining({
        action: 'revoke-grant',
        grantId: 'g-prod-instance',
        risk: 'destructive',
      }),
    ]);
  });

  it("a key's own rule naming another account still keeps (deliberate, and warned about)", () => {
    const diff = diffGrants(keyIn(STAGING), [], [prodInstance], [rule('key')]);
    expect(diff.kept.map((kept) => kept.grantId)).toEqual(['g-prod-instance']);
  });

  it('a default rule naming a service principal applies to every key', () => {
    const table: LiveGrant = {
      grantId: 'g-table',
      granteePrincipal: 'dynamodb.us-east-1.amazonaws.com',
      operations: ['Decrypt'],
    };
    const diff = diffGrants(
      keyIn(STAGING),
      [],
      [table],
      [{ grantee: 'dynamodb.us-east-1.amazonaws.com', reason: 'tables', source: 'defaults' }],
    );
    expect(diff.kept.map((kept) => kept.grantId)).toEqual(['g-table']);
  });
});
