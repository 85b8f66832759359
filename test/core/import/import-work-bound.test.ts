import { describe, expect, it } from 'vitest';
import { hostileImportCases } from '../../../bench/measure-import-cost.ts';
import { HOSTILE_IMPORT_REGION } from '../../../bench/generate-hostile-import-policies.ts';
import { createImportWorkMeter } from '../../../core/import/create-import-work-meter.ts';
import {
  ImportWorkLimitError,
  MAX_IMPORT_WORK,
} from '../../../core/import/import-work-limit-error.ts';
import { inferPolicyIntent } from '../../../core/import/infer-policy-intent.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const placement = { account: ACCOUNT, region: HOSTILE_IMPORT_REGION, partition: 'aws' };
const cases = hostileImportCases(ACCOUNT);
const limitReason = new ImportWorkLimitError(MAX_IMPORT_WORK).message;

function hostile(name: string): KeyPolicyDocument {
  const found = cases.find(([caseName]) => caseName === name);
  if (found === undefined) throw new Error(`no hostile policy ${name}`);
  return found[1];
}

/** The policy with only the first `count` AWS principals of its statement at `at`. */
function firstPrincipals(policy: KeyPolicyDocument, at: number, count: number): KeyPolicyDocument {
  return {
    ...policy,
    Statement: policy.Statement.map((statement, index): PolicyStatement => {
      const block = statement.Principal;
      if (index !== at || block === undefined || block === '*' || !Array.isArray(block.AWS)) {
        return statement;
      }
      return { ...statement, Principal: { ...block, AWS: block.AWS.slice(0, count) } };
    }),
  };
}

function stepsFor(policy: KeyPolicyDocument): number {
  const meter = createImportWorkMeter(Number.MAX_SAFE_INTEGER);
  inferPolicyIntent(policy, placement, { meter });
  return meter.spent;
}

describe('the work of inferring the intent of a hostile key policy', () => {
  // The forms the inference gave before it was bounded (many-accounts: the access matrix was
  // too large), so the bound changes no result but that one's reason.
  const forms: Record<string, 'intent' | 'document'> = {
    'roles-x-resources': 'document',
    'many-accounts': 'document',
    'statements-x-conditions': 'document',
    'statements-x-roles': 'document',
    'not-lists': 'document',
    'condition-values': 'intent',
    'many-services': 'document',
    'wildcard-principals': 'intent',
    'autoscaling-roles': 'intent',
    'service-sources': 'document',
    'extras-cross-account': 'intent',
    'action-patterns': 'document',
  };

  it.each(cases.map(([name]) => [name, forms[name]]))(
    '%s (32 KB) is inferred within MAX_IMPORT_WORK steps (%s), or kept as written',
    (name, form) => {
      const meter = createImportWorkMeter();
      const inferred = inferPolicyIntent(hostile(name), placement, { meter });
      expect(inferred.form).toBe(form);
      if (inferred.form === 'document' && inferred.reasons.includes(limitReason)) return;
      expect(meter.spent).toBeLessThanOrEqual(MAX_IMPORT_WORK);
    },
  );

  // Each Auto Scaling role named is a `services:` candidate compared with the whole policy;
  // each cross-account principal's generated statement likewise. Comparing against the policy
  // split again each time made the work quadratic (86 s and more for 32 KB).
  it.each([
    ['autoscaling-roles', 1],
    ['extras-cross-account', 1],
    ['extras-cross-account', 3],
  ])('%s grows linearly with its principals (statement %i)', (name, at) => {
    const policy = hostile(name);
    const block = policy.Statement[at]?.Principal;
    const total = typeof block === 'object' && Array.isArray(block.AWS) ? block.AWS.length : 0;
    expect(total).toBeGreaterThan(200);
    const eighth = Math.floor(total / 8);
    const small = stepsFor(firstPrincipals(policy, at, eighth));
    const large = stepsFor(firstPrincipals(policy, at, 4 * eighth));
    expect(large).toBeLessThan(5 * small);
  });

  it('keeps the policy as written, with the reason, when the work passes the limit', () => {
    const policy = hostile('condition-values');
    expect(inferPolicyIntent(policy, placement).form).toBe('intent');
    const inferred = inferPolicyIntent(policy, placement, { meter: createImportWorkMeter(500) });
    expect(inferred).toEqual({
      form: 'document',
      reasons: [new ImportWorkLimitError(500).message],
    });
  });

  it('charges the access diff before computing it: thousands of principals are kept as written', () => {
    const inferred = inferPolicyIntent(hostile('many-accounts'), placement);
    expect(inferred).toEqual({ form: 'document', reasons: [limitReason] });
  });
});
