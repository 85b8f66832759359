import { describe, expect, it } from 'vitest';
import { createPolicyComparer } from '../../../core/import/create-policy-comparer.ts';
import { createImportWorkMeter } from '../../../core/import/create-import-work-meter.ts';
import { policiesEquivalent } from '../../../core/policy/policies-equivalent.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

const TIE_A: PolicyStatement = {
  Effect: 'Allow',
  Principal: { AWS: role('t') },
  Action: 'kms:Sign',
  Resource: 'k\u200b',
};
const TIE_B: PolicyStatement = {
  Effect: 'Allow',
  Principal: { AWS: role('t\u200b') },
  Action: 'kms:Sign',
  Resource: 'k',
};
const DECRYPT: PolicyStatement = {
  Effect: 'Allow',
  Principal: { AWS: role('a') },
  Action: 'kms:Decrypt',
  Resource: '*',
};

/** Statements that normalise alike or almost alike, and the shapes the comparer treats apart. */
const POOL: PolicyStatement[] = [
  {
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
    Action: 'kms:*',
    Resource: '*',
  },
  { Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'KMS:*', Resource: ['*'] },
  {
    Effect: 'Allow',
    Principal: { AWS: [role('a'), role('b')] },
    Action: ['kms:Decrypt', 'kms:Encrypt'],
    Resource: '*',
  },
  {
    Sid: 'A',
    Effect: 'Allow',
    Principal: { AWS: role('a') },
    Action: 'kms:Decrypt',
    Resource: '*',
  },
  {
    Effect: 'Allow',
    Principal: { AWS: role('b') },
    Action: ['kms:encrypt', 'kms:Decrypt'],
    Resource: '*',
  },
  { Effect: 'Allow', Principal: { AWS: role('a') }, Action: 'kms:ReEncrypt*', Resource: '*' },
  {
    Effect: 'Allow',
    Principal: { AWS: role('a') },
    Action: ['kms:ReEncryptFrom', 'kms:ReEncryptTo'],
    Resource: '*',
  },
  {
    Effect: 'Allow',
    Principal: { AWS: role('a') },
    Action: 'kms:Decrypt',
    Resource: '*',
    Condition: {
      StringEquals: {
        'kms:ViaService': ['s3.us-east-1.amazonaws.com', 'rds.us-east-1.amazonaws.com'],
      },
    },
  },
  {
    Effect: 'Allow',
    Principal: { AWS: role('a') },
    Action: 'kms:Decrypt',
    Resource: '*',
    Condition: {
      stringequals: {
        'KMS:VIASERVICE': ['rds.us-east-1.amazonaws.com', 's3.us-east-1.amazonaws.com'],
      },
    },
  },
  {
    Effect: 'Deny',
    Principal: '*',
    Action: ['kms:DisableKey', 'kms:ScheduleKeyDeletion'],
    Resource: '*',
    Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': false } },
  },
  {
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Action: 'kms:DisableKey',
    Resource: '*',
    Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'FALSE' } },
  },
  {
    Effect: 'Deny',
    NotPrincipal: { AWS: [role('a'), role('b')] },
    NotAction: 'kms:Describe*',
    NotResource: ['k1', 'k2'],
  },
  {
    Effect: 'Deny',
    NotPrincipal: { AWS: [role('b'), role('a')] },
    NotAction: ['kms:DescribeKey'],
    NotResource: ['k2', 'k1'],
  },
  {
    Effect: 'Allow',
    Principal: { Service: 'logs.amazonaws.com' },
    Action: 'kms:Encrypt*',
    Resource: '*',
  },
  // Irregular grants: an empty list merges away; a second NUL is cut when written back.
  { Effect: 'Allow', Principal: { AWS: role('a') }, Action: [], Resource: '*' },
  { Effect: 'Allow', Principal: { AWS: [] }, Action: 'kms:Decrypt', Resource: '*' },
  { Effect: 'Allow', Principal: { AWS: role('a\u0000x') }, Action: 'kms:Decrypt', Resource: '*' },
  { Effect: 'Allow', Principal: { AWS: role('a\u0000y') }, Action: 'kms:Decrypt', Resource: '*' },
  // Statements whose normalised JSON `localeCompare` finds equal (U+200B is ignored).
  TIE_A,
  TIE_B,
];

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state;
  };
}

