import { closest, distance } from 'fastest-levenshtein';
import { canonicalKmsAction } from '../policy/kms-actions.ts';
import { isServicePrincipal } from '../policy/is-service-principal.ts';
import type { DocumentPath } from './types.ts';

const ARN_PRINCIPAL =
  /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@/-]+)$/;
const ACCOUNT_ID = /^[0-9]{12}$/;

export interface NameResolvers {
  /** A name from `accounts`, or a 12-digit id; `undefined` (reported) otherwise. */
  resolveAccount: (ref: string, path: DocumentPath) => string | undefined;
  /** A name from `principals`, or an IAM ARN; a service principal only where allowed. */
  resolvePrincipal: (ref: string, path: DocumentPath, allowService?: boolean) => string | undefined;
  /** KMS action names, canonical (`kms:Decrypt`); a name that is not one is reported. */
  resolveActions: (actions: readonly string[], path: DocumentPath) => string[];
}

/**
 * How a manifest's names resolve: account and principal names against its `accounts:` and
 * `principals:`, action names against the KMS actions. Each unknown name is reported at its
 * path, with the closest declared name when there is one.
 */
export function createNameResolvers(
  accounts: Readonly<Record<string, string>>,
  principals: Readonly<Record<string, string>>,
  report: (path: DocumentPath, message: string, hint?: string) => void,
): NameResolvers {
  const resolveAccount = (ref: string, path: DocumentPath): string | undefined => {
    // Own names only: `constructor` or `toString` must not resolve to Object.prototype members.
    const named = Object.hasOwn(accounts, ref) ? accounts[ref] : undefined;
    if (named !== undefined) return named;
    if (ACCOUNT_ID.test(ref)) return ref;
    report(
      path,
      `unknown account \`${ref}\``,
      suggest(ref, Object.keys(accounts), 'accounts', 'a 12-digit account id'),
    );
    return undefined;
  };
  const resolvePrincipal = (
    ref: string,
    path: DocumentPath,
    allowService = false,
  ): string | undefined => {
    const named = Object.hasOwn(principals, ref) ? principals[ref] : undefined;
    const service = named ?? ref;
    if (isServicePrincipal(service)) {
      if (allowService) return service;
      report(
        path,
        `\`${ref}\` is the AWS service principal ${service}: a service is not a key administrator, user or cross-account principal`,
        'name the service under `policy.services:` (it gets the statement its AWS documentation gives, scoped to your account); a service principal may be the grantee of a declared grant',
      );
      return undefined;
    }
    if (named !== undefined) return named;
    if (ref.startsWith('arn:')) {
      if (ARN_PRINCIPAL.test(ref)) return ref;
      report(
        path,
        `\`${ref}\` is not an IAM role, user or account root ARN`,
        'use `arn:aws:iam::<account>:role/<name>`, `...:user/<name>` or `...:root`',
      );
      return undefined;
    }
    report(
      path,
      `unknown principal \`${ref}\``,
      suggest(ref, Object.keys(principals), 'principals', 'an IAM ARN'),
    );
    return undefined;
  };
  const resolveActions = (actions: readonly string[], path: DocumentPath): string[] =>
    actions.flatMap((action, index) => {
      const canonical = canonicalKmsAction(action);
      if (canonical === undefined) {
        report(
          [...path, index],
          `\`${action}\` is not a KMS action`,
          'write the action name, e.g. `Decrypt` or `kms:Decrypt`; wildcards are not allowed here',
        );
        return [];
      }
      return [canonical];
    });
  return { resolveAccount, resolvePrincipal, resolveActions };
}

function suggest(
  ref: string,
  names: readonly string[],
  section: string,
  alternative: string,
): string {
  if (names.length > 0) {
    const candidate = closest(ref, [...names]);
    if (
      distance(ref.toLowerCase(), candidate.toLowerCase()) <=
      Math.max(2, Math.floor(candidate.length / 3))
    ) {
      return `did you mean \`${candidate}\`?`;
    }
  }
  return `declare \`${ref}\` under \`${section}:\`, or use ${alternative}`;
}
