import { describe, expect, it } from 'vitest';
import {
  anyAllowCovers,
  evaluateKeyPolicy,
  prepareKeyPolicy,
  type RequestContext,
} from '../../../core/policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const APP = `arn:aws:iam::${ACCOUNT}:role/app`;
const OTHER = `arn:aws:iam::${ACCOUNT}:role/other`;
const KEY = { partition: 'aws', account: ACCOUNT, region: 'us-east-1' };

const POLICY: KeyPolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
    {
      Sid: 'Admin',
      Effect: 'Allow',
      Principal: { AWS: ADMIN },
      Action: ['kms:Describe*', 'kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'],
      Resource: '*',
    },
    {
      Sid: 'Use',
      Effect: 'Allow',
      Principal: { AWS: APP },
      Action: ['kms:Decrypt', 'kms:Encrypt'],
      Resource: '*',
      Condition: {
        StringEquals: { 'kms:EncryptionContext:app': 'x', 'kms:ViaService': 's3.amazonaws.com' },
      },
    },
    {
      Sid: 'NotAction',
      Effect: 'Allow',
      Principal: { AWS: OTHER },
      NotAction: 'kms:*Key*',
      Resource: '*',
    },
    {
      Sid: 'Guard',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

/** Requests that vary everything but the caller and the action, as the lint rules build them. */
function variants(principal: string, action: string): RequestContext[] {
  const base: RequestContext = { principal, action, key: KEY };
  return [
    base,
    { ...base, mfaPresent: true },
    { ...base, mfaPresent: false },
    { ...base, encryptionContext: { app: 'x' }, viaService: 's3.amazonaws.com' },
    { ...base, keys: { 'kms:EncryptionContext:app': 'x', 'kms:ViaService': 's3.amazonaws.com' } },
    { ...base, grantIsForAwsResource: true, callerAccount: '444455556666' },
  ];
}

describe('anyAllowCovers: whether an Allow could let the caller make the action at all', () => {
  const prepared = prepareKeyPolicy(POLICY);
  const cases: [string, string, boolean, boolean][] = [
    // principal, action, delegation, expected
    [ADMIN, 'kms:DescribeKey', false, true],
    [ADMIN, 'kms:Decrypt', false, false],
    // The account principal lets IAM policies decide: it covers roles only with delegation.
    [ADMIN, 'kms:Decrypt', true, true],
    [APP, 'kms:Decrypt', false, true],
    [APP, 'kms:PutKeyPolicy', false, false],
    [APP, 'kms:PutKeyPolicy', true, true],
    // NotAction covers every action it does not name.
    [OTHER, 'kms:Decrypt', false, true],
    [OTHER, 'kms:DescribeKey', false, false],
    // The account root is allowed by the root statement itself.
    [ROOT, 'kms:Decrypt', false, true],
    // A Deny never covers.
    ['arn:aws:iam::444455556666:role/outsider', 'kms:Decrypt', false, false],
    ['arn:aws:iam::444455556666:role/outsider', 'kms:Decrypt', true, false],
  ];
  it.each(cases)('%s %s (delegation %s): %s', (principal, action, delegation, expected) => {
    expect(anyAllowCovers(prepared, principal, action, delegation)).toBe(expected);
  });

  it('is exact: when it says no, no request of that caller for that action gets through', () => {
    for (const [principal, action, delegation] of cases) {
      if (anyAllowCovers(prepared, principal, action, delegation)) continue;
      for (const request of variants(principal, action)) {
        for (const stance of ['exact', 'exposure', 'lockout'] as const) {
          const decision = evaluateKeyPolicy(POLICY, request, stance);
          expect(decision.verdict).not.toBe('allowed');
          if (delegation) expect(decision.delegatedToIam).toBe(false);
        }
      }
    }
  });
});
