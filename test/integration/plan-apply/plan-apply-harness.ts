/**
 * Shared by the plan/apply integration tests: runs the CLI and the library against the
 * emulator, reaches each account as an operator would (out of band), injects failures into
 * the SDK clients, and snapshots the live state independently of the code under test.
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  type AliasListEntry,
  type GrantListEntry,
} from '@aws-sdk/client-kms';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPlan, type ApplyResult } from '../../../adapters/aws/apply-plan.ts';
import type { AwsClients, CredentialsProvider } from '../../../adapters/aws/kms-client.ts';
import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../../../core/manifest/desired-state.ts';
import type { CliIo } from '../../../cli/cli-io.ts';
import { preparePlan, type PreparedPlan } from '../../../cli/prepare-plan.ts';
import { runCliCaptured, type CliRun } from '../../cli/run-cli-helper.ts';
import { emulatorEndpoint, emulatorRegion } from '../../emulator/use-emulator.ts';

export const REPOSITORY = 'acme/platform-keys';
export const ROLE = 'arn:aws:iam::{account}:role/kms-admin';
export const PRODUCTION = '111122223333';
export const STAGING = '444455556666';
/** moto's account for the ambient dummy credentials. */
export const AMBIENT_ACCOUNT = '123456789012';
export const REPO_ROOT = new URL('../../../', import.meta.url).pathname;

/** What the CLI sees of the process: Region and repository; endpoint from AWS_ENDPOINT_URL. */
export function cliEnv(): Record<string, string> {
  return { AWS_REGION: emulatorRegion, GITHUB_REPOSITORY: REPOSITORY };
}

export async function cli(argv: string[], cwd: string): Promise<CliRun> {
  return runCliCaptured(argv, { cwd, env: cliEnv() });
}

/** A temporary working directory holding `kms.yaml`. */
export interface Workspace {
  dir: string;
  write: (yaml: string) => Promise<void>;
  remove: () => Promise<void>;
}

export async function createWorkspace(yaml?: string): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'kms-action-plan-apply-'));
  const workspace: Workspace = {
    dir,
    write: (text) => writeFile(join(dir, 'kms.yaml'), text),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  if (yaml !== undefined) await workspace.write(yaml);
  return workspace;
}

function io(cwd: string): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, cwd, env: cliEnv(), isTty: false };
}

/** The CLI's own preparation (manifest, caller identity, live state, plan) as a library call. */
export async function prepare(
  file: string,
  cwd: string,
  roleToAssume: string | undefined = ROLE,
): Promise<PreparedPlan> {
  return preparePlan({ file, repository: REPOSITORY, roleToAssume }, io(cwd));
}

/** Plans afresh and applies everything, destructive changes included; closes the clients. */
export async function prepareAndApply(
  file: string,
  cwd: string,
  options: { allowDestructive?: boolean; inject?: (prepared: PreparedPlan) => void } = {},
): Promise<{ prepared: PreparedPlan; result: ApplyResult }> {
  const prepared = await prepare(file, cwd);
  try {
    options.inject?.(prepared);
    const result = await applyPlan(prepared.plan, {
      clients: prepared.clients,
      allowDestructive: options.allowDestructive ?? false,
      consistency: { timeoutMs: 2_000, initialDelayMs: 50 },
    });
    return { prepared, result };
  } finally {
    prepared.clients.destroy();
  }
}

const READ_OPERATION = /^(Describe|Get|List)/;

/** True for KMS operations that change something (everything but Describe*, Get*, List*). */
export function isWriteOperation(operation: string): boolean {
  return !READ_OPERATION.test(operation);
}

/** Operations in `calls` that write. */
export function writeCalls(calls: ReadonlyMap<string, number>): string[] {
  return [...calls.keys()].filter(isWriteOperation).sort();
}

export type CrashMode = 'before-write' | 'after-write';

export class InjectedCrash extends Error {
  override name = 'InjectedCrash';
}

/**
 * Makes the `failAt`-th write (1-based, counted over every client of `accounts`) fail:
 * `before-write` fails it before it is sent; `after-write` lets it land in KMS and then fails,
 * as when the process dies before the answer arrives. Returns the writes seen, in order.
 */
export function injectWriteCrash(
  clients: AwsClients,
  accounts: readonly string[],
  failAt: number,
  mode: CrashMode,
): string[] {
  const writes: string[] = [];
  for (const account of accounts) {
    clients.kms(account, emulatorRegion).middlewareStack.add(
      (next, context) => async (args) => {
        const operation = (context.commandName ?? '').replace(/Command$/, '');
        if (!isWriteOperation(operation)) return next(args);
        writes.push(operation);
        if (writes.length !== failAt) return next(args);
        const crash = new InjectedCrash(`crash injected at write ${failAt} (${operation})`);
        if (mode === 'before-write') throw crash;
        await next(args);
        throw crash;
      },
      // initialize: once per command, outside the SDK's retries.
      { step: 'initialize', name: 'injectWriteCrash', override: true },
    );
  }
  return writes;
}

