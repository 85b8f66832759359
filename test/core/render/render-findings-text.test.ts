import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/lint/types.ts';
import { renderFindingsText } from '../../../core/render/render-findings-text.ts';

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'deletion-window',
  severity: 'error',
  message: 'key `prod-cache` has a deletion window of 7 days, under 30',
  file: 'kms.yaml',
  line: 12,
  column: 30,
  key: 'prod-cache',
  help: 'set `deletion_window_in_days: 30`',
  ...overrides,
});

describe('renderFindingsText', () => {
  it('groups findings by key, in order of first appearance, and counts them', () => {
    const text = renderFindingsText([
      finding({}),
      finding({
        key: 'prod-s3',
        rule: 'alias-naming',
        severity: 'warning',
        message: 'no alias',
        line: 20,
        column: 3,
        help: 'add one',
      }),
      finding({
        rule: 'rotation-period',
        severity: 'notice',
        message: 'rotates yearly',
        line: 14,
        column: 5,
        help: 'rotate more often',
      }),
    ]);
    expect(text).toBe(
      [
        'key prod-cache',
        '  kms.yaml:12:30  error    key `prod-cache` has a deletion window of 7 days, under 30  deletion-window',
        '      help: set `deletion_window_in_days: 30`',
        '  kms.yaml:14:5  notice   rotates yearly  rotation-period',
        '      help: rotate more often',
        '',
        'key prod-s3',
        '  kms.yaml:20:3  warning  no alias  alias-naming',
        '      help: add one',
        '',
        '3 findings: 1 error, 1 warning, 1 notice.',
        '',
      ].join('\n'),
    );
  });

  it('puts findings without a key under their file', () => {
    const standalone = finding({ file: 'policy.json' });
    delete standalone.key;
    expect(renderFindingsText([standalone])).toMatch(/^policy\.json\n {2}policy\.json:12:30/);
  });

  it('colours severities only when asked', () => {
    expect(renderFindingsText([finding({})])).not.toContain('\u001b[');
    const coloured = renderFindingsText([finding({})], { color: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[0m');
  });

  it('keeps control characters from manifest text out of the terminal', () => {
    const text = renderFindingsText([finding({ message: 'alias `\u001b[2Jevil`' })]);
    expect(text).toContain('alias `[U+001B][2Jevil`');
    expect(text).not.toContain('\u001b');
  });

  // Attack: a policy Sid or manifest name quoted in a finding, written with a line break, starts
  // a line of the CI log of its own (`::stop-commands::`, `::add-mask::`, a forged `::error`),
  // and a bidi override reorders what the reader sees. Each is shown as [U+XXXX] instead.
  it('shows line breaks and bidi controls of quoted text in every field', () => {
    const hostile =
      'A\n::stop-commands::pwned\r\n  ::error file=kms.yaml,line=1::forged\u202eevil\u2028x';
    const unkeyed: Finding = finding({ file: `kms.yaml${hostile}` });
    delete unkeyed.key;
    const text = renderFindingsText(
      [
        finding({ message: `statement ${hostile}`, help: `rename ${hostile}`, key: hostile }),
        unkeyed,
      ],
      { color: true },
    );
    expect(text).not.toMatch(/^\s*::/m);
    expect(text).not.toMatch(/[\r\u202e\u2028]/);
    expect(text).toContain('A[U+000A]::stop-commands::pwned[U+000D][U+000A]  ::error');
    expect(text).toContain('forged[U+202E]evil[U+2028]x');
    // Our own colours are still sent.
    expect(text).toContain('\u001b[31merror  \u001b[0m');
  });

  it('says so when there is nothing to report', () => {
    expect(renderFindingsText([])).toBe('No lint findings.\n');
  });
});
