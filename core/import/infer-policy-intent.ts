import { AccessMatrixTooLargeError } from '../policy/build-access-matrix.ts';
import { diffAccess, type AccessChange } from '../policy/diff-access.ts';
import { generateKeyPolicy } from '../policy/generate-key-policy.ts';
import type { KeyPlacement } from '../policy/key-placement.ts';
import { KMS_ACTIONS } from '../policy/kms-actions.ts';
import { toList } from '../policy/to-list.ts';
import type { KeyPolicyDocument, PolicyStatement, ResolvedPolicyIntent } from '../policy/types.ts';
import { createPolicyComparer, type PolicyComparer } from './create-policy-comparer.ts';
import { countAccessDiffSteps } from './count-access-diff-steps.ts';
import type { WorkMeter } from '../work/create-work-meter.ts';
import { createImportWorkMeter } from './create-import-work-meter.ts';
import { describeAccessChanges } from './describe-access-changes.ts';
import { fitOrganization } from './fit-organization.ts';
import { fitServiceUses } from './fit-service-uses.ts';
import { ImportWorkLimitError } from './import-work-limit-error.ts';
import { inferCoreIntent } from './infer-core-intent.ts';

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
      /** Why the `extraStatements` stay as written, one sentence each. */
      extraReasons?: string[];
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
 *
 * The policy may be hostile (anyone allowed kms:PutKeyPolicy writes it): its statements are
 * split into grants once (`createPolicyComparer`), and every comparison step and the access
 * diff (`countAccessDiffSteps`) are charged to `meter` (default: at most MAX_IMPORT_WORK
 * steps); past it, the raw document, which is always right.
 */
export function inferPolicyIntent(
  policy: KeyPolicyDocument,
  placement: KeyPlacement,
  options: { meter?: WorkMeter } = {},
): InferredPolicy {
  const meter = options.meter ?? createImportWorkMeter();
  const compare = createPolicyComparer(placement.partition ?? 'aws', meter);
  try {
    return inferWithin(policy, placement, compare, meter);
  } catch (error) {
    if (!(error instanceof ImportWorkLimitError)) throw error;
    return { form: 'document', reasons: [error.message] };
  }
}

function inferWithin(
  policy: KeyPolicyDocument,
  placement: KeyPlacement,
  compare: PolicyComparer,
  meter: WorkMeter,
): InferredPolicy {
  const partition = placement.partition ?? 'aws';
  const live = policy.Statement;
  const services = fitServiceUses(
    live,
    { account: placement.account, region: placement.region, partition },
    compare,
  );
  const withServices = (intent: ResolvedPolicyIntent): ResolvedPolicyIntent =>
    services.uses.length > 0 ? { ...intent, services: services.uses } : intent;
  const rest = live.filter((_, index) => !services.covered.has(index));

  const core = inferCoreIntent(rest, placement);
  if (core.intent !== undefined) {
    const intent = withServices(core.intent);
    const generated = generateKeyPolicy(intent, placement);
    if (compare.equivalent(policy, generated)) {
      return { form: 'intent', intent, generated, equivalent: true };
    }
    let changes: AccessChange[];
    meter.charge(countAccessDiffSteps(policy, generated));
    try {
      changes = diffAccess(policy, generated, {
        account: placement.account,
        partition,
        key: { partition, account: placement.account, region: placement.region },
        actions: KMS_ACTIONS,
      });
    } catch (error) {
      // Fails closed: a policy whose access cannot be compared is imported as written.
      if (!(error instanceof AccessMatrixTooLargeError)) throw error;
      return { form: 'document', reasons: [error.message], closest: intent };
    }
    if (changes.length === 0) return { form: 'intent', intent, generated, equivalent: false };
    const reason = `the closest intent form would change access: ${describeAccessChanges(changes)}`;
    const fitted = fitWithExtras(
      policy,
      rest,
      new Set(),
      placement,
      withServices,
      [reason],
      compare,
    );
    if (fitted?.form === 'intent') return fitted;
    return {
      form: 'document',
      reasons: [reason, ...(fitted?.reasons ?? [])],
      closest: intent,
    };
  }
  if (core.fatal || core.rejected.size === 0) return { form: 'document', reasons: core.reasons };
  const fitted = fitWithExtras(
    policy,
    rest,
    core.rejected,
    placement,
    withServices,
    core.reasons,
    compare,
  );
  if (fitted?.form === 'document') {
    return { ...fitted, reasons: [...core.reasons, ...fitted.reasons] };
  }
  return fitted ?? { form: 'document', reasons: core.reasons };
}

