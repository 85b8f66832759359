import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsAccessError } from '../../core/errors.ts';
import type { CredentialsProvider } from './kms-client.ts';
import { roleSessionsPerAccount } from './role-sessions-per-account.ts';
import { toAwsAccessError } from './to-aws-access-error.ts';

export interface AssumeRoleOptions {
  /** `arn:aws:iam::{account}:role/kms-admin`, or a fixed role ARN for a single account. */
  roleTemplate: string;
  sessionName: string;
  /** Region for the STS calls. */
  region: string;
  durationSeconds?: number;
}

/** One role session per target account, assumed from the ambient credentials with sts:AssumeRole. */
export function assumeRolePerAccount(
  options: AssumeRoleOptions,
): (account: string) => CredentialsProvider {
  const sts = new STSClient({ region: options.region });
  const durationSeconds = options.durationSeconds ?? 3600;
  return roleSessionsPerAccount(
    options.roleTemplate,
    '--role-to-assume',
    async (roleArn, account) => {
      try {
        const response = await sts.send(
          new AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: options.sessionName.slice(0, 64),
            DurationSeconds: durationSeconds,
          }),
        );
        const credentials = response.Credentials;
        if (
          credentials?.AccessKeyId === undefined ||
          credentials.SecretAccessKey === undefined ||
          credentials.SessionToken === undefined
        ) {
          throw new Error('AssumeRole returned no credentials');
        }
        return {
          accessKeyId: credentials.AccessKeyId,
          secretAccessKey: credentials.SecretAccessKey,
          sessionToken: credentials.SessionToken,
          expiration: credentials.Expiration ?? new Date(Date.now() + durationSeconds * 1000),
        };
      } catch (error) {
        const failure = toAwsAccessError(error, {
          operation: 'AssumeRole',
          service: 'sts',
          account,
          region: options.region,
          target: roleArn,
          endpoint: `sts.${options.region}.amazonaws.com`,
        });
        throw new AwsAccessError(
          `cannot assume ${roleArn} for account ${account}: ${failure.message} The role's trust policy must allow the current credentials to call sts:AssumeRole.`,
          { cause: error },
        );
      }
    },
  );
}
