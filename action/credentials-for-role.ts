import { assumeRoleWithWebIdentityPerAccount } from '../adapters/aws/assume-role-with-web-identity.ts';
import type { CredentialsProvider } from '../adapters/aws/kms-client.ts';
import type { ActionContext } from './action-context.ts';
import type { ActionServices } from './action-services.ts';
import type { ActionInputs } from './get-action-inputs.ts';

export interface RoleChoice {
  arn: string;
  /** The input it came from, for messages. */
  input: 'role-to-assume' | 'plan-role-to-assume';
}

/**
 * Credentials per account: with a role, a GitHub OIDC session per account (masked in the
 * log); without one, `undefined`, i.e. the SDK's default chain (so the Action composes with
 * aws-actions/configure-aws-credentials).
 */
export function credentialsForRole(
  role: RoleChoice | undefined,
  inputs: ActionInputs,
  context: ActionContext,
  services: ActionServices,
  stsRegion: string,
): (account: string) => CredentialsProvider | undefined {
  if (role === undefined) return () => undefined;
  // The first token is asked for now, while the AWS SDK loads: the first session needs it.
  // Later sessions (other accounts, refreshes) ask afresh: a token expires within minutes.
  let prefetched: Promise<string> | undefined = services.getIdToken(inputs.audience);
  prefetched.catch(() => undefined);
  const perAccount = assumeRoleWithWebIdentityPerAccount({
    roleTemplate: role.arn,
    inputName: role.input,
    sessionName: inputs.roleSessionName ?? `kms-action-${context.repo.repo}-${context.runId}`,
    region: stsRegion,
    durationSeconds: inputs.roleDurationSeconds,
    getIdToken: () => {
      const token = prefetched ?? services.getIdToken(inputs.audience);
      prefetched = undefined;
      return token;
    },
    onCredentials: (credentials) => {
      services.setSecret(credentials.accessKeyId);
      services.setSecret(credentials.secretAccessKey);
      services.setSecret(credentials.sessionToken);
    },
  });
  return perAccount;
}

/** Region of the STS calls: the input, the runner's AWS_REGION, else the first key's Region. */
export function stsRegionOf(
  inputs: ActionInputs,
  env: Readonly<Record<string, string | undefined>>,
  firstKeyRegion: string | undefined,
): string {
  return (
    inputs.awsRegion ??
    env['AWS_REGION'] ??
    env['AWS_DEFAULT_REGION'] ??
    firstKeyRegion ??
    'us-east-1'
  );
}
