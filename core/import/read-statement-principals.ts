import { parsePrincipal } from '../policy/parse-principal.ts';
import { toList } from '../policy/to-list.ts';
import type { PolicyStatement } from '../policy/types.ts';
import { isManifestPrincipal } from './is-manifest-principal.ts';

/**
 * The principals of a statement the intent form can name: IAM roles and users, account roots
 * (a bare account id as its root ARN) and `*`. `undefined`, with the reason added to
 * `reasons`, when the statement has no principal, names another type (Service, Federated...),
 * the unique id of a deleted principal, or anything else.
 */
export function readStatementPrincipals(
  statement: PolicyStatement,
  label: string,
  reasons: string[],
): string[] | undefined {
  const block = statement.Principal;
  if (block === undefined) {
    reasons.push(`statement ${label} names no principal`);
    return undefined;
  }
  if (block === '*') return ['*'];
  const other = Object.keys(block).filter((type) => type !== 'AWS');
  if (other.length > 0) {
    reasons.push(`statement ${label} names a ${other.join(' and ')} principal`);
    return undefined;
  }
  const principals: string[] = [];
  for (const value of toList<string>(block.AWS)) {
    const parsed = parsePrincipal(value);
    if (parsed.kind === 'anyone') principals.push('*');
    else if (parsed.kind === 'account') {
      principals.push(`arn:${parsed.partition}:iam::${parsed.account}:root`);
    } else if (parsed.kind === 'unique-id') {
      reasons.push(
        `statement ${label} names ${value}, the unique id of a deleted ${parsed.type}: it grants nobody`,
      );
      return undefined;
    } else if (isManifestPrincipal(value)) principals.push(value);
    else {
      reasons.push(`statement ${label} names ${value}, which is not an IAM role, user or account`);
      return undefined;
    }
  }
  return principals;
}
