import { closest, distance } from 'fastest-levenshtein';
import { canonicalKmsAction } from '../policy/kms-actions.ts';
import { generateKeyPolicy, type KeyPlacement } from '../policy/generate-key-policy.ts';
import { parseKeyPolicy } from '../policy/parse-key-policy.ts';
import type { KeyPolicyDocument, ResolvedPolicyIntent } from '../policy/types.ts';
import {
  DEFAULT_DELETION_WINDOW_DAYS,
  DEFAULT_KEY_SPEC,
  DEFAULT_KEY_USAGE,
  DEFAULT_REQUIRE_MFA_FOR,
  DEFAULT_ROTATION_PERIOD_DAYS,
  OWNERSHIP_TAG_KEY,
  OWNERSHIP_TAG_MANIFEST,
  type DesiredGrant,
  type DesiredKey,
  type DesiredPolicy,
  type DesiredState,
} from './desired-state.ts';
import type { LoadedManifest } from './load-manifest.ts';
import type {
  DocumentPath,
  KeyInput,
  ManifestInput,
  ManifestProblem,
  PolicyIntentInput,
  RotationInput,
  SeveritySetting,
} from './types.ts';

export interface CompileOptions {
  /** `owner/name` of the repository holding the manifest (ownership tag). */
  repository: string;
  /** Manifest path inside the repository, with `/` separators (ownership tag). */
  manifestPath: string;
}

export type CompileResult =
  { ok: true; desired: DesiredState; problems: [] } | { ok: false; problems: ManifestProblem[] };

const ARN_PRINCIPAL =
  /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@/-]+)$/;
const KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/;
const ACCOUNT_ID = /^[0-9]{12}$/;
const SYMMETRIC = 'SYMMETRIC_DEFAULT';

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
    problems.push({
      message,
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
  const resolvePrincipal = (ref: string, path: DocumentPath): string | undefined => {
    const named = Object.hasOwn(principals, ref) ? principals[ref] : undefined;
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

  for (const [name, input] of Object.entries(manifest.keys)) {
    const keyPath = ['keys', name];
    const at = (...rest: (string | number)[]): DocumentPath => [...keyPath, ...rest];

    const adopted = input.adopt === undefined ? undefined : KEY_ARN.exec(input.adopt);
    let account: string | undefined;
    let region: string | undefined;
    let partition = 'aws';
    if (adopted && input.adopt !== undefined) {
      partition = adopted[1] ?? 'aws';
      region = adopted[2];
      account = adopted[3];
      const previous = adoptedBy.get(input.adopt);
      if (previous !== undefined) {
        report(
          at('adopt'),
          `key \`${name}\` adopts the same key as \`${previous}\``,
          'a live key can be managed by one entry only: remove one of the two',
        );
      } else {
        adoptedBy.set(input.adopt, name);
      }
      if (input.account !== undefined) {
        const declared = resolveAccount(input.account, at('account'));
        if (declared !== undefined && declared !== account) {
          report(
            at('account'),
            `account \`${input.account}\` (${declared}) differs from the adopted key's account ${String(account)}`,
            "remove `account:`: an adopted key's account comes from its ARN",
          );
        }
      }
      if (input.region !== undefined && input.region !== region) {
        report(
          at('region'),
          `region \`${input.region}\` differs from the adopted key's Region ${String(region)}`,
          "remove `region:`: an adopted key's Region comes from its ARN",
        );
      }
    } else {
      const accountRef = input.account ?? defaults.account;
      if (accountRef === undefined) {
        report(
          keyPath,
          `key \`${name}\` has no account`,
          'set `account:` on the key or in `defaults:`',
          'key',
        );
      } else {
        account = resolveAccount(
          accountRef,
          input.account === undefined ? ['defaults', 'account'] : at('account'),
        );
      }
      region = input.region ?? defaults.region;
      if (region === undefined) {
        report(
          keyPath,
          `key \`${name}\` has no region`,
          'set `region:` on the key or in `defaults:`',
          'key',
        );
      }
    }
    if (account === undefined || region === undefined) continue;

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

    const rotation = resolveRotation(input, defaults.rotation, keySpec, (message, hint) => {
      report(at('rotation'), message, hint);
    });

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

    const policy = resolvePolicy(input, defaults.policy, {
      placement: { account, region, partition, multiRegion },
      at,
      resolvePrincipal,
      resolveActions,
      report,
    });
    const grants = (input.grants ?? []).flatMap((grant, index): DesiredGrant[] => {
      const granteePrincipal = resolvePrincipal(grant.grantee, at('grants', index, 'grantee'));
      const retiringPrincipal =
        grant.retiring_principal === undefined
          ? undefined
          : resolvePrincipal(grant.retiring_principal, at('grants', index, 'retiring_principal'));
      if (granteePrincipal === undefined) return [];
      return [
        {
          name: grant.name,
          granteePrincipal,
          operations: [...grant.operations].sort(),
          ...(retiringPrincipal === undefined ? {} : { retiringPrincipal }),
          ...(grant.encryption_context_subset === undefined
            ? {}
            : { encryptionContextSubset: grant.encryption_context_subset }),
          ...(grant.encryption_context_equals === undefined
            ? {}
            : { encryptionContextEquals: grant.encryption_context_equals }),
        },
      ];
    });
    const grantNames = new Set<string>();
    for (const [index, grant] of (input.grants ?? []).entries()) {
      if (grantNames.has(grant.name))
        report(
          at('grants', index, 'name'),
          `grant name \`${grant.name}\` is used twice on key \`${name}\``,
          'grant names identify grants across runs: make them unique',
        );
      grantNames.add(grant.name);
    }

    const environment = input.environment ?? defaults.environment;
    keys.push({
      name,
      account,
      region,
      ...(input.adopt === undefined ? {} : { adopt: input.adopt }),
      ...(environment === undefined ? {} : { environment }),
      ...(input.service === undefined ? {} : { service: input.service }),
      ...(input.compliance === undefined ? {} : { compliance: input.compliance }),
      description: input.description ?? '',
      keySpec,
      keyUsage,
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

  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, problems };
  }
  const environments: Record<string, Record<string, SeveritySetting>> = {};
  for (const [environment, config] of Object.entries(manifest.lint?.environments ?? {})) {
    environments[environment] = { ...config.rules };
  }
  return {
    ok: true,
    problems: [],
    desired: {
      owner,
      file: loaded.file,
      keys,
      accounts: { ...accounts },
      principals: { ...principals },
      lint: { rules: { ...manifest.lint?.rules }, environments },
      locate: loaded.locate,
    },
  };
}

function resolveRotation(
  input: KeyInput,
  defaults: RotationInput | undefined,
  keySpec: string,
  report: (message: string, hint?: string) => void,
): DesiredKey['rotation'] {
  const periodInDays =
    input.rotation?.period_in_days ?? defaults?.period_in_days ?? DEFAULT_ROTATION_PERIOD_DAYS;
  if (keySpec !== SYMMETRIC) {
    // Only symmetric encryption keys rotate automatically; a default does not force it on others.
    if (input.rotation?.enabled === true) {
      report(
        `automatic rotation is only supported for SYMMETRIC_DEFAULT keys, not ${keySpec}`,
        'remove `rotation:` from this key; rotate asymmetric and HMAC keys by creating a new key and retargeting the alias',
      );
    }
    return { enabled: false, periodInDays };
  }
  return { enabled: input.rotation?.enabled ?? defaults?.enabled ?? true, periodInDays };
}

interface PolicyContext {
  placement: KeyPlacement;
  at: (...rest: (string | number)[]) => DocumentPath;
  resolvePrincipal: (ref: string, path: DocumentPath) => string | undefined;
  resolveActions: (actions: readonly string[], path: DocumentPath) => string[];
  report: (path: DocumentPath, message: string, hint?: string) => void;
}

function resolvePolicy(
  input: KeyInput,
  defaults: PolicyIntentInput | undefined,
  { placement, at, resolvePrincipal, resolveActions, report }: PolicyContext,
): DesiredPolicy | undefined {
  const policy = input.policy;
  if (policy !== undefined && 'document' in policy) {
    // Errors make the manifest invalid, located at the YAML line of the JSON pointer's target;
    // warnings are left to the `invalid-policy` lint rule.
    const parsed = parseKeyPolicy(policy.document);
    for (const problem of parsed.problems) {
      if (problem.severity !== 'error') continue;
      const pointer = problem.path
        .split('/')
        .slice(1)
        .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
      report(at('policy', 'document', ...pointer), problem.message, problem.hint);
    }
    return {
      kind: 'document',
      document: parsed.ok ? parsed.policy : (policy.document as unknown as KeyPolicyDocument),
    };
  }
  if (policy === undefined) return undefined;
  const merged: PolicyIntentInput = { ...defaults, ...policy };
  const source = (field: keyof PolicyIntentInput): DocumentPath =>
    policy[field] === undefined ? ['defaults', 'policy', field] : at('policy', field);
  const principalsOf = (field: 'admins' | 'users'): string[] =>
    (merged[field] ?? []).flatMap((ref, index) => {
      const arn = resolvePrincipal(ref, [...source(field), index]);
      return arn === undefined ? [] : [arn];
    });
  const intent: ResolvedPolicyIntent = {
    admins: principalsOf('admins'),
    users: principalsOf('users'),
    viaService: [...(merged.via_service ?? [])],
    encryptionContext: { ...merged.encryption_context },
    crossAccount: (merged.cross_account ?? []).flatMap((entry, index) => {
      const principal = resolvePrincipal(entry.principal, [
        ...source('cross_account'),
        index,
        'principal',
      ]);
      const actions = resolveActions(entry.actions, [...source('cross_account'), index, 'actions']);
      return principal === undefined ? [] : [{ principal, actions }];
    }),
    requireMfaFor:
      merged.require_mfa_for === undefined
        ? [...DEFAULT_REQUIRE_MFA_FOR]
        : resolveActions(merged.require_mfa_for, source('require_mfa_for')),
  };
  return { kind: 'intent', intent, document: generateKeyPolicy(intent, placement) };
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
