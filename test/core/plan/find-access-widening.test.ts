/**
 * A Deny that a policy update drops no longer cuts the Allows it covered (IAM User Guide,
 * "Policy evaluation logic": an explicit deny overrides any allow). Removing the
 * organisation guard (`Deny *` unless `aws:PrincipalOrgID` is ours) from a policy that allows
 * `*` from any IP opens the key to every AWS account: the change widens access to anyone
 * and is never `safe`, whatever the access matrix makes of the conditions.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { findAccessWidening } from '../../../core/plan/find-access-widening.ts';
import { diffAccess } from '../../../core/policy/diff-access.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const ROOT: PolicyStatement = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const ANYONE_ANY_IP: PolicyStatement = {
  Sid: 'AnyoneAnyIp',
  Effect: 'Allow',
  Principal: '*',
  Action: 'kms:Decrypt',
  Resource: '*',
  Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
};
const ORGANIZATION_GUARD: PolicyStatement = {
  Sid: 'OnlyOurOrganization',
  Effect: 'Deny',
  Principal: '*',
  Action: 'kms:*',
  Resource: '*',
  Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } },
};
const policy = (...statements: PolicyStatement[]): KeyPolicyDocument => ({
  Version: '2012-10-17',
  Statement: [ROOT, ...statements],
});
const options = {
  account: ACCOUNT,
  key: { partition: 'aws', account: ACCOUNT, region: 'us-east-1' },
};

describe('findAccessWidening: a dropped Deny', () => {
  it('reports the principals of the Allows the dropped Deny covered', () => {
    const before = policy(ANYONE_ANY_IP, ORGANIZATION_GUARD);
    const after = policy(ANYONE_ANY_IP);
    const widening = findAccessWidening({ account: ACCOUNT, before, after });
    expect(widening).toEqual([{ principal: '*', kind: 'anyone', actions: ['kms:Decrypt'] }]);
  });

  it('reports them from the access diff as well', () => {
    const before = policy(ANYONE_ANY_IP, ORGANIZATION_GUARD);
    const after = policy(ANYONE_ANY_IP);
    const access = diffAccess(before, after, options);
    expect(access).toContainEqual(
      expect.objectContaining({ principal: '*', action: 'kms:Decrypt', change: 'gains' }),
    );
  });

  it('a Deny of other principals than the Allows name widens nothing', () => {
    const foreign: PolicyStatement = {
      Sid: 'Partner',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:role/partner' },
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    const ownDeny: PolicyStatement = {
      Sid: 'NoDecryptForApp',
      Effect: 'Deny',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    expect(
      findAccessWidening({
        account: ACCOUNT,
        before: policy(foreign, ownDeny),
        after: policy(foreign),
      }),
    ).toEqual([]);
  });

  it('a plan that drops the Deny marks the update-policy as widening, not safe', () => {
    const before = policy(ANYONE_ANY_IP, ORGANIZATION_GUARD);
    const after = policy(ANYONE_ANY_IP);
    const desired = desiredFrom(`  k:\n    policy:\n      document: ${JSON.stringify(after)}\n`);
    const live = liveFrom(keyNamed(desired, 'k'), {
      policy: before,
      policyText: JSON.stringify(before),
    });
    const change = buildPlan(desired, liveState(desired, [live])).changes.find(
      (candidate) => candidate.action === 'update-policy',
    );
    if (change?.action !== 'update-policy') throw new Error('no update-policy change');
    expect(change.risk).not.toBe('safe');
    expect(change.widens?.map((entry) => entry.principal)).toContain('*');
  });

  it('a dropped Deny on a role of another account cut an Allow to that whole account', () => {
    const partner: PolicyStatement = {
      Sid: 'Partner',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    const denyContractor: PolicyStatement = {
      Sid: 'NotTheContractor',
      Effect: 'Deny',
      Principal: { AWS: 'arn:aws:iam::444455556666:role/contractor' },
      Action: 'kms:*',
      Resource: '*',
    };
    const widened = findAccessWidening({
      account: ACCOUNT,
      before: policy(partner, denyContractor),
      after: policy(partner),
    });
    expect(widened.map((entry) => entry.principal)).toEqual(['arn:aws:iam::444455556666:root']);
  });

  it('a dropped Deny of other actions cut nothing', () => {
    const partner: PolicyStatement = {
      Sid: 'Partner',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'kms:Decrypt',
      Resource: '*',
    };
    const denyEncrypt: PolicyStatement = {
      Sid: 'NoEncrypt',
      Effect: 'Deny',
      Principal: '*',
      Action: ['kms:Encrypt*', 'kms:ReEncrypt*'],
      Resource: '*',
    };
    expect(
      findAccessWidening({
        account: ACCOUNT,
        before: policy(partner, denyEncrypt),
        after: policy(partner),
      }),
    ).toEqual([]);
  });
});
