import type { DesiredState } from '../../core/manifest/desired-state.ts';
import { assumeRolePerAccount } from './assume-role.ts';
import type { CredentialsProvider } from './kms-client.ts';
import { prepareAwsPlan, type AwsPlan } from './prepare-plan.ts';
import type { ReadProgressListener } from './read-progress.ts';

export interface PrepareRolePlanOptions {
  /** `arn:aws:iam::{account}:role/kms-admin`: assumed in each account; undefined: the ambient credentials. */
  roleToAssume: string | undefined;
  /** For the STS Region (`AWS_REGION`, `AWS_DEFAULT_REGION`) and the session name (`GITHUB_RUN_ID`). */
  env: Readonly<Record<string, string | undefined>>;
  onProgress?: ReadProgressListener;
}

/**
 * The plan of a desired state as the CLI and the library make it: credentials from the SDK's
 * standard chain, or a role assumed per account from them, then adapters/aws/prepare-plan.ts
 * (caller identity per account -> live state -> plan). The caller destroys `clients`.
 */
export async function prepareRolePlan(
  desired: DesiredState,
  options: PrepareRolePlanOptions,
): Promise<AwsPlan> {
  const { env, roleToAssume } = options;
  const stsRegion =
    env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? desired.keys[0]?.region ?? 'us-east-1';
  const credentialsFor: (account: string) => CredentialsProvider | undefined =
    roleToAssume === undefined
      ? () => undefined
      : assumeRolePerAccount({
          roleTemplate: roleToAssume,
          sessionName: sessionName(env),
          region: stsRegion,
        });
  return prepareAwsPlan(desired, {
    credentialsFor,
    stsRegion,
    // The assumed role's ARN carries its path, which the session ARN does not.
    ...(roleToAssume === undefined
      ? {}
      : { applierFor: (account: string) => roleToAssume.replace('{account}', account) }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
}

function sessionName(env: Readonly<Record<string, string | undefined>>): string {
  const run = env['GITHUB_RUN_ID'];
  return run === undefined ? 'kms-action-cli' : `kms-action-${run}`;
}
