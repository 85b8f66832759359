/**
 * Shared by the Action's unit tests: a workspace with a manifest, a context, fake services
 * (recording log, fake OIDC token, an AWS pipeline that returns a given plan), and an
 * Octokit that goes through nock.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApplyOptions, ApplyResult } from '../../adapters/aws/apply-plan.ts';
import type { AwsClients, CredentialsProvider } from '../../adapters/aws/kms-client.ts';
import type { AwsPlan, PrepareAwsPlanOptions } from '../../adapters/aws/prepare-plan.ts';
import { createOctokit, type Octokit } from '../../adapters/github/create-octokit.ts';
import type { DesiredState } from '../../core/manifest/desired-state.ts';
import type { LiveState } from '../../core/plan/live-state.ts';
import type { Change, Plan } from '../../core/plan/plan-types.ts';
import type { ActionContext } from '../../action/action-context.ts';
import type { ActionServices } from '../../action/action-services.ts';
import { getActionInputs, type ActionInputs } from '../../action/get-action-inputs.ts';

export const API = 'https://api.github.com';
export const REPO = '/repos/acme/platform-keys';
export const PRODUCTION = '111122223333';

/**
 * GitHub's answer to "the pull requests of the pushed commit" (`d…d`) in apply mode: #7,
 * merged into main at `MERGED_AT`.
 */
export const MERGED_AT = '2026-01-01T00:00:00Z';
export const MERGED_PULLS = [
  {
    number: 7,
    html_url: 'https://github.com/acme/platform-keys/pull/7',
    merged_at: MERGED_AT,
    merge_commit_sha: 'd'.repeat(40),
    head: { sha: 'a'.repeat(40) },
    base: { ref: 'main' },
  },
];

export const MANIFEST = `version: 1
defaults:
  region: us-east-1
  rotation: { enabled: true, period_in_days: 365 }
  deletion_window_in_days: 30
  tags: { ManagedBy: kms-action }
  policy:
    admins: [kms-admin]
    require_mfa_for: [ScheduleKeyDeletion, DisableKey]
accounts:
  production: '${PRODUCTION}'
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
  s3-app: arn:aws:iam::${PRODUCTION}:role/app-s3
keys:
  prod-s3:
    account: production
    environment: production
    service: s3
    description: CMK for S3 encryption - Production
    aliases: [alias/prod-s3-encryption]
    policy:
      users: [s3-app]
      via_service: [s3]
      encryption_context: { project: portfolio }
`;

export interface Workspace {
  dir: string;
  write: (text: string, file?: string) => Promise<void>;
  remove: () => Promise<void>;
}

export async function createWorkspace(text = MANIFEST): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'kms-action-unit-'));
  const workspace: Workspace = {
    dir,
    write: (content, file = 'kms.yaml') => writeFile(join(dir, file), content),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  await workspace.write(text);
  return workspace;
}

export function inputs(values: Record<string, string> = {}): ActionInputs {
  const all: Record<string, string> = { 'github-token': 'ghs_test', ...values };
  return getActionInputs((name) => all[name] ?? '');
}

export function octokit(): Octokit {
  // Node's global fetch, looked up per request: nock intercepts it (undici's would escape).
  return createOctokit({
    token: 'ghs_test',
    baseUrl: API,
    fetch: (url, init) => globalThis.fetch(url, init),
    retries: 0,
  });
}

export function pullRequestContext(
  workspace: string,
  overrides: Partial<NonNullable<ActionContext['pullRequest']>> = {},
): ActionContext {
  return {
    eventName: 'pull_request',
    sha: 'c'.repeat(40),
    ref: 'refs/pull/7/merge',
    runId: 42,
    serverUrl: 'https://github.com',
    repo: { owner: 'acme', repo: 'platform-keys' },
    workspace,
    pullRequest: {
      number: 7,
      url: 'https://github.com/acme/platform-keys/pull/7',
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      baseRef: 'main',
      fromFork: false,
      ...overrides,
    },
    defaultBranch: 'main',
  };
}

export function pushContext(workspace: string, ref = 'refs/heads/main'): ActionContext {
  return {
    eventName: 'push',
    sha: 'd'.repeat(40),
    ref,
    runId: 43,
    serverUrl: 'https://github.com',
    repo: { owner: 'acme', repo: 'platform-keys' },
    workspace,
    pullRequest: undefined,
    defaultBranch: 'main',
  };
}

export function emptyLive(owner = 'acme/platform-keys/kms.yaml'): LiveState {
  return { owner, owned: [], adopted: [], foreign: [], regions: [] };
}

export function planOf(changes: Change[], file = 'kms.yaml'): Plan {
  const byRisk = { safe: 0, disruptive: 0, destructive: 0 };
  for (const change of changes) byRisk[change.risk]++;
  return {
    owner: `acme/platform-keys/${file}`,
    file,
    changes,
    problems: [],
    summary: { changes: changes.length, byAction: {}, byRisk, problems: 0 },
  };
}

