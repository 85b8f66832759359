import { describe, expect, it } from 'vitest';
import { classifyPrincipal } from '../../../core/render/access-graph.ts';

const ACCOUNT = '111122223333';

describe('classifyPrincipal', () => {
  it.each([
    ['*', [], 'anyone'],
    ['logs.eu-west-1.amazonaws.com', ['kms:Encrypt'], 'services'],
    ['79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be', [], 'other-accounts'],
    ['444455556666', ['kms:Decrypt'], 'other-accounts'],
    [`arn:aws:iam::444455556666:role/admin`, ['kms:PutKeyPolicy'], 'other-accounts'],
    [
      `arn:aws:iam::${ACCOUNT}:role/admin`,
      ['kms:Decrypt', 'kms:ScheduleKeyDeletion'],
      'administer',
    ],
    [`arn:aws:iam::${ACCOUNT}:role/attach`, ['kms:CreateGrant'], 'grants'],
    [`arn:aws:iam::${ACCOUNT}:role/app`, ['kms:Decrypt', 'kms:CreateGrant'], 'use'],
    [`arn:aws:sts::${ACCOUNT}:assumed-role/app/session`, ['kms:Decrypt'], 'use'],
  ])('%s with %j: %s', (principal, actions, expected) => {
    expect(classifyPrincipal(principal, ACCOUNT, actions)).toBe(expected);
  });
});
