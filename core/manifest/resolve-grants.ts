import { isForeignCryptoAction, type KeyUsageActions } from '../policy/key-usage-actions.ts';
import type { DesiredGrant } from './desired-state.ts';
import type { DocumentPath, GrantInput } from './types.ts';

export interface GrantContext {
  /** Logical key name, for messages. */
  key: string;
  usage: KeyUsageActions;
  at: (...rest: (string | number)[]) => DocumentPath;
  resolvePrincipal: (ref: string, path: DocumentPath) => string | undefined;
  report: (path: DocumentPath, message: string, hint?: string) => void;
}

/**
 * The key's declared grants with principal names resolved and operations sorted. Refuses a
 * name used twice, an operation the key cannot do (CreateGrant refuses it too: `Decrypt` on a
 * signing key), and an encryption-context constraint on a key whose operations take none.
 */
export function resolveGrants(
  grants: readonly GrantInput[],
  { key, usage, at, resolvePrincipal, report }: GrantContext,
): DesiredGrant[] {
  const names = new Set<string>();
  for (const [index, grant] of grants.entries()) {
    if (names.has(grant.name))
      report(
        at('grants', index, 'name'),
        `grant name \`${grant.name}\` is used twice on key \`${key}\``,
        'grant names identify grants across runs: make them unique',
      );
    names.add(grant.name);
    grant.operations.forEach((operation, position) => {
      if (isForeignCryptoAction(`kms:${operation}`, usage)) {
        report(
          at('grants', index, 'operations', position),
          `grant operation \`${operation}\` is not possible with key \`${key}\` (a ${usage.kind} key)`,
          `its users' operations are ${usage.userActions.map((action) => action.replace(/^kms:/, '')).join(', ')}`,
        );
      }
    });
    if (
      usage.contextActions.length === 0 &&
      (grant.encryption_context_subset !== undefined ||
        grant.encryption_context_equals !== undefined)
    ) {
      report(
        at(
          'grants',
          index,
          grant.encryption_context_subset === undefined
            ? 'encryption_context_equals'
            : 'encryption_context_subset',
        ),
        `grant \`${grant.name}\` constrains the encryption context, but key \`${key}\` (a ${usage.kind} key) takes none`,
        'remove the encryption-context constraint: only symmetric encryption operations take an encryption context',
      );
    }
  }
  return grants.flatMap((grant, index): DesiredGrant[] => {
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
}
