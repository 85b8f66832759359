import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintConfigChange } from '../../../core/lint/compare-lint-config.ts';
import { lintIncomplete } from '../../../core/lint/lint-incomplete.ts';
import { LINT_RULES } from '../../../core/lint/rules/index.ts';
import { RULE_IDS } from '../../../core/lint/types.ts';

/** The rule ids exactly as SPEC section 5 lists them (the contract of this catalog). */
const SPEC_SECTION_5 = [
  'public-principal',
  'no-root-backstop',
  'admin-user-overlap',
  'wildcard-action',
  'missing-mfa-guard',
  'cross-account-access',
  'missing-encryption-context',
  'unscoped-service-principal',
  'invalid-policy',
  'aws-managed-key',
  'shared-key',
  'rotation-disabled',
  'rotation-period',
  'deletion-window',
  'required-tags',
  'alias-naming',
  'alias-environment-mismatch',
  'compliance-isolation',
  'policy-lockout-bypass',
];
const POLICY_RULES = SPEC_SECTION_5.slice(0, 9);

const schema = JSON.parse(
  readFileSync(new URL('../../../schemas/kms.schema.json', import.meta.url), 'utf8'),
) as {
  properties: {
    lint: { properties: { rules: { propertyNames: { enum: string[] } } } };
    keys: {
      additionalProperties: {
        properties: { lint_ignore: { items: { properties: { rule: { enum: string[] } } } } };
      };
    };
  };
};
const docs = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
const ids = LINT_RULES.map((rule) => rule.id);

/** `## <id>` sections of docs/rules.md, with their text. */
function docSections(): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = docs.split(/^## /m).slice(1);
  for (const part of parts) {
    const [heading = '', ...body] = part.split('\n');
    if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(heading)) sections.set(heading, body.join('\n'));
  }
  return sections;
}

describe('the rule catalog', () => {
  it('has unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds exactly the rules of SPEC section 5, in its order', () => {
    expect(ids).toEqual(SPEC_SECTION_5);
    expect([...RULE_IDS]).toEqual(SPEC_SECTION_5);
  });

  it('matches the rule ids the schema accepts in lint.rules and lint_ignore', () => {
    expect([...schema.properties.lint.properties.rules.propertyNames.enum].sort()).toEqual(
      [...ids].sort(),
    );
    expect(
      [
        ...schema.properties.keys.additionalProperties.properties.lint_ignore.items.properties.rule
          .enum,
      ].sort(),
    ).toEqual([...ids].sort());
  });

  it('has one file per rule, named after its id, and no other rule files', () => {
    const files = readdirSync(new URL('../../../core/lint/rules/', import.meta.url))
      .filter((name) => name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ids].sort());
  });

  it('says for every rule whether it is a policy or a manifest rule, as SPEC section 5 does', () => {
    for (const rule of LINT_RULES) {
      expect(rule.kind, rule.id).toBe(POLICY_RULES.includes(rule.id) ? 'policy' : 'manifest');
    }
  });

  it.each(LINT_RULES.map((rule) => [rule.id, rule] as const))(
    '%s documents itself: summary, rationale, help, practice link',
    (_id, rule) => {
      expect(rule.summary.length).toBeGreaterThan(20);
      expect(rule.rationale.length).toBeGreaterThan(80);
      expect(rule.help.length).toBeGreaterThan(10);
      expect(rule.practice.url).toMatch(/^https:\/\//);
    },
  );
});

describe('docs/rules.md stays in sync with the rules', () => {
  const sections = docSections();
  const documented = [...ids, lintConfigChange.id, lintIncomplete.id];

  it('has a section for every rule, and every section is a rule', () => {
    expect([...sections.keys()].sort()).toEqual([...documented].sort());
  });

  it.each(documented)(
    '%s: severity, why with the practice link, bad and good examples, fix',
    (id) => {
      const rule = [...LINT_RULES, lintConfigChange, lintIncomplete].find(
        (candidate) => candidate.id === id,
      );
      const section = sections.get(id) ?? '';
      expect(section).toContain(`Default severity: \`${rule?.defaultSeverity ?? ''}\``);
      expect(section).toContain(rule?.practice.url ?? 'no practice');
      expect(section).toContain('**Bad:**');
      expect(section).toContain('**Good:**');
      expect(section).toContain('**How to fix:**');
    },
  );
});
