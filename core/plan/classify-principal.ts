/**
 * Who a principal is, seen from the account that owns the key: `own` (the account or one of
 * its IAM principals), `other-account`, `anyone` (`*`), `service` (`*.amazonaws.com`), or
 * `unknown` for a form this function does not read. Every class but `own` widens access when
 * it gains something: an unknown form counts as foreign (fail closed).
 */
export type PrincipalClass = 'own' | 'other-account' | 'anyone' | 'service' | 'unknown';

const ACCOUNT_ID = /^\d{12}$/;

export function classifyPrincipal(principal: string, account: string): PrincipalClass {
  if (principal === '*') return 'anyone';
  if (ACCOUNT_ID.test(principal)) return principal === account ? 'own' : 'other-account';
  if (principal.startsWith('arn:')) {
    // arn:partition:service:region:account:resource
    const owner = principal.split(':', 6)[4] ?? '';
    if (!ACCOUNT_ID.test(owner)) return 'unknown';
    return owner === account ? 'own' : 'other-account';
  }
  if (/^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/.test(principal)) return 'service';
  return 'unknown';
}
