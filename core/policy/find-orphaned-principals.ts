import { parsePrincipal, type UniqueIdType } from './parse-principal.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument } from './types.ts';

/** A principal AWS rewrote to its unique id because the role or user was deleted. */
export interface OrphanedPrincipal {
  /** The unique id as the live policy shows it, e.g. `AROA3EXAMPLE7ZZ5ZZ5ZZ`. */
  principal: string;
  type: UniqueIdType;
  /** Sids (or `#<index>`) of the statements that name it. */
  statements: string[];
}

/**
 * Principals of a (live) key policy that AWS replaced with unique ids (`AROA...` for roles,
 * `AIDA...` for users): the role or user was deleted, the statement grants nobody, and a new
 * role with the old name would not match until the policy names it again.
 */
export function findOrphanedPrincipals(policy: KeyPolicyDocument): OrphanedPrincipal[] {
  const found = new Map<string, OrphanedPrincipal>();
  policy.Statement.forEach((statement, index) => {
    for (const block of [statement.Principal, statement.NotPrincipal]) {
      if (block === undefined || block === '*') continue;
      for (const value of toList<string>(block.AWS)) {
        const parsed = parsePrincipal(value);
        if (parsed.kind !== 'unique-id') continue;
        const entry = found.get(value) ?? { principal: value, type: parsed.type, statements: [] };
        const label = statement.Sid ?? `#${index}`;
        if (!entry.statements.includes(label)) entry.statements.push(label);
        found.set(value, entry);
      }
    }
  });
  return [...found.values()].sort((a, b) => a.principal.localeCompare(b.principal));
}
