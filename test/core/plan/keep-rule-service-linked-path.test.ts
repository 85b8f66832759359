/**
 * A session ARN carries the role's name, not its path, so a role rule keeps the sessions of
 * any role of that name. A rule that reads like a service-linked role
 * (`role/aws-service-role/rds.amazonaws.com/contractor`: a path only AWS creates) would then
 * keep the grants to the sessions of the customer's own role `contractor`, while the plan's
 * warning, which trusts that path, stayed silent. A rule under `/aws-service-role/` keeps only
 * the grants to that exact role; a rule naming a role of yours keeps its sessions too, and the
 * plan warns about it.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredKeepGrant, DesiredKey } from '../../../core/manifest/desired-state.ts';
import { diffGrants } from '../../../core/plan/diff-grants.ts';
import { findUnexpectedKeepRules } from '../../../core/plan/find-unexpected-keep-rules.ts';
import type { LiveGrant } from '../../../core/plan/live-state.ts';

const ACCOUNT = '111122223333';
const KEY = { name: 'app', account: ACCOUNT, region: 'us-east-1', keyId: 'k' };
const session: LiveGrant = {
  grantId: 'g-contractor',
  granteePrincipal: `arn:aws:sts::${ACCOUNT}:assumed-role/contractor/alice`,
  operations: ['Decrypt'],
};
const rule = (grantee: string): DesiredKeepGrant => ({ grantee, reason: 'r', source: 'key' });
const DISGUISED = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/rds.amazonaws.com/contractor`;

describe('a keep rule under the service-linked role path', () => {
  it("does not keep the sessions of the customer's role of the same name", () => {
    const diff = diffGrants(KEY, [], [session], [rule(DISGUISED)]);
    expect(diff.kept).toEqual([]);
    expect(diff.changes).toEqual([
      expect.objectContaining({ action: 'revoke-grant', grantId: 'g-contractor' }),
    ]);
  });

  it('still keeps the grants to that exact service-linked role', () => {
    const autoscaling = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`;
    const diff = diffGrants(
      KEY,
      [],
      [{ grantId: 'g-asg', granteePrincipal: autoscaling, operations: ['Decrypt'] }],
      [rule(autoscaling)],
    );
    expect(diff.kept.map((kept) => kept.grantId)).toEqual(['g-asg']);
    expect(
      findUnexpectedKeepRules([
        { name: 'app', account: ACCOUNT, keepGrants: [rule(autoscaling)] } as unknown as DesiredKey,
      ]),
    ).toEqual([]);
  });

  it("a rule naming the customer's role keeps its sessions, and is warned about", () => {
    const own = `arn:aws:iam::${ACCOUNT}:role/contractor`;
    expect(diffGrants(KEY, [], [session], [rule(own)]).kept).toHaveLength(1);
    expect(
      findUnexpectedKeepRules([
        { name: 'app', account: ACCOUNT, keepGrants: [rule(own)] } as unknown as DesiredKey,
      ]).map((found) => found.grantee),
    ).toEqual([own]);
  });
});
