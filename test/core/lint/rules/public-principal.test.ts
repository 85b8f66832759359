/**
 * public-principal counts a condition on who or where the caller is as met by an unrelated
 * caller when its value admits every caller. AWS-documented cases: every direct request
 * carries `aws:SourceIp`, and `IpAddress` with `0.0.0.0/0` or `::/0` contains every address
 * (IAM User Guide, global condition keys "aws:SourceIp", and condition operators "IP address
 * condition operators"); any account can create a VPC endpoint, whose id matches `vpce-*`
 * ("aws:SourceVpce"); every signed request carries `aws:userid`, a role session's being
 * `<role id>:<session name>` with the session name the caller's ("aws:userid"); a request
 * through a VPC endpoint carries the caller's own VPC address as `aws:VpcSourceIp`; any
 * account can create a role named `deploy`, whose ARN matches `arn:aws:iam::*:role/deploy`
 * ("aws:PrincipalArn").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * A specific range, endpoint or role id is read as the author's own (not reported here).
 */
import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../../../core/lint/lint-key-policy.ts';

const ACCOUNT = '111122223333';
type Condition = Record<string, Record<string, string | string[]>>;

function reported(condition: Condition): boolean {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Root',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Sid: 'Anyone',
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: condition,
      },
    ],
  };
  return lintKeyPolicy(JSON.stringify(policy, null, 2), {
    file: 'policy.json',
    account: ACCOUNT,
  }).some((finding) => finding.rule === 'public-principal');
}

describe('public-principal: identity and network conditions that admit every caller', () => {
  it.each<[string, Condition]>([
    ['every IPv4 and IPv6 address', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/0', '::/0'] } }],
    ['every IPv6 address', { IpAddress: { 'aws:SourceIp': '::/0' } }],
    [
      'half the IPv4 space (wider than a registry block)',
      { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } },
    ],
    ['any VPC endpoint', { StringLike: { 'aws:SourceVpce': 'vpce-*' } }],
    ['any VPC', { StringLike: { 'aws:SourceVpc': 'vpc-*' } }],
    ['any caller id', { StringLike: { 'aws:userid': '*' } }],
    ['any role session', { StringLike: { 'aws:userid': 'AROA*' } }],
    ['a session name the caller chooses', { StringLike: { 'aws:userid': '*:alice' } }],
    ['an address in the caller’s own VPC', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }],
    ['any source account', { StringLike: { 'aws:SourceAccount': '*' } }],
    [
      'a role name any account can create',
      { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/deploy' } },
    ],
  ])('reports a wildcard Allow limited to %s', (_name, condition) => {
    expect(reported(condition)).toBe(true);
  });

  it.each<[string, Condition]>([
    ['a specific address range', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
    ['a /8 range', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }],
    ['one VPC endpoint', { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d5e6f7a8b9' } }],
    ['endpoints of one id prefix', { StringLike: { 'aws:SourceVpce': 'vpce-1a2b*' } }],
    ['the sessions of one role', { StringLike: { 'aws:userid': 'AROAEXAMPLEID:*' } }],
    [
      'roles of the key account',
      { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*` } },
    ],
    [
      'every address, but the organisation',
      {
        IpAddress: { 'aws:SourceIp': '0.0.0.0/0' },
        StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
      },
    ],
    [
      'an address of one VPC endpoint',
      {
        IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' },
        StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d5e6f7a8b9' },
      },
    ],
    [
      'the key account',
      { StringLike: { 'aws:userid': '*' }, StringEquals: { 'kms:CallerAccount': ACCOUNT } },
    ],
  ])('stays silent on a wildcard Allow limited to %s', (_name, condition) => {
    expect(reported(condition)).toBe(false);
  });
});
