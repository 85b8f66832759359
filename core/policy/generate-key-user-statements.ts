import type { ConsumerScope } from './generate-consumer-statements.ts';
import type { KeyUsageActions } from './key-usage-actions.ts';
import { sortedUnique } from './sorted-unique.ts';
import type { PolicyStatement } from './types.ts';
import { withCondition } from './with-condition.ts';

/** Grant management for AWS services acting for key users (EBS, RDS, ...). */
export const KEY_USER_GRANT_ACTIONS = ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'];

/**
 * The key users' statements: cryptography (scoped by service and encryption context),
 * `kms:DescribeKey` (scoped by service only: its requests carry no encryption context), and,
 * for keys AWS services can use, grants for AWS resources. None without users.
 */
export function generateKeyUserStatements(
  principals: readonly string[],
  usage: KeyUsageActions,
  scope: ConsumerScope,
): PolicyStatement[] {
  if (principals.length === 0) return [];
  const { viaService, encryptionContext } = scope;
  const users = { AWS: sortedUnique(principals) };
  const statements = [
    withCondition(
      {
        Sid: 'KeyUsersCryptography',
        Effect: 'Allow',
        Principal: users,
        Action: [...usage.userActions],
        Resource: '*',
      },
      viaService,
      encryptionContext,
    ),
    withCondition(
      {
        Sid: 'KeyUsersDescribeKey',
        Effect: 'Allow',
        Principal: users,
        Action: 'kms:DescribeKey',
        Resource: '*',
      },
      viaService,
    ),
  ];
  // Only for keys AWS services can use: the AWS default key policy of an HMAC key has no
  // such statement, and integrated services do not support asymmetric keys.
  // No encryption-context condition here, unlike for partners: services such as EBS and
  // RDS create grants with their own context constraints, and requiring ours would break
  // them. GrantIsForAWSResource already keeps users from creating grants themselves.
  if (usage.awsServices) {
    statements.push(
      withCondition(
        {
          Sid: 'KeyUsersGrantsForAwsResources',
          Effect: 'Allow',
          Principal: users,
          Action: KEY_USER_GRANT_ACTIONS,
          Resource: '*',
        },
        viaService,
        { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
      ),
    );
  }
  return statements;
}
