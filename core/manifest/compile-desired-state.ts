import { closest, distance } from 'fastest-levenshtein';
import { canonicalKmsAction } from '../policy/kms-actions.ts';
import { isServicePrincipal } from '../policy/is-service-principal.ts';
import { keyUsageActions } from '../policy/key-usage-actions.ts';
import { checkKeySpec } from './check-key-spec.ts';
import { checkMovedFrom } from './check-moved-from.ts';
import {
  DEFAULT_DELETION_WINDOW_DAYS,
  DEFAULT_KEY_SPEC,
  DEFAULT_KEY_USAGE,
  OWNERSHIP_TAG_KEY,
  OWNERSHIP_TAG_MANIFEST,
  type DesiredKey,
  type DesiredState,
} from './desired-state.ts';
import type { LoadedManifest } from './load-manifest.ts';
import { resolveGrants } from './resolve-grants.ts';
import { resolveKeyPlacement } from './resolve-key-placement.ts';
import { resolvePolicy } from './resolve-policy.ts';
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

const ARN_PRINCIPAL =
  /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@/-]+)$/;
const ACCOUNT_ID = /^[0-9]{12}$/;

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
    const pointer = `/${path.map(String).join('/')}`;
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

  const resolveAccount = (ref: string, path: DocumentPath): string | undefined => {
    // Own names only: `constructor` or `toString` must not resolve to Object.prototype members.
    const named = Object.hasOwn(accounts, ref) ? accounts[ref] : undefined;
    if (named !== undefined) return named;
    if (ACCOUNT_ID.test(ref)) return ref;
    report(
      path,
      `unknown account \`${ref}\``,
      suggest(ref, Object.keys(accounts), 'accounts', 'a 12-digit account id'),
    );
    return undefined;
  };
  const resolvePrincipal = (
    ref: string,
    path: DocumentPath,
    allowService = false,
  ): string | undefined => {
    const named = Object.hasOwn(principals, ref) ? principals[ref] : undefined;
    const service = named ?? ref;
    if (isServicePrincipal(service)) {
      if (allowService) return service;
      report(
        path,
        `\`${ref}\` is the AWS service principal ${service}: a service is not a key administrator, user or cross-account principal`,
        'name the service under `policy.services:` (it gets the statement its AWS documentation gives, scoped to your account); a service principal may be the grantee of a declared grant',
      );
      return undefined;
    }
    if (named !== undefined) return named;
    if (ref.startsWith('arn:')) {
      if (ARN_PRINCIPAL.test(ref)) return ref;
      report(
        path,
        `\`${ref}\` is not an IAM role, user or account root ARN`,
        'use `arn:aws:iam::<account>:role/<name>`, `...:user/<name>` or `...:root`',
      );
      return undefined;
    }
    report(
      path,
      `unknown principal \`${ref}\``,
      suggest(ref, Object.keys(principals), 'principals', 'an IAM ARN'),
    );
    return undefined;
  };
  const resolveActions = (actions: readonly string[], path: DocumentPath): string[] =>
    actions.flatMap((action, index) => {
      const canonical = canonicalKmsAction(action);
      if (canonical === undefined) {
        report(
          [...path, index],
          `\`${action}\` is not a KMS action`,
          'write the action name, e.g. `Decrypt` or `kms:Decrypt`; wildcards are not allowed here',
        );
        return [];
      }
      return [canonical];
    });

  const keys: DesiredKey[] = [];
  const aliasOwners = new Map<string, { key: string; path: DocumentPath }>();
  const adoptedBy = new Map<string, string>();
  checkMovedFrom(manifest.keys, report);

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
    const replicaRegions = [...(input.replicas ?? [])].sort();
    if (replicaRegions.length > 0 && !multiRegion) {
      report(
        at('replicas'),
        `key \`${name}\` lists replicas but is not a multi-Region key`,
        'set `multi_region: true` (only possible when the key is created), or remove `replicas:`',
      );
    }
    if (replicaRegions.includes(region)) {
      report(
        at('replicas'),
        `key \`${name}\` lists its own Region ${region} as a replica`,
        'replicas are the other Regions the key is copied to',
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
      const scope = `${account}/${region}/${alias}`;
      const previous = aliasOwners.get(scope);
      if (previous !== undefined) {
        report(
          at('aliases', index),
          `alias \`${alias}\` is used by keys \`${previous.key}\` and \`${name}\` in account ${account}, ${region}`,
          'an alias names exactly one key per account and Region: rename one of them',
        );
      } else {
        aliasOwners.set(scope, { key: name, path: at('aliases', index) });
      }
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
    const grants = resolveGrants(input.grants ?? [], {
      key: name,
      usage: keyUsageActions(keySpec, keyUsage),
      at,
      resolvePrincipal,
      report,
    });

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
      description: input.description ?? defaults.description ?? '',
      keySpec,
      keyUsage,
      origin,
      multiRegion,
      replicaRegions,
      rotation,
      deletionWindowInDays:
        input.deletion_window_in_days ??
        defaults.deletion_window_in_days ??
        DEFAULT_DELETION_WINDOW_DAYS,
      state: input.state ?? 'enabled',
      aliases,
      tags,
      ...(policy === undefined ? {} : { policy }),
      grants,
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

function suggest(
  ref: string,
  names: readonly string[],
  section: string,
  alternative: string,
): string {
  if (names.length > 0) {
    const candidate = closest(ref, [...names]);
    if (
      distance(ref.toLowerCase(), candidate.toLowerCase()) <=
      Math.max(2, Math.floor(candidate.length / 3))
    ) {
      return `did you mean \`${candidate}\`?`;
    }
  }
  return `declare \`${ref}\` under \`${section}:\`, or use ${alternative}`;
}
