/**
 * Every input of action.yml, read once into one typed object and validated; a bad value
 * fails the step before anything else runs, with the input's name, the rule and the value.
 */
import { posix } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { FAIL_ON_LEVELS, type FailOn } from '../core/lint/reaches-fail-on.ts';
import { revealInvisible } from '../core/render/escape-markdown.ts';

export type ActionMode = 'plan' | 'apply' | 'drift';
export type { FailOn } from '../core/lint/reaches-fail-on.ts';
export type OnDrift = 'report' | 'cancel-deletion';

export interface ActionInputs {
  /** `undefined`: from the event (plan on pull_request, apply on push, drift on schedule). */
  mode: ActionMode | undefined;
  /** Path of the manifest relative to the workspace, `/`-separated. */
  manifest: string;
  roleToAssume: string | undefined;
  planRoleToAssume: string | undefined;
  /**
   * Mode plan only: the role that applies on merge (may contain `{account}`), whose access
   * the plan checks (MFA guard, lockout). Never assumed.
   */
  applyRole: string | undefined;
  /** Region of the STS calls; `undefined`: AWS_REGION, else the first key's Region. */
  awsRegion: string | undefined;
  audience: string;
  roleDurationSeconds: number;
  /** RoleSessionName of every OIDC session; `undefined`: `kms-action-<repo>-<run id>`. */
  roleSessionName: string | undefined;
  /** Register every account id of the manifest and of the role inputs as a secret (masked in the log). */
  maskAwsAccountId: boolean;
  githubToken: string;
  failOn: FailOn;
  allowDestructive: boolean;
  onDrift: OnDrift;
  applyOutsideDefaultBranch: boolean;
  comment: boolean;
}

/** `core.getInput`: the input's value, trimmed, `''` when not set. */
export type GetInput = (name: string) => string;

const MODES: readonly ActionMode[] = ['plan', 'apply', 'drift'];
const ON_DRIFT: readonly OnDrift[] = ['report', 'cancel-deletion'];
const ROLE = /^arn:aws(-cn|-us-gov)?:iam::(\{account\}|[0-9]{12}):role\/[\w+=,.@/-]+$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$/;

export function getActionInputs(getInput: GetInput): ActionInputs {
  const optional = (name: string): string | undefined => {
    const value = getInput(name).trim();
    return value === '' ? undefined : value;
  };
  const mode = optional('mode');
  const manifest = optional('manifest') ?? 'kms.yaml';
  const roleToAssume = optional('role-to-assume');
  const planRoleToAssume = optional('plan-role-to-assume');
  const applyRole = optional('apply-role');
  const awsRegion = optional('aws-region');
  const duration = optional('role-duration-seconds') ?? '3600';
  const roleSessionName = optional('role-session-name');
  const githubToken = optional('github-token');

  if (githubToken === undefined) {
    throw new UsageError(
      "input 'github-token' is empty: leave it unset (it defaults to ${{ github.token }}) or pass a token",
    );
  }
  // A checkout path can hold a line break (a pull request's directory name): logged, it would
  // start a workflow command of its own (`::stop-commands::`, and every mask after it ignored).
  if (revealInvisible(manifest) !== manifest) {
    throw new UsageError(
      `input 'manifest' must be a path without control or invisible characters, got '${revealInvisible(manifest)}'`,
    );
  }
  if (manifest.startsWith('/') || manifest.split(/[\\/]/).includes('..')) {
    throw new UsageError(
      `input 'manifest' must be a path inside the repository, relative to its root, got '${manifest}'`,
    );
  }
  const spelled = posix.normalize(manifest.replace(/\\/g, '/'));
  if (spelled.endsWith('/') || spelled === '.') {
    throw new UsageError(
      `input 'manifest' must name the manifest file, without a trailing '/', got '${manifest}'`,
    );
  }
  for (const [name, value] of [
    ['role-to-assume', roleToAssume],
    ['plan-role-to-assume', planRoleToAssume],
    ['apply-role', applyRole],
  ] as const) {
    if (value !== undefined && !ROLE.test(value)) {
      throw new UsageError(
        `input '${name}' must be an IAM role ARN, optionally with {account}, e.g. 'arn:aws:iam::{account}:role/kms-admin', got '${value}'`,
      );
    }
  }
  if (awsRegion !== undefined && !REGION.test(awsRegion)) {
    throw new UsageError(
      `input 'aws-region' must be an AWS Region name such as 'us-east-1', got '${awsRegion}'`,
    );
  }
  const roleDurationSeconds = Number(duration);
  if (!/^[0-9]+$/.test(duration) || roleDurationSeconds < 900 || roleDurationSeconds > 43_200) {
    throw new UsageError(
      `input 'role-duration-seconds' must be a whole number between 900 and 43200, got '${duration}'`,
    );
  }
  // STS RoleSessionName, as aws-actions/configure-aws-credentials checks it.
  if (
    roleSessionName !== undefined &&
    (roleSessionName.length < 2 ||
      roleSessionName.length > 64 ||
      !/^[\w+=,.@-]+$/.test(roleSessionName))
  ) {
    throw new UsageError(
      `input 'role-session-name' must be 2 to 64 characters of letters, digits and + = , . @ _ -, got ${roleSessionName.length}: '${roleSessionName}'`,
    );
  }
  return {
    mode: oneOf('mode', mode, MODES),
    // One spelling per file: the path is part of the ownership tag `kms-action:manifest`.
    manifest: spelled,
    roleToAssume,
    planRoleToAssume,
    applyRole,
    awsRegion,
    audience: optional('audience') ?? 'sts.amazonaws.com',
    roleDurationSeconds,
    roleSessionName,
    maskAwsAccountId: booleanInput('mask-aws-account-id', optional('mask-aws-account-id'), false),
    githubToken,
    failOn: oneOf('fail-on', optional('fail-on'), FAIL_ON_LEVELS) ?? 'error',
    allowDestructive: booleanInput('allow-destructive', optional('allow-destructive'), false),
    onDrift: oneOf('on-drift', optional('on-drift'), ON_DRIFT) ?? 'report',
    applyOutsideDefaultBranch: booleanInput(
      'apply-outside-default-branch',
      optional('apply-outside-default-branch'),
      false,
    ),
    comment: booleanInput('comment', optional('comment'), true),
  };
}

function oneOf<const T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`input '${name}' must be one of ${allowed.join(', ')}, got '${value}'`);
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` reads them. */
function booleanInput(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input '${name}' must be true or false, got '${value}'`);
}
