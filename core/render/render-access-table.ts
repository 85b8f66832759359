import type { AccessEntry } from '../policy/build-access-matrix.ts';
import { revealInvisible } from './escape-markdown.ts';
import { accessTitle, type KeyAccess } from './render-access.ts';
import { describeAccessPrincipal } from './describe-access-principal.ts';

/** Terminal width the default `access` table keeps to. */
export const ACCESS_TABLE_WIDTH = 100;

/** Principal column never narrower than this, however many actions there are. */
const MIN_PRINCIPAL_WIDTH = 20;

const SHORT_ACTIONS: Record<string, string> = {
  'kms:Encrypt': 'Enc',
  'kms:Decrypt': 'Dec',
  'kms:ReEncryptFrom': 'ReFrom',
  'kms:ReEncryptTo': 'ReTo',
  'kms:GenerateDataKey': 'GenDK',
  'kms:GetPublicKey': 'PubKey',
  'kms:Sign': 'Sign',
  'kms:Verify': 'Verify',
  'kms:GenerateMac': 'GenMac',
  'kms:VerifyMac': 'VerMac',
  'kms:DeriveSharedSecret': 'Derive',
  'kms:DescribeKey': 'Desc',
  'kms:CreateGrant': 'Grant',
  'kms:PutKeyPolicy': 'Policy',
  'kms:ScheduleKeyDeletion': 'Delete',
  'kms:DisableKey': 'Disable',
};

const REQUIREMENT_LETTERS: Record<string, [string, string]> = {
  mfa: ['M', 'MFA'],
  encryption_context: ['C', 'the encryption context'],
  via_service: ['S', 'a call through the allowed AWS service'],
  grant_for_aws_resource: ['R', 'a grant for an AWS resource'],
  source: ['O', "a request for the key account's own resource (source account or ARN)"],
  other_condition: [
    'X',
    'another condition of the policy (source IP, VPC endpoint, organisation...)',
  ],
  iam_policy_in_account: ['P', "an IAM policy in the principal's account"],
};

/**
 * `access` as a terminal table of at most `ACCESS_TABLE_WIDTH` columns: one compact cell per
 * action (✓ allowed, ✗ denied, ?XY allowed only with requirements X and Y, iam left to IAM
 * policies), principals of the key's account written without their ARN prefix, names too long
 * for the column cut in the middle and written in full under the table, then a legend.
 */
export function renderAccessTable(keys: readonly KeyAccess[]): string {
  const used = { actions: new Set<string>(), requirements: new Set<string>() };
  const tables = keys.map((key) => renderKey(key, used));
  return `${tables.join('\n')}\n${legend(used)}`;
}

