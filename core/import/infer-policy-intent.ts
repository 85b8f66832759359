import { diffAccess } from '../policy/diff-access.ts';
import { generateKeyPolicy, type KeyPlacement } from '../policy/generate-key-policy.ts';
import { KMS_ACTIONS } from '../policy/kms-actions.ts';
import { policiesEquivalent } from '../policy/policies-equivalent.ts';
import type { KeyPolicyDocument, PolicyStatement, ResolvedPolicyIntent } from '../policy/types.ts';
import { describeAccessChanges } from './describe-access-changes.ts';
import { fitOrganization } from './fit-organization.ts';
import { fitServiceUses } from './fit-service-uses.ts';
import { inferCoreIntent } from './infer-core-intent.ts';
import { statementsCover } from './statements-cover.ts';

/** What the intent form can say about a live key policy. */
export type InferredPolicy =
  | {
      form: 'intent';
      /** With `extraStatements` when some live statements stay as written next to the generated ones. */
      intent: ResolvedPolicyIntent;
      /** The policy `generateKeyPolicy(intent)` writes. */
      generated: KeyPolicyDocument;
      /**
       * True when the generated policy means the same as the live one statement by statement
       * (`policiesEquivalent`): adopting with the intent form writes no policy. False when only
       * the access is the same: apply would rewrite the policy text, nobody gaining or losing.
       */
      equivalent: boolean;
    }
  | {
      form: 'document';
      /** Why the intent form cannot express this policy, one sentence each. */
      reasons: string[];
      /** The nearest intent the inference found, for a comment; absent when none. */
      closest?: ResolvedPolicyIntent;
    };

/**
 * Infers the intent form of a live key policy and accepts it only when its generated policy
 * means the same as the live one, never assuming it:
 *
 * 1. `services:` entries whose documented statements the policy holds (found by generating
 *    them, `fitServiceUses`);
 * 2. admins, users, user groups, via_service, encryption_context, cross_account and
 *    require_mfa_for from the other statements (`inferCoreIntent`). When the generated policy
 *    is `policiesEquivalent` to the live one: the intent form. When it only gives every
 *    principal the same access (`diffAccess` over every KMS action empty): the intent form
 *    with `equivalent: false` (the caller decides, since apply would rewrite the text);
 * 3. otherwise the statements the intent has no word for become `extra_statements` (and an
 *    `organization:` consumer is tried for `aws:PrincipalOrgID` statements), accepted only
 *    when every generated grant is a live one, the result is `policiesEquivalent` to the live
 *    policy, and the generated statements outnumber the extra ones;
 * 4. else the raw document, with the reasons and the closest intent found.
 */
export function inferPolicyIntent(
  policy: KeyPolicyDocument,
  placement: KeyPlacement,
): InferredPolicy {
  const partition = placement.partition ?? 'aws';
  const live = policy.Statement;
  const services = fitServiceUses(live, {
    account: placement.account,
    region: placement.region,
    partition,
  });
  const withServices = (intent: ResolvedPolicyIntent): ResolvedPolicyIntent =>
    services.uses.length > 0 ? { ...intent, services: services.uses } : intent;
  const rest = live.filter((_, index) => !services.covered.has(index));

  const core = inferCoreIntent(rest, placement);
  if (core.intent !== undefined) {
    const intent = withServices(core.intent);
    const generated = generateKeyPolicy(intent, placement);
    if (policiesEquivalent(policy, generated, { partition })) {
      return { form: 'intent', intent, generated, equivalent: true };
    }
    const changes = diffAccess(policy, generated, {
      account: placement.account,
      partition,
      key: { partition, account: placement.account, region: placement.region },
      actions: KMS_ACTIONS,
    });
    if (changes.length === 0) return { form: 'intent', intent, generated, equivalent: false };
    return {
      form: 'document',
      reasons: [`the closest intent form would change access: ${describeAccessChanges(changes)}`],
      closest: intent,
    };
  }
  if (core.fatal || core.rejected.size === 0) return { form: 'document', reasons: core.reasons };

  const kept = rest.filter((_, index) => !core.rejected.has(index));
  const second = inferCoreIntent(kept, placement);
  if (second.intent === undefined) return { form: 'document', reasons: core.reasons };
  const base = withServices(second.intent);
  const candidates = [
    base,
    ...fitOrganization(live, placement).map((organization) => ({ ...base, organization })),
  ];
  let best: { intent: ResolvedPolicyIntent; extras: PolicyStatement[] } | undefined;
  for (const candidate of candidates) {
    const generated = generateKeyPolicy(candidate, placement).Statement;
    if (!statementsCover(live, generated, partition)) continue;
    const extras = live.filter((statement) => !statementsCover(generated, [statement], partition));
    if (best === undefined || extras.length < best.extras.length) {
      best = { intent: candidate, extras };
    }
  }
  if (best === undefined || best.extras.length * 2 >= live.length) {
    return {
      form: 'document',
      reasons: [
        ...core.reasons,
        ...(best === undefined
          ? []
          : [
              `${String(best.extras.length)} of the ${String(live.length)} statements would stay as written, too many for the intent form to help`,
            ]),
      ],
      closest: base,
    };
  }
  const intent: ResolvedPolicyIntent = {
    ...best.intent,
    extraStatements: extraStatements(best.extras, generateKeyPolicy(best.intent, placement)),
  };
  const generated = generateKeyPolicy(intent, placement);
  if (!policiesEquivalent(policy, generated, { partition })) {
    return { form: 'document', reasons: core.reasons, closest: base };
  }
  return { form: 'intent', intent, generated, equivalent: true };
}

/** The extra statements as written, without a Sid that a generated statement already has. */
function extraStatements(
  extras: readonly PolicyStatement[],
  generated: KeyPolicyDocument,
): PolicyStatement[] {
  const taken = new Set(generated.Statement.map((statement) => statement.Sid?.toLowerCase()));
  return extras.map((statement) => {
    if (statement.Sid === undefined || !taken.has(statement.Sid.toLowerCase())) return statement;
    const rest = { ...statement };
    delete rest.Sid;
    return rest;
  });
}
