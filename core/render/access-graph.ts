import type { AccessEntry } from '../policy/build-access-matrix.ts';

/** How a principal relates to a key, the groups of the access picture. */
export type AccessClass =
  'administer' | 'grants' | 'use' | 'other-accounts' | 'services' | 'anyone';

export const ACCESS_CLASS_ORDER: readonly AccessClass[] = [
  'administer',
  'use',
  'grants',
  'other-accounts',
  'services',
  'anyone',
];

export const ACCESS_CLASS_TITLES: Record<AccessClass, string> = {
  administer: 'administer',
  use: 'use',
  grants: 'grants for AWS resources',
  'other-accounts': 'other accounts',
  services: 'services',
  anyone: 'anyone',
};

const SERVICE = /\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com)$/;

const ADMIN_ACTIONS = new Set(['kms:putkeypolicy', 'kms:schedulekeydeletion', 'kms:disablekey']);

/**
 * The class of `principal` for a key of `account`: who it is first (anyone, a service, another
 * account), then what it may do in the key's own account (administer, create grants, use).
 */
export function classifyPrincipal(
  principal: string,
  account: string,
  actions: Iterable<string>,
): AccessClass {
  if (principal === '*') return 'anyone';
  if (!principal.startsWith('arn:')) {
    if (/^\d{12}$/.test(principal)) return principal === account ? 'administer' : 'other-accounts';
    // Anything else that is no ARN nor an AWS service (a canonical user id...) is an outsider.
    return SERVICE.test(principal) ? 'services' : 'other-accounts';
  }
  const accountOf = principal.split(':')[4] ?? '';
  if (accountOf !== account) return 'other-accounts';
  const lower = [...actions].map((action) => action.toLowerCase());
  if (lower.some((action) => ADMIN_ACTIONS.has(action))) return 'administer';
  // Key users may also attach grants for AWS resources; only those who may do nothing else
  // are the grants class.
  if (lower.length > 0 && lower.every((action) => action === 'kms:creategrant')) return 'grants';
  return 'use';
}

/** Whether the key policy itself lets the principal do the action (in some context). */
export function hasAccess(entry: AccessEntry): boolean {
  return entry.allowed !== 'no';
}

/**
 * What the principal may do, in words: action names grouped by what they require, e.g.
 * `Decrypt, Encrypt / ScheduleKeyDeletion, DisableKey if mfa`.
 */
export function describeAccess(entries: readonly AccessEntry[]): string {
  const groups = new Map<string, string[]>();
  for (const entry of entries) {
    const requires = entry.allowed === 'conditional' ? entry.requires.join('+') : '';
    const names = groups.get(requires) ?? [];
    names.push(entry.action.replace(/^kms:/, ''));
    groups.set(requires, names);
  }
  return [...groups]
    .map(([requires, names]) => `${names.join(', ')}${requires === '' ? '' : ` if ${requires}`}`)
    .join(' / ');
}
