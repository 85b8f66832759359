import { describe, expect, it } from 'vitest';
import { checkPolicyPrincipal } from '../../../core/policy/check-policy-principal.ts';
import { collectPolicyProblems, onlyProblem } from './collect-policy-problems.ts';

const check = (principal: unknown) =>
  collectPolicyProblems((report) => {
    checkPolicyPrincipal(principal, ['Principal'], report);
  });

// IAM User Guide, "IAM JSON policy elements: Principal" and "AWS JSON policy elements:
// NotPrincipal"; the grammar's <principal_block> ("Grammar of the IAM JSON policy language").
describe('checkPolicyPrincipal (IAM JSON policy element reference: Principal)', () => {
  it.each([
    ['"*"', '*'],
    ['AWS "*"', { AWS: '*' }],
    ['bare account id', { AWS: '111122223333' }],
    ['account root', { AWS: 'arn:aws:iam::111122223333:root' }],
    [
      'role, user and role session',
      {
        AWS: [
          'arn:aws:iam::111122223333:role/path/app',
          'arn:aws:iam::111122223333:user/alice',
          'arn:aws:sts::111122223333:assumed-role/app/session',
        ],
      },
    ],
    ['federated user', { AWS: 'arn:aws:sts::111122223333:federated-user/bob' }],
    [
      'service principals',
      { Service: ['logs.us-east-1.amazonaws.com', 'cloudtrail.amazonaws.com'] },
    ],
  ] as const)('accepts %s', (_name, principal) => {
    expect(check(principal)).toEqual([]);
  });

  it.each([
    [
      'wildcard in a principal ARN',
      { AWS: 'arn:aws:iam::111122223333:role/*' },
      '/Principal/AWS',
      'error',
      'wildcards are not allowed in principal ARNs',
    ],
    [
      'an AWS managed policy ARN',
      { AWS: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      '/Principal/AWS',
      'error',
      'is an IAM managed policy, not a principal',
    ],
    [
      'a customer managed policy ARN',
      { AWS: ['arn:aws:iam::111122223333:role/app', 'arn:aws:iam::111122223333:policy/kms-use'] },
      '/Principal/AWS/1',
      'error',
      'is an IAM managed policy, not a principal',
    ],
    [
      'unknown principal type',
      { Aws: 'arn:aws:iam::111122223333:root' },
      '/Principal/Aws',
      'error',
      'unknown principal type `Aws`',
    ],
    [
      'not a principal',
      { AWS: ['arn:aws:iam::111122223333:role/app', 'app-role'] },
      '/Principal/AWS/1',
      'error',
      '`app-role` is not an AWS principal',
    ],
    [
      'bad service principal',
      { Service: 'logs' },
      '/Principal/Service',
      'error',
      '`logs` is not a service principal',
    ],
    ['empty principal list', { AWS: [] }, '/Principal/AWS', 'error', 'list is empty'],
    ['no principal type', {}, '/Principal', 'error', 'the principal names nobody'],
    [
      'a list instead of an object',
      ['arn:aws:iam::111122223333:root'],
      '/Principal',
      'error',
      'got a list',
    ],
    [
      'orphaned principal',
      { AWS: 'AROAEXAMPLEID123456789' },
      '/Principal/AWS',
      'warning',
      'unique id of a deleted IAM role',
    ],
  ] as const)('reports %s', (_name, principal, path, severity, message) => {
    const problem = onlyProblem(check(principal));
    expect(problem.path).toBe(path);
    expect(problem.severity).toBe(severity);
    expect(problem.message).toContain(message);
  });

  it('reports every bad identifier of one principal, in order', () => {
    const problems = check({
      AWS: ['arn:aws:iam::111122223333:role/*', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'x'],
      Service: 'logs',
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      '/Principal/AWS/0',
      '/Principal/AWS/1',
      '/Principal/AWS/2',
      '/Principal/Service',
    ]);
  });
});
