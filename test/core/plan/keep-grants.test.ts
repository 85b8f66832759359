/**
 * `keep_grants`: live grants AWS services create for the resources they encrypt are kept,
 * never revoked, without declaring each one; a grant to a grantee AWS operates that no rule
 * keeps is revoked only when named. The grant shapes are the ones the AWS documentation
 * shows in ListGrants (docs/grants.md quotes them).
 */
import { describe, expect, it } from 'vitest';
import type { DesiredKeepGrant } from '../../../core/manifest/desired-state.ts';
import { diffGrants } from '../../../core/plan/diff-grants.ts';
import { isAwsGrantee } from '../../../core/plan/is-aws-grantee.ts';
import type { LiveGrant } from '../../../core/plan/live-state.ts';

const KEY = { name: 'app', account: '111122223333', region: 'us-west-2', keyId: 'k1' };

/** AWS KMS Developer Guide, "Encryption context": a grant DynamoDB created for table Services. */
const DYNAMODB: LiveGrant = {
  grantId: '1667b97d27cf748cf05b487217dd4179526c949d14fb3903858e25193253fe59',
  name: '8276b9a6-6cf0-46f1-b2f0-7993a7f8c89a',
  granteePrincipal: 'dynamodb.us-west-2.amazonaws.com',
  retiringPrincipal: 'dynamodb.us-west-2.amazonaws.com',
  operations: [
    'Decrypt',
    'DescribeKey',
    'Encrypt',
    'GenerateDataKey',
    'ReEncryptFrom',
    'ReEncryptTo',
    'RetireGrant',
  ],
  encryptionContextSubset: {
    'aws:dynamodb:tableName': 'Services',
    'aws:dynamodb:subscriberId': '111122223333',
  },
  issuingAccount: 'arn:aws:iam::111122223333:root',
};

/** AWS KMS Developer Guide, "Examining grants": the grant EC2 made for an instance's EBS volume. */
const EBS: LiveGrant = {
  grantId: 'dc716f53c93acacf291b1540de3e5a232b76256c83b2ecb22cdefa26576a2d3e',
  name: '0d8aa621-43ef-4657-b29c-3752c41dc132',
  granteePrincipal: 'arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-5d476fab',
  retiringPrincipal: 'arn:aws:iam::123456789012:root',
  operations: ['Decrypt'],
  encryptionContextSubset: { 'aws:ebs:id': 'vol-5cccfb4e' },
  issuingAccount: 'arn:aws:iam::111122223333:root',
};

const OUTSIDER: LiveGrant = {
  grantId: 'g-outsider',
  name: 'sneaky',
  granteePrincipal: 'arn:aws:iam::111122223333:role/outsider',
  operations: ['Decrypt'],
};

const rule = (grantee: string, source: DesiredKeepGrant['source'] = 'key'): DesiredKeepGrant => ({
  grantee,
  reason: `kept: ${grantee}`,
  source,
});
const EC2_ROLE = 'arn:aws:iam::111122223333:role/aws:ec2-infrastructure';

