import type { AccessJson } from '../json-contracts.ts';
import type { AccessEntry } from '../policy/build-access-matrix.ts';
import { escapeMarkdown, revealInvisible, tableCode } from './escape-markdown.ts';

export interface KeyAccess {
  key: string;
  account: string;
  region: string;
  /** A replica of `key` with a policy of its own, in `region`. */
  replica?: true;
  entries: AccessEntry[];
}

/** `name (account Region)`, `name (account Region replica)` for a replica entry. */
export function accessTitle(
  key: Pick<KeyAccess, 'key' | 'account' | 'region' | 'replica'>,
  separator: string,
): string {
  return `${key.key} (${[key.account, key.region].join(separator)}${key.replica === true ? `${separator}replica` : ''})`;
}

export type { AccessJson };

/** The `access --format json` document as an object. */
export function buildAccessJson(keys: readonly KeyAccess[]): AccessJson {
  return {
    format_version: 1,
    keys: keys.map((key) => ({
      key: key.key,
      account: key.account,
      region: key.region,
      ...(key.replica === true ? { replica: true as const } : {}),
      entries: key.entries.map((entry) => ({
        principal: entry.principal,
        action: entry.action,
        allowed: entry.allowed,
        requires: entry.requires,
        delegated_to_iam: entry.delegated_to_iam,
      })),
    })),
  };
}

/** `access --format json` as printed. */
export function renderAccessJson(keys: readonly KeyAccess[]): string {
  return `${JSON.stringify(buildAccessJson(keys), null, 2)}\n`;
}

/** Who can do what, one table per key, principals as rows and actions as columns. */
export function renderAccessText(keys: readonly KeyAccess[]): string {
  return keys
    .map((key) => {
      const { actions, rows } = table(key);
      const headers = ['principal', ...actions.map((action) => action.replace(/^kms:/, ''))];
      // Terminal and CI log output: control and bidi characters of manifest names are shown.
      const lines = rows.map(([principal, cells]) => [revealInvisible(principal), ...cells]);
      const widths = headers.map((header, column) =>
        Math.max(header.length, ...lines.map((line) => (line[column] ?? '').length)),
      );
      const format = (line: string[]) =>
        line
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd();
      const header = format(headers);
      const title = revealInvisible(accessTitle(key, ' '));
      return `${title}\n${header}\n${lines.map(format).join('\n')}\n`;
    })
    .join('\n')
    .concat(LEGEND);
}

export function renderAccessMarkdown(keys: readonly KeyAccess[]): string {
  return keys
    .map((key) => {
      const { actions, rows } = table(key);
      const header = `| Principal | ${actions.map((action) => tableCode(action)).join(' | ')} |`;
      const rule = `| --- | ${actions.map(() => '---').join(' | ')} |`;
      const lines = rows.map(
        ([principal, cells]) =>
          `| ${tableCode(principal)} | ${cells.map(escapeMarkdown).join(' | ')} |`,
      );
      const title = accessTitle(
        {
          ...key,
          key: escapeMarkdown(key.key),
          account: escapeMarkdown(key.account),
          region: escapeMarkdown(key.region),
        },
        ', ',
      );
      return `#### ${title}\n\n${header}\n${rule}\n${lines.join('\n')}\n`;
    })
    .join('\n')
    .concat(`\n${LEGEND}`);
}

const LEGEND =
  'yes = allowed by the key policy; no = denied; if:<requirements> = allowed only with mfa, encryption_context, via_service, grant_for_aws_resource, source, other_condition or iam_policy_in_account; ' +
  'other_condition = allowed for some values of another condition of the policy (source IP, VPC endpoint, organisation, time...); ' +
  'iam_policy_in_account = a principal of another account: an IAM policy in its own account must allow it too; ' +
  'iam = left to the IAM policies of that account. A statement counts only where its Resource names this key.\n';

function table(key: KeyAccess): { actions: string[]; rows: [string, string[]][] } {
  const actions = [...new Set(key.entries.map((entry) => entry.action))];
  const principals = [...new Set(key.entries.map((entry) => entry.principal))];
  const cell = new Map(
    key.entries.map((entry) => [`${entry.principal}\u0000${entry.action}`, entry]),
  );
  const rows = principals.map((principal): [string, string[]] => [
    principal,
    actions.map((action) => {
      const entry = cell.get(`${principal}\u0000${action}`);
      if (entry === undefined) return '-';
      const verdict =
        entry.allowed === 'conditional' ? `if:${entry.requires.join('+')}` : entry.allowed;
      return entry.delegated_to_iam && entry.allowed !== 'yes' ? `${verdict}/iam` : verdict;
    }),
  ]);
  return { actions, rows };
}
