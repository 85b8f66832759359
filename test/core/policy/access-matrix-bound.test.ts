import { describe, expect, it } from 'vitest';
import {
  AccessMatrixTooLargeError,
  buildAccessMatrix,
  MAX_ACCESS_MATRIX_WORK,
} from '../../../core/policy/build-access-matrix.ts';
import { diffAccess } from '../../../core/policy/diff-access.ts';
import { evaluateKeyPolicy, prepareKeyPolicy } from '../../../core/policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { planAccessDiff } from '../../../core/plan/plan-access-diff.ts';
import { createAccessWorkMeter, meterAccessWork } from '../../../core/policy/access-work-meter.ts';

const ACCOUNT = '111122223333';
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const KEY_ARN = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const role = (index: number): string => `arn:aws:iam::${ACCOUNT}:role/r${String(index)}`;

const rootStatement: PolicyStatement = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*',
};

/** 200 roles x 1,500 resources x kms:* in about 18 KB (it ran policy comparison out of memory). */
function rolesByResources(): KeyPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      rootStatement,
      {
        Sid: 'Wide',
        Effect: 'Allow',
        Principal: { AWS: Array.from({ length: 200 }, (_, index) => role(index)) },
        Action: 'kms:*',
        Resource: [...Array.from({ length: 1500 }, (_, index) => `k${String(index)}`), KEY_ARN],
      },
    ],
  };
}

/**
 * Under 32 KB: 60 wildcard statements whose conditions read every request property the matrix
 * varies (3 x 3 x 2 variants per action), and 1,000 accounts, each a row those 60 all cover.
 */
function wildcardsByAccounts(): KeyPolicyDocument {
  const conditioned = Array.from({ length: 60 }, (_, index): PolicyStatement => ({
    Effect: 'Allow',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: {
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      StringEquals: {
        'kms:EncryptionContext:a': String(index),
        'kms:ViaService': 's3.eu-west-1.amazonaws.com',
      },
    },
  }));
  const accounts = Array.from({ length: 1000 }, (_, index) => String(200000000000 + index));
  return {
    Version: '2012-10-17',
    Statement: [
      rootStatement,
      ...conditioned,
      { Effect: 'Allow', Principal: { AWS: accounts }, Action: 'kms:Decrypt', Resource: '*' },
    ],
  };
}

describe('policy evaluation cost on hostile policies', () => {
  it('scans a statement of 1,500 resources once per key, however many requests ask', () => {
    const prepared = prepareKeyPolicy(rolesByResources());
    for (let index = 0; index < 200; index += 1) {
      for (const action of ['kms:Decrypt', 'kms:Encrypt', 'kms:PutKeyPolicy']) {
        const decision = evaluateKeyPolicy(prepared, {
          principal: role(index),
          action,
          key: { arn: KEY_ARN },
        });
        expect(decision.verdict).toBe('allowed');
      }
    }
    // One scan per statement the roles reach (Wide, and Root naming their account) for the
    // one key, not one per request.
    expect(prepared.work.resourceScans).toBe(2);
    expect(prepared.work.statements).toBe(1200);
  });

  it('diffs the access of the 200 x 1,500 policy in full, within the bound', () => {
    const changes = diffAccess(
      { Version: '2012-10-17', Statement: [rootStatement] },
      rolesByResources(),
      { account: ACCOUNT, key: { arn: KEY_ARN }, actions: ['kms:Decrypt', 'kms:PutKeyPolicy'] },
    );
    expect(changes).toHaveLength(400);
    expect(changes.every((change) => change.change === 'gains')).toBe(true);
  });

  it('refuses an access matrix past MAX_ACCESS_MATRIX_WORK, naming its size', () => {
    const policy = wildcardsByAccounts();
    expect(JSON.stringify(policy).length).toBeLessThan(32_768);
    let thrown: unknown;
    try {
      buildAccessMatrix(policy, { account: ACCOUNT, key: { arn: KEY_ARN } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AccessMatrixTooLargeError);
    const error = thrown as AccessMatrixTooLargeError;
    expect(error.principals).toBe(1002);
    expect(error.work).toBeGreaterThan(MAX_ACCESS_MATRIX_WORK);
    expect(error.message).toMatch(/too large to compute: 1002 principals x \d+ actions/);
    expect(error.message).toMatch(/review the policy JSON diff/);
  });

  it('shares one budget over the access matrices of a plan: past it, access is unknown', () => {
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        rootStatement,
        {
          Sid: 'Users',
          Effect: 'Allow',
          Principal: { AWS: [role(1), role(2)] },
          Action: ['kms:Decrypt', 'kms:Encrypt'],
          Resource: '*',
        },
      ],
    };
    const options = { account: ACCOUNT, key: { arn: KEY_ARN } };
    const meter = createAccessWorkMeter();
    const first = meterAccessWork(meter, () => planAccessDiff(undefined, policy, options));
    expect(first.unknown).toBeUndefined();
    expect(first.access.length).toBeGreaterThan(0);
    const spent = meter.spent;
    expect(spent).toBeGreaterThan(0);

    // With less left than one matrix takes, the next key's access is not computed.
    const short = createAccessWorkMeter(spent - 1);
    const second = meterAccessWork(short, () => planAccessDiff(undefined, policy, options));
    expect(second.access).toEqual([]);
    expect(second.unknown).toMatch(/does not fit in what is left of this plan's budget/);
    // The principal scans it did before it was refused are spent; its evaluations are not.
    expect(short.left).toBeLessThan(spent - 1);
    expect(short.left).toBeGreaterThan(0);
    // Outside a plan nothing is metered.
    expect(planAccessDiff(undefined, policy, options).unknown).toBeUndefined();
  });

  it("spends the principal scans of a matrix refused as too large: refused matrices cannot each scan a fresh plan's budget", () => {
    // Each refused matrix scanned every statement's principals for its rows before it was
    // refused; uncounted, every key of a plan could do that again at no cost to the budget.
    const meter = createAccessWorkMeter();
    const refused = meterAccessWork(meter, () =>
      planAccessDiff(undefined, wildcardsByAccounts(), { account: ACCOUNT, key: { arn: KEY_ARN } }),
    );
    expect(refused.unknown).toMatch(/the access matrix is too large/);
    const scanned = meter.spent;
    expect(scanned).toBeGreaterThan(0);
    expect(scanned).toBeLessThan(MAX_ACCESS_MATRIX_WORK);
  });

  it('plans a policy change too large to diff as unknown access, never as no change', () => {
    const result = planAccessDiff(
      { Version: '2012-10-17', Statement: [rootStatement] },
      wildcardsByAccounts(),
      { account: ACCOUNT, key: { arn: KEY_ARN } },
    );
    expect(result.access).toEqual([]);
    expect(result.unknown).toMatch(/was not computed: the access matrix is too large/);
  });
});
