/**
 * A grant whose grantee AWS operates, but for another account: the EBS grant of another
 * account's instance (`arn:aws:sts::<other>:assumed-role/aws:ec2-infrastructure/<id>`), or a
 * grant to a service principal whose `SourceArn` constraint names another account's resource
 * (a confused deputy: the service uses the key for that account). Only AWS can act as such a
 * grantee, but the grant serves someone else: a service rule does not keep it, the plan warns
 * when a rule keeps it, and import never writes a rule for it. Revoking it still breaks a
 * resource (another account's volume or table encrypted under this key through
 * `cross_account`), so, like every grant to a grantee AWS operates, it is revoked only when its
 * id is named (`--allow-destructive --revoke-grant <id>`), never by the Action, and it stays
 * out of the saved plan's live digest (AWS makes such grants at every instance start).
 */
import { describe, expect, it } from 'vitest';
import type { DesiredGrant, DesiredKeepGrant } from '../../../core/manifest/desired-state.ts';
import { diffGrants } from '../../../core/plan/diff-grants.ts';
import { digestLiveStateWithoutAwsGrants } from '../../../core/plan/digest-live-state-without-aws-grants.ts';
import { holdBackReason } from '../../../core/plan/hold-back-reason.ts';
import type { LiveGrant, LiveState } from '../../../core/plan/live-state.ts';
import type { KeptGrant } from '../../../core/plan/plan-types.ts';
import { isUnexpectedKeep } from '../../../core/render/group-kept-grants.ts';

const ACCOUNT = '111122223333';
const OTHER = '999988887777';
const KEY = { name: 'app', account: ACCOUNT, region: 'us-east-1', keyId: 'k1' };
const LOGS = 'logs.us-east-1.amazonaws.com';

const ebsOf = (account: string, grantId: string): LiveGrant => ({
  grantId,
  name: `ebs-${grantId}`,
  granteePrincipal: `arn:aws:sts::${account}:assumed-role/aws:ec2-infrastructure/i-5d476fab`,
  operations: ['Decrypt'],
  encryptionContextSubset: { 'aws:ebs:id': 'vol-5cccfb4e' },
});
const logsFor = (account: string, grantId: string): LiveGrant => ({
  grantId,
  name: `logs-${grantId}`,
  granteePrincipal: LOGS,
  retiringPrincipal: LOGS,
  operations: ['Decrypt', 'GenerateDataKey'],
  sourceArn: `arn:aws:logs:us-east-1:${account}:log-group:app`,
});
const rule = (grantee: string): DesiredKeepGrant => ({ grantee, reason: 'r', source: 'key' });
const revokes = (
  grants: LiveGrant[],
  keep: DesiredKeepGrant[] = [],
  desired: DesiredGrant[] = [],
) =>
  diffGrants(KEY, desired, grants, keep).changes.filter(
    (change) => change.action === 'revoke-grant',
  );

