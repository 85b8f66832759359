/**
 * `apply --plan` and the grants AWS services create and retire at any time (EBS, one per
 * instance started): a saved plan whose only difference is such a grant still applies, and
 * that grant is never revoked unless the saved plan shows its revoke and it is named.
 */
import { describe, expect, it } from 'vitest';
import { buildSavedPlan } from '../../../core/plan/build-saved-plan.ts';
import { compareSavedPlan, type CurrentPlan } from '../../../core/plan/compare-saved-plan.ts';
import { digestLiveStateWithoutAwsGrants } from '../../../core/plan/digest-live-state-without-aws-grants.ts';
import type { LiveGrant, LiveKey, LiveState } from '../../../core/plan/live-state.ts';
import type { Change, Plan } from '../../../core/plan/plan-types.ts';

const ACCOUNT = '111122223333';
const description: Change = {
  key: 'app',
  account: ACCOUNT,
  region: 'us-east-1',
  keyId: 'id-app',
  address: 'key.app',
  action: 'update-description',
  before: 'old',
  after: 'new',
  risk: 'safe',
};
const EC2_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/aws:ec2-infrastructure/i-5d476fab`;
const ebsRevoke = (grantId: string): Change => ({
  ...description,
  address: `grant.app.${grantId}`,
  action: 'revoke-grant',
  grantId,
  before: { name: grantId, granteePrincipal: EC2_SESSION, operations: ['Decrypt'] },
  after: null,
  risk: 'destructive',
  awsGrantee: true,
});
const planOf = (changes: Change[]): Plan => ({
  owner: 'acme/keys/kms.yaml',
  file: 'kms.yaml',
  changes,
  problems: [],
  summary: {
    changes: changes.length,
    byAction: {},
    byRisk: { safe: 0, disruptive: 0, destructive: 0 },
    problems: 0,
  },
});
const savedOf = (changes: Change[]) =>
  buildSavedPlan({
    toolVersion: '1.2.3',
    manifestPath: 'kms.yaml',
    manifestSha256: 'a'.repeat(64),
    liveSha256: 'b'.repeat(64),
    plan: planOf(changes),
  });
const current = (changes: Change[], revokeGrants: string[] = []): CurrentPlan => ({
  manifestPath: 'kms.yaml',
  manifestSha256: 'a'.repeat(64),
  owner: 'acme/keys/kms.yaml',
  liveSha256: 'b'.repeat(64),
  changes,
  toolVersion: '1.2.3',
  targets: null,
  revokeGrants,
});

describe('a saved plan and revokes of grants AWS operates', () => {
  it('still applies when only an unnamed revoke of a grant AWS operates appeared since (apply holds it back)', () => {
    expect(
      compareSavedPlan(savedOf([description]), current([description, ebsRevoke('g-new')])),
    ).toEqual([]);
  });

  it('refuses when that new revoke is named with --revoke-grant: the saved plan never showed it', () => {
    expect(
      compareSavedPlan(
        savedOf([description]),
        current([description, ebsRevoke('g-new')], ['g-new']),
      ),
    ).toEqual([
      'the changes planned now differ from the saved ones: not in the saved plan: grant.app.g-new revoke-grant',
    ]);
  });

  it('applies a named revoke that the saved plan shows', () => {
    const changes = [description, ebsRevoke('g-old')];
    expect(compareSavedPlan(savedOf(changes), current(changes, ['g-old']))).toEqual([]);
  });

  it('still refuses when a saved revoke is no longer planned (AWS retired the grant): the saved set is gone', () => {
    expect(
      compareSavedPlan(savedOf([description, ebsRevoke('g-old')]), current([description])),
    ).toEqual([
      'the changes planned now differ from the saved ones: saved but no longer planned: grant.app.g-old revoke-grant',
    ]);
  });

  it('still refuses an undeclared grant to a principal of yours that appeared since', () => {
    const own: Change = {
      ...description,
      address: 'grant.app.g-own',
      action: 'revoke-grant',
      grantId: 'g-own',
      before: {
        name: 'g-own',
        granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/app`,
        operations: ['Decrypt'],
      },
      after: null,
      risk: 'destructive',
    };
    expect(compareSavedPlan(savedOf([description]), current([description, own]))).toHaveLength(1);
  });
});

const grant = (grantId: string, granteePrincipal: string): LiveGrant => ({
  grantId,
  granteePrincipal,
  operations: ['Decrypt'],
});
const key = (grants: LiveGrant[] | undefined): LiveKey => ({
  arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-1`,
  id: 'k-1',
  account: ACCOUNT,
  region: 'us-east-1',
  description: '',
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  keyManager: 'CUSTOMER',
  origin: 'AWS_KMS',
  state: 'Enabled',
  multiRegion: false,
  rotation: { enabled: true },
  policy: undefined,
  policyText: undefined,
  tags: {},
  aliases: [],
  grants,
  ownership: undefined,
});
const liveOf = (grants: LiveGrant[] | undefined): LiveState => ({
  owner: 'acme/keys/kms.yaml',
  owned: [key(grants)],
  adopted: [{ name: 'adopted', arn: 'arn', found: true, key: key(grants) }],
  foreign: [],
  regions: [],
  replicas: [key(grants)],
});

describe('digestLiveStateWithoutAwsGrants', () => {
  const mine = grant('g-1', `arn:aws:iam::${ACCOUNT}:role/app`);
  const before = digestLiveStateWithoutAwsGrants(liveOf([mine]));

  it.each([
    ['an EC2 instance session (EBS)', EC2_SESSION],
    ['a service principal', 'dynamodb.us-east-1.amazonaws.com'],
    [
      'a service-linked role',
      `arn:aws:iam::${ACCOUNT}:role/aws-service-role/rds.amazonaws.com/AWSServiceRoleForRDS`,
    ],
  ])('ignores a grant to %s on any key, adopted key or replica', (_name, grantee) => {
    expect(digestLiveStateWithoutAwsGrants(liveOf([mine, grant('g-aws', grantee)]))).toBe(before);
  });

  it('still covers every other grant, and whether the grants could be listed', () => {
    expect(
      digestLiveStateWithoutAwsGrants(
        liveOf([mine, grant('g-2', `arn:aws:iam::${ACCOUNT}:role/other`)]),
      ),
    ).not.toBe(before);
    expect(digestLiveStateWithoutAwsGrants(liveOf([]))).not.toBe(before);
    expect(digestLiveStateWithoutAwsGrants(liveOf(undefined))).not.toBe(
      digestLiveStateWithoutAwsGrants(liveOf([])),
    );
  });
});
