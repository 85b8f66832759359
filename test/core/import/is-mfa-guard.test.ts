import { describe, expect, it } from 'vitest';
import { isMfaGuard } from '../../../core/import/is-mfa-guard.ts';
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

describe('isMfaGuard', () => {
  it.each<[string, ConditionBlock | undefined, boolean]>([
    ['BoolIfExists false', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, true],
    ['Bool false, any casing', { bool: { 'AWS:MultiFactorAuthPresent': false } }, true],
    ['true', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } }, false],
    ['no condition', undefined, false],
    [
      'another condition besides',
      {
        BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' },
        StringEquals: { 'aws:SourceVpc': 'vpc-1' },
      },
      false,
    ],
  ])('%s', (_name, condition, expected) => {
    const deny = statement({
      Effect: 'Deny',
      Principal: '*',
      ...(condition === undefined ? {} : { Condition: condition }),
    });
    expect(isMfaGuard(deny)).toBe(expected);
  });
});
