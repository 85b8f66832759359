/**
 * normalizeKeyPolicy / policiesEquivalent merged two condition entries whose operator or key
 * differ only in case into ONE key with a value list. In IAM (and in this
 * repo's evaluator) two entries are ANDed, while the values of one key are ORed, so the two
 * policies below mean different things but compare equal: a live policy in the OR form is
 * "no change" against a manifest in the AND form (drift hidden, never repaired).
 */
import { describe, expect, it } from 'vitest';
import { evaluateKeyPolicy } from '../../../core/policy/evaluate-key-policy.ts';
import { policiesEquivalent } from '../../../core/policy/policies-equivalent.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const A = '111122223333';
const stmt = (Condition: Record<string, Record<string, string | string[]>>): KeyPolicyDocument => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Root',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${A}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'Use',
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition,
    },
  ],
});
// Two entries (the key name spelled in two casings, as JSON allows; condition key names are
// case-insensitive): both must hold (AND).
const andForm = stmt({
  StringEquals: { 'kms:CallerAccount': A, 'KMS:CallerAccount': '444455556666' },
});
// Same, with the operator spelled twice.
const andForm2 = stmt({
  StringEquals: { 'kms:CallerAccount': A },
  stringequals: { 'kms:CallerAccount': '444455556666' },
});
const orForm = stmt({ StringEquals: { 'kms:CallerAccount': [A, '444455556666'] } });

describe('policiesEquivalent on condition entries that differ only in case', () => {
  it('sanity: the evaluator reads them differently (AND vs OR)', () => {
    const req = { principal: 'arn:aws:iam::444455556666:role/x', action: 'kms:Decrypt' };
    expect(evaluateKeyPolicy(andForm, req).verdict).toBe('implicit_deny');
    expect(evaluateKeyPolicy(andForm2, req).verdict).toBe('implicit_deny');
    expect(evaluateKeyPolicy(orForm, req).verdict).toBe('allowed');
  });
  it('they are not equivalent', () => {
    expect(policiesEquivalent(andForm, orForm)).toBe(false);
  });
  it('they are not equivalent (operator spelled twice)', () => {
    expect(policiesEquivalent(andForm2, orForm)).toBe(false);
  });
  it('the same two entries written in another order or spelling are still equivalent', () => {
    const reordered = stmt({
      StringEquals: { 'KMS:CALLERACCOUNT': '444455556666', 'kms:calleraccount': A },
    });
    expect(policiesEquivalent(andForm, reordered)).toBe(true);
    expect(policiesEquivalent(andForm, andForm2)).toBe(true);
  });

  it('two spellings of one key never equal a key that is really named `x #2`', () => {
    const decrypt = (condition: Record<string, string>): KeyPolicyDocument => ({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/app' },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { StringEquals: condition },
        },
      ],
    });
    expect(
      policiesEquivalent(
        decrypt({ 'kms:EncryptionContext:x': '1', 'KMS:EncryptionContext:x': '2' }),
        decrypt({ 'kms:EncryptionContext:x': '1', 'kms:EncryptionContext:x #2': '2' }),
      ),
    ).toBe(false);
  });
});
