/**
 * A key the plan creates has no id yet. docs/policy-evaluation.md rule 6 (IAM User Guide,
 * "IAM JSON policy elements: Resource"; KMS Developer Guide, "Key policies in AWS KMS"): with
 * only the location known, `key/*` of this location surely names the key and any other key
 * ARN is undecided. A key id is random (a UUID, or `mrk-` and 32 hex digits), so "surely" is
 * decided from the pattern's shape: its key-id part matches every id (only `*`s after `key/`).
 *
 * Attack / failure: the evaluator tried two sample key ids and called a pattern that matched
 * both a sure match; `key/*0ab`, `key/*1234*` and `key/*ab*` match those samples, so root and
 * administrator statements scoped to them counted as keeping PutKeyPolicy on every future key,
 * and a policy that (almost surely) locks the new key out passed the lockout check.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import { evaluateKeyPolicy } from '../../../core/policy/evaluate-key-policy.ts';
import type { EvaluationStance } from '../../../core/policy/evaluation-types.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { ACCOUNT, REGION, desiredFrom, liveState } from '../plan/plan-fixtures.ts';

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const HERE = `arn:aws:kms:${REGION}:${ACCOUNT}`;
const LOCATION = { partition: 'aws', account: ACCOUNT, region: REGION };

function rootAllow(resource: string): PolicyStatement {
  return {
    Sid: 'Root',
    Effect: 'Allow',
    Principal: { AWS: ROOT },
    Action: 'kms:*',
    Resource: resource,
  };
}

function verdict(statements: PolicyStatement[], stance: EvaluationStance): string {
  return evaluateKeyPolicy(
    { Version: '2012-10-17', Statement: statements },
    { principal: ROOT, action: 'kms:PutKeyPolicy', key: LOCATION, mfaPresent: true },
    stance,
  ).verdict;
}

describe('Resource with the key id unknown', () => {
  it.each(['key/*0ab', 'key/*1234*', 'key/*ab*', 'key/*-*', 'key/????????-*', 'key/mrk-*'])(
    '%s may not name the new key: an Allow does not count, a Deny does (lockout)',
    (resource) => {
      expect(verdict([rootAllow(`${HERE}:${resource}`)], 'lockout')).toBe('implicit_deny');
      expect(verdict([rootAllow(`${HERE}:${resource}`)], 'exposure')).toBe('allowed');
      const deny: PolicyStatement = {
        Sid: 'Deny',
        Effect: 'Deny',
        Principal: '*',
        Action: 'kms:PutKeyPolicy',
        Resource: `${HERE}:${resource}`,
      };
      expect(verdict([rootAllow('*'), deny], 'lockout')).toBe('explicit_deny');
    },
  );

  it.each(['key/*', 'key/**', '*', 'k*', 'ke?/*', '*/*'])(
    '%s matches every key id by its shape: a sure match',
    (resource) => {
      expect(verdict([rootAllow(`${HERE}:${resource}`)], 'lockout')).toBe('allowed');
      expect(verdict([rootAllow(`${HERE}:${resource}`)], 'exact')).toBe('allowed');
    },
  );

  it.each(['alias/*', 'key', 'key/', 'keys/*'])('%s never names a key', (resource) => {
    expect(verdict([rootAllow(`${HERE}:${resource}`)], 'exposure')).toBe('implicit_deny');
  });

  it('plan: creating a key whose PutKeyPolicy Allows are scoped to key/*0ab is a policy-lockout', () => {
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        rootAllow(`${HERE}:key/*0ab`),
        {
          Sid: 'Admin',
          Effect: 'Allow',
          Principal: { AWS: ADMIN },
          Action: 'kms:*',
          Resource: `${HERE}:key/*0ab`,
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