const base = { key: 'prod-s3', account: PRODUCTION, region: 'us-east-1', keyId: 'k-1' };

export const CHANGES = {
  scheduleDeletion: {
    ...base,
    address: 'key.prod-s3',
    action: 'schedule-deletion',
    before: 'Enabled',
    after: 'PendingDeletion',
    windowInDays: 30,
    risk: 'destructive',
  },
  cancelDeletion: {
    ...base,
    address: 'key.prod-s3',
    action: 'cancel-deletion',
    before: 'PendingDeletion',
    after: 'Disabled',
    risk: 'safe',
  },
  enable: {
    ...base,
    address: 'key.prod-s3',
    action: 'enable',
    before: 'Disabled',
    after: 'Enabled',
    risk: 'safe',
  },
  description: {
    ...base,
    address: 'key.prod-s3',
    action: 'update-description',
    before: 'old',
    after: 'CMK for S3 encryption - Production',
    risk: 'safe',
  },
  /** EC2 granted the key to a new instance (its EBS volume): a grant AWS operates, unkept. */
  awsGrantRevoke: {
    ...base,
    address: 'grant.prod-s3.0d8aa621',
    action: 'revoke-grant',
    grantId: 'g-ebs-1',
    before: {
      name: '0d8aa621',
      granteePrincipal: `arn:aws:sts::${PRODUCTION}:assumed-role/aws:ec2-infrastructure/i-5d476fab`,
      operations: ['Decrypt'],
      encryptionContextSubset: { 'aws:ebs:id': 'vol-5cccfb4e' },
    },
    after: null,
    risk: 'destructive',
    awsGrantee: true,
    // As core/plan/diff-grants.ts writes it.
    note: `grant not declared in the manifest, to a grantee AWS operates: arn:aws:sts::${PRODUCTION}:assumed-role/aws:ec2-infrastructure/i-5d476fab loses Decrypt (grant g-ebs-1). AWS services create such grants for the resources they encrypt (EBS volumes, databases), which break when it is revoked: keep it with \`keep_grants: [{ grantee: arn:aws:iam::${PRODUCTION}:role/aws:ec2-infrastructure, reason: ... }]\`; it is revoked only when named: --allow-destructive --revoke-grant g-ebs-1`,
  },
} satisfies Record<string, Change>;

export interface FakeServices extends ActionServices {
  lines: string[];
  warnings: string[];
  secrets: string[];
  prepareCalls: PrepareAwsPlanOptions[];
  /** The desired state each `prepare` was given. */
  preparedStates: DesiredState[];
  applyCalls: { plan: Plan; allowDestructive: boolean }[];
  tokenRequests: string[];
}

/**
 * Services whose AWS pipeline answers `plans` in turn (the first for `prepare`, the next for
 * each `refresh`) and applies by returning every change as applied.
 */
export function fakeServices(
  plans: { plan: Plan; live?: LiveState }[] = [],
  options: { apply?: (plan: Plan, options: ApplyOptions) => ApplyResult } = {},
): FakeServices {
  let next = 0;
  const answer = (desired: DesiredState) => {
    const entry = plans[Math.min(next++, plans.length - 1)];
    if (entry === undefined) throw new Error('test: no plan to answer with');
    return { live: entry.live ?? emptyLive(desired.owner), plan: entry.plan };
  };
  const clients = { destroy: () => undefined } as unknown as AwsClients;
  const services: FakeServices = {
    lines: [],
    warnings: [],
    secrets: [],
    prepareCalls: [],
    preparedStates: [],
    applyCalls: [],
    tokenRequests: [],
    log: {
      info: (message) => services.lines.push(message),
      warning: (message) => services.warnings.push(message),
      write: (text) => services.lines.push(text),
    },
    getIdToken: (audience) => {
      services.tokenRequests.push(audience);
      return Promise.resolve('header.payload.signature');
    },
    setSecret: (secret) => services.secrets.push(secret),
    env: {},
    aws: {
      prepare: (desired, prepareOptions): Promise<AwsPlan> => {
        services.prepareCalls.push(prepareOptions);
        services.preparedStates.push(desired);
        return Promise.resolve({
          desired,
          ...answer(desired),
          clients,
          stats: { calls: new Map() } as unknown as AwsPlan['stats'],
          identities: new Map(),
          applierFor: () => undefined,
        });
      },
      refresh: (prepared) => Promise.resolve(answer(prepared.desired)),
      apply: (plan, applyOptions) => {
        services.applyCalls.push({ plan, allowDestructive: applyOptions.allowDestructive });
        return Promise.resolve(
          options.apply?.(plan, applyOptions) ?? { applied: [...plan.changes], heldBack: [] },
        );
      },
    },
  };
  return services;
}

/** Whether the credentials the pipeline got are the default chain's (`undefined`) for an account. */
export function credentialsUsed(
  call: PrepareAwsPlanOptions | undefined,
  account = PRODUCTION,
): CredentialsProvider | undefined {
  if (call === undefined) throw new Error('test: prepare was not called');
  return call.credentialsFor(account);
}
