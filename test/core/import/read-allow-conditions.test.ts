import { describe, expect, it } from 'vitest';
import { readAllowConditions } from '../../../core/import/read-allow-conditions.ts';
import type { ConditionBlock, PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const statement = (fields: Partial<PolicyStatement>): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS: role('app') },
  Action: 'kms:Decrypt',
  Resource: '*',
  ...fields,
});

describe('readAllowConditions', () => {
  const read = (condition: ConditionBlock) => {
    const reasons: string[] = [];
    const conditions = readAllowConditions(
      statement({ Condition: condition }),
      '#1',
      'eu-west-1',
      'aws',
      reasons,
    );
    return { conditions, reasons };
  };

  it('reads via_service endpoints of the key Region as service names, sorted', () => {
    expect(
      read({
        StringEquals: {
          'kms:ViaService': ['s3.eu-west-1.amazonaws.com', 'ec2.eu-west-1.amazonaws.com'],
        },
      }),
    ).toEqual({ conditions: { viaService: ['ec2', 's3'] }, reasons: [] });
  });

  it('refuses a via_service endpoint of another Region', () => {
    const { conditions, reasons } = read({
      StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' },
    });
    expect(conditions).toBeUndefined();
    expect(reasons.join()).toContain("not services of the key's Region eu-west-1");
  });

  it('reads each encryption context key with one value, and grants for AWS resources', () => {
    expect(
      read({
        StringEquals: { 'kms:EncryptionContext:project': 'p', 'kms:EncryptionContext:team': 't' },
        Bool: { 'kms:GrantIsForAWSResource': true },
      }),
    ).toEqual({
      conditions: { encryptionContext: { project: 'p', team: 't' }, grantForAwsResource: true },
      reasons: [],
    });
  });

  it.each<[string, ConditionBlock]>([
    ['two values of one context key', { StringEquals: { 'kms:EncryptionContext:a': ['1', '2'] } }],
    ['StringLike', { StringLike: { 'kms:EncryptionContext:a': '*' } }],
    ['another key', { StringEquals: { 'aws:SourceVpc': 'vpc-1' } }],
    ['GrantIsForAWSResource false', { Bool: { 'kms:GrantIsForAWSResource': 'false' } }],
  ])('has no word for %s', (_name, condition) => {
    const { conditions, reasons } = read(condition);
    expect(conditions).toBeUndefined();
    expect(reasons.join()).toContain('which the intent form has no word for');
  });
});
