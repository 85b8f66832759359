import { describe, expect, it } from 'vitest';
import { readStatementPrincipals } from '../../../core/import/read-statement-principals.ts';
import type { PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const statement = (fields: Partial<PolicyStatement>): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: role('app') },
  Action: 'kms:Decrypt',
  Resource: '*',
  ...fields,
});

describe('readStatementPrincipals', () => {
  it.each<[string, PolicyStatement['Principal'], string[] | undefined, string]>([
    ['a role', { AWS: role('app') }, [role('app')], ''],
    ['a bare account id, as its root', { AWS: ACCOUNT }, [`arn:aws:iam::${ACCOUNT}:root`], ''],
    ['anyone', '*', ['*'], ''],
    ['anyone in an AWS block', { AWS: '*' }, ['*'], ''],
    ['a service', { Service: 'logs.amazonaws.com' }, undefined, 'names a Service principal'],
    ['no principal', undefined, undefined, 'names no principal'],
    ['a deleted role', { AWS: 'AROAEXAMPLEEXAMPLE123' }, undefined, 'unique id of a deleted'],
    [
      'a federated user ARN',
      { AWS: `arn:aws:sts::${ACCOUNT}:federated-user/bob` },
      undefined,
      'not an IAM role, user or account',
    ],
  ])('%s', (_name, principal, expected, reason) => {
    const reasons: string[] = [];
    const read = readStatementPrincipals(
      principal === undefined
        ? { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }
        : statement({ Principal: principal }),
      '#1',
      reasons,
    );
    expect(read).toEqual(expected);
    if (reason === '') expect(reasons).toEqual([]);
    else expect(reasons.join()).toContain(reason);
  });
});
