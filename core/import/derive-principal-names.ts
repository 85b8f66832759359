import { parsePrincipal } from '../policy/parse-principal.ts';

const NAME_MAX = 64;

/**
 * Readable, unique names for the `principals:` section: a role or user by its name (path
 * left out), an account root as `<account name>-root`, a role session as `<role>-<session>`.
 * When two principals would share a name, the imported account's principals keep it (roles
 * before users) and the others get their account name appended (`app-account-222222222222`).
 * The result depends only on the set of ARNs, never on their order.
 *
 * @param accountName names accounts: the imported one by `--account-name`, others `account-<id>`.
 */
export function derivePrincipalNames(
  arns: Iterable<string>,
  options: { account: string; accountName: (account: string) => string },
): Map<string, string> {
  const entries = [...new Set(arns)].map((arn) => ({ arn, ...describe(arn, options.accountName) }));
  entries.sort(
    (a, b) =>
      Number(b.account === options.account) - Number(a.account === options.account) ||
      a.rank - b.rank ||
      a.arn.localeCompare(b.arn),
  );
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const entry of entries) {
    const label = options.accountName(entry.account);
    const candidates = [
      entry.base,
      `${entry.base}-${label}`,
      `${entry.base}-${entry.kind}-${label}`,
    ].map(sanitize);
    let name = candidates.find((candidate) => !taken.has(candidate));
    for (let counter = 2; name === undefined; counter += 1) {
      const suffix = String(counter);
      const next = `${sanitize(entry.base).slice(0, NAME_MAX - suffix.length - 1)}-${suffix}`;
      if (!taken.has(next)) name = next;
    }
    names.set(entry.arn, name);
    taken.add(name);
  }
  return names;
}

function describe(
  arn: string,
  accountName: (account: string) => string,
): { base: string; kind: string; account: string; rank: number } {
  const parsed = parsePrincipal(arn);
  switch (parsed.kind) {
    case 'role':
      return { base: parsed.name, kind: 'role', account: parsed.account, rank: 0 };
    case 'user':
      return { base: parsed.name, kind: 'user', account: parsed.account, rank: 1 };
    case 'assumed-role':
      return {
        base: `${parsed.role}-${parsed.session}`,
        kind: 'session',
        account: parsed.account,
        rank: 2,
      };
    case 'account':
      return {
        base: `${accountName(parsed.account)}-root`,
        kind: 'root',
        account: parsed.account,
        rank: 3,
      };
    default:
      return { base: 'principal', kind: 'other', account: '', rank: 4 };
  }
}

/**
 * Characters a principal name may hold (`^[a-zA-Z0-9][a-zA-Z0-9_.-]*$`, at most 64), and never
 * a name that reads like an AWS service principal (IAM allows a role named
 * `ecs.amazonaws.com`): its last dots become `-`.
 */
function sanitize(text: string): string {
  const name = text
    .replace(/[^a-zA-Z0-9_.-]+/g, '-')
    .replace(/^[^a-zA-Z0-9]+/, '')
    .slice(0, NAME_MAX)
    .replace(/[-_.]+$/, '')
    .replace(/\.amazonaws\.com(\.cn)?$/i, (ending) => ending.replace(/\./g, '-'));
  return name === '' ? 'principal' : name;
}
