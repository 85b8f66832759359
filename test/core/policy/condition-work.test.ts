/**
 * The work of matching conditions is charged by its real size: a long value by its length,
 * policy variables by the characters they produce, set operators by request values x policy
 * values. Counted in steps (never timed): before, a Deny of one 28 KB value cost what a short
 * one did, and the shapes below took seconds of CPU inside a fraction of their budgets.
 */
import { describe, expect, it } from 'vitest';
import {
  backtrackingPatternMatrix,
  contextKeysBySetPatterns,
  longVariableDeny,
  variableMatrix,
} from '../../../bench/generate-condition-cost-policies.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import { createPlanCheckWorkMeter } from '../../../core/plan/plan-check-work-meter.ts';
import {
  AccessMatrixTooLargeError,
  buildAccessMatrix,
  MAX_ACCESS_MATRIX_WORK,
} from '../../../core/policy/build-access-matrix.ts';
import { createAccessWorkMeter, meterAccessWork } from '../../../core/policy/access-work-meter.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, liveState } from '../plan/plan-fixtures.ts';

const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const applierFor = (): string => ADMIN;

function manifestOf(policy: KeyPolicyDocument, aliases: number): string {
  const names = Array.from({ length: aliases }, (_, index) => `alias/a${String(index)}`);
  return `  big:\n    aliases: ${JSON.stringify(names)}\n    policy:\n      document: ${JSON.stringify(policy)}\n`;
}

/** The steps of the applier and lockout checks, counted without a limit. */
function checkSteps(policy: KeyPolicyDocument, aliases: number): number {
  const desired = desiredFrom(manifestOf(policy, aliases));
  const live = liveState(desired, []);
  const changes = buildPlan(desired, live).changes;
  const meter = createPlanCheckWorkMeter(Number.MAX_SAFE_INTEGER);
  expect(checkApplierAccess(changes, live, { applierFor, meter })).toEqual([]);
  return meter.spent;
}

describe('the work charged for conditions', () => {
  it('grows with the length of a value and the characters its policy variables produce', () => {
    const short = checkSteps(longVariableDeny(ACCOUNT, ADMIN, 10), 20);
    const long = checkSteps(longVariableDeny(ACCOUNT, ADMIN, 1_000), 20);
    // 20 more evaluations of a value that substitutes a 40-character ARN 990 more times.
    expect(long - short).toBeGreaterThan(20 * 990);
  });

  it('blocks a plan whose checks evaluate a long variable value for thousands of aliases', () => {
    const desired = desiredFrom(manifestOf(longVariableDeny(ACCOUNT, ADMIN, 1_500), 2_000));
    const plan = buildPlan(desired, liveState(desired, []), { applierFor });
    expect(plan.problems.map((problem) => [problem.code, problem.key])).toEqual([
      ['applier-check-incomplete', 'big'],
    ]);
  });

  it('refuses the access matrix of 330 roles against an 850-variable value', () => {
    const policy = variableMatrix(ACCOUNT, 330, 850);
    expect(() => buildAccessMatrix(policy, { account: ACCOUNT })).toThrow(
      AccessMatrixTooLargeError,
    );
  });

  it('refuses the access matrix of 400 context keys against 400 set patterns', () => {
    const policy = contextKeysBySetPatterns(ACCOUNT, 400, 400);
    expect(() => buildAccessMatrix(policy, { account: ACCOUNT })).toThrow(
      AccessMatrixTooLargeError,
    );
  });

  it('charges the plan budget for the set comparisons of a matrix it computes', () => {
    const steps = (patterns: number): number => {
      const meter = createAccessWorkMeter(Number.MAX_SAFE_INTEGER);
      meterAccessWork(meter, () =>
        buildAccessMatrix(contextKeysBySetPatterns(ACCOUNT, 20, patterns), { account: ACCOUNT }),
      );
      return meter.spent;
    };
    // 20 request values more for each pattern, in every evaluation with the context.
    expect(steps(40) - steps(20)).toBeGreaterThan(20 * 20 * 20);
  });

  it('charges the wildcard matcher steps a pattern makes, and stops a matrix that passes its cap by them', () => {
    const steps = (shape: 'like' | 'equal', roles: number): number => {
      const meter = createAccessWorkMeter(Number.MAX_SAFE_INTEGER);
      try {
        meterAccessWork(meter, () =>
          buildAccessMatrix(backtrackingPatternMatrix(ACCOUNT, roles, shape), { account: ACCOUNT }),
        );
      } catch (error) {
        expect(error).toBeInstanceOf(AccessMatrixTooLargeError);
        return -meter.spent;
      }
      return meter.spent;
    };
    // The same number of characters: retrying `*a...ab` at every character of 60 role names
    // costs far more than comparing a plain value with them.
    expect(steps('like', 60)).toBeGreaterThan(10 * steps('equal', 60));
    // 85 such roles fit the estimate (which foresees no matcher steps) but not the cap: the
    // matrix stops while it evaluates, and the work done is spent.
    expect(steps('equal', 85)).toBeGreaterThan(0);
    expect(steps('like', 85)).toBeLessThan(-MAX_ACCESS_MATRIX_WORK);
  });

  it('stops one wildcard match of two long values at the cap, not after it (one cell had charged 11 times the cap)', () => {
    const row = `arn:aws:iam::${ACCOUNT}:role/${'a'.repeat(15_500)}`;
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
        {
          Sid: 'Deny',
          Effect: 'Deny',
          Principal: { AWS: row },
          Action: 'kms:*',
          Resource: '*',
          Condition: {
            ArnNotLike: {
              'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*${'a'.repeat(7_700)}b`,
            },
            Bool: { 'aws:MultiFactorAuthPresent': 'false' },
          },
        },
      ],
    };
    const meter = createAccessWorkMeter(Number.MAX_SAFE_INTEGER);
    expect(() =>
      meterAccessWork(meter, () => buildAccessMatrix(policy, { account: ACCOUNT })),
    ).toThrow(AccessMatrixTooLargeError);
    expect(meter.spent).toBeGreaterThan(MAX_ACCESS_MATRIX_WORK);
    expect(meter.spent).toBeLessThan(MAX_ACCESS_MATRIX_WORK + 50_000);
  });
});
