import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsAccessError, UsageError } from '../../core/errors.ts';
import { toAwsAccessError } from './to-aws-access-error.ts';
import type { CredentialsProvider } from './kms-client.ts';

const ROLE_TEMPLATE = /^arn:aws(-cn|-us-gov)?:iam::(\{account\}|[0-9]{12}):role\/[\w+=,.@/-]+$/;

/** Refreshes a session this long before it expires. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export interface AssumeRoleOptions {
  /** `arn:aws:iam::{account}:role/kms-admin`, or a fixed role ARN for a single account. */
  roleTemplate: string;
  sessionName: string;
  /** Region for the STS calls. */
  region: string;
  durationSeconds?: number;
}

/**
 * One role session per target account, assumed from the ambient credentials with
 * sts:AssumeRole, created on first use and refreshed before it expires.
 */
export function assumeRolePerAccount(
  options: AssumeRoleOptions,
): (account: string) => CredentialsProvider {
  if (!ROLE_TEMPLATE.test(options.roleTemplate)) {
    throw new UsageError(
      `--role-to-assume must be an IAM role ARN, optionally with {account}, e.g. 'arn:aws:iam::{account}:role/kms-admin', got '${options.roleTemplate}'`,
    );
  }
  const sts = new STSClient({ region: options.region });
  const providers = new Map<string, CredentialsProvider>();
  return (account) => {
    const existing = providers.get(account);
    if (existing !== undefined) return existing;
    const roleArn = options.roleTemplate.replace('{account}', account);
    let cached:
      | { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiration: Date }
      | undefined;
    const provider: CredentialsProvider = async () => {
      if (cached !== undefined && cached.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS)
        return cached;
      try {
        const response = await sts.send(
          new AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: options.sessionName.slice(0, 64),
            DurationSeconds: options.durationSeconds ?? 3600,
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
        cached = {
          accessKeyId: credentials.AccessKeyId,
          secretAccessKey: credentials.SecretAccessKey,
          sessionToken: credentials.SessionToken,
          expiration: credentials.Expiration ?? new Date(Date.now() + 3600 * 1000),
        };
        return cached;
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
    };
    providers.set(account, provider);
    return provider;
  };
}
