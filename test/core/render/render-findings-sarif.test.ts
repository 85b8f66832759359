import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { lintConfigChange } from '../../../core/lint/compare-lint-config.ts';
import { lintIncomplete } from '../../../core/lint/lint-incomplete.ts';
import { LINT_RULES } from '../../../core/lint/rules/index.ts';
import type { Finding } from '../../../core/lint/types.ts';
import { renderFindingsSarif } from '../../../core/render/render-findings-sarif.ts';

/**
 * The official SARIF 2.1.0 JSON schema (OASIS final, `2.1.0-rtm.5`), as shipped by
 * @microsoft/jest-sarif (MIT). It is draft-04: Ajv 8 reads it once `id` becomes `$id` and the
 * draft-04 meta-schema reference is dropped; no draft-04-only keyword occurs in it. One of its
 * patterns (`...[a-zA-Z]{2}]?$`) is not valid with the `u` flag, hence `unicodeRegExp: false`.
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const id = String(schema['id']);
  delete schema['$schema'];
  delete schema['id'];
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://base.example/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile({ ...schema, $id: id });
}

const FINDINGS: Finding[] = [
  {
    rule: 'deletion-window',
    severity: 'error',
    message: 'key `prod-cache` has a deletion window of 7 days, under 30',
    file: 'infra/kms.yaml',
    line: 12,
    column: 30,
    key: 'prod-cache',
    help: 'set `deletion_window_in_days: 30`',
  },
  {
    rule: 'public-principal',
    severity: 'notice',
    message: 'statement `Anyone` lets any AWS principal call kms:Decrypt',
    file: 'policies/key policy.json',
    line: 3,
    column: 5,
    help: 'name the principals',
  },
  {
    rule: 'lint-config-change',
    severity: 'warning',
    message: 'this change relaxes `alias-naming`',
    file: 'infra/kms.yaml',
    line: 2,
    column: 3,
    help: 'have it reviewed',
  },
];
const RULES = [...LINT_RULES, lintConfigChange, lintIncomplete];

describe('renderFindingsSarif', () => {
  const validate = sarifValidator();

  it('the schema check can fail: a log without runs is rejected', () => {
    expect(validate({ version: '2.1.0' })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('writes a log that is valid against the SARIF 2.1.0 schema', () => {
    const log = renderFindingsSarif(FINDINGS, { rules: RULES, version: '1.2.3' });
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is valid with no findings too', () => {
    expect(validate(renderFindingsSarif([], { rules: RULES, version: '1.2.3' }))).toBe(true);
  });

  it('lists every rule with help and a help URI into docs/rules.md', () => {
    const { driver } = renderFindingsSarif([], { rules: RULES, version: '1.2.3' }).runs[0]!.tool;
    expect(driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    const rule = driver.rules.find((candidate) => candidate.id === 'deletion-window');
    expect(rule?.helpUri).toMatch(/\/docs\/rules\.md#deletion-window$/);
    expect(rule?.defaultConfiguration.level).toBe('note');
    expect(rule?.help.markdown).toContain('**How to fix:**');
    expect(rule?.name).toBe('DeletionWindow');
  });

  it('maps severities to levels and places results in the manifest file', () => {
    const { results } = renderFindingsSarif(FINDINGS, { rules: RULES, version: '1.2.3' }).runs[0]!;
    expect(
      results.map((result) => [
        result.ruleId,
        result.level,
        result.locations[0]?.physicalLocation.artifactLocation.uri,
        result.locations[0]?.physicalLocation.region,
      ]),
    ).toEqual([
      ['deletion-window', 'error', 'infra/kms.yaml', { startLine: 12, startColumn: 30 }],
      ['public-principal', 'note', 'policies/key%20policy.json', { startLine: 3, startColumn: 5 }],
      ['lint-config-change', 'warning', 'infra/kms.yaml', { startLine: 2, startColumn: 3 }],
    ]);
    expect(results[0]?.ruleIndex).toBe(RULES.findIndex((rule) => rule.id === 'deletion-window'));
    expect(results[0]?.message.text).toContain('Fix: set `deletion_window_in_days: 30`');
  });

  it('refuses a finding whose rule it has no metadata for', () => {
    expect(() =>
      renderFindingsSarif([{ ...FINDINGS[0]!, rule: 'made-up' }], { rules: RULES, version: '1' }),
    ).toThrow(/no rule metadata for finding rule `made-up`/);
  });
});
