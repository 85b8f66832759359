import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareLintConfig } from '../../core/lint/compare-lint-config.ts';
import { runLint } from '../../core/lint/run-lint.ts';
import { runCliCaptured } from '../cli/run-cli-helper.ts';
import { desiredOf } from '../core/lint/lint-manifest.ts';

/**
 * Guard: on a pull request, a key's lint severities come from the base branch. Relabelling a
 * production key (`environment`, `compliance`) must not move it under a laxer configuration
 * the base defines for another environment, or under an environment the base does not know.
 */

const HEADER = `version: 1
defaults:
  region: us-east-1
  account: production
  tags: { CostCenter: platform }
accounts: { production: '111122223333' }
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
  app: arn:aws:iam::111122223333:role/app
lint:
  environments:
    sandbox:
      rules: { rotation-disabled: 'off', deletion-window: 'off', missing-mfa-guard: 'off' }
`;

function key(
  name: string,
  fields: { environment?: string; compliance?: string; weakened?: boolean },
): string {
  const lines = [`  ${name}:`, `    service: s3`, `    aliases: [alias/data-${name}]`];
  if (fields.environment !== undefined) lines.push(`    environment: ${fields.environment}`);
  if (fields.compliance !== undefined) {
    lines.push(`    compliance: ${fields.compliance}`);
    lines.push(`    tags: { Compliance: ${fields.compliance} }`);
  }
  if (fields.weakened === true) {
    lines.push(
      '    rotation: { enabled: false }',
      '    deletion_window_in_days: 7',
      '    policy: { admins: [kms-admin], users: [app], via_service: [s3], require_mfa_for: [] }',
    );
  } else {
    lines.push('    policy: { admins: [kms-admin], users: [app], via_service: [s3] }');
  }
  return `${lines.join('\n')}\n`;
}

const BASE = `${HEADER}keys:\n${key('data', { environment: 'production' })}${key('scratch', { environment: 'sandbox' })}`;

function lintAgainstBase(base: string | undefined, change: string) {
  const comparison = compareLintConfig(
    base === undefined ? undefined : desiredOf(base),
    desiredOf(change),
  );
  return [...comparison.findings, ...runLint(desiredOf(change), { config: comparison.config })];
}

const GUARDED = ['deletion-window', 'missing-mfa-guard', 'rotation-disabled'];

function severitiesOf(findings: { rule: string; severity: string; key?: string }[], name: string) {
  return Object.fromEntries(
    findings
      .filter((finding) => finding.key === name && GUARDED.includes(finding.rule))
      .map((finding) => [finding.rule, finding.severity]),
  );
}

