/**
 * `kms:GrantIsForAWSResource` on a direct CreateGrant / RevokeGrant (the applier creating a
 * manifest grant). AWS KMS Developer Guide, "Grant authorization" / "AWS KMS condition keys":
 * the key is true when an AWS service integrated with KMS sends the request for the caller;
 * the pages do not say whether a direct call carries `false` or no key at all. Failure: the
 * evaluator took it as absent, so a Deny `Bool kms:GrantIsForAWSResource "false"` ("no
 * hand-made grants") never counted, even under the `lockout` stance of the applier check,
 * and the apply of a declared grant failed half way. SPEC section 8: a Deny that cannot be
 * decided at plan time counts for the lockout and applier checks. The access views (`exact`)
 * keep reading a request that does not state it as a request without it.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import { evaluateKeyPolicy } from '../../../core/policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';
import {
  ACCOUNT,
  REGION,
  desiredFrom,
  keyNamed,
  liveFrom,
  liveState,
} from '../plan/plan-fixtures.ts';

const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/kms-admin/kms-action-apply`;
const KEY = { partition: 'aws', account: ACCOUNT, region: REGION };
const policy: KeyPolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Root',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' },
    {
      Sid: 'NoHandMadeGrants',
      Effect: 'Deny',
      Principal: '*',
      Action: ['kms:CreateGrant', 'kms:RevokeGrant', 'kms:PutKeyPolicy'],
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'false' } },
    },
  ],
};

describe('kms:GrantIsForAWSResource on a direct call', () => {
  it.each(['kms:CreateGrant', 'kms:RevokeGrant'])(
    '%s: undecided under lockout, so the Deny counts and says why',
    (action) => {
      const decision = evaluateKeyPolicy(
        policy,
        { principal: SESSION, action, key: KEY },
        'lockout',
      );
      expect(decision.verdict).toBe('explicit_deny');
      expect(decision.undecided).toEqual([
        { statement: 'NoHandMadeGrants', effect: 'Deny', because: ['kms:GrantIsForAWSResource'] },
      ]);
    },
  );

  it('the access views read a request that does not state it as without it', () => {
    const request = { principal: SESSION, action: 'kms:CreateGrant', key: KEY };
    expect(evaluateKeyPolicy(policy, request).verdict).toBe('allowed');
    expect(evaluateKeyPolicy(policy, { ...request, grantIsForAwsResource: false }).verdict).toBe(
      'explicit_deny',
    );
  });

  it('a request that states it is decided, and an action that does not take it ignores it', () => {
    const service = { principal: SESSION, action: 'kms:CreateGrant', key: KEY };
    expect(
      evaluateKeyPolicy(policy, { ...service, grantIsForAwsResource: true }, 'lockout').verdict,
    ).toBe('allowed');
    const put = { principal: SESSION, action: 'kms:PutKeyPolicy', key: KEY };
    expect(evaluateKeyPolicy(policy, put, 'lockout').verdict).toBe('allowed');
  });

  it('plan: the applier creating a declared grant is flagged applier-denied', () => {
    const desired = desiredFrom(
      `  k:\n    grants:\n      - { name: batch, grantee: app, operations: [Decrypt] }\n    policy:\n      document: ${JSON.stringify(policy)}\n`,
    );
    const live = liveState(desired, [liveFrom(keyNamed(desired, 'k'))]);
    const changes = buildPlan(desired, live).changes;
    expect(changes.map((change) => change.action)).toEqual(['create-grant']);
    const problems = checkApplierAccess(changes, live, { applierFor: () => ADMIN });
    expect(problems.map((problem) => problem.code)).toEqual(['applier-denied']);
    expect(problems[0]?.message).toContain('`kms:GrantIsForAWSResource` cannot be decided');
  });
});
