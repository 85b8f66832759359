/**
 * The access matrix's work is counted in steps that track its CPU (bench/measure-plan-work.ts):
 * a statement's conditions count a step per key and value for every request that may reach
 * them. Uncounted, 38 copies of a 27 KB policy of 90 conditioned wildcard statements fit the
 * plan's budget (3.5 s of CPU), and a policy of 2,349 StringLike values counted 118 steps for
 * 25 ms of CPU.
 */
import { describe, expect, it } from 'vitest';
import { conditionedWildcards } from '../../../bench/generate-condition-cost-policies.ts';
import { generateHostilePolicies } from '../../../bench/generate-hostile-policies.ts';
import { generateManifest } from '../../../bench/generate-manifest.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { planAccessDiff } from '../../../core/plan/plan-access-diff.ts';
import {
  createAccessWorkMeter,
  MAX_PLAN_ACCESS_WORK,
  meterAccessWork,
} from '../../../core/policy/access-work-meter.ts';
import { toList } from '../../../core/policy/to-list.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const options = { account: ACCOUNT, key: { arn: KEY_ARN } };

function spentOn(policy: KeyPolicyDocument): { spent: number; unknown: string | undefined } {
  const meter = createAccessWorkMeter(Number.MAX_SAFE_INTEGER);
  const result = meterAccessWork(meter, () => planAccessDiff(undefined, policy, options));
  return { spent: meter.spent, unknown: result.unknown };
}

describe('the weights of access-matrix work', () => {
  it('charges a condition value list for its values', () => {
    const policy = generateHostilePolicies(ACCOUNT)['condition-values'];
    if (policy === undefined) throw new Error('no condition-values policy');
    const values = policy.Statement.flatMap((statement) =>
      Object.values(statement.Condition ?? {}).flatMap((entries) =>
        Object.values(entries).flatMap((value) => toList(value)),
      ),
    ).length;
    expect(values).toBeGreaterThan(2_000);
    const { spent, unknown } = spentOn(policy);
    expect(unknown).toBeUndefined();
    expect(spent).toBeGreaterThan(values);
  });

  it('refuses a 27 KB policy of conditioned wildcard statements over 30 rows as too large', () => {
    const policy = conditionedWildcards(ACCOUNT);
    expect(JSON.stringify(policy).length).toBeLessThan(28_000);
    expect(spentOn(policy).unknown).toMatch(/the access matrix is too large to compute/);
  });

  it('computes every access diff of 5,000 keys written from intents within the plan budget', () => {
    const result = readManifest('kms.yaml', generateManifest(200, ACCOUNT), {
      repository: 'acme/keys',
      manifestPath: 'kms.yaml',
    });
    if (!result.ok) throw new Error(result.problems[0]?.message);
    const meter = createAccessWorkMeter();
    meterAccessWork(meter, () => {
      for (const key of result.desired.keys) {
        const document = key.policy?.document;
        if (document === undefined) throw new Error(`${key.name} has no policy`);
        expect(planAccessDiff(undefined, document, options).unknown).toBeUndefined();
      }
    });
    // 25 such manifests: the 5,000-key limit, with a third of the budget to spare.
    expect(25 * meter.spent).toBeLessThan((2 / 3) * MAX_PLAN_ACCESS_WORK);
  });
});