describe('relabelling a production key does not escape the base branch severities', () => {
  it.each([
    ['to an environment the base relaxes', 'sandbox'],
    ['to an environment the base does not know', 'qa'],
    ['to a production spelling the base does not use', 'PRODUCTION'],
  ])(
    'moving `environment: production` %s while weakening the key gives errors',
    (_case, environment) => {
      const change = `${HEADER}keys:\n${key('data', { environment, weakened: true })}${key('scratch', { environment: 'sandbox' })}`;
      const findings = lintAgainstBase(BASE, change);
      expect(severitiesOf(findings, 'data')).toEqual({
        'deletion-window': 'error',
        'missing-mfa-guard': 'error',
        'rotation-disabled': 'error',
      });
      expect(findings).toContainEqual(
        expect.objectContaining({
          rule: 'lint-config-change',
          key: 'data',
          message: expect.stringContaining(
            `relabels key \`data\` from environment \`production\` to \`${environment}\``,
          ),
        }),
      );
    },
  );

  it('dropping the environment of a production key keeps the production severities', () => {
    const change = `${HEADER}keys:\n${key('data', { weakened: true })}${key('scratch', { environment: 'sandbox' })}`;
    const findings = lintAgainstBase(BASE, change);
    expect(severitiesOf(findings, 'data')).toEqual({
      'deletion-window': 'error',
      'missing-mfa-guard': 'error',
      'rotation-disabled': 'error',
    });
  });

  it('a key renamed into an environment the base does not know is linted as production', () => {
    const change = `${HEADER}keys:\n${key('data2', { environment: 'qa', weakened: true })}${key('scratch', { environment: 'sandbox' })}`;
    const findings = lintAgainstBase(BASE, change);
    expect(severitiesOf(findings, 'data2')).toEqual({
      'deletion-window': 'error',
      'missing-mfa-guard': 'error',
      'rotation-disabled': 'error',
    });
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'lint-config-change',
        key: 'data2',
        message: expect.stringContaining('environment `qa`, which the base branch does not know'),
      }),
    );
  });

  it('a production key renamed with moved_from into an environment the base relaxes keeps the production severities', () => {
    const renamed = key('renamed', { environment: 'sandbox', weakened: true }).replace(
      '    service: s3\n',
      '    service: s3\n    moved_from: data\n',
    );
    const findings = lintAgainstBase(
      BASE,
      `${HEADER}keys:\n${renamed}${key('scratch', { environment: 'sandbox' })}`,
    );
    expect(severitiesOf(findings, 'renamed')).toEqual({
      'deletion-window': 'error',
      'missing-mfa-guard': 'error',
      'rotation-disabled': 'error',
    });
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'lint-config-change',
        key: 'renamed',
        message: expect.stringContaining('from environment `production` to `sandbox`'),
      }),
    );
  });

  it('a new key that adopts an existing key is linted at the strictest the base defines', () => {
    const adopting = key('legacy', { environment: 'sandbox', weakened: true }).replace(
      '    service: s3\n',
      '    service: s3\n    adopt: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\n',
    );
    const findings = lintAgainstBase(BASE, `${BASE}${adopting}`);
    expect(severitiesOf(findings, 'legacy')).toEqual({
      'deletion-window': 'error',
      'missing-mfa-guard': 'error',
      'rotation-disabled': 'error',
    });
  });

  it('a new key in an environment the base knows gets that environment, and no finding', () => {
    const change = `${BASE}${key('scratch2', { environment: 'sandbox', weakened: true })}`;
    const findings = lintAgainstBase(BASE, change);
    expect(severitiesOf(findings, 'scratch2')).toEqual({});
    expect(findings.filter((finding) => finding.rule === 'lint-config-change')).toEqual([]);
  });

  it('an unchanged sandbox key keeps its relaxed settings', () => {
    const base = `${HEADER}keys:\n${key('scratch', { environment: 'sandbox', weakened: true })}`;
    expect(lintAgainstBase(base, base)).toEqual([]);
  });

  it('changing a key compliance domain raises lint-config-change', () => {
    const base = `${HEADER}keys:\n${key('data', { environment: 'production', compliance: 'pci' })}`;
    const dropped = `${HEADER}keys:\n${key('data', { environment: 'production' })}`;
    const moved = `${HEADER}keys:\n${key('data', { environment: 'production', compliance: 'hipaa' })}`;
    for (const [change, message] of [
      [dropped, 'relabels key `data` from compliance domain `pci` to none'],
      [moved, 'relabels key `data` from compliance domain `pci` to `hipaa`'],
    ] as const) {
      expect(lintAgainstBase(base, change)).toContainEqual(
        expect.objectContaining({
          rule: 'lint-config-change',
          severity: 'warning',
          key: 'data',
          message: expect.stringContaining(message),
        }),
      );
    }
  });

  it('the CLI `validate --base` fails on the relabelling attack', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kms-action-relabel-'));
    const baseFile = join(directory, 'base.yaml');
    const changeFile = join(directory, 'kms.yaml');
    writeFileSync(baseFile, BASE);
    writeFileSync(
      changeFile,
      `${HEADER}keys:\n${key('data', { environment: 'sandbox', weakened: true })}${key('scratch', { environment: 'sandbox' })}`,
    );
    const alone = await runCliCaptured(['validate', '-f', changeFile]);
    expect(alone.code).toBe(0);
    const run = await runCliCaptured([
      'validate',
      '-f',
      changeFile,
      '--base',
      baseFile,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as {
      findings: { rule: string; severity: string; key?: string }[];
    };
    expect(severitiesOf(output.findings, 'data')).toEqual({
      'deletion-window': 'error',
      'missing-mfa-guard': 'error',
      'rotation-disabled': 'error',
    });
  });
});