/** Rounds of leaving out the statements of principals whose generated grants are not live ones. */
const MAX_FIT_ROUNDS = 4;

/**
 * The intent plus `extra_statements`: the statements left out (`rejected`, positions in
 * `rest`) stay as written, the others are inferred again. When the inferred intent generates
 * a grant the live policy does not have, the live statements naming that grant's principals
 * are left out too, and the inference runs again (at most `MAX_FIT_ROUNDS` times). Accepted
 * when every generated grant is a live one, the result means the same as the live policy,
 * and no more statements stay as written than are generated. `undefined` when no intent was
 * found at all.
 */
function fitWithExtras(
  policy: KeyPolicyDocument,
  rest: readonly PolicyStatement[],
  rejected: ReadonlySet<number>,
  placement: KeyPlacement,
  withServices: (intent: ResolvedPolicyIntent) => ResolvedPolicyIntent,
  why: readonly string[],
  compare: PolicyComparer,
): InferredPolicy | undefined {
  const reasons = [...why];
  const live = policy.Statement;
  const left = new Set(rejected);
  let closest: ResolvedPolicyIntent | undefined;
  let best: { intent: ResolvedPolicyIntent; extras: PolicyStatement[] } | undefined;
  for (let round = 0; round < MAX_FIT_ROUNDS && best === undefined; round += 1) {
    const keptAt = rest.flatMap((_, index) => (left.has(index) ? [] : [index]));
    const attempt = inferCoreIntent(
      keptAt.map((index) => rest[index] as PolicyStatement),
      placement,
    );
    if (attempt.intent === undefined) {
      if (attempt.fatal || attempt.rejected.size === 0) break;
      reasons.push(...attempt.reasons);
      for (const index of attempt.rejected) left.add(keptAt[index] ?? -1);
      continue;
    }
    const base = withServices(attempt.intent);
    closest = base;
    for (const organization of [undefined, ...fitOrganization(live, placement)]) {
      const candidate = organization === undefined ? base : { ...base, organization };
      const generated = generateKeyPolicy(candidate, placement).Statement;
      if (!compare.covers(live, generated)) continue;
      const extras = live.filter((statement) => !compare.covers(generated, [statement]));
      if (best === undefined || extras.length < best.extras.length) {
        best = { intent: candidate, extras };
      }
    }
    if (best !== undefined) break;
    const excess = new Set(
      generateKeyPolicy(base, placement)
        .Statement.filter((statement) => !compare.covers(live, [statement]))
        .flatMap(awsPrincipalsOf),
    );
    const more = rest.flatMap((statement, index) =>
      !left.has(index) && awsPrincipalsOf(statement).some((principal) => excess.has(principal))
        ? [index]
        : [],
    );
    if (more.length === 0) break;
    reasons.push(
      `the intent form would give ${[...excess].sort().join(', ')} other grants than the live statements`,
    );
    for (const index of more) left.add(index);
  }
  if (best === undefined) {
    return closest === undefined ? undefined : { form: 'document', reasons: [], closest };
  }
  if (best.extras.length > live.length - best.extras.length) {
    return {
      form: 'document',
      reasons: [
        `${String(best.extras.length)} of the ${String(live.length)} statements would stay as written, more than the intent form would generate`,
      ],
      closest: best.intent,
    };
  }
  const intent: ResolvedPolicyIntent = {
    ...best.intent,
    extraStatements: extraStatements(best.extras, generateKeyPolicy(best.intent, placement)),
  };
  const generated = generateKeyPolicy(intent, placement);
  if (!compare.equivalent(policy, generated)) {
    return { form: 'document', reasons: [], closest: best.intent };
  }
  return {
    form: 'intent',
    intent,
    generated,
    equivalent: true,
    extraReasons: [...new Set(reasons)],
  };
}

function awsPrincipalsOf(statement: PolicyStatement): string[] {
  const block = statement.Principal;
  if (block === undefined || block === '*') return [];
  return toList<string>(block.AWS);
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
