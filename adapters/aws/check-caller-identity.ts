import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsAccessError } from '../../core/errors.ts';
import { toAwsAccessError } from './to-aws-access-error.ts';
import type { CredentialsProvider } from './kms-client.ts';

export interface CallerIdentity {
  account: string;
  /** ARN of the caller, e.g. `arn:aws:sts::111122223333:assumed-role/kms-admin/session`. */
  arn: string;
}

/**
 * sts:GetCallerIdentity with the credentials used for `account`, refusing to go on when
 * they belong to another account: a write must never land in the wrong account.
 */
export async function checkCallerIdentity(
  account: string,
  region: string,
  credentials: CredentialsProvider | undefined,
  endpoint?: string,
): Promise<CallerIdentity> {
  const sts = new STSClient({
    region,
    ...(credentials === undefined ? {} : { credentials }),
    ...(endpoint === undefined ? {} : { endpoint }),
  });
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    const arn = identity.Arn ?? '';
    if (identity.Account !== account) {
      throw new AwsAccessError(
        `the AWS credentials belong to account ${identity.Account ?? 'unknown'} (${arn}), but keys in the manifest live in account ${account}. ` +
          `Use --role-to-assume 'arn:aws:iam::{account}:role/<role>' to reach each account, or credentials for ${account}`,
      );
    }
    return { account, arn };
  } catch (error) {
    if (error instanceof AwsAccessError) throw error;
    throw toAwsAccessError(error, {
      operation: 'GetCallerIdentity',
      service: 'sts',
      account,
      region,
      endpoint: endpoint ?? `sts.${region}.amazonaws.com`,
    });
  } finally {
    sts.destroy();
  }
}
