/**
 * A Resource of fewer than six ARN segments (`arn:aws:kms:*`). IAM User Guide, "IAM JSON
 * policy elements: Resource": wildcards go "within the individual segments of an ARN", yet a
 * `*` that ends a segment "can expand to match beyond the colon boundaries"; "Condition
 * operators" checks the six components separately; the repo's own parser warns that such a
 * Resource is not a key ARN. Whether it names the key is undecided, whatever is known about
 * the key: an Allow on it does not count for the access views or the lockout checks, a Deny
 * on it counts for the lockout checks (SPEC section 8), an Allow counts for the exposure lint.
 *
 * Attack / failure: the evaluator matched it as one string, so a root backstop and an
 * administrator statement scoped to `arn:aws:kms:*` counted as keeping PutKeyPolicy, and the
 * lockout check passed a policy the parser says never names the key.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import { evaluateKeyPolicy } from '../../../core/policy/evaluate-key-policy.ts';
import type { EvaluationStance, RequestedKey } from '../../../core/policy/evaluation-types.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { ACCOUNT, REGION, desiredFrom, liveState } from '../plan/plan-fixtures.ts';

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const KNOWN: RequestedKey = {
  arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
};
const LOCATION: RequestedKey = { partition: 'aws', account: ACCOUNT, region: REGION };

function rootAllow(resource: string): PolicyStatement {
  return {
    Sid: 'Root',
    Effect: 'Allow',
    Principal: { AWS: ROOT },
    Action: 'kms:*',
    Resource: resource,
  };
}

function verdict(
  statements: PolicyStatement[],
  key: RequestedKey,
  stance: EvaluationStance,
): string {
  return evaluateKeyPolicy(
    { Version: '2012-10-17', Statement: statements },
    { principal: ROOT, action: 'kms:PutKeyPolicy', key, mfaPresent: true },
    stance,
  ).verdict;
}

describe('Resource arn:aws:kms:* (fewer than six segments)', () => {
  for (const [mode, key] of [
    ['key ARN known', KNOWN],
    ['key id unknown', LOCATION],
  ] as const) {
    it(`an Allow on it does not count for the access views and the lockout checks (${mode})`, () => {
      expect(verdict([rootAllow('arn:aws:kms:*')], key, 'lockout')).toBe('implicit_deny');
      expect(verdict([rootAllow('arn:aws:kms:*')], key, 'exact')).toBe('implicit_deny');
      expect(verdict([rootAllow('arn:aws:kms:*')], key, 'exposure')).toBe('allowed');
    });

    it(`a Deny on it counts for the lockout checks (${mode})`, () => {
      const deny: PolicyStatement = {
        Sid: 'Deny',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:PutKeyPolicy',
        Resource: 'arn:aws:kms:*',
      };
      expect(verdict([rootAllow('*'), deny], key, 'lockout')).toBe('explicit_deny');
      expect(verdict([rootAllow('*'), deny], key, 'exact')).toBe('allowed');
    });

    it(`a short pattern that cannot reach a key ARN even as one string does not match (${mode})`, () => {
      const deny: PolicyStatement = {
        Sid: 'Deny',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:PutKeyPolicy',
        Resource: ['arn:aws:s3:*', `arn:aws:kms:eu-west-1:*`, 'arn:aws:kms'],
      };
      expect(verdict([rootAllow('*'), deny], key, 'lockout')).toBe('allowed');
    });
  }

  it('with only part of the location known, a short pattern with a wildcard may match', () => {
    const deny: PolicyStatement = {
      Sid: 'Deny',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:PutKeyPolicy',
      Resource: 'arn:aws-cn:kms:*',
    };
    expect(verdict([rootAllow('*'), deny], {}, 'lockout')).toBe('explicit_deny');
    expect(verdict([rootAllow('*'), deny], LOCATION, 'lockout')).toBe('allowed');
  });

  it('plan: creating a key whose backstops are scoped to arn:aws:kms:* is a policy-lockout', () => {
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        rootAllow('arn:aws:kms:*'),
        {
          Sid: 'Admin',
          Effect: 'Allow',
          Principal: { AWS: ADMIN },
          Action: 'kms:*',
          Resource: 'arn:aws:kms:*',
        },
      ],
    };
    const desired = desiredFrom(`  k:\n    policy:\n      document: ${JSON.stringify(policy)}\n`);
    const live = liveState(desired, []);
    const problems = checkApplierAccess(buildPlan(desired, live).changes, live, {
      applierFor: () => ADMIN,
    });
    expect(problems.map((problem) => problem.code)).toContain('policy-lockout');
  });
});
