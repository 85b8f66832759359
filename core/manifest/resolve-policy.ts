import { canonicalKmsAction } from '../policy/kms-actions.ts';
import { generateKeyPolicy } from '../policy/generate-key-policy.ts';
import type { KeyPlacement } from '../policy/key-placement.ts';
import { isForeignCryptoAction, keyUsageActions } from '../policy/key-usage-actions.ts';
import { parseKeyPolicy } from '../policy/parse-key-policy.ts';
import type { KeyPolicyDocument, ResolvedPolicyIntent } from '../policy/types.ts';
import { DEFAULT_REQUIRE_MFA_FOR, type DesiredPolicy } from './desired-state.ts';
import { resolveServices } from './resolve-services.ts';
import { checkExtraStatementIds } from './check-extra-statement-ids.ts';
import { resolveExtraStatements } from './resolve-extra-statements.ts';
import { resolveOrganization } from './resolve-organization.ts';
import { resolveUsers } from './resolve-users.ts';
import type { DocumentPath, KeyInput, PolicyIntentInput } from './types.ts';

export interface PolicyContext {
  placement: KeyPlacement;
  at: (...rest: (string | number)[]) => DocumentPath;
  resolvePrincipal: (ref: string, path: DocumentPath, allowService?: boolean) => string | undefined;
  resolveActions: (actions: readonly string[], path: DocumentPath) => string[];
  report: (path: DocumentPath, message: string, hint?: string) => void;
}

/**
 * The key's policy: a raw document as written (its parse errors reported at their YAML
 * lines), or the intent form with defaults merged, names resolved, and the policy generated.
 * Intent fields the key's kind cannot use are refused: an encryption context or `via_service`
 * on a key that is not a symmetric encryption key, a cross-account action the key lacks, a
 * users group or organisation narrowed to an action its users cannot have. Extra statements
 * are checked as a raw policy's are, and may not reuse a generated statement's Sid.
 */
export function resolvePolicy(
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
  const principalsOf = (field: 'admins'): string[] =>
    (merged[field] ?? []).flatMap((ref, index) => {
      const arn = resolvePrincipal(ref, [...source(field), index]);
      return arn === undefined ? [] : [arn];
    });
  const usage = keyUsageActions(placement.keySpec, placement.keyUsage);
  const kindName = `a key of key_spec ${placement.keySpec ?? 'SYMMETRIC_DEFAULT'}, key_usage ${placement.keyUsage ?? 'ENCRYPT_DECRYPT'}`;
  const narrowing = { usage, kindName, resolveActions, report };
  const { users, userGroups } = resolveUsers(merged.users ?? [], source('users'), {
    ...narrowing,
    resolvePrincipal,
  });
  const organization =
    merged.organization === undefined
      ? undefined
      : resolveOrganization(merged.organization, source('organization'), narrowing);
  const extraStatements =
    merged.extra_statements === undefined
      ? undefined
      : resolveExtraStatements(merged.extra_statements, source('extra_statements'), report);
  if (
    usage.contextActions.length === 0 &&
    Object.keys(merged.encryption_context ?? {}).length > 0
  ) {
    report(
      source('encryption_context'),
      `encryption_context cannot be required on ${kindName}: only symmetric encryption operations take an encryption context`,
      'remove `encryption_context:` from this key (set it per key rather than in `defaults:`); bind signatures or MACs to their purpose inside the signed message instead',
    );
  }
  if (!usage.awsServices && (merged.via_service ?? []).length > 0) {
    report(
      source('via_service'),
      `via_service cannot be used with ${kindName}: AWS services integrated with KMS use only symmetric encryption keys`,
      'remove `via_service:` from this key (set it per key rather than in `defaults:`)',
    );
  }
  const intent: ResolvedPolicyIntent = {
    admins: principalsOf('admins'),
    users,
    viaService: [...(merged.via_service ?? [])],
    encryptionContext: { ...merged.encryption_context },
    crossAccount: (merged.cross_account ?? []).flatMap((entry, index) => {
      const principal = resolvePrincipal(entry.principal, [
        ...source('cross_account'),
        index,
        'principal',
      ]);
      const actionsPath = [...source('cross_account'), index, 'actions'];
      const actions = resolveActions(entry.actions, actionsPath);
      entry.actions.forEach((written, position) => {
        const action = canonicalKmsAction(written);
        if (action !== undefined && isForeignCryptoAction(action, usage)) {
          report(
            [...actionsPath, position],
            `\`${action}\` is not possible with ${kindName}`,
            `its users' actions are ${[...usage.userActions, 'kms:DescribeKey'].join(', ')}`,
          );
        }
      });
      return principal === undefined ? [] : [{ principal, actions }];
    }),
    requireMfaFor:
      merged.require_mfa_for === undefined
        ? [...DEFAULT_REQUIRE_MFA_FOR]
        : resolveActions(merged.require_mfa_for, source('require_mfa_for')),
    ...(merged.services === undefined
      ? {}
      : {
          services: resolveServices(merged.services, {
            placement,
            path: source('services'),
            report,
          }),
        }),
    ...(userGroups.length === 0 ? {} : { userGroups }),
    ...(organization === undefined ? {} : { organization }),
    ...(extraStatements === undefined ? {} : { extraStatements }),
  };
  const document = generateKeyPolicy(intent, placement);
  if (extraStatements !== undefined) {
    checkExtraStatementIds(document, extraStatements, source('extra_statements'), report);
  }
  return { kind: 'intent', intent, document };
}