describe('diffGrants with keep_grants', () => {
  it('keeps a service grant whose grantee is the rule grantee, and lists it with the rule', () => {
    const diff = diffGrants(KEY, [], [DYNAMODB], [rule('dynamodb.us-west-2.amazonaws.com')]);
    expect(diff.changes).toEqual([]);
    expect(diff.kept).toEqual([
      {
        address: `grant.app.${DYNAMODB.name ?? ''}`,
        key: 'app',
        account: KEY.account,
        region: KEY.region,
        grantId: DYNAMODB.grantId,
        grant: expect.objectContaining({ granteePrincipal: DYNAMODB.granteePrincipal }),
        rule: {
          grantee: 'dynamodb.us-west-2.amazonaws.com',
          reason: 'kept: dynamodb.us-west-2.amazonaws.com',
          source: 'key',
        },
      },
    ]);
  });

  it("keeps the EBS grants of every instance with one rule naming EC2's infrastructure role", () => {
    const second = {
      ...EBS,
      grantId: 'g2',
      granteePrincipal: EBS.granteePrincipal.replace('i-5d476fab', 'i-0c9d812c0cfa2790f'),
    };
    const diff = diffGrants(KEY, [], [EBS, second], [rule(EC2_ROLE, 'defaults')]);
    expect(diff.changes).toEqual([]);
    expect(diff.kept.map((kept) => [kept.grantId, kept.rule.grantee, kept.rule.source])).toEqual([
      [EBS.grantId, EC2_ROLE, 'defaults'],
      ['g2', EC2_ROLE, 'defaults'],
    ]);
  });

  it.each([
    ['another account', 'arn:aws:sts::444455556666:assumed-role/aws:ec2-infrastructure/i-1'],
    ['another partition', 'arn:aws-cn:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-1'],
    [
      'a role whose name only starts the same',
      'arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure-x/i-1',
    ],
    ['a role named like its path', 'arn:aws:sts::111122223333:assumed-role/aws/i-1'],
    ['the role itself written as a user', 'arn:aws:iam::111122223333:user/aws:ec2-infrastructure'],
  ])(
    'a role rule does not keep a grant to %s (matched exactly, never as a pattern)',
    (_what, grantee) => {
      const diff = diffGrants(KEY, [], [{ ...EBS, granteePrincipal: grantee }], [rule(EC2_ROLE)]);
      expect(diff.kept).toEqual([]);
      expect(diff.changes.map((change) => `${change.action} ${change.risk}`)).toEqual([
        'revoke-grant destructive',
      ]);
    },
  );

  it('a service rule keeps that Regional principal only', () => {
    const diff = diffGrants(
      KEY,
      [],
      [
        DYNAMODB,
        { ...DYNAMODB, grantId: 'g-east', granteePrincipal: 'dynamodb.us-east-1.amazonaws.com' },
      ],
      [rule('dynamodb.us-west-2.amazonaws.com')],
    );
    expect(diff.kept.map((kept) => kept.grantId)).toEqual([DYNAMODB.grantId]);
    expect(diff.changes).toEqual([
      expect.objectContaining({ action: 'revoke-grant', grantId: 'g-east', awsGrantee: true }),
    ]);
  });

  it('a rule keeps, it never declares: a declared grant missing from AWS is still created', () => {
    const declared = {
      name: 'batch',
      granteePrincipal: 'arn:aws:iam::111122223333:role/app',
      operations: ['Decrypt'],
    };
    const diff = diffGrants(KEY, [declared], [], [rule('arn:aws:iam::111122223333:role/app')]);
    expect(diff.changes.map((change) => change.action)).toEqual(['create-grant']);
    expect(diff.kept).toEqual([]);
  });

  it('a live grant that matches a declared one is declared, not kept', () => {
    const declared = {
      name: 'batch',
      granteePrincipal: 'arn:aws:iam::111122223333:role/app',
      operations: ['Decrypt'],
    };
    const diff = diffGrants(
      KEY,
      [declared],
      [{ grantId: 'g1', ...declared }],
      [rule('arn:aws:iam::111122223333:role/app')],
    );
    expect(diff).toEqual({ changes: [], kept: [] });
  });

  it('still revokes an undeclared grant to a principal no rule names, with --allow-destructive', () => {
    const diff = diffGrants(KEY, [], [OUTSIDER, DYNAMODB], [rule(DYNAMODB.granteePrincipal)]);
    expect(diff.changes).toEqual([
      expect.objectContaining({
        action: 'revoke-grant',
        grantId: 'g-outsider',
        risk: 'destructive',
      }),
    ]);
    expect(diff.changes[0]).not.toHaveProperty('awsGrantee');
  });

  it('marks an undeclared grant to an AWS-operated grantee that no rule keeps, and says how to keep it', () => {
    const diff = diffGrants(KEY, [], [EBS], []);
    expect(diff.changes).toEqual([
      expect.objectContaining({
        action: 'revoke-grant',
        risk: 'destructive',
        awsGrantee: true,
        note: expect.stringContaining(`keep_grants: [{ grantee: ${EC2_ROLE}`),
      }),
    ]);
  });
});

describe('isAwsGrantee', () => {
  it.each([
    ['dynamodb.us-west-2.amazonaws.com', true],
    ['rds.eu-west-1.amazonaws.com', true],
    ['logs.cn-north-1.amazonaws.com.cn', true],
    ['arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-5d476fab', true],
    [
      'arn:aws:iam::111122223333:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling',
      true,
    ],
    ['arn:aws:iam::111122223333:role/app', false],
    ['arn:aws:sts::111122223333:assumed-role/ec2-infrastructure/i-5d476fab', false],
    ['arn:aws:iam::111122223333:role/my-aws-service-role/x', false],
    ['arn:aws:iam::111122223333:root', false],
    ['evil.amazonaws.com.attacker.example', false],
  ])('%s: %s', (grantee, expected) => {
    expect(isAwsGrantee(grantee)).toBe(expected);
  });
});
