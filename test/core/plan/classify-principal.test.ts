import { describe, expect, it } from 'vitest';
import { classifyPrincipal } from '../../../core/plan/classify-principal.ts';

const ACCOUNT = '111122223333';

describe('classifyPrincipal', () => {
  it.each([
    ['arn:aws:iam::111122223333:root', 'own'],
    ['arn:aws:iam::111122223333:role/app', 'own'],
    ['arn:aws:sts::111122223333:assumed-role/app/session', 'own'],
    ['111122223333', 'own'],
    ['arn:aws:iam::555566667777:root', 'other-account'],
    ['arn:aws:iam::555566667777:role/reader', 'other-account'],
    ['arn:aws-cn:iam::555566667777:user/x', 'other-account'],
    ['555566667777', 'other-account'],
    ['*', 'anyone'],
    ['logs.us-east-1.amazonaws.com', 'service'],
    ['delivery.logs.amazonaws.com', 'service'],
    ['cloudtrail.amazonaws.com.cn', 'service'],
    // Forms it does not read are foreign: fail closed.
    ['arn:aws:iam::*:root', 'unknown'],
    ['arn:aws:iam:::role/x', 'unknown'],
    ['cognito-identity.amazonaws.com.evil.example', 'unknown'],
    ['accounts.google.com', 'unknown'],
    ['11112222333', 'unknown'],
    ['', 'unknown'],
  ])('%s is %s', (principal, expected) => {
    expect(classifyPrincipal(principal, ACCOUNT)).toBe(expected);
  });
});
