/**
 * Access matrix cells whose verdict depends on a condition the matrix does not vary. IAM User
 * Guide, "Condition operators": a statement applies to a request whenever its conditions hold,
 * so an Allow under `IpAddress aws:SourceIp`, `aws:SourceVpce`, `kms:CallerAccount` of an
 * unnamed caller... lets in every request that meets it (the cell is `conditional` with
 * `other_condition`, never `no`), and a Deny under such a condition cuts only the requests that
 * meet it. KMS Developer Guide, "AWS KMS condition keys" ("Conditions for KMS keys used in API
 * operations"): kms:KeyOrigin, kms:KeySpec, kms:KeyUsage and kms:MultiRegion hold the key's own
 * properties in every request on it. IAM User Guide, "Cross-account policy evaluation logic":
 * a principal of another account (a member of an organisation, anyone) needs an IAM policy
 * of its own account too (`iam_policy_in_account`).
 */
import { describe, expect, it } from 'vitest';
import {
  buildAccessMatrix,
  type AccessMatrixOptions,
} from '../../../core/policy/build-access-matrix.ts';
import { keyPropertyConditions } from '../../../core/policy/key-property-conditions.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const APP = `arn:aws:iam::${ACCOUNT}:role/app`;
const ROOT: PolicyStatement = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const APP_DECRYPT: PolicyStatement = {
  Sid: 'App',
  Effect: 'Allow',
  Principal: { AWS: APP },
  Action: 'kms:Decrypt',
  Resource: '*',
};
const options: AccessMatrixOptions = {
  account: ACCOUNT,
  key: { partition: 'aws', account: ACCOUNT, region: 'us-east-1' },
  actions: ['kms:Decrypt'],
};

function verdict(
  statements: PolicyStatement[],
  principal: string,
  extra: Partial<AccessMatrixOptions> = {},
) {
  const policy: KeyPolicyDocument = { Version: '2012-10-17', Statement: [ROOT, ...statements] };
  const entry = buildAccessMatrix(policy, { ...options, ...extra }).find(
    (candidate) => candidate.principal === principal && candidate.action === 'kms:Decrypt',
  );
  return { allowed: entry?.allowed, requires: entry?.requires };
}

const anyone = (condition: NonNullable<PolicyStatement['Condition']>): PolicyStatement => ({
  Sid: 'Anyone',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: 'kms:Decrypt',
  Resource: '*',
  Condition: condition,
});

describe('an Allow under a condition the matrix does not vary', () => {
  it.each([
    ['aws:SourceIp', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }],
    ['aws:SourceVpce', { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }],
    [
      'kms:CallerAccount of another account',
      { StringEquals: { 'kms:CallerAccount': '444455556666' } },
    ],
    [
      'aws:PrincipalArn of another account',
      { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::444455556666:*' } },
    ],
  ])(
    'to anyone under %s: conditional on it and on IAM in the other account',
    (_name, condition) => {
      expect(verdict([anyone(condition)], '*')).toEqual({
        allowed: 'conditional',
        requires: ['other_condition', 'iam_policy_in_account'],
      });
    },
  );

  it('to anyone in the key account only (kms:CallerAccount): no IAM policy of another account', () => {
    expect(verdict([anyone({ StringEquals: { 'kms:CallerAccount': ACCOUNT } })], '*')).toEqual({
      allowed: 'conditional',
      requires: ['other_condition'],
    });
  });

  it('to a named role under aws:SourceIp: conditional on it', () => {
    const statement = {
      ...APP_DECRYPT,
      Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
    };
    expect(verdict([statement], APP)).toEqual({
      allowed: 'conditional',
      requires: ['other_condition'],
    });
  });
});

describe('a Deny under a condition the matrix does not vary', () => {
  it('"unless through vpce-1a2b3c4d" leaves the role allowed through it', () => {
    const deny: PolicyStatement = {
      Sid: 'OnlyThroughVpce',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
    };
    expect(verdict([APP_DECRYPT, deny], APP)).toEqual({
      allowed: 'conditional',
      requires: ['other_condition'],
    });
  });

  it('"from 203.0.113.0/24" leaves the role allowed from elsewhere only', () => {
    const deny: PolicyStatement = {
      Sid: 'NotFromThere',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    };
    expect(verdict([APP_DECRYPT, deny], APP)).toEqual({
      allowed: 'conditional',
      requires: ['other_condition'],
    });
  });

  it('a Deny on modelled keys still decides alone (no other_condition)', () => {
    const deny: PolicyStatement = {
      Sid: 'NoPlainHttp',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    };
    expect(verdict([APP_DECRYPT, deny], APP)).toEqual({ allowed: 'yes', requires: [] });
  });
});

