import { UsageError } from '../../core/errors.ts';
import type { CredentialsProvider } from './kms-client.ts';

export interface RoleCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

const ROLE_TEMPLATE = /^arn:aws(-cn|-us-gov)?:iam::(\{account\}|[0-9]{12}):role\/[\w+=,.@/-]+$/;
/** Refreshes a session this long before it expires. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/**
 * `(account) => provider` for a role ARN template (`arn:aws:iam::{account}:role/name`): one
 * session per account, created on first use, shared by every client of that account (the
 * KMS, tagging and STS clients ask at once: one `assume` call for all), refreshed before it
 * expires. `inputName` names the option or input in the message for a malformed template.
 */
export function roleSessionsPerAccount(
  roleTemplate: string,
  inputName: string,
  assume: (roleArn: string, account: string) => Promise<RoleCredentials>,
): (account: string) => CredentialsProvider {
  // `typeof`: a library caller may pass any value, which `test` would coerce to text.
  if (typeof roleTemplate !== 'string' || !ROLE_TEMPLATE.test(roleTemplate)) {
    throw new UsageError(
      `${inputName} must be an IAM role ARN, optionally with {account}, e.g. 'arn:aws:iam::{account}:role/kms-admin', got ${typeof roleTemplate === 'string' ? `'${roleTemplate}'` : typeof roleTemplate}`,
    );
  }
  const providers = new Map<string, CredentialsProvider>();
  return (account) => {
    const existing = providers.get(account);
    if (existing !== undefined) return existing;
    const roleArn = roleTemplate.replace('{account}', account);
    let cached: RoleCredentials | undefined;
    let pending: Promise<RoleCredentials> | undefined;
    const provider: CredentialsProvider = async () => {
      if (cached !== undefined && cached.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS) {
        return cached;
      }
      pending ??= assume(roleArn, account).finally(() => {
        pending = undefined;
      });
      cached = await pending;
      return cached;
    };
    providers.set(account, provider);
    return provider;
  };
}
