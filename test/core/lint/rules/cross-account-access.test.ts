/**
 * cross-account-access reads the accounts a wildcard principal is tied to from
 * `aws:PrincipalArn` too. AWS-documented case (IAM User Guide, global condition keys,
 * "aws:PrincipalArn": the ARN of the IAM principal that made the request, compared with the
 * ARN condition operators; "All principals" in "AWS JSON policy elements: Principal"
 * recommends `Principal "*"` with such conditions): `ArnLike aws:PrincipalArn
 * arn:aws:iam::444455556666:*` admits every role and user of account 444455556666, a whole
 * foreign account, as `kms:CallerAccount 444455556666` does.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
 */
import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../../../core/lint/lint-key-policy.ts';

const ACCOUNT = '111122223333';
const FOREIGN = '444455556666';

function findings(condition: Record<string, Record<string, string | string[]>>): string[] {
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
        Sid: 'Foreign',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: condition,
      },
    ],
  };
  return lintKeyPolicy(JSON.stringify(policy, null, 2), { file: 'policy.json', account: ACCOUNT })
    .filter((finding) => finding.rule === 'cross-account-access')
    .map((finding) => finding.message);
}

describe('cross-account-access: a wildcard principal tied to a foreign account by aws:PrincipalArn', () => {
  it.each([
    ['ArnLike', `arn:aws:iam::${FOREIGN}:*`],
    ['ArnLike', `arn:aws:iam::${FOREIGN}:role/*`],
    ['StringLike', `arn:aws:iam::${FOREIGN}:*`],
  ])('%s aws:PrincipalArn %s admits every principal of the account', (operator, pattern) => {
    expect(findings({ [operator]: { 'aws:PrincipalArn': pattern } })).toEqual([
      `every principal of account ${FOREIGN} may call kms:Decrypt (wildcard principal limited to that account)`,
    ]);
  });

  it('reports the account once when kms:CallerAccount names it as well', () => {
    expect(
      findings({
        ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${FOREIGN}:*` },
        StringEquals: { 'kms:CallerAccount': FOREIGN },
      }),
    ).toHaveLength(1);
  });

  it('stays silent for roles of the key account, a negated condition, or one foreign role family', () => {
    expect(findings({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:*` } })).toEqual([]);
    expect(
      findings({
        ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:*` },
        ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${FOREIGN}:*` },
      }),
    ).toEqual([]);
    expect(
      findings({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${FOREIGN}:role/app-*` } }),
    ).toEqual([]);
  });
});
