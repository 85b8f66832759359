import { describe, expect, it } from 'vitest';
import {
  evaluateKeyPolicy,
  type RequestContext,
} from '../../../core/policy/evaluate-key-policy.ts';
import { substitutePolicyVariables } from '../../../core/policy/substitute-policy-variables.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';

// IAM User Guide, "IAM policy elements: Variables and tags", section "Special characters":
// `${*}`, `${?}` and `${$}` stand for the literal characters `*`, `?` and `$`, never wildcards.
const PAGE = 'IAM User Guide "IAM policy elements: Variables and tags"';
const ACCOUNT = '111122223333';
const APP_ROLE = `arn:aws:iam::${ACCOUNT}:role/RoleForExampleApp`;
const KEY_ARN = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

function allowDecryptIf(extra: Partial<PolicyStatement>): KeyPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: APP_ROLE },
        Action: 'kms:Decrypt',
        Resource: '*',
        ...extra,
      },
    ],
  };
}

function verdictFor(document: KeyPolicyDocument, request: Partial<RequestContext> = {}): string {
  return evaluateKeyPolicy(document, { principal: APP_ROLE, action: 'kms:Decrypt', ...request })
    .verdict;
}

describe('substitutePolicyVariables', () => {
  const context = new Map([['aws:principaltag/team', ['payments']]]);

  it(`${PAGE}: \${*}, \${?} and \${$} become literal parts`, () => {
    expect(substitutePolicyVariables('team-${*}${?}${$}', context).value).toEqual({
      text: 'team-*?$',
      pattern: [{ glob: 'team-' }, { literal: '*' }, { literal: '?' }, { literal: '$' }],
    });
  });

  it(`${PAGE}: a variable becomes its request value, or its default, or nothing matches`, () => {
    expect(substitutePolicyVariables('x-${aws:PrincipalTag/team}-*', context).value).toEqual({
      text: 'x-payments-*',
      pattern: [{ glob: 'x-' }, { literal: 'payments' }, { glob: '-*' }],
    });
    expect(substitutePolicyVariables("${aws:username, 'none'}", context).value?.text).toBe('none');
    expect(substitutePolicyVariables('${aws:username}', context)).toEqual({
      value: undefined,
      missing: ['aws:username'],
    });
  });

  it('keeps text without a closing brace as written, in one pass', () => {
    const value = '${'.repeat(100_000);
    expect(substitutePolicyVariables(value, context).value).toEqual({
      text: value,
      pattern: [{ glob: value }],
    });
  });
});

describe(`policy variables in key policy evaluation (${PAGE})`, () => {
  it(`${PAGE}: \${*} in a StringLike value matches only a literal *`, () => {
    const document = allowDecryptIf({
      Condition: { StringLike: { 'kms:EncryptionContext:project': 'team-${*}' } },
    });
    expect(verdictFor(document, { encryptionContext: { project: 'team-*' } })).toBe('allowed');
    expect(verdictFor(document, { encryptionContext: { project: 'team-red' } })).toBe(
      'implicit_deny',
    );
  });

  it(`${PAGE}: \${?} in a StringLike value matches only a literal ?`, () => {
    const document = allowDecryptIf({
      Condition: { StringLike: { 'kms:EncryptionContext:project': 'v${?}' } },
    });
    expect(verdictFor(document, { encryptionContext: { project: 'v?' } })).toBe('allowed');
    expect(verdictFor(document, { encryptionContext: { project: 'vX' } })).toBe('implicit_deny');
  });

  it(`${PAGE}: \${$} is a literal $, and the written * around it stays a wildcard`, () => {
    const document = allowDecryptIf({
      Condition: { StringLike: { 'kms:EncryptionContext:project': 'cost${$}*' } },
    });
    expect(verdictFor(document, { encryptionContext: { project: 'cost$center' } })).toBe('allowed');
    expect(verdictFor(document, { encryptionContext: { project: 'costcenter' } })).toBe(
      'implicit_deny',
    );
  });

  it(`${PAGE}: \${*} in an ArnLike value matches only a literal *`, () => {
    const document = allowDecryptIf({
      Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/\${*}` } },
    });
    expect(verdictFor(document)).toBe('implicit_deny');
    const written = allowDecryptIf({
      Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*` } },
    });
    expect(verdictFor(written)).toBe('allowed');
  });

  it(`${PAGE}: a variable in Resource depends on the request, so the Resource is undecided`, () => {
    const byAccount = allowDecryptIf({
      Resource: 'arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/*',
    });
    // Exact: an Allow that may not name the key grants nothing for sure.
    expect(verdictFor(byAccount, { key: { arn: KEY_ARN } })).toBe('implicit_deny');
    const deny: PolicyStatement = {
      Sid: 'DenyByVariable',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: 'arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/*',
    };
    const guarded = { Version: '2012-10-17' as const, Statement: [...byAccount.Statement, deny] };
    // Lockout: a Deny that may apply counts.
    expect(
      evaluateKeyPolicy(
        guarded,
        {
          principal: `arn:aws:iam::${ACCOUNT}:root`,
          action: 'kms:PutKeyPolicy',
          key: { arn: KEY_ARN },
        },
        'lockout',
      ).verdict,
    ).toBe('explicit_deny');
  });

  it('matches the value a variable stands for as written, never as a pattern', () => {
    const document = allowDecryptIf({
      Condition: {
        StringLike: { 'kms:EncryptionContext:owner': 'x-${aws:PrincipalTag/team}' },
      },
    });
    const tagged = (owner: string): Partial<RequestContext> => ({
      encryptionContext: { owner },
      keys: { 'aws:PrincipalTag/team': '*' },
    });
    expect(verdictFor(document, tagged('x-*'))).toBe('allowed');
    expect(verdictFor(document, tagged('x-payments'))).toBe('implicit_deny');
  });
});
