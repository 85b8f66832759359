/**
 * A Resource of fewer than six segments ending in `*` (`arn:aws:kms:*`).
 * IAM User Guide, "IAM JSON policy elements: Resource", Using wildcards in resource ARNs:
 * "If the * wildcard is the last character of a resource ARN segment, it can expand to match
 * beyond colon boundaries." So `arn:aws:kms:*` names every KMS key, this one included.
 * Read as undecided, the access matrix counted neither an Allow nor a Deny on it, and a policy
 * update adding such a Deny that cuts a user's Decrypt showed no access change and was planned
 * `safe`. The Resource element follows its own page: the trailing `*` spans the colons.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { buildAccessMatrix } from '../../../core/policy/build-access-matrix.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from '../plan/plan-fixtures.ts';

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const APP = `arn:aws:iam::${ACCOUNT}:role/app`;
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const base: KeyPolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Root', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' },
    { Sid: 'App', Effect: 'Allow', Principal: { AWS: APP }, Action: 'kms:Decrypt', Resource: '*' },
  ],
};
const withDeny: KeyPolicyDocument = {
  ...base,
  Statement: [
    ...base.Statement,
    {
      Sid: 'DenyApp',
      Effect: 'Deny',
      Principal: { AWS: APP },
      Action: 'kms:Decrypt',
      Resource: 'arn:aws:kms:*',
    },
  ],
};

describe('Resource arn:aws:kms:* with the key ARN known', () => {
  it('the matrix counts an Allow on it (AWS: a trailing * expands beyond colons)', () => {
    const policy: KeyPolicyDocument = {
      ...base,
      Statement: [
        base.Statement[0] as PolicyStatement,
        { ...(base.Statement[1] as PolicyStatement), Resource: 'arn:aws:kms:*' },
      ],
    };
    const cell = buildAccessMatrix(policy, { account: ACCOUNT, key: { arn: KEY_ARN } }).find(
      (entry) => entry.principal === APP && entry.action === 'kms:Decrypt',
    );
    expect(cell?.allowed).toBe('yes');
  });

  it('the matrix counts a Deny on it', () => {
    const cell = buildAccessMatrix(withDeny, { account: ACCOUNT, key: { arn: KEY_ARN } }).find(
      (entry) => entry.principal === APP && entry.action === 'kms:Decrypt',
    );
    expect(cell?.allowed).toBe('no');
  });

  it('adding such a Deny that cuts the app is not a safe change', () => {
    const desired = desiredFrom(`  k:\n    policy:\n      document: ${JSON.stringify(withDeny)}\n`);
    const live = liveState(desired, [
      liveFrom(keyNamed(desired, 'k'), { policy: base, policyText: JSON.stringify(base) }),
    ]);
    const update = buildPlan(desired, live).changes.find(
      (change) => change.action === 'update-policy',
    );
    expect(update).toBeDefined();
    expect(update?.risk).not.toBe('safe');
  });

  it('a root Allow on it is the backstop, with the key ARN known and before the key exists', () => {
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Root',
          Effect: 'Allow',
          Principal: { AWS: ROOT },
          Action: 'kms:*',
          Resource: 'arn:aws:kms:*',
        },
      ],
    };
    const location = { partition: 'aws', account: ACCOUNT, region: 'us-east-1' };
    for (const key of [{ arn: KEY_ARN }, location]) {
      const cell = buildAccessMatrix(policy, { account: ACCOUNT, key }).find(
        (entry) => entry.principal === ROOT && entry.action === 'kms:PutKeyPolicy',
      );
      expect(cell?.allowed).toBe('yes');
    }
  });

  it('a short pattern of another service or account does not match', () => {
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'App',
          Effect: 'Allow',
          Principal: { AWS: APP },
          Action: 'kms:Decrypt',
          Resource: 'arn:aws:s3:*',
        },
      ],
    };
    const cell = buildAccessMatrix(policy, { account: ACCOUNT, key: { arn: KEY_ARN } }).find(
      (entry) => entry.principal === APP && entry.action === 'kms:Decrypt',
    );
    expect(cell?.allowed).toBe('no');
  });
});
