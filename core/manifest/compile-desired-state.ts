import { keyUsageActions } from '../policy/key-usage-actions.ts';
import { checkKeySpec } from './check-key-spec.ts';
import { checkMovedFrom } from './check-moved-from.ts';
import { createNameResolvers } from './create-name-resolvers.ts';
import {
  DEFAULT_DELETION_WINDOW_DAYS,
  DEFAULT_KEY_SPEC,
  DEFAULT_KEY_USAGE,
  OWNERSHIP_TAG_KEY,
  OWNERSHIP_TAG_MANIFEST,
  type DesiredKey,
  type DesiredState,
} from './desired-state.ts';
import { MAX_MANIFEST_KEYS, type LoadedManifest } from './load-manifest.ts';
import { resolveGrants } from './resolve-grants.ts';
import { resolveKeepGrants } from './resolve-keep-grants.ts';
import { resolveKeyPlacement } from './resolve-key-placement.ts';
import { resolvePolicy } from './resolve-policy.ts';
import { resolveReplicas } from './resolve-replicas.ts';
import { toJsonPointer } from './to-json-pointer.ts';
import { trackAliasClaims } from './track-alias-claims.ts';
import { resolveRotation } from './resolve-rotation.ts';
import type { DocumentPath, ManifestInput, ManifestProblem, SeveritySetting } from './types.ts';

export interface CompileOptions {
  /** `owner/name` of the repository holding the manifest (ownership tag). */
  repository: string;
  /** Manifest path inside the repository, with `/` separators (ownership tag). */
  manifestPath: string;
}

export type CompileResult =
  | { ok: true; desired: DesiredState; problems: [] }
  | {
      ok: false;
      problems: ManifestProblem[];
      /**
       * When the only problems are errors in raw key policies (`policy: { document }`): the
       * desired state with those policies as written, so `validate` can still lint what can
       * be understood. Never for planning or applying.
       */
      lintable?: DesiredState;
    };

/**
 * Turns a schema-valid manifest into the desired state: defaults merged, account and
 * principal names resolved, ownership tags added, key policies generated. Collects every
 * semantic problem (dangling names, alias clashes, double adoption) with its position.
 */
