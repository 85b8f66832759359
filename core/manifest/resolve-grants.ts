import { isServicePrincipal } from '../policy/is-service-principal.ts';
import { isForeignCryptoAction, type KeyUsageActions } from '../policy/key-usage-actions.ts';
import type { DesiredGrant } from './desired-state.ts';
import type { DocumentPath, GrantInput } from './types.ts';

export interface GrantContext {
  /** Logical key name, for messages. */
  key: string;
  usage: KeyUsageActions;
  at: (...rest: (string | number)[]) => DocumentPath;
  resolvePrincipal: (ref: string, path: DocumentPath, allowService?: boolean) => string | undefined;
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
    const granteePrincipal = resolvePrincipal(grant.grantee, at('grants', index, 'grantee'), true);
    const retiringPrincipal =
      grant.retiring_principal === undefined
        ? undefined
        : resolvePrincipal(
            grant.retiring_principal,
            at('grants', index, 'retiring_principal'),
            true,
          );
    if (granteePrincipal === undefined) return [];
    if (
      !checkServiceGrant(grant, granteePrincipal, retiringPrincipal, (field, message, hint) => {
        report(at('grants', index, field), message, hint);
      })
    )
      return [];
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
        ...(grant.source_arn === undefined ? {} : { sourceArn: grant.source_arn }),
      },
    ];
  });
}

/**
 * A grant to a service principal is made with CreateGrant's `GranteeServicePrincipal`, which
 * KMS accepts only with a `SourceArn` constraint (the resource the service may use the grant
 * for: the confused-deputy guard of a grant) and a retiring principal (KMS API Reference,
 * CreateGrant). `source_arn` is refused on other grants, whose grantee is already one identity.
 */
function checkServiceGrant(
  grant: GrantInput,
  grantee: string,
  retiring: string | undefined,
  report: (field: string, message: string, hint: string) => void,
): boolean {
  if (!isServicePrincipal(grantee)) {
    if (grant.source_arn === undefined) return true;
    report(
      'source_arn',
      `\`source_arn\` applies to grants to a service principal, and grant \`${grant.name}\` is to ${grantee}`,
      'remove `source_arn`, or make the grantee a service principal',
    );
    return false;
  }
  let ok = true;
  if (grant.source_arn === undefined) {
    report(
      'grantee',
      `grant \`${grant.name}\` is to the service principal ${grantee}, which KMS allows only with a SourceArn constraint`,
      'add `source_arn: <ARN of the resource the service uses the key for>` to the grant',
    );
    ok = false;
  }
  if (retiring === undefined && grant.retiring_principal === undefined) {
    report(
      'grantee',
      `grant \`${grant.name}\` is to the service principal ${grantee}, which KMS allows only with a retiring principal`,
      'add `retiring_principal:` (a role of your account, or the service principal itself)',
    );
    ok = false;
  }
  return ok;
}