describe('grants AWS operates for another account', () => {
  it.each([
    ["another account's EC2 instance session", ebsOf(OTHER, 'g-other')],
    ["a service principal for another account's resource", logsFor(OTHER, 'g-other')],
    [
      'a service principal for a resource whose ARN names no account',
      { ...logsFor(OTHER, 'g-other'), sourceArn: 'arn:aws:s3:::someone-elses-bucket' },
    ],
    [
      "a service's grant issued by another account (its table, its volume)",
      {
        grantId: 'g-other',
        granteePrincipal: 'dynamodb.us-east-1.amazonaws.com',
        retiringPrincipal: 'dynamodb.us-east-1.amazonaws.com',
        operations: ['Decrypt', 'Encrypt', 'GenerateDataKey'],
        encryptionContextSubset: { 'aws:dynamodb:subscriberId': OTHER },
        issuingAccount: `arn:aws:iam::${OTHER}:root`,
      },
    ],
  ])(
    '%s is revoked only when named, never by --allow-destructive alone (data of the other account)',
    (_what, grant) => {
      const [change] = revokes([grant]);
      expect(change).toBeDefined();
      if (change === undefined) return;
      expect(change).toMatchObject({ awsGrantee: true, risk: 'destructive' });
      expect(change.note).toContain('--revoke-grant g-other');
      expect(holdBackReason(change, { allowDestructive: true, revokeGrants: [] })).toBeDefined();
      expect(
        holdBackReason(change, { allowDestructive: true, revokeGrants: ['g-other'] }),
      ).toBeUndefined();
    },
  );

  it("the same grants for the key's own account stay revoked only when named", () => {
    for (const change of revokes([ebsOf(ACCOUNT, 'g1'), logsFor(ACCOUNT, 'g2')])) {
      expect(change).toMatchObject({ awsGrantee: true });
      expect(holdBackReason(change, { allowDestructive: true, revokeGrants: [] })).toBeDefined();
    }
  });

  it("a declared service grant's live namesake for another account's resource is revoked only when named", () => {
    const declared: DesiredGrant = {
      name: 'logs-g1',
      granteePrincipal: LOGS,
      retiringPrincipal: LOGS,
      operations: ['Decrypt', 'GenerateDataKey'],
      sourceArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:app`,
    };
    const [change] = revokes([logsFor(OTHER, 'g1')], [], [declared]);
    expect(change).toMatchObject({ action: 'revoke-grant', grantId: 'g1', awsGrantee: true });
  });

  it("a service rule does not keep the service's grant for another account's resource", () => {
    const diff = diffGrants(
      KEY,
      [],
      [logsFor(ACCOUNT, 'g-own'), logsFor(OTHER, 'g-other')],
      [rule(LOGS)],
    );
    expect(diff.kept.map((kept) => kept.grantId)).toEqual(['g-own']);
    expect(
      diff.changes.map((change) => change.action === 'revoke-grant' && change.grantId),
    ).toEqual(['g-other']);
  });

  it('a rule that names the other account explicitly still keeps its grants, and the plan warns', () => {
    const diff = diffGrants(
      KEY,
      [],
      [ebsOf(OTHER, 'g-other')],
      [rule(`arn:aws:iam::${OTHER}:role/aws:ec2-infrastructure`)],
    );
    expect(diff.changes).toEqual([]);
    expect(diff.kept.map((kept) => isUnexpectedKeep(kept))).toEqual([true]);
  });

  it('warns when a kept service grant serves another account (SourceArn)', () => {
    const kept = (sourceArn: string): KeptGrant => ({
      address: 'grant.app.g',
      key: 'app',
      account: ACCOUNT,
      region: 'us-east-1',
      grantId: 'g',
      grant: { name: 'g', granteePrincipal: LOGS, operations: ['Decrypt'], sourceArn },
      rule: { grantee: LOGS, reason: 'r', source: 'key' },
    });
    expect(isUnexpectedKeep(kept(`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:app`))).toBe(false);
    expect(isUnexpectedKeep(kept(`arn:aws:logs:us-east-1:${OTHER}:log-group:app`))).toBe(true);
  });

  it("another account's AWS-made grant appearing leaves a saved plan's live digest as it was (its revoke must be named and saved)", () => {
    const liveWith = (grants: LiveGrant[]): LiveState => ({
      owner: 'acme/keys/kms.yaml',
      owned: [
        {
          arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`,
          id: 'k1',
          account: ACCOUNT,
          region: 'us-east-1',
          grants,
        } as unknown as LiveState['owned'][number],
      ],
      adopted: [],
      foreign: [],
      regions: [],
    });
    const before = digestLiveStateWithoutAwsGrants(liveWith([]));
    expect(digestLiveStateWithoutAwsGrants(liveWith([ebsOf(ACCOUNT, 'g1')]))).toBe(before);
    expect(digestLiveStateWithoutAwsGrants(liveWith([ebsOf(OTHER, 'g2')]))).toBe(before);
    expect(digestLiveStateWithoutAwsGrants(liveWith([logsFor(OTHER, 'g3')]))).toBe(before);
    const customer: LiveGrant = {
      grantId: 'g4',
      granteePrincipal: `arn:aws:iam::${OTHER}:role/partner`,
      operations: ['Decrypt'],
    };
    expect(digestLiveStateWithoutAwsGrants(liveWith([customer]))).not.toBe(before);
  });
});
