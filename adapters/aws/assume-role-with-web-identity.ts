/**
 * AWS credentials from a GitHub OIDC token (sts:AssumeRoleWithWebIdentity), one role session
 * per target account. The token comes from a function the front end passes in (the Action
 * asks the runner's token service with `core.getIDToken(audience)`), so this file knows
 * nothing of GitHub. Transient STS failures (throttling, 5xx, network) are retried by the
 * SDK's own retry strategy.
 */
import type { createWebIdentitySts } from './create-web-identity-sts.ts';
import { AwsAccessError } from '../../core/errors.ts';
import type { CredentialsProvider } from './kms-client.ts';
import { roleSessionsPerAccount, type RoleCredentials } from './role-sessions-per-account.ts';
import { awsErrorName, toAwsAccessError } from './to-aws-access-error.ts';

const STS_MAX_ATTEMPTS = 5;

export type WebIdentityCredentials = RoleCredentials;

export interface AssumeRoleWithWebIdentityOptions {
  /** `arn:aws:iam::{account}:role/kms-plan`, or a fixed role ARN for a single account. */
  roleTemplate: string;
  /** Which input the role came from, for error messages (e.g. `plan-role-to-assume`). */
  inputName: string;
  /** Any string; cut to STS's 64 characters and its character set. */
  sessionName: string;
  /** Region of the STS endpoint. */
  region: string;
  /** 900..43200; default 3600. */
  durationSeconds?: number;
  /** A fresh OIDC token (JWT) for the audience the role trusts. */
  getIdToken: () => Promise<string>;
  /** Called with every new set of credentials, e.g. to mask them in the log. */
  onCredentials?: (credentials: WebIdentityCredentials) => void;
}

/** `(account) => provider`: sessions are created on first use and refreshed before expiry. */
export function assumeRoleWithWebIdentityPerAccount(
  options: AssumeRoleWithWebIdentityOptions,
): (account: string) => CredentialsProvider {
  // The SDK is loaded on first use, after the OIDC token was asked for (cold start).
  let sts: ReturnType<typeof createWebIdentitySts> | undefined;
  const sessionName = toSessionName(options.sessionName);
  return roleSessionsPerAccount(
    options.roleTemplate,
    options.inputName,
    async (roleArn, account): Promise<WebIdentityCredentials> => {
      const token = await options.getIdToken();
      try {
        sts ??= (await import('./create-web-identity-sts.ts')).createWebIdentitySts({
          region: options.region,
          maxAttempts: STS_MAX_ATTEMPTS,
        });
        const response = await sts({
          RoleArn: roleArn,
          RoleSessionName: sessionName,
          WebIdentityToken: token,
          DurationSeconds: options.durationSeconds ?? 3600,
        });
        const credentials = response.Credentials;
        if (
          credentials?.AccessKeyId === undefined ||
          credentials.SecretAccessKey === undefined ||
          credentials.SessionToken === undefined
        ) {
          throw new AwsAccessError(
            `sts:AssumeRoleWithWebIdentity for ${roleArn} returned no credentials`,
          );
        }
        const result: WebIdentityCredentials = {
          accessKeyId: credentials.AccessKeyId,
          secretAccessKey: credentials.SecretAccessKey,
          sessionToken: credentials.SessionToken,
          expiration:
            credentials.Expiration ??
            new Date(Date.now() + (options.durationSeconds ?? 3600) * 1000),
        };
        options.onCredentials?.(result);
        return result;
      } catch (error) {
        if (error instanceof AwsAccessError) throw error;
        throw webIdentityError(error, { roleArn, account, token, options });
      }
    },
  );
}

/** STS allows `[\w+=,.@-]`, 2..64 characters. */
export function toSessionName(name: string): string {
  const clean = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return clean.length >= 2 ? clean : `kms-action-${clean}`;
}

function webIdentityError(
  error: unknown,
  context: {
    roleArn: string;
    account: string;
    token: string;
    options: AssumeRoleWithWebIdentityOptions;
  },
): AwsAccessError {
  const { roleArn, account, token, options } = context;
  const failure = toAwsAccessError(error, {
    operation: 'AssumeRoleWithWebIdentity',
    service: 'sts',
    account,
    region: options.region,
    target: roleArn,
    endpoint: `sts.${options.region}.amazonaws.com`,
  });
  const name = awsErrorName(error);
  const claims = tokenClaims(token);
  const seen =
    claims === undefined
      ? ''
      : ` The token says sub '${claims.sub ?? '?'}', aud '${claims.aud ?? '?'}'.`;
  const advice =
    name === 'InvalidIdentityTokenException' || name === 'InvalidIdentityToken'
      ? ` Check that account ${account} has an IAM OIDC provider for token.actions.githubusercontent.com whose audience list holds the token's aud (the \`audience\` input).`
      : ` Check the trust policy of ${roleArn}: it must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider with conditions on aud and sub that this workflow's token satisfies.`;
  return new AwsAccessError(
    `cannot assume ${roleArn} (${options.inputName}) for account ${account} with the GitHub OIDC token: ${failure.message}${seen}${advice}`,
    { cause: error },
  );
}

/** The token's unverified `sub` and `aud`, for error messages only. */
function tokenClaims(token: string): { sub?: string; aud?: string } | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const result: { sub?: string; aud?: string } = {};
    if (typeof claims['sub'] === 'string') result.sub = claims['sub'];
    if (typeof claims['aud'] === 'string') result.aud = claims['aud'];
    else if (Array.isArray(claims['aud'])) result.aud = claims['aud'].join(',');
    return result;
  } catch {
    return undefined;
  }
}
