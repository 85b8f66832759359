/**
 * Guard: the plan's applier and lockout checks (`checkApplierAccess`) are bounded. They
 * evaluate a key policy for every change (each alias, grant, tag change of a key) and every
 * new policy; unmetered, one key with a 32 KB policy of conditioned Denies and 4,000 aliases
 * (an 88 KB manifest) took 9.6 s of plan CPU, and a 1 MiB manifest about ten times that. Work
 * is counted in evaluation steps (never timed); past MAX_PLAN_CHECK_WORK the check fails
 * closed: an `applier-check-incomplete` problem names the key, and apply refuses the plan.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import {
  MAX_PLAN_CHECK_WORK,
  createPlanCheckWorkMeter,
} from '../../../core/plan/plan-check-work-meter.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { generateManifest } from '../../../bench/generate-manifest.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { ACCOUNT, desiredFrom, liveState } from './plan-fixtures.ts';

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const applierFor = (): string => ADMIN;

/**
 * Under 32 KB: Denies of everything to anyone but on callers of other ARNs, a condition the
 * plan decides for each request (the applier is none of them), so every statement is looked
 * at and none applies: the checks would pass.
 */
function conditionedDenies(): KeyPolicyDocument {
  const policy: KeyPolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
      { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' },
    ],
  };
  for (let index = 0; ; index += 1) {
    const deny: PolicyStatement = {
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: {
        StringEquals: {
          'aws:PrincipalArn': [`arn:aws:iam::${ACCOUNT}:role/x${String(index)}`, 'y'],
        },
      },
    };
    if (JSON.stringify({ ...policy, Statement: [...policy.Statement, deny] }).length > 32_000) {
      return policy;
    }
    policy.Statement.push(deny);
  }
}

/** One key under that policy, with `aliases` aliases: a change (and an evaluation) each. */
function manifestOf(aliases: number): string {
  const names = Array.from({ length: aliases }, (_, index) => `alias/a${String(index)}`);
  return `  big:\n    aliases: ${JSON.stringify(names)}\n    policy:\n      document: ${JSON.stringify(conditionedDenies())}\n`;
}

/** The steps the checks of a plan of `aliases` aliases take, counted without a limit. */
function checkSteps(aliases: number): number {
  const desired = desiredFrom(manifestOf(aliases));
  const live = liveState(desired, []);
  const changes = buildPlan(desired, live).changes;
  const meter = createPlanCheckWorkMeter(Number.MAX_SAFE_INTEGER);
  expect(checkApplierAccess(changes, live, { applierFor, meter })).toEqual([]);
  return meter.spent;
}

describe('the work of the applier and lockout checks', () => {
  it('grows with changes x policy size, past the budget for a manifest of a few thousand aliases', () => {
    const small = checkSteps(20);
    const large = checkSteps(80);
    // Each alias is one more evaluation of the whole 32 KB policy.
    const perAlias = (large - small) / 60;
    expect(perAlias).toBeGreaterThan(100);
    expect(small + perAlias * 3_980).toBeGreaterThan(MAX_PLAN_CHECK_WORK);
  });

  it('blocks the plan, naming the key, when the checks cannot finish within the budget', () => {
    const desired = desiredFrom(manifestOf(4_000));
    const plan = buildPlan(desired, liveState(desired, []), { applierFor });
    expect(plan.problems).toEqual([
      {
        code: 'applier-check-incomplete',
        key: 'big',
        message: expect.stringMatching(
          /^the applier and lockout checks of `big` could not be completed: .* more than [\d,]+ evaluation steps/,
        ) as unknown,
        help: expect.stringContaining('--target') as unknown,
      },
    ]);
    expect(plan.summary.problems).toBe(1);
  });

  it('keeps the problems found before the budget ran out, and blocks what it did not check', () => {
    const desired = desiredFrom(
      `  first:\n    policy:\n      document: ${JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' }],
      })}\n${manifestOf(4_000)}`,
    );
    const plan = buildPlan(desired, liveState(desired, []), { applierFor });
    expect(plan.problems.map((problem) => [problem.code, problem.key])).toEqual([
      ['policy-lockout', 'first'],
      ['applier-check-incomplete', 'big'],
    ]);
  });

  it('fails closed on a lockout check too: a new policy it could not finish is never passed as safe', () => {
    const desired = desiredFrom(manifestOf(0));
    const live = liveState(desired, []);
    const changes = buildPlan(desired, live).changes;
    expect(checkApplierAccess(changes, live, { applierFor })).toEqual([]);
    const problems = checkApplierAccess(changes, live, {
      applierFor,
      meter: createPlanCheckWorkMeter(10),
    });
    expect(problems.map((problem) => [problem.code, problem.key])).toEqual([
      ['applier-check-incomplete', 'big'],
    ]);
  });

  it('names the budget of the meter it was given, with thousands separators', () => {
    const desired = desiredFrom(manifestOf(20));
    const live = liveState(desired, []);
    const changes = buildPlan(desired, live).changes;
    const messageWith = (limit: number): string | undefined =>
      checkApplierAccess(changes, live, { applierFor, meter: createPlanCheckWorkMeter(limit) })[0]
        ?.message;
    expect(messageWith(12_345)).toContain('takes more than 12,345 evaluation steps, the budget');
    expect(messageWith(10)).toContain('takes more than 10 evaluation steps, the budget');
  });

  it('checks every change of a realistic manifest far within the budget', () => {
    const result = readManifest('kms.yaml', generateManifest(200), {
      repository: 'acme/keys',
      manifestPath: 'kms.yaml',
    });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const live = liveState(result.desired, []);
    const changes = buildPlan(result.desired, live).changes;
    const meter = createPlanCheckWorkMeter(Number.MAX_SAFE_INTEGER);
    expect(checkApplierAccess(changes, live, { applierFor, meter })).toEqual([]);
    // 5,000 such keys (the manifest's key limit) use less than half of the budget.
    expect(25 * meter.spent).toBeLessThan(MAX_PLAN_CHECK_WORK / 2);
  }, 60_000);
});
