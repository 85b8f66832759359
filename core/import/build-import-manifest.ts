import { runLint } from '../lint/run-lint.ts';
import type { CompileOptions } from '../manifest/compile-desired-state.ts';
import { readManifest } from '../manifest/read-manifest.ts';
import type { KeyInput, ManifestInput } from '../manifest/types.ts';
import type { LiveKey } from '../plan/live-state.ts';
import type { AccountKeys } from './account-keys.ts';
import { deriveKeyNames } from './derive-key-names.ts';
import { derivePrincipalNames } from './derive-principal-names.ts';
import { draftKey } from './draft-key.ts';
import { isManifestPrincipal } from './is-manifest-principal.ts';
import { keyInputOf } from './key-input-of.ts';
import { countNoun } from '../render/count-noun.ts';
import { principalsOfDraft } from './principals-of-draft.ts';
import { renderImportYaml } from './render-import-yaml.ts';

export interface BuildImportOptions extends CompileOptions {
  /** Name of the imported account under `accounts:`; default `account-<id>`. */
  accountName?: string;
  /**
   * Write the intent form whenever it gives every principal the same access, even when its
   * generated policy differs in text from the live one (apply then rewrites the policy, no
   * access changing). Default: such keys keep the raw document, the intent form in a comment.
   */
  rewritePolicies?: boolean;
}

/** How an imported key's policy is written. */
export type ImportedPolicyForm =
  /** Intent form; the generated policy means the same as the live one. */
  | 'intent'
  /** Intent form with the same access; apply rewrites the policy text (`rewritePolicies`). */
  | 'intent-rewritten'
  /** Raw document, as live. */
  | 'document'
  /** Left out: the policy could not be read or is not a valid key policy; not managed. */
  | 'unmanaged';

export interface ImportedKey {
  name: string;
  arn: string;
  policy: ImportedPolicyForm;
  /** What a human should decide about the key (also written as comments above it). */
  notes: string[];
  /**
   * Notes about changes the first plan shows besides the adoption (ownership tags), e.g. a
   * grant without a name, or a policy rewritten into its generated form.
   */
  planNotes: string[];
}

export interface ImportManifest {
  /** The manifest as data; `yaml` is the same with comments. */
  manifest: ManifestInput;
  yaml: string;
  keys: ImportedKey[];
  /** Keys another manifest owns: listed in a comment, not imported. */
  skipped: { arn: string; owner: string }[];
}

const LABEL = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;

/**
 * Builds the manifest `import` writes for the keys of one account and Region: an `adopt:`
 * entry per customer managed key with its description, rotation, state, tags (ownership tags
 * left out), aliases, grants and key policy (intent form when it reproduces the live access,
 * else the raw document, with the reason), principals and accounts named, and comments where
 * a human should decide. The result is checked with `readManifest` and linted; lint findings
 * become comments too. Deterministic: the same keys give the same text.
 */
export function buildImportManifest(
  listing: AccountKeys,
  options: BuildImportOptions,
): ImportManifest {
  const owner = `${options.repository}/${options.manifestPath}`;
  const accountName = options.accountName ?? `account-${listing.account}`;
  if (!LABEL.test(accountName)) {
    throw new RangeError(
      `account name must be letters, digits, '_' or '-' (at most 64, starting with a letter or digit), got '${accountName}'`,
    );
  }
  const nameAccount = (account: string): string =>
    account === listing.account ? accountName : `account-${account}`;

  const skipped: ImportManifest['skipped'] = [];
  const imported: LiveKey[] = [];
  for (const key of listing.keys) {
    const manifest = key.ownership?.manifest;
    if (manifest !== undefined && manifest !== owner)
      skipped.push({ arn: key.arn, owner: manifest });
    else imported.push(key);
  }
  const names = deriveKeyNames(
    imported.map((key) => ({
      id: key.id,
      aliases: key.aliases.map((alias) => alias.name),
      ...(key.ownership?.key === undefined ? {} : { logicalName: key.ownership.key }),
    })),
  );

  const drafts = imported
    .map((key) => draftKey(key, names.get(key.id) ?? key.id, listing, options))
    .sort((a, b) => a.name.localeCompare(b.name));

  // Principals: every IAM principal the policies and grants name, the account root aside.
  const ownRoot = `arn:${listing.partition}:iam::${listing.account}:root`;
  const arns = new Set<string>();
  for (const draft of drafts) {
    for (const arn of principalsOfDraft(draft))
      if (arn !== ownRoot && isManifestPrincipal(arn)) arns.add(arn);
  }
  const principalNames = derivePrincipalNames(arns, {
    account: listing.account,
    accountName: nameAccount,
  });
  const nameOf = (arn: string): string => principalNames.get(arn) ?? arn;

  const accounts: Record<string, string> = { [accountName]: listing.account };
  for (const arn of [...arns].sort()) {
    const account = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
    if (account !== undefined) accounts[nameAccount(account)] = account;
  }
  const principals = Object.fromEntries(
    [...principalNames]
      .map(([arn, name]) => [name, arn] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

  const keys: Record<string, KeyInput> = {};
  for (const draft of drafts) keys[draft.name] = keyInputOf(draft, nameOf, listing.replicas);

  const manifest: ManifestInput = {
    version: 1,
    defaults: { account: accountName, region: listing.region },
    accounts,
    ...(Object.keys(principals).length === 0 ? {} : { principals }),
    keys,
  };
  if (drafts.length === 0) {
    // `keys:` needs at least one entry: an account with nothing to import has no manifest.
    throw new RangeError(
      `account ${listing.account} has no customer managed keys to import in ${listing.region}`,
    );
  }

  const file = options.manifestPath;
  const plain = renderImportYaml(
    manifest,
    drafts,
    listing,
    { accountName, skipped, nameOf },
    new Map(),
  );
  const checked = readManifest(file, plain, options);
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new Error(
      `the imported manifest is not valid (${countNoun(checked.problems.length, 'problem')}), first: ${first === undefined ? '' : `${first.path}: ${first.message}`}`,
    );
  }
  const findings = new Map<string, string[]>();
  for (const finding of runLint(checked.desired)) {
    if (finding.key === undefined || finding.rule === 'shared-key') continue;
    const list = findings.get(finding.key) ?? [];
    const line = `lint ${finding.rule} (${finding.severity}): ${finding.message}`;
    if (!list.includes(line)) list.push(line);
    findings.set(finding.key, list);
  }
  const yaml = renderImportYaml(
    manifest,
    drafts,
    listing,
    { accountName, skipped, nameOf },
    findings,
  );

  return {
    manifest,
    yaml,
    keys: drafts.map((draft) => ({
      name: draft.name,
      arn: draft.key.arn,
      policy: draft.policy.form,
      notes: [...draft.notes, ...(findings.get(draft.name) ?? [])],
      planNotes: draft.planNotes,
    })),
    skipped,
  };
}
