import type { DocumentPath } from '../../manifest/types.ts';
import { parsePrincipal, type ParsedPrincipal } from '../../policy/parse-principal.ts';
import type { KeyPolicyDocument, PrincipalBlock } from '../../policy/types.ts';

export interface NamedPrincipal {
  /** `AWS`, `Service`, `Federated` or `CanonicalUser`. */
  type: string;
  /** As written: an ARN, an account id, a service principal or `*`. */
  value: string;
  parsed: ParsedPrincipal;
  statement: number;
  effect: 'Allow' | 'Deny';
  /** `NotPrincipal` rather than `Principal`. */
  negated: boolean;
  /** Path of the value inside the policy document. */
  path: DocumentPath;
}

/**
 * Every principal the statements of a key policy name, with where each is written. Every
 * policy rule asks: listed once per document (a snapshot, like the evaluator's).
 */
export function listPolicyPrincipals(document: KeyPolicyDocument): readonly NamedPrincipal[] {
  let principals = listed.get(document);
  if (principals === undefined) {
    principals = listOnce(document);
    listed.set(document, principals);
  }
  return principals;
}

const listed = new WeakMap<KeyPolicyDocument, readonly NamedPrincipal[]>();

function listOnce(document: KeyPolicyDocument): NamedPrincipal[] {
  return document.Statement.flatMap((statement, index) => [
    ...principalsOf(statement.Principal, index, statement.Effect, false),
    ...principalsOf(statement.NotPrincipal, index, statement.Effect, true),
  ]);
}

function principalsOf(
  block: PrincipalBlock | undefined,
  statement: number,
  effect: 'Allow' | 'Deny',
  negated: boolean,
): NamedPrincipal[] {
  if (block === undefined) return [];
  const element = negated ? 'NotPrincipal' : 'Principal';
  if (block === '*') {
    return [
      {
        type: 'AWS',
        value: '*',
        parsed: { kind: 'anyone' },
        statement,
        effect,
        negated,
        path: ['Statement', statement, element],
      },
    ];
  }
  return Object.entries(block).flatMap(([type, values]): NamedPrincipal[] => {
    const list = typeof values === 'string' ? [values] : values;
    return list.map((value, position) => ({
      type,
      value,
      parsed:
        type === 'AWS' || type === 'Service' ? parsePrincipal(value) : { kind: 'other', value },
      statement,
      effect,
      negated,
      path:
        typeof values === 'string'
          ? ['Statement', statement, element, type]
          : ['Statement', statement, element, type, position],
    }));
  });
}
