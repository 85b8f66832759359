import type { AccessWidening } from '../plan/plan-types.ts';

/** `account 555566667777 gains kms:Decrypt, kms:GenerateDataKey`: who gets in, in words. */
export function describeWidening(widening: AccessWidening): string {
  return `${whoIs(widening)} gains ${widening.actions.join(', ')}`;
}

function whoIs({ principal, kind }: AccessWidening): string {
  switch (kind) {
    case 'anyone':
      return 'anyone (*)';
    case 'service':
      return `service ${principal}`;
    case 'organization':
      return `every principal of ${principal}`;
    case 'other-account': {
      const account = /^\d{12}$/.test(principal) ? principal : principal.split(':')[4];
      return principal === account || principal.endsWith(':root')
        ? `account ${account ?? principal}`
        : `${principal} (account ${account ?? '?'})`;
    }
    case 'unknown':
      return `${principal} (a principal form kms-action does not read, taken as foreign)`;
  }
}
