import { runLint } from '../lint/run-lint.ts';
import type { CompileOptions } from '../manifest/compile-desired-state.ts';
import { readManifest } from '../manifest/read-manifest.ts';
import type { KeyInput, ManifestInput } from '../manifest/types.ts';
import type { LiveKey } from '../plan/live-state.ts';
import { findDuplicateJsonKeys } from '../policy/find-duplicate-json-keys.ts';
import { parseKeyPolicy } from '../policy/parse-key-policy.ts';
import { toList } from '../policy/to-list.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import type { AccountKeys } from './account-keys.ts';
import { deriveKeyNames } from './derive-key-names.ts';
import { derivePrincipalNames } from './derive-principal-names.ts';
import { grantProblem } from './grant-problem.ts';
import { isAwsGrantee } from '../plan/is-aws-grantee.ts';
import { keyInputOf } from './key-input-of.ts';
import { isWritableAlias, isWritableTag } from './writable-in-manifest.ts';
import { isManifestPrincipal } from './is-manifest-principal.ts';
import { inferPolicyIntent } from './infer-policy-intent.ts';
import type { KeyDraft } from './key-draft.ts';
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
      `the imported manifest is not valid (${plural(checked.problems.length, 'problem')}), first: ${first === undefined ? '' : `${first.path}: ${first.message}`}`,
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

function draftKey(
  key: LiveKey,
  name: string,
  listing: AccountKeys,
  options: BuildImportOptions,
): KeyDraft {
  const notes: string[] = [];
  const planNotes: string[] = [];
  const draft: KeyDraft = {
    name,
    key,
    policy: { form: 'unmanaged' },
    services: [],
    notes,
    planNotes,
  };

  if (key.state === 'PendingDeletion') {
    notes.push(
      `pending deletion${key.deletionDate === undefined ? '' : `: KMS deletes it on ${key.deletionDate.slice(0, 10)}`}. ` +
        'Keep `state: pending_deletion` to let it go (then remove this entry), or set `state: enabled` to cancel the deletion.',
    );
  } else if (key.state === 'Disabled') {
    notes.push(
      'disabled: every use of it fails. Decide: keep it disabled, enable it, or schedule its deletion (`state: pending_deletion`).',
    );
  } else if (key.state !== 'Enabled') {
    notes.push(
      `key state ${key.state}: \`state:\` left out; check the key before the first apply.`,
    );
  }
  if (key.origin !== 'AWS_KMS') {
    notes.push(`key material origin ${key.origin}: kms-action cannot create such a key again.`);
  }
  if (key.multiRegionConfiguration?.type === 'REPLICA') {
    notes.push(
      `replica of ${key.multiRegionConfiguration.primary.arn}: manage it through its primary key's \`replicas:\`, and remove this entry.`,
    );
  }

  const repeatedName =
    key.policyText === undefined ? undefined : findDuplicateJsonKeys(key.policyText)[0];
  if (key.policy === undefined) {
    notes.push(
      key.policyText === undefined
        ? 'the key policy could not be read: `policy:` left out, so kms-action does not manage it.'
        : 'the key policy is not a JSON object with statements: `policy:` left out, so kms-action does not manage it.',
    );
  } else if (repeatedName !== undefined) {
    notes.push(
      `the live key policy text has \`${repeatedName.name}\` twice in one object (line ${repeatedName.first.line}, column ${repeatedName.first.column} and line ${repeatedName.line}, column ${repeatedName.column}): JSON readers differ on which one counts (RFC 8259 section 4), so its meaning is uncertain: \`policy:\` left out, so kms-action does not manage it.`,
    );
  } else {
    const parsed = parseKeyPolicy(key.policy);
    if (!parsed.ok || parsed.problems.some((problem) => problem.severity === 'error')) {
      const problem = parsed.problems.find((entry) => entry.severity === 'error');
      notes.push(
        `the live key policy is not valid for kms-action (${problem === undefined ? 'unknown problem' : `${problem.path || '/'}: ${problem.message}`}): \`policy:\` left out, so kms-action does not manage it.`,
      );
    } else {
      const placement = {
        account: key.account,
        region: key.region,
        partition: listing.partition,
        multiRegion: key.multiRegion,
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        origin: key.origin,
      };
      const inferred = inferPolicyIntent(parsed.policy, placement);
      if (inferred.form === 'intent' && inferred.equivalent) {
        draft.policy = { form: 'intent', intent: inferred.intent };
        const extras = inferred.intent.extraStatements?.length ?? 0;
        if (extras > 0) {
          notes.push(
            `policy: ${plural(extras, 'statement')} ${extras === 1 ? 'stays' : 'stay'} as written under extra_statements (the whole generated policy means the same as the live one): ${(inferred.extraReasons ?? []).join('; ')}.`,
          );
        }
      } else if (inferred.form === 'intent' && options.rewritePolicies === true) {
        draft.policy = { form: 'intent-rewritten', intent: inferred.intent };
        planNotes.push(
          'policy: the intent form gives every principal the same access as the live policy, but not in the same words: the first apply rewrites the key policy (update-policy with no access change).',
        );
      } else if (inferred.form === 'intent') {
        draft.policy = { form: 'document', document: key.policy };
        draft.commentedIntent = inferred.intent;
        notes.push(
          'policy kept as the live document. The intent form below gives every principal the same access (every KMS action checked); switching to it makes apply rewrite the policy text into its generated form:',
        );
        draft.commentedIntentAt = notes.length;
      } else {
        draft.policy = { form: 'document', document: key.policy };
        notes.push(`policy kept as a raw document: ${inferred.reasons.join('; ')}.`);
        if (inferred.closest !== undefined) {
          draft.commentedIntent = inferred.closest;
          notes.push('The closest intent form (it does not mean the same as the live policy):');
          draft.commentedIntentAt = notes.length;
        }
      }
      draft.services =
        inferred.form === 'intent' ? [...inferred.intent.viaService] : viaServicesOf(key.policy);
      if (draft.services.length > 1) {
        notes.push(
          `this key serves ${String(draft.services.length)} services (${draft.services.join(', ')}): consider one key per service.`,
        );
      }
      if (inferred.form === 'intent' && inferred.intent.requireMfaFor.length === 0) {
        notes.push(
          'no MFA guard: remove `require_mfa_for: []` to deny ScheduleKeyDeletion and DisableKey without MFA (the default; OIDC sessions never carry MFA, so plan a break-glass path).',
        );
      }
      if (
        inferred.form === 'intent' &&
        inferred.intent.admins.length === 0 &&
        inferred.intent.users.length === 0 &&
        inferred.intent.crossAccount.length === 0 &&
        (inferred.intent.userGroups ?? []).length === 0 &&
        (inferred.intent.services ?? []).length === 0 &&
        inferred.intent.organization === undefined &&
        (inferred.intent.extraStatements ?? []).length === 0
      ) {
        notes.push(
          'the policy only names the account root: IAM policies decide who may use the key. Name its admins and users here so the key policy decides.',
        );
      }
    }
  }

  for (const grant of key.grants ?? []) {
    // Grants to grantees AWS operates are kept (`keep_grants`, key-input-of.ts), not declared.
    if (isAwsGrantee(grant.granteePrincipal)) continue;
    const why = grantProblem(grant);
    if (why !== undefined) {
      planNotes.push(
        `grant ${grant.name ?? grant.grantId} to ${grant.granteePrincipal} (${grant.operations.join(', ')}) ${why}: the plan lists it as an undeclared grant to revoke (destructive, held back without --allow-destructive).`,
      );
    }
  }
  // Grants are never replicated and a replica entry declares none (core/plan/diff-replicas.ts).
  for (const replica of listing.replicas ?? []) {
    if (replica.multiRegionConfiguration?.primary.arn !== key.arn) continue;
    for (const grant of replica.grants ?? []) {
      if (isAwsGrantee(grant.granteePrincipal)) continue;
      planNotes.push(
        `grant ${grant.name ?? grant.grantId} on the ${replica.region} replica to ${grant.granteePrincipal} (${grant.operations.join(', ')}): a replica entry declares no grants, so the plan lists it as an undeclared grant to revoke (destructive, held back without --allow-destructive).`,
      );
    }
  }
  for (const [tag, value] of Object.entries(key.tags)) {
    if (tag.startsWith('kms-action:') || tag.toLowerCase().startsWith('aws:')) continue;
    if (!isWritableTag(tag, value)) {
      planNotes.push(
        `tag ${JSON.stringify(tag)} has characters the manifest does not accept: left out, so the plan removes it.`,
      );
    }
  }
  for (const alias of key.aliases) {
    if (!isWritableAlias(alias.name))
      notes.push(`alias ${alias.name} left out: not a valid alias name.`);
  }
  return draft;
}