function renderKey(
  key: KeyAccess,
  used: { actions: Set<string>; requirements: Set<string> },
): string {
  const actions = [...new Set(key.entries.map((entry) => entry.action))];
  const principals = [...new Set(key.entries.map((entry) => entry.principal))];
  const cells = new Map(
    key.entries.map((entry) => [`${entry.principal}\u0000${entry.action}`, entry]),
  );
  const headers = actions.map((action) => SHORT_ACTIONS[action] ?? action.replace(/^kms:/, ''));
  actions.forEach((action) => used.actions.add(action));
  const rows = principals.map((principal) =>
    actions.map((action) => {
      const entry = cells.get(`${principal}\u0000${action}`);
      if (entry === undefined) return '-';
      entry.requires.forEach((requirement) => used.requirements.add(requirement));
      return compactCell(entry);
    }),
  );
  const widths = headers.map((header, column) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const grid = widths.reduce((sum, width) => sum + width + 1, 0);
  const names = principals.map((principal) => shortPrincipal(principal, key.account));
  const longest = Math.max('principal'.length, ...names.map(displayWidth));
  const principalWidth = Math.max(
    MIN_PRINCIPAL_WIDTH,
    Math.min(longest, ACCESS_TABLE_WIDTH - grid),
  );
  const notes: string[] = [];
  const labels = names.map((name) => {
    if (displayWidth(name) <= principalWidth) return name;
    notes.push(name);
    const mark = ` [${String(notes.length)}]`;
    return `${ellipsizeMiddle(name, principalWidth - mark.length)}${mark}`;
  });
  const line = (first: string, rest: readonly string[]) =>
    [pad(first, principalWidth), ...rest.map((cell, column) => pad(cell, widths[column] ?? 0))]
      .join(' ')
      .trimEnd();
  const title = wrap(revealInvisible(accessTitle(key, ' ')), '');
  const body = [
    line('principal', headers),
    ...labels.map((label, index) => line(label, rows[index] ?? [])),
  ];
  const footnotes = notes.flatMap((name, index) => hardWrap(`[${String(index + 1)}] ${name}`));
  return `${[...title, ...body, ...footnotes].join('\n')}\n`;
}

function compactCell(entry: AccessEntry): string {
  if (entry.allowed === 'yes') return '✓';
  if (entry.allowed === 'no') return entry.delegated_to_iam ? 'iam' : '✗';
  const letters = entry.requires.map((requirement) => REQUIREMENT_LETTERS[requirement]?.[0] ?? '*');
  return `?${letters.join('')}${entry.delegated_to_iam ? 'i' : ''}`;
}

/** Principals of the key's own account without `arn:aws:iam::<account>:`, others without `arn:aws:iam::`. */
function shortPrincipal(principal: string, account: string): string {
  if (principal === '*') return '* (anyone)';
  const organization = describeAccessPrincipal(principal);
  if (organization !== principal) return revealInvisible(organization);
  const match = /^arn:[a-z-]+:iam::(\d{12}):(.*)$/s.exec(principal);
  const shown =
    match === null
      ? principal
      : match[1] === account
        ? (match[2] ?? '')
        : `${match[1] ?? ''}:${match[2] ?? ''}`;
  return revealInvisible(shown);
}

function legend(used: { actions: Set<string>; requirements: Set<string> }): string {
  const requirements = [...used.requirements].map((requirement) => {
    const [letter, words] = REQUIREMENT_LETTERS[requirement] ?? ['*', requirement];
    return `${letter} = ${words}`;
  });
  const actions = [...used.actions]
    .filter((action) => SHORT_ACTIONS[action] !== undefined)
    .map((action) => `${SHORT_ACTIONS[action] ?? ''} = ${action}`);
  const text = [
    '✓ = allowed by the key policy; ✗ = denied; ?XY = allowed only with X and Y',
    requirements.length === 0 ? '' : ` (${requirements.join(', ')})`,
    '; iam = denied by the key policy but left to the IAM policies of that account',
    ' (a trailing i: also open through them). Columns: ',
    actions.join(', '),
    '. --wide shows the full grid.',
  ].join('');
  return `${wrap(text, '').join('\n')}\n`;
}

/** Splits at spaces (or anywhere in a longer word) so no line passes the table width. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (displayWidth(candidate) <= ACCESS_TABLE_WIDTH) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = `${lines.length === 0 ? '' : indent}${word}`;
    while (displayWidth(current) > ACCESS_TABLE_WIDTH) {
      const [head, tail] = splitAtWidth(current, ACCESS_TABLE_WIDTH);
      lines.push(head);
      current = `${indent}${tail}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** A name without spaces worth breaking at: cut at the width, continued indented. */
function hardWrap(text: string): string[] {
  const lines: string[] = [];
  let rest = text;
  while (displayWidth(rest) > ACCESS_TABLE_WIDTH) {
    const [head, tail] = splitAtWidth(rest, ACCESS_TABLE_WIDTH);
    lines.push(head);
    rest = `    ${tail}`;
  }
  lines.push(rest);
  return lines;
}

function splitAtWidth(text: string, width: number): [string, string] {
  let used = 0;
  const chars = Array.from(text);
  let index = 0;
  for (; index < chars.length; index += 1) {
    const next = charWidth(chars[index] ?? '');
    if (used + next > width) break;
    used += next;
  }
  return [chars.slice(0, index).join(''), chars.slice(index).join('')];
}

function ellipsizeMiddle(text: string, width: number): string {
  const chars = Array.from(text);
  const keepEnd = Math.floor((width - 1) / 2);
  const [head] = splitAtWidth(text, width - 1 - keepEnd);
  let tail = '';
  for (let index = chars.length - 1; index >= 0; index -= 1) {
    const candidate = `${chars[index] ?? ''}${tail}`;
    if (displayWidth(candidate) > keepEnd) break;
    tail = candidate;
  }
  return `${head}…${tail}`;
}

function pad(text: string, width: number): string {
  return `${text}${' '.repeat(Math.max(0, width - displayWidth(text)))}`;
}

/** Terminal columns: wide East Asian characters and emoji take two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

const COMBINING = /^\p{M}$/u;

function charWidth(char: string): number {
  if (COMBINING.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}
