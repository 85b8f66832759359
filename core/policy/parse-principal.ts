/** An AWS principal identifier, as a key policy or a request names it. */
export type ParsedPrincipal =
  | { kind: 'anyone' }
  | { kind: 'account'; account: string; partition: string }
  | { kind: 'role'; account: string; partition: string; name: string }
  | { kind: 'assumed-role'; account: string; partition: string; role: string; session: string }
  | { kind: 'user'; account: string; partition: string; name: string }
  | { kind: 'iam-other'; account: string; partition: string; resource: string }
  | { kind: 'service'; service: string }
  | { kind: 'unique-id'; id: string; type: UniqueIdType }
  | { kind: 'other'; value: string };

/** What an IAM unique id stands for, by its prefix (IAM User Guide, "Unique identifiers"). */
export type UniqueIdType = 'role' | 'user' | 'group' | 'managed-policy' | 'instance-profile';

const UNIQUE_ID_PREFIXES: Readonly<Record<string, UniqueIdType>> = {
  AROA: 'role',
  AIDA: 'user',
  AGPA: 'group',
  ANPA: 'managed-policy',
  ANVA: 'managed-policy',
  AIPA: 'instance-profile',
};

const IAM_ARN = /^arn:(aws[a-z-]*):(iam|sts)::(\d{12}):(.+)$/;
const UNIQUE_ID = /^(AROA|AIDA|AGPA|ANPA|ANVA|AIPA)[A-Z0-9]{12,}$/;
const SERVICE = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

/**
 * Classifies a principal: `*`, an account (`arn:aws:iam::111122223333:root` or the bare id),
 * a role, a role session, a user, a service principal, or a unique id (`AROA...`), which is
 * what AWS shows in place of a role or user that was deleted after the policy named it.
 */
export function parsePrincipal(value: string): ParsedPrincipal {
  if (value === '*') return { kind: 'anyone' };
  if (/^\d{12}$/.test(value)) return { kind: 'account', account: value, partition: 'aws' };
  const unique = UNIQUE_ID.exec(value);
  if (unique) {
    return { kind: 'unique-id', id: value, type: UNIQUE_ID_PREFIXES[unique[1] ?? ''] ?? 'role' };
  }
  if (SERVICE.test(value)) return { kind: 'service', service: value };
  const arn = IAM_ARN.exec(value);
  if (!arn) return { kind: 'other', value };
  const [, partition = 'aws', service, account = '', resource = ''] = arn;
  if (service === 'iam') {
    if (resource === 'root') return { kind: 'account', account, partition };
    if (resource.startsWith('role/')) {
      const name = resource.slice(resource.lastIndexOf('/') + 1);
      return { kind: 'role', account, partition, name };
    }
    if (resource.startsWith('user/')) {
      const name = resource.slice(resource.lastIndexOf('/') + 1);
      return { kind: 'user', account, partition, name };
    }
    return { kind: 'iam-other', account, partition, resource };
  }
  const session = /^assumed-role\/([^/]+)\/(.+)$/.exec(resource);
  if (session) {
    return {
      kind: 'assumed-role',
      account,
      partition,
      role: session[1] ?? '',
      session: session[2] ?? '',
    };
  }
  return { kind: 'iam-other', account, partition, resource };
}