/** A KMS client with a session of `kms-admin` in `account`, for out-of-band changes. */
export async function operatorKms(
  account: string,
  region: string = emulatorRegion,
): Promise<KMSClient> {
  const sts = new STSClient({ region: emulatorRegion, endpoint: emulatorEndpoint() });
  try {
    const session = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${account}:role/kms-admin`,
        RoleSessionName: 'operator',
      }),
    );
    const credentials: CredentialsProvider = {
      accessKeyId: session.Credentials?.AccessKeyId ?? '',
      secretAccessKey: session.Credentials?.SecretAccessKey ?? '',
      sessionToken: session.Credentials?.SessionToken ?? '',
    };
    return new KMSClient({ region, endpoint: emulatorEndpoint(), credentials });
  } finally {
    sts.destroy();
  }
}

/** Key ids by logical name (`kms-action:key`) in `account`. */
export async function managedKeyIds(kms: KMSClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const key of (await kms.send(new ListKeysCommand({}))).Keys ?? []) {
    if (key.KeyId === undefined) continue;
    const tags = await kms.send(new ListResourceTagsCommand({ KeyId: key.KeyId }));
    const name = tags.Tags?.find((tag) => tag.TagKey === OWNERSHIP_TAG_KEY)?.TagValue;
    if (name !== undefined) ids.set(name, key.KeyId);
  }
  return ids;
}

export async function keyIdOf(kms: KMSClient, name: string): Promise<string> {
  const id = (await managedKeyIds(kms)).get(name);
  if (id === undefined) throw new Error(`no key tagged ${OWNERSHIP_TAG_KEY}=${name}`);
  return id;
}

/** One key as the snapshot sees it: nothing that differs between two equal applies (ids, dates). */
export interface KeySnapshot {
  account: string;
  /** `kms-action:key`, or `(unowned <id>)`. */
  name: string;
  manifest: string | undefined;
  description: string;
  state: string;
  rotation: boolean;
  /** Canonical JSON of the key policy: keys and string lists sorted, single values as lists. */
  policy: string;
  tags: Record<string, string>;
  aliases: string[];
  grants: string[];
}

/**
 * Every key in `accounts` read straight from KMS (not through readLiveState), sorted by
 * account and name. Duplicates and unowned keys show up as extra entries.
 */
export async function snapshotLiveState(accounts: readonly string[]): Promise<KeySnapshot[]> {
  const keys: KeySnapshot[] = [];
  for (const account of accounts) {
    const kms = await operatorKms(account);
    try {
      const aliases: AliasListEntry[] = (await kms.send(new ListAliasesCommand({}))).Aliases ?? [];
      for (const { KeyId: id } of (await kms.send(new ListKeysCommand({}))).Keys ?? []) {
        if (id === undefined) continue;
        const [described, tagList, policy, rotation, grants] = await Promise.all([
          kms.send(new DescribeKeyCommand({ KeyId: id })),
          kms.send(new ListResourceTagsCommand({ KeyId: id })),
          kms.send(new GetKeyPolicyCommand({ KeyId: id, PolicyName: 'default' })),
          kms.send(new GetKeyRotationStatusCommand({ KeyId: id })),
          kms.send(new ListGrantsCommand({ KeyId: id })),
        ]);
        const tags = Object.fromEntries(
          (tagList.Tags ?? []).map((tag) => [tag.TagKey ?? '', tag.TagValue ?? '']),
        );
        keys.push({
          account,
          name: tags[OWNERSHIP_TAG_KEY] ?? `(unowned ${id})`,
          manifest: tags[OWNERSHIP_TAG_MANIFEST],
          description: described.KeyMetadata?.Description ?? '',
          state: described.KeyMetadata?.KeyState ?? 'unknown',
          rotation: rotation.KeyRotationEnabled ?? false,
          policy: canonicalJson(JSON.parse(policy.Policy ?? 'null')),
          tags,
          aliases: aliases
            .filter((alias) => alias.TargetKeyId === id)
            .map((alias) => alias.AliasName ?? '')
            .sort(),
          grants: (grants.Grants ?? []).map(describeGrant).sort(),
        });
      }
    } finally {
      kms.destroy();
    }
  }
  return keys.sort((a, b) => a.account.localeCompare(b.account) || a.name.localeCompare(b.name));
}

function describeGrant(grant: GrantListEntry): string {
  return canonicalJson({
    name: grant.Name,
    grantee: grant.GranteePrincipal,
    retiring: grant.RetiringPrincipal,
    operations: grant.Operations,
    constraints: grant.Constraints,
  });
}

/** Order-insensitive JSON: object keys sorted, arrays sorted, a lone string as a list of one. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

const LIST_FIELDS = new Set(['Action', 'NotAction', 'Resource', 'NotResource', 'AWS', 'Service']);

function canonical(value: unknown, field?: string): unknown {
  if (Array.isArray(value)) {
    return value
      .map((item) => canonical(item))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (typeof value === 'string' && field !== undefined && LIST_FIELDS.has(field)) return [value];
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, canonical(item, key)]),
    );
  }
  return value;
}