function pick(next: () => number, count: number): PolicyStatement[] {
  return Array.from({ length: count }, () => POOL[next() % POOL.length] as PolicyStatement);
}

const policy = (
  statements: PolicyStatement[],
  version: KeyPolicyDocument['Version'] = '2012-10-17',
): KeyPolicyDocument => ({
  Version: version,
  Statement: statements,
});

describe('createPolicyComparer', () => {
  it('answers covers() as policiesEquivalent(container, container + covered) does, on 400 mixes of tricky statements', () => {
    const next = sequence(7);
    let covered = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const compare = createPolicyComparer('aws', createImportWorkMeter());
      const container = pick(next, 1 + (next() % 6));
      const added = pick(next, next() % 3);
      const expected = policiesEquivalent(policy(container), policy([...container, ...added]));
      expect(compare.covers(container, added), JSON.stringify({ container, added })).toBe(expected);
      // The same comparer again, its caches warm.
      expect(compare.covers(container, added)).toBe(expected);
      if (expected && added.length > 0) covered += 1;
    }
    expect(covered).toBeGreaterThan(20);
  });

  it('answers equivalent() as policiesEquivalent does, on 400 pairs of tricky policies', () => {
    const next = sequence(11);
    let equal = 0;
    for (let trial = 0; trial < 400; trial += 1) {
      const compare = createPolicyComparer('aws', createImportWorkMeter());
      const a = policy(pick(next, 1 + (next() % 5)));
      // Half the pairs: the same statements reordered, regrouped or with duplicates.
      const b =
        next() % 2 === 0
          ? policy([...a.Statement].reverse().concat(pick(next, next() % 2)))
          : policy(pick(next, 1 + (next() % 5)), next() % 10 === 0 ? '2008-10-17' : '2012-10-17');
      const expected = policiesEquivalent(a, b);
      expect(compare.equivalent(a, b), JSON.stringify({ a, b })).toBe(expected);
      if (expected) equal += 1;
    }
    expect(equal).toBeGreaterThan(20);
  });

  it.each([
    [
      'a statement without actions, which normalising merges away',
      [DECRYPT],
      [{ ...DECRYPT, Action: [] }],
    ],
    [
      'a principal cut at its second NUL',
      [{ ...DECRYPT, Principal: { AWS: role('a\u0000x') } }],
      [{ ...DECRYPT, Principal: { AWS: role('a\u0000y') } }],
    ],
    ['statements that sort alike', [TIE_A], [TIE_B]],
  ])('covers() with %s', (_name, container, added) => {
    const compare = createPolicyComparer('aws', createImportWorkMeter());
    expect(compare.covers(container, added)).toBe(
      policiesEquivalent(policy(container), policy([...container, ...added])),
    );
  });

  it("equivalent() of the same statements that sort alike, in two orders, is policiesEquivalent's answer (the order decides there)", () => {
    const compare = createPolicyComparer('aws', createImportWorkMeter());
    const a = policy([TIE_A, TIE_B]);
    const b = policy([TIE_B, TIE_A]);
    expect(policiesEquivalent(a, b)).toBe(false);
    expect(compare.equivalent(a, b)).toBe(false);
    expect(compare.equivalent(a, policy([TIE_A, TIE_B, TIE_A]))).toBe(true);
  });

  it('splits each statement once: comparing one more statement against a large policy costs that statement, not the policy', () => {
    const roles = Array.from({ length: 500 }, (_, index) => role(`r${String(index)}`));
    const live: PolicyStatement[] = [
      { Effect: 'Allow', Principal: { AWS: roles }, Action: 'kms:*', Resource: '*' },
    ];
    const meter = createImportWorkMeter();
    const compare = createPolicyComparer('aws', meter);
    expect(compare.covers(live, [POOL[3] as PolicyStatement])).toBe(false);
    const first = meter.spent;
    for (const name of ['r1', 'r2', 'r3', 'nobody']) {
      compare.covers(live, [
        { Effect: 'Allow', Principal: { AWS: role(name) }, Action: 'kms:Decrypt', Resource: '*' },
      ]);
    }
    // 500 roles x 56 actions split and indexed once; then a few steps per comparison.
    expect(first).toBeGreaterThan(2 * 500 * 56);
    expect(meter.spent - first).toBeLessThan(20);
  });
});
