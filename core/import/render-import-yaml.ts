import { Document, isMap, isScalar, isSeq, visit, type YAMLMap } from 'yaml';
import type { ManifestInput } from '../manifest/types.ts';
import type { ResolvedPolicyIntent } from '../policy/types.ts';
import type { AccountKeys } from './account-keys.ts';
import type { ImportedPolicyForm, ImportManifest } from './build-import-manifest.ts';
import type { KeyDraft } from './key-draft.ts';
import { countNoun } from '../render/count-noun.ts';
import { hasInvisible, INVISIBLE_BUT_LF, revealInvisible } from '../render/escape-markdown.ts';
import { writeIntentInput } from './write-intent-input.ts';

interface RenderContext {
  accountName: string;
  skipped: ImportManifest['skipped'];
  nameOf: (arn: string) => string;
}

/**
 * The YAML text of an imported manifest: the data of `manifest` with short lists on one line,
 * the header (what was imported, how many keys in which form), a comment above each key
 * (notes, the commented intent form, plan notes, lint findings) and the trailer (AWS managed
 * keys and keys of other manifests, not imported). `Version` quoted for YAML 1.1 readers.
 */
export function renderImportYaml(
  manifest: ManifestInput,
  drafts: readonly KeyDraft[],
  listing: AccountKeys,
  context: RenderContext,
  findings: ReadonlyMap<string, readonly string[]>,
): string {
  const doc = new Document(manifest);
  const count = (form: ImportedPolicyForm) =>
    drafts.filter((draft) => draft.policy.form === form).length;
  const withExtras = drafts.filter(
    (draft) =>
      (draft.policy.form === 'intent' || draft.policy.form === 'intent-rewritten') &&
      (draft.policy.intent.extraStatements?.length ?? 0) > 0,
  ).length;
  const withPlanNotes = drafts.filter((draft) => draft.planNotes.length > 0).length;
  doc.commentBefore = comment([
    `Imported by \`kms-action import\` from account ${listing.account} (${context.accountName}), Region ${listing.region}.`,
    `${countNoun(drafts.length, 'customer managed key')}: ${String(count('intent') + count('intent-rewritten'))} with the policy in intent form${withExtras === 0 ? '' : ` (${String(withExtras)} with extra_statements)`}, ${String(count('document'))} as raw documents, ${String(count('unmanaged'))} with the policy not managed.`,
    'Review the comments above the keys: they mark what a human should decide.',
    withPlanNotes === 0
      ? '`kms-action plan` on this file shows only the adoption of each key (its ownership tags).'
      : `\`kms-action plan\` on this file shows the adoption of each key (its ownership tags), and for ${countNoun(withPlanNotes, 'key')} the changes their "plan:" comments name.`,
    'Declare `service:` and `environment:` on each key (lint rule shared-key); they are filled in only where a tag or a single kms:ViaService says so.',
  ]);

  const defaults = doc.get('defaults', true);
  if (isMap(defaults)) {
    defaults.flow = true;
    setComment(doc.contents, 'defaults', ['Where keys you add are created.']);
  }
  const principals = doc.get('principals', true);
  if (isMap(principals)) {
    setComment(doc.contents, 'principals', [
      'Every IAM principal the key policies and grants name, named after its ARN: rename freely.',
    ]);
  }

  const keys = doc.get('keys', true);
  if (isMap(keys)) {
    for (const draft of drafts) {
      const entry = keys.get(draft.name, true);
      if (!isMap(entry)) continue;
      for (const field of ['rotation', 'aliases', 'tags', 'via_service'])
        flowIfPresent(entry, field);
      styleIntent(entry.get('policy', true));
      for (const field of ['grants', 'keep_grants']) {
        const list = entry.get(field, true);
        if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
      }
      const replicas = entry.get('replicas', true);
      if (isSeq(replicas)) {
        // `[eu-west-1]` when every replica is as its key; entries with settings in block style.
        replicas.flow = replicas.items.every((item) => !isMap(item));
        for (const item of replicas.items) {
          if (!isMap(item)) continue;
          for (const field of ['aliases', 'tags']) flowIfPresent(item, field);
          styleIntent(item.get('policy', true));
        }
      }
      const at = draft.commentedIntentAt ?? draft.notes.length;
      const lines = [
        ...draft.notes.slice(0, at),
        ...(draft.commentedIntent === undefined
          ? []
          : commentedIntent(draft.commentedIntent, context.nameOf)),
        ...draft.notes.slice(at),
        ...draft.planNotes.map((note) => `plan: ${note}`),
        ...(findings.get(draft.name) ?? []),
      ];
      if (lines.length > 0) setComment(keys, draft.name, lines);
    }
  }

  const trailer: string[] = [];
  if (listing.awsManaged.length > 0) {
    trailer.push(
      `AWS managed keys in ${listing.region}, not imported (AWS owns their policy and rotation; give these services customer managed keys instead):`,
    );
    for (const key of listing.awsManaged) {
      trailer.push(
        `  ${key.aliases.join(', ') || '(no alias)'}  ${key.arn}${key.description === undefined || key.description === '' ? '' : `  ${key.description}`}`,
      );
    }
  }
  if (context.skipped.length > 0) {
    trailer.push('Keys managed by other manifests, not imported:');
    for (const key of context.skipped) trailer.push(`  ${key.arn}  (${key.owner})`);
  }
  if (trailer.length > 0) doc.comment = comment(trailer);
  // `Version: 2012-10-17` reads as a date in YAML 1.1 tools: quote it.
  visit(doc, {
    Pair: (_, pair) => {
      if (isScalar(pair.key) && pair.key.value === 'Version' && isScalar(pair.value)) {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    },
    // Live text with an invisible or line-breaking character (a Sid, a description): one
    // double-quoted line, see `escapeInvisible`.
    Scalar: (_, scalar) => {
      if (typeof scalar.value === 'string' && hasInvisible(scalar.value)) {
        scalar.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return escapeInvisible(
    doc.toString({
      lineWidth: 0,
      flowCollectionPadding: false,
      doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
    }),
  );
}

/** An invisible or line-breaking character: as in `revealInvisible`. */
/**
 * The imported text is read on a terminal (and perhaps a CI log) and read back by the manifest
 * reader, which refuses C1 controls and DEL. Comments are revealed (`comment`); a scalar holding
 * an invisible or line-breaking character is double-quoted on one line, where the yaml library
 * escapes C0 controls (LF as `\n`, so no live text starts a line of its own), NEL and
 * U+2028/U+2029, but writes DEL, the other C1 controls and format characters (bidi controls,
 * zero-width characters) as they are: each one left in the text is inside such a scalar, and
 * is written as `\uXXXX` (`\UXXXXXXXX` beyond the BMP), which reads back as the same character.
 */
function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE_BUT_LF, (character) => {
    const code = character.codePointAt(0) ?? 0;
    return code > 0xffff
      ? `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

function commentedIntent(intent: ResolvedPolicyIntent, nameOf: (arn: string) => string): string[] {
  const doc = new Document({ policy: writeIntentInput(intent, nameOf) });
  styleIntent(doc.get('policy', true));
  const text = doc.toString({
    lineWidth: 0,
    flowCollectionPadding: false,
  });
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`);
}

function flowIfPresent(map: YAMLMap, field: string): void {
  const node = map.get(field, true);
  if (isMap(node) || isSeq(node)) node.flow = true;
}

/** Short lists and mappings of the intent form on one line each, cross-account entries too. */
function styleIntent(policy: unknown): void {
  if (!isMap(policy)) return;
  for (const field of ['admins', 'users', 'via_service', 'encryption_context', 'require_mfa_for']) {
    flowIfPresent(policy, field);
  }
  for (const field of ['cross_account', 'services']) {
    const list = policy.get(field, true);
    if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
  }
}

function setComment(map: unknown, field: string, lines: readonly string[]): void {
  if (!isMap(map)) return;
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === field);
  if (pair === undefined || !isScalar(pair.key)) return;
  pair.key.commentBefore = comment(lines);
}

/**
 * Comment text for the yaml library: one line per entry, each after `#` and a space. Entries
 * quote live text (Sids, principals, descriptions, condition keys), which may hold a line break
 * or a control character: each is shown as `[U+XXXX]`, so no entry ends the comment, sends an
 * escape sequence to the terminal, or makes a manifest the reader refuses.
 */
function comment(lines: readonly string[]): string {
  return lines.map((line) => ` ${revealInvisible(line)}`).join('\n');
}