function principalsOfDraft(draft: KeyDraft): string[] {
  const arns: string[] = [];
  const intent =
    draft.policy.form === 'intent' || draft.policy.form === 'intent-rewritten'
      ? draft.policy.intent
      : draft.commentedIntent;
  if (intent !== undefined) {
    arns.push(
      ...intent.admins,
      ...intent.users,
      ...(intent.userGroups ?? []).flatMap((group) => group.principals),
      ...intent.crossAccount.map((entry) => entry.principal),
    );
  }
  if (draft.policy.form === 'document') {
    for (const statement of draft.policy.document.Statement) {
      for (const block of [statement.Principal, statement.NotPrincipal]) {
        if (block === undefined || block === '*') continue;
        arns.push(...toList<string>(block.AWS));
      }
    }
  }
  for (const grant of draft.key.grants ?? []) {
    if (grantProblem(grant) !== undefined || isAwsGrantee(grant.granteePrincipal)) continue;
    arns.push(grant.granteePrincipal);
    if (grant.retiringPrincipal !== undefined) arns.push(grant.retiringPrincipal);
  }
  return arns;
}

/** Service names (`s3`) the Allow statements admit through `kms:ViaService`. */
function viaServicesOf(document: KeyPolicyDocument): string[] {
  const services = new Set<string>();
  for (const statement of document.Statement) {
    if (statement.Effect !== 'Allow') continue;
    for (const [operator, entries] of Object.entries(statement.Condition ?? {})) {
      if (!operator.toLowerCase().startsWith('string') || operator.toLowerCase().includes('not'))
        continue;
      for (const [conditionKey, values] of Object.entries(entries)) {
        if (conditionKey.toLowerCase() !== 'kms:viaservice') continue;
        for (const value of toList(values)) services.add(String(value).split('.')[0] ?? '');
      }
    }
  }
  return [...services].filter((service) => service !== '').sort();
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}
