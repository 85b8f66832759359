import { findDuplicateJsonKeys } from '../policy/find-duplicate-json-keys.ts';
import { parseKeyPolicy } from '../policy/parse-key-policy.ts';
import { toList } from '../policy/to-list.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import { inferPolicyIntent } from './infer-policy-intent.ts';
import type { KeyDraft } from './key-draft.ts';
import { countNoun } from '../render/count-noun.ts';

/**
 * Drafts how an imported key's policy is written: left out (unmanaged) when it could not be
 * read, is not valid or repeats a name in one object; the intent form when its generated
 * policy means the same (`inferPolicyIntent`), or gives the same access and `rewritePolicies`
 * allows the rewrite; else the raw document, the intent form (or the closest one) in a
 * comment. Sets the draft's `policy`, commented intent and services, and adds its notes.
 */
export function draftKeyPolicy(draft: KeyDraft, partition: string, rewritePolicies: boolean): void {
  const { key, notes, planNotes } = draft;
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
        partition,
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
            `policy: ${countNoun(extras, 'statement')} ${extras === 1 ? 'stays' : 'stay'} as written under extra_statements (the whole generated policy means the same as the live one): ${(inferred.extraReasons ?? []).join('; ')}.`,
          );
        }
      } else if (inferred.form === 'intent' && rewritePolicies) {
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
