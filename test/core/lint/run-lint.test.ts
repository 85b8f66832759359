import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSeverity } from '../../../core/lint/resolve-severity.ts';
import { runLint } from '../../../core/lint/run-lint.ts';
import { RULE_IDS } from '../../../core/lint/types.ts';
import { HEADER, cleanKey, desiredOf } from './lint-manifest.ts';

const example = (name: string): string =>
  readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');

describe('runLint on the examples', () => {
  it('examples/kms.yaml lints clean', () => {
    expect(runLint(desiredOf(example('kms.yaml'), 'examples/kms.yaml'))).toEqual([]);
  });

  it('examples/bad-kms.yaml makes every rule fire exactly once', () => {
    const findings = runLint(desiredOf(example('bad-kms.yaml'), 'examples/bad-kms.yaml'));
    expect(findings.map((finding) => finding.rule).sort()).toEqual([...RULE_IDS].sort());
  });

  it('locates each finding of bad-kms.yaml in the key the comment above it names', () => {
    const text = example('bad-kms.yaml');
    const lines = text.split('\n');
    for (const finding of runLint(desiredOf(text, 'examples/bad-kms.yaml'))) {
      // The comment introducing each key names the rule it breaks.
      const keyLine = lines.findIndex((line) => line === `  ${finding.key ?? ''}:`);
      const comment = lines
        .slice(0, keyLine)
        .reverse()
        .find((line) => line.startsWith('  #'));
      expect(comment, finding.rule).toContain(
        finding.rule === 'compliance-isolation' ? 'compliance-isolation' : finding.rule,
      );
      expect(finding.line).toBeGreaterThanOrEqual(keyLine + 1);
      expect(finding.file).toBe('examples/bad-kms.yaml');
    }
  });
});

describe('severities', () => {
  const rule = { id: 'deletion-window', defaultSeverity: 'notice' as const };
  const none = { rules: {}, environments: {} };
  it.each([
    ['the default', undefined, none, 'notice'],
    [
      'manifest-wide lint.rules',
      undefined,
      { rules: { 'deletion-window': 'warning' }, environments: {} },
      'warning',
    ],
    ['the production profile raises it', 'production', none, 'error'],
    ['the production profile for a prod alias of the name', 'prod', none, 'error'],
    [
      'lint.rules cannot lower production below the profile',
      'production',
      { rules: { 'deletion-window': 'notice' }, environments: {} },
      'error',
    ],
    [
      'off in lint.rules stays off in production',
      'production',
      { rules: { 'deletion-window': 'off' }, environments: {} },
      'off',
    ],
    [
      'an environment setting has the last word',
      'production',
      { rules: {}, environments: { production: { 'deletion-window': 'warning' } } },
      'warning',
    ],
    [
      'an environment setting applies to its environment only',
      'staging',
      { rules: {}, environments: { production: { 'deletion-window': 'off' } } },
      'notice',
    ],
  ] as const)('%s', (_name, environment, config, expected) => {
    expect(resolveSeverity(rule, environment, config)).toBe(expected);
  });

  it('applies the environment of each key, and drops rules that are off', () => {
    const desired = desiredOf(`${HEADER}lint:
  rules: { alias-naming: 'off' }
  environments: { staging: { rules: { deletion-window: 'off' } } }
keys:
  prod-data:
    environment: production
    service: s3
    aliases: [alias/Prod_Data]
    policy: { admins: [kms-admin], users: [app], via_service: [s3] }
    deletion_window_in_days: 7
${cleanKey('stage-data', 'staging')}    deletion_window_in_days: 7
    account: staging
${cleanKey('dev-data', 'development')}    deletion_window_in_days: 7
    account: staging
`);
    const findings = runLint(desired)
      .filter((finding) => ['deletion-window', 'alias-naming'].includes(finding.rule))
      .map((finding) => [finding.key, finding.rule, finding.severity]);
    expect(findings).toEqual([
      ['prod-data', 'deletion-window', 'error'],
      ['dev-data', 'deletion-window', 'notice'],
    ]);
  });
});

describe('suppressions', () => {
  it('lint_ignore drops the finding of that rule on that key only', () => {
    const desired = desiredOf(`${HEADER}keys:
${cleanKey('one')}    deletion_window_in_days: 7
    lint_ignore: [{ rule: deletion-window, reason: replaced by the new key next week }]
${cleanKey('two')}    deletion_window_in_days: 7
    lint_ignore: [{ rule: rotation-period, reason: unrelated }]
`);
    expect(runLint(desired).map((finding) => [finding.key, finding.rule])).toEqual([
      ['two', 'deletion-window'],
    ]);
  });
});

describe('where findings of generated policies point', () => {
  it('at the intent field, and the entry of the principal', () => {
    const text = `${HEADER}keys:
  data:
    environment: production
    service: s3
    aliases: [alias/prod-data]
    policy:
      admins: [kms-admin, app]
      users: [other-app, app]
      require_mfa_for: [ScheduleKeyDeletion]
      via_service: [s3]
`;
    const lines = text.split('\n');
    const findings = runLint(desiredOf(text));
    const overlap = findings.find((finding) => finding.rule === 'admin-user-overlap');
    const guard = findings.find((finding) => finding.rule === 'missing-mfa-guard');
    expect(lines[(overlap?.line ?? 0) - 1]).toContain('admins: [kms-admin, app]');
    expect(overlap?.column).toBe((lines[(overlap?.line ?? 0) - 1] ?? '').indexOf('app]') + 1);
    expect(lines[(guard?.line ?? 0) - 1]).toContain('require_mfa_for');
    expect(guard?.severity).toBe('error');
  });

  it('at defaults.policy when the key inherits the field', () => {
    const text =
      HEADER.replace('  tags:', '  policy: { admins: [kms-admin], require_mfa_for: [] }\n  tags:') +
      `keys:\n${cleanKey('data')}`;
    const guard = runLint(desiredOf(text)).find((finding) => finding.rule === 'missing-mfa-guard');
    expect(text.split('\n')[(guard?.line ?? 0) - 1]).toContain('require_mfa_for: []');
  });

  it('into a raw policy document at the offending element', () => {
    const text = `${HEADER}keys:
  data:
    environment: production
    service: s3
    aliases: [alias/prod-data]
    policy:
      document:
        Version: '2012-10-17'
        Statement:
          - { Sid: Root, Effect: Allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }
          - { Sid: Guard, Effect: Deny, Principal: '*', Action: [kms:ScheduleKeyDeletion, kms:DisableKey], Resource: '*', Condition: { BoolIfExists: { aws:MultiFactorAuthPresent: 'false' } } }
          - Sid: Ops
            Effect: Allow
            Principal: { AWS: 'arn:aws:iam::111122223333:role/ops' }
            Action: [kms:DescribeKey, 'kms:*']
            Resource: '*'
`;
    const findings = runLint(desiredOf(text)).filter(
      (finding) => finding.rule === 'wildcard-action',
    );
    expect(findings).toHaveLength(1);
    const line = text.split('\n')[(findings[0]?.line ?? 0) - 1] ?? '';
    expect(line.slice((findings[0]?.column ?? 1) - 1)).toMatch(/^'kms:\*'/);
  });
});
