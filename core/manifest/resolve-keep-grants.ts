import { isServicePrincipal } from '../policy/is-service-principal.ts';
import type { DesiredKeepGrant } from './desired-state.ts';
import type { DocumentPath, KeepGrantInput } from './types.ts';

/**
 * The IAM principal ARNs a keep rule may name. Unlike the principals of a policy, a role name
 * may hold `:` here: AWS's own roles do (`aws:ec2-infrastructure`, the role whose instance
 * sessions EC2 grants for EBS volumes), and IAM refuses `:` in the names of roles it creates.
 * No nested quantifier: linear in the input.
 */
const KEEP_GRANTEE_ARN =
  /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@:/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@:/-]{1,512})$/;

export interface KeepGrantContext {
  principals: Readonly<Record<string, string>>;
  report: (path: DocumentPath, message: string, hint?: string) => void;
}

/**
 * The keep rules of one key: those of `defaults` first, then the key's own (a default cannot
 * be taken back by a key: keeping is the safe side). Each grantee is a name from
 * `principals:`, a service principal or an IAM principal ARN, taken exactly as written: no
 * wildcard (the schema refuses `*` and `?`), so a rule keeps only the grants it names.
 */
export function resolveKeepGrants(
  defaults: readonly KeepGrantInput[],
  own: readonly KeepGrantInput[],
  keyPath: DocumentPath,
  { principals, report }: KeepGrantContext,
): DesiredKeepGrant[] {
  const resolve = (
    entries: readonly KeepGrantInput[],
    source: DesiredKeepGrant['source'],
    at: DocumentPath,
  ): DesiredKeepGrant[] =>
    entries.flatMap((entry, index): DesiredKeepGrant[] => {
      const named = Object.hasOwn(principals, entry.grantee)
        ? principals[entry.grantee]
        : undefined;
      const grantee = named ?? entry.grantee;
      if (isServicePrincipal(grantee) || KEEP_GRANTEE_ARN.test(grantee)) {
        return [{ grantee, reason: entry.reason, source }];
      }
      report(
        [...at, index, 'grantee'],
        `keep_grants grantee \`${entry.grantee}\` is neither a name from \`principals\`, an AWS service principal nor an IAM principal ARN`,
        'write the grantee exactly as ListGrants shows it, e.g. `dynamodb.us-east-1.amazonaws.com` or `arn:aws:iam::111122223333:role/aws:ec2-infrastructure` (a role also keeps the grants to its sessions)',
      );
      return [];
    });
  return [
    ...resolve(defaults, 'defaults', ['defaults', 'keep_grants']),
    ...resolve(own, 'key', [...keyPath, 'keep_grants']),
  ];
}
