/**
 * ARN condition operators with a pattern of fewer than six colon-separated segments. IAM User
 * Guide, "Condition operators", ARN condition operators: "Each of the six colon-delimited
 * components of the ARN is checked separately and each can include multi-character match
 * wildcards (*) or single-character match wildcards (?)"; but "IAM JSON policy elements:
 * Resource" says a `*` that ends a segment "can expand to match beyond the colon boundaries".
 * A short pattern is therefore undecided where, matched as one string, it would match.
 *
 * Attack / failure: `matchArn` matched a short pattern as one string, so its `*` spanned the
 * colons: a Deny "everyone but the admin role" written `ArnNotLike aws:PrincipalArn
 * arn:aws:*:role/kms-admin` was read as exempting the apply role, which a component-wise AWS
 * denies, and the lockout check passed a policy that locks the pipeline out.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import { evaluateKeyPolicy } from '../../../core/policy/evaluate-key-policy.ts';
import type { EvaluationStance } from '../../../core/policy/evaluation-types.ts';
import { matchArn } from '../../../core/policy/match-arn.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from '../plan/plan-fixtures.ts';

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/kms-admin/kms-action-apply`;
const KEY = { arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` };

describe('matchArn', () => {
  it.each([
    ['a bare * matches any value', '*', 'anything', 'yes'],
    ['six segments compare one by one', `arn:aws:iam::*:role/kms-*`, ADMIN, 'yes'],
    ['a * stays in its segment', `arn:aws:iam::${ACCOUNT}:*`, ADMIN, 'yes'],
    ['a six-segment pattern never matches a shorter value', 'arn:aws:iam::*:*', 'arn:aws', 'no'],
    ['a short pattern that would match as one string', 'arn:aws:*:role/kms-admin', ADMIN, 'maybe'],
    ['a short pattern ending in *', 'arn:aws:iam:*', ADMIN, 'maybe'],
    ['a short pattern that cannot match even as one string', 'arn:aws:s3:*', ADMIN, 'no'],
    ['a short pattern without wildcards', 'arn:aws:iam', ADMIN, 'no'],
  ] as const)('%s', (_name, pattern, value, expected) => {
    expect(matchArn(pattern, value)).toBe(expected);
  });
});

describe('ArnNotLike / ArnLike with a short pattern', () => {
  const allowAll: PolicyStatement = {
    Sid: 'Everyone',
    Effect: 'Allow',
    Principal: { AWS: '*' },
    Action: 'kms:*',
    Resource: '*',
  };
  const onlyAdmin: PolicyStatement = {
    Sid: 'OnlyAdminManages',
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:PutKeyPolicy',
    Resource: '*',
    Condition: { ArnNotLike: { 'aws:PrincipalArn': ['arn:aws:*:role/kms-admin', ROOT] } },
  };
  const policy = { Version: '2012-10-17' as const, Statement: [allowAll, onlyAdmin] };
  const decide = (stance: EvaluationStance) =>
    evaluateKeyPolicy(policy, { principal: ADMIN, action: 'kms:PutKeyPolicy', key: KEY }, stance);

  it('the Deny counts under the lockout stance, and says which key it could not decide', () => {
    const decision = decide('lockout');
    expect(decision.verdict).toBe('explicit_deny');
    expect(decision.undecided).toEqual([
      { statement: 'OnlyAdminManages', effect: 'Deny', because: ['aws:PrincipalArn'] },
    ]);
  });

  it('is undecided, not a match, for the access views (exact) too', () => {
    expect(decide('exact').undecided).toHaveLength(1);
    const allowShort: PolicyStatement = {
      ...allowAll,
      Principal: '*',
      Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:*:role/kms-admin' } },
    };
    const request = { principal: ADMIN, action: 'kms:Decrypt', key: KEY };
    const only = { Version: '2012-10-17' as const, Statement: [allowShort] };
    expect(evaluateKeyPolicy(only, request).verdict).toBe('implicit_deny');
    expect(evaluateKeyPolicy(only, request, 'lockout').verdict).toBe('implicit_deny');
    // Lint rules that look for too much access count an Allow that could apply.
    expect(evaluateKeyPolicy(only, request, 'exposure').verdict).toBe('allowed');
  });

  it('a short pattern that cannot match as one string is decided', () => {
    const deny = {
      ...onlyAdmin,
      Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:s3:*' } },
    };
    const decision = evaluateKeyPolicy(
      { Version: '2012-10-17' as const, Statement: [allowAll, deny] },
      {
        principal: SESSION,
        action: 'kms:PutKeyPolicy',
        key: KEY,
        keys: { 'aws:PrincipalArn': ADMIN },
      },
      'lockout',
    );
    expect(decision.verdict).toBe('allowed');
    expect(decision.undecided).toEqual([]);
  });

  it('set operators: ForAnyValue:ArnLike with a short pattern is undecided, not a match', () => {
    const allow: PolicyStatement = {
      ...allowAll,
      Condition: { 'ForAnyValue:ArnLike': { 'aws:SourceArn': 'arn:aws:*' } },
    };
    const request = {
      principal: ADMIN,
      action: 'kms:Decrypt',
      key: KEY,
      keys: { 'aws:SourceArn': `arn:aws:s3:::bucket` },
    };
    const only = { Version: '2012-10-17' as const, Statement: [allow] };
    expect(evaluateKeyPolicy(only, request).undecided).toHaveLength(1);
    expect(evaluateKeyPolicy(only, request, 'lockout').verdict).toBe('implicit_deny');
  });

  it('plan: a new policy whose only exemption is a short pattern locks the applier out', () => {
    const document: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
        {
          Sid: 'Admin',
          Effect: 'Allow',
          Principal: { AWS: ADMIN },
          Action: 'kms:*',
          Resource: '*',
        },
        onlyAdmin,
      ],
    };
    const old: KeyPolicyDocument = { ...document, Statement: document.Statement.slice(0, 2) };
    const desired = desiredFrom(`  k:\n    policy:\n      document: ${JSON.stringify(document)}\n`);
    const live = liveState(desired, [
      liveFrom(keyNamed(desired, 'k'), { policy: old, policyText: JSON.stringify(old) }),
    ]);
    const problems = checkApplierAccess(buildPlan(desired, live).changes, live, {
      applierFor: () => ADMIN,
    });
    expect(problems.map((problem) => problem.code)).toContain('policy-lockout');
  });
});