export function compileDesiredState(
  loaded: LoadedManifest,
  manifest: ManifestInput,
  options: CompileOptions,
): CompileResult {
  const problems: ManifestProblem[] = [];
  let policyDocumentProblems = 0;
  const reported = new Set<string>();
  const report = (
    path: DocumentPath,
    message: string,
    hint?: string,
    at: 'value' | 'key' = 'value',
  ): void => {
    const position = at === 'key' ? loaded.locateKey(path) : loaded.locate(path);
    const pointer = toJsonPointer(path);
    // A bad value in `defaults:` is seen once per key: report it once.
    const id = `${pointer}\u0000${message}`;
    if (reported.has(id)) return;
    reported.add(id);
    const origin = loaded.originOf?.(path);
    problems.push({
      message: origin === undefined ? message : `${message} (${origin})`,
      file: loaded.file,
      ...position,
      path: pointer,
      ...(hint === undefined ? {} : { hint }),
    });
  };

  const accounts = manifest.accounts ?? {};
  const principals = manifest.principals ?? {};
  const defaults = manifest.defaults ?? {};
  const owner = `${options.repository}/${options.manifestPath}`;

  const { resolveAccount, resolvePrincipal, resolveActions } = createNameResolvers(
    accounts,
    principals,
    report,
  );

  const keys: DesiredKey[] = [];
  const claimAlias = trackAliasClaims(report);
  const adoptedBy = new Map<string, string>();
  checkMovedFrom(manifest.keys, report);
  // Each replica is a KMS key of its own, planned like one: the manifest's replicas are bounded
  // like its keys, so a 1 MiB file cannot ask for tens of thousands of policy generations.
  let replicaCount = 0;
  for (const [name, input] of Object.entries(manifest.keys)) {
    replicaCount += input.replicas?.length ?? 0;
    if (replicaCount > MAX_MANIFEST_KEYS) {
      report(
        ['keys', name, 'replicas'],
        `the manifest declares more than ${MAX_MANIFEST_KEYS} replicas (${replicaCount} up to key \`${name}\`)`,
        'split the keys across several manifests',
      );
      return { ok: false, problems };
    }
  }

  for (const [name, input] of Object.entries(manifest.keys)) {
    const keyPath = ['keys', name];
    const at = (...rest: (string | number)[]): DocumentPath => [...keyPath, ...rest];

    const placement = resolveKeyPlacement(name, input, defaults, {
      at,
      adoptedBy,
      resolveAccount,
      report,
    });
    if (placement === undefined) continue;
    const { account, region, partition } = placement;

    const keySpec = input.key_spec ?? defaults.key_spec ?? DEFAULT_KEY_SPEC;
    const keyUsage = input.key_usage ?? defaults.key_usage ?? DEFAULT_KEY_USAGE;
    const multiRegion = input.multi_region ?? defaults.multi_region ?? false;
    if ((input.replicas ?? []).length > 0 && !multiRegion) {
      report(
        at('replicas'),
        `key \`${name}\` lists replicas but is not a multi-Region key`,
        'set `multi_region: true` (only possible when the key is created), or remove `replicas:`',
      );
    }

    const origin = input.origin ?? defaults.origin ?? 'AWS_KMS';
    const usageWritten = input.key_usage !== undefined || defaults.key_usage !== undefined;
    checkKeySpec({ keySpec, keyUsage, usageWritten, region }, (field, message, hint) => {
      const written = field === 'key_usage' ? input.key_usage : input.key_spec;
      report(written === undefined ? ['defaults', field] : at(field), message, hint);
    });
    const rotation = resolveRotation(
      input,
      defaults.rotation,
      { keySpec, origin },
      (message, hint) => {
        report(at('rotation'), message, hint);
      },
    );

    const aliases = [...(input.aliases ?? [])].sort();
    for (const [index, alias] of (input.aliases ?? []).entries()) {
      claimAlias({ account, region }, alias, { key: name }, at('aliases', index));
    }

    const tags: Record<string, string> = { ...defaults.tags, ...input.tags };
    tags[OWNERSHIP_TAG_MANIFEST] = owner;
    tags[OWNERSHIP_TAG_KEY] = name;

    const problemsBefore = problems.length;
    const policy = resolvePolicy(input, defaults.policy, {
      placement: { account, region, partition, multiRegion, keySpec, keyUsage, origin },
      at,
      resolvePrincipal,
      resolveActions,
      report,
    });
    if (input.policy !== undefined && 'document' in input.policy) {
      policyDocumentProblems += problems.length - problemsBefore;
    }
    const deletionWindowInDays =
      input.deletion_window_in_days ??
      defaults.deletion_window_in_days ??
      DEFAULT_DELETION_WINDOW_DAYS;
    const state = input.state ?? 'enabled';
    const description = input.description ?? defaults.description ?? '';
    const resolved = resolveReplicas(
      input,
      defaults.policy,
      {
        name,
        placement: { account, region, partition, multiRegion, keySpec, keyUsage, origin },
        description,
        tags,
        deletionWindowInDays,
        state,
        policy,
      },
      {
        at,
        report,
        resolvePrincipal,
        resolveActions,
        locate: loaded.locate,
        claimAlias: (scope, alias, path) => {
          claimAlias(scope, alias, { key: name, replicaRegion: scope.region }, path);
        },
      },
      () => problems.length,
    );
    policyDocumentProblems += resolved.documentProblems;
    const grants = resolveGrants(input.grants ?? [], {
      key: name,
      usage: keyUsageActions(keySpec, keyUsage),
      at,
      resolvePrincipal,
      report,
    });
    const keepGrants = resolveKeepGrants(
      defaults.keep_grants ?? [],
      input.keep_grants ?? [],
      keyPath,
      {
        principals,
        report,
      },
    );

    const environment = input.environment ?? defaults.environment;
    const service = input.service ?? defaults.service;
    const compliance = input.compliance ?? defaults.compliance;
    keys.push({
      name,
      account,
      region,
      ...(input.adopt === undefined ? {} : { adopt: input.adopt }),
      ...(input.moved_from === undefined ? {} : { movedFrom: input.moved_from }),
      ...(environment === undefined ? {} : { environment }),
      ...(service === undefined ? {} : { service }),
      ...(compliance === undefined ? {} : { compliance }),
      description,
      keySpec,
      keyUsage,
      origin,
      multiRegion,
      replicaRegions: resolved.replicas.map((replica) => replica.region),
      replicas: resolved.replicas,
      rotation,
      deletionWindowInDays,
      state,
      aliases,
      tags,
      ...(policy === undefined ? {} : { policy }),
      grants,
      keepGrants,
      bypassPolicyLockoutSafetyCheck: input.bypass_policy_lockout_safety_check ?? false,
      lintIgnore: input.lint_ignore ?? [],
      location: loaded.locateKey(keyPath),
    });
  }

  const environments: Record<string, Record<string, SeveritySetting>> = {};
  for (const [environment, config] of Object.entries(manifest.lint?.environments ?? {})) {
    environments[environment] = { ...config.rules };
  }
  const desired: DesiredState = {
    owner,
    repository: options.repository,
    file: loaded.file,
    keys,
    accounts: { ...accounts },
    principals: { ...principals },
    lint: { rules: { ...manifest.lint?.rules }, environments },
    locate: loaded.locate,
  };
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return problems.length === policyDocumentProblems
      ? { ok: false, problems, lintable: desired }
      : { ok: false, problems };
  }
  return { ok: true, problems: [], desired };
}