describe('conditions on the key itself', () => {
  const ifOrigin = (origin: string): PolicyStatement => ({
    ...APP_DECRYPT,
    Condition: { StringEquals: { 'kms:KeyOrigin': origin } },
  });
  const symmetric = keyPropertyConditions({
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    multiRegion: false,
  });

  it("reads the key's own values", () => {
    expect(verdict([ifOrigin('AWS_KMS')], APP, { keyProperties: symmetric })).toEqual({
      allowed: 'yes',
      requires: [],
    });
    expect(verdict([ifOrigin('EXTERNAL')], APP, { keyProperties: symmetric }).allowed).toBe('no');
  });

  it('without them, a condition on one is another condition, not a denial', () => {
    expect(verdict([ifOrigin('AWS_KMS')], APP)).toEqual({
      allowed: 'conditional',
      requires: ['other_condition'],
    });
  });

  it('a replica of a multi-Region key is a REPLICA', () => {
    expect(
      keyPropertyConditions({
        keySpec: 'SYMMETRIC_DEFAULT',
        keyUsage: 'ENCRYPT_DECRYPT',
        origin: 'AWS_KMS',
        multiRegion: true,
        replica: true,
      }),
    ).toEqual({
      'kms:KeyOrigin': 'AWS_KMS',
      'kms:KeySpec': 'SYMMETRIC_DEFAULT',
      'kms:KeyUsage': 'ENCRYPT_DECRYPT',
      'kms:CustomerMasterKeySpec': 'SYMMETRIC_DEFAULT',
      'kms:CustomerMasterKeyUsage': 'ENCRYPT_DECRYPT',
      'kms:MultiRegion': 'true',
      'kms:MultiRegionKeyType': 'REPLICA',
    });
  });
});

describe('rows that cover principals of other accounts', () => {
  const organization = (extra: NonNullable<PolicyStatement['Condition']> = {}): PolicyStatement =>
    anyone({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' }, ...extra });

  it('an organisation row needs an IAM policy in the member account', () => {
    expect(verdict([organization()], 'organization o-abc123def4')).toEqual({
      allowed: 'conditional',
      requires: ['iam_policy_in_account'],
    });
  });

  it('an organisation row is an unnamed member: excluding a named administrator leaves it in', () => {
    const statement = organization({
      ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/kms-admin` },
    });
    expect(verdict([statement], 'organization o-abc123def4')).toEqual({
      allowed: 'conditional',
      requires: ['iam_policy_in_account'],
    });
  });

  it('anyone (*) stays no where only an organisation is allowed', () => {
    expect(verdict([organization()], '*')).toEqual({ allowed: 'no', requires: [] });
  });

  it('a foreign role named by the policy is unchanged', () => {
    const foreign = 'arn:aws:iam::444455556666:role/app';
    expect(verdict([{ ...APP_DECRYPT, Principal: { AWS: foreign } }], foreign)).toEqual({
      allowed: 'conditional',
      requires: ['iam_policy_in_account'],
    });
  });
});

describe('an organisation guard (Deny anyone outside the organisation)', () => {
  const guard: PolicyStatement = {
    Sid: 'OnlyOurOrganization',
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } },
  };
  const anyIp = anyone({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } });

  it('gets a row for the organisation it keeps in', () => {
    expect(verdict([anyIp, guard], 'organization o-abc123def4')).toEqual({
      allowed: 'conditional',
      requires: ['other_condition', 'iam_policy_in_account'],
    });
  });

  it('keeps anyone outside it out', () => {
    expect(verdict([anyIp, guard], '*')).toEqual({ allowed: 'no', requires: [] });
  });

  it('leaves a named role of the key account to the organisation it is in', () => {
    expect(verdict([APP_DECRYPT, guard], APP)).toEqual({
      allowed: 'conditional',
      requires: ['other_condition'],
    });
  });
});
