/**
 * The lockout check on its own: who a new key policy takes kms:PutKeyPolicy from, the account
 * root (who signs in with MFA to break the glass) and the applier (a session of the apply
 * role, with MFA false), under the `lockout` stance.
 */
import { describe, expect, it } from 'vitest';
import { evaluateApplier } from '../../../core/plan/evaluate-applier.ts';
import { findPolicyLockouts } from '../../../core/plan/find-policy-lockouts.ts';
import { createMeteredEvaluator } from '../../../core/policy/create-metered-evaluator.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { createPlanCheckWorkMeter } from '../../../core/plan/plan-check-work-meter.ts';

const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const KEY = { arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` };
const ROOT: PolicyStatement = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const ADMIN: PolicyStatement = {
  Sid: 'Admin',
  Effect: 'Allow',
  Principal: { AWS: ROLE },
  Action: 'kms:*',
  Resource: '*',
};
const policy = (...statements: PolicyStatement[]): KeyPolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});
const evaluate = () => createMeteredEvaluator(createPlanCheckWorkMeter());

describe('findPolicyLockouts', () => {
  it('finds no lockout while the root and the applier keep PutKeyPolicy', () => {
    expect(findPolicyLockouts(evaluate(), policy(ROOT, ADMIN), KEY, ROLE)).toEqual([]);
  });

  it('names the root and the applier a policy leaves without it', () => {
    const lockouts = findPolicyLockouts(evaluate(), policy(), KEY, ROLE);
    expect(lockouts).toHaveLength(2);
    expect(lockouts[0]).toContain(`the account root (arn:aws:iam::${ACCOUNT}:root)`);
    expect(lockouts[1]).toContain(`the applying principal (${ROLE})`);
  });

  it('names the Deny that takes it from the applier session (MFA false)', () => {
    const guard: PolicyStatement = {
      Sid: 'NoMfaNoPolicy',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:PutKeyPolicy',
      Resource: '*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
    };
    const lockouts = findPolicyLockouts(evaluate(), policy(ROOT, ADMIN, guard), KEY, ROLE);
    expect(lockouts).toEqual([
      `the applying principal (${ROLE}) (denied by statement NoMfaNoPolicy)`,
    ]);
    expect(
      evaluateApplier(
        evaluate(),
        policy(ROOT, ADMIN, guard),
        ROLE,
        'kms:PutKeyPolicy',
        KEY,
        undefined,
      ).verdict,
    ).toBe('explicit_deny');
  });
});
