import { describe, expect, it } from 'vitest';
import {
  LintBudgetExceededError,
  MAX_LINT_STEPS,
  chargeLintWork,
  createLintWorkMeter,
  meterLintWork,
} from '../../core/lint/policy/lint-work-meter.ts';
import { LINT_RULES } from '../../core/lint/rules/index.ts';
import { runLint } from '../../core/lint/run-lint.ts';
import { LINT_INCOMPLETE_RULE } from '../../core/lint/types.ts';
import { desiredOf, HEADER } from '../core/lint/lint-manifest.ts';

// Guard: a pull request can write a manifest whose key policies share no shape (a Sid and a
// condition key of its own per key), so that each is evaluated on its own: 1 MiB of those
// took 10 s of lint and blocked the app's event loop. Lint counts its evaluation work and
// stops at a fixed budget with an error that no lint setting turns off or suppresses, so the
// manifest never passes as checked.

const A = 'arn:aws:iam::111122223333';

/** A key whose raw policy shares nothing with another key's. */
function distinctKey(index: number): string {
  const name = `k${String(index).padStart(4, '0')}`;
  return `  ${name}: { service: ${name}, environment: staging, aliases: [alias/${name}], policy: { document: { Version: '2012-10-17', Statement: [{ Sid: Root${name}, Effect: Allow, Principal: { AWS: '${A}:root' }, Action: 'kms:*', Resource: '*' }, { Sid: Use${name}, Effect: Allow, Principal: { AWS: ['${A}:role/a${name}', '${A}:role/b${name}'] }, Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: '*', Condition: { StringEquals: { 'kms:EncryptionContext:${name}': x, 'kms:ViaService': s3.us-east-1.amazonaws.com } } }, { Sid: Both${name}, Effect: Allow, Principal: { AWS: '${A}:role/c${name}' }, Action: ['kms:PutKeyPolicy', 'kms:Decrypt'], Resource: '*' }, { Sid: Guard${name}, Effect: Deny, Principal: '*', Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }] } } }\n`;
}

function manifest(keys: number, lint = ''): string {
  return `${HEADER}${lint}keys:\n${Array.from({ length: keys }, (_, index) => distinctKey(index)).join('')}`;
}

describe('lint budget', () => {
  it('lints a manifest of distinct policies under the budget in full', () => {
    const findings = runLint(desiredOf(manifest(20)));
    expect(findings.some((finding) => finding.rule === LINT_INCOMPLETE_RULE)).toBe(false);
  });

  it('stops at the budget with one error at the first key not checked, which no setting turns off', () => {
    const text = manifest(1000, 'lint:\n  rules: { invalid-policy: "off" }\n');
    const desired = desiredOf(text);
    const findings = runLint(desired);

    const incomplete = findings.filter((finding) => finding.rule === LINT_INCOMPLETE_RULE);
    expect(incomplete).toHaveLength(1);
    const [stop] = incomplete;
    expect(stop?.severity).toBe('error');
    expect(stop?.message).toContain(MAX_LINT_STEPS.toLocaleString('en-US'));
    expect(stop?.message).toContain('350,000');
    const stoppedAt = desired.keys.findIndex((key) => key.name === stop?.key);
    expect(stoppedAt).toBeGreaterThan(20);
    expect(stoppedAt).toBeLessThan(1000);
    expect(stop?.message).toContain(`${String(stoppedAt)} of 1000 keys checked`);
    expect(stop?.line).toBe(desired.keys[stoppedAt]?.location.line);
    // Keys before it were checked (the policy rules found what they find on each)...
    const policyRules = new Set<string>(
      LINT_RULES.filter((rule) => rule.kind === 'policy').map((rule) => rule.id),
    );
    const policyFindingsOf = (name: string | undefined) =>
      findings.filter((finding) => finding.key === name && policyRules.has(finding.rule));
    expect(policyFindingsOf(desired.keys[0]?.name)).not.toEqual([]);
    // ...and nothing is claimed for the keys after it.
    for (const key of desired.keys.slice(stoppedAt)) {
      expect(policyFindingsOf(key.name)).toEqual([]);
    }
  }, 60_000);

  it('counts the findings rules report, also of rules turned off: keys x users findings from a few lines stop at the budget', () => {
    // 2,000 keys generated from one defaults.policy of 100 users (110 KB): each key reports
    // each user twice (missing-encryption-context, compliance-isolation), 400,000 findings
    // that took 10 s of lint, while every policy shares one evaluation (no budget spent).
    const users = Array.from({ length: 100 }, (_, index) => `'${A}:role/u${String(index)}'`);
    const lines = [
      'version: 1',
      'defaults:',
      '  region: us-east-1',
      "  account: '111122223333'",
      '  environment: staging',
      `  policy: { admins: ['${A}:role/kms-admin'], users: [${users.join(', ')}] }`,
      'lint:',
      '  rules: { missing-encryption-context: "off", compliance-isolation: "off" }',
      'keys:',
    ];
    for (let index = 0; index < 2000; index += 1) {
      lines.push(
        `  k${String(index)}: { service: s${String(index)}, compliance: ${index % 2 === 0 ? 'pci' : 'hipaa'}, policy: {} }`,
      );
    }
    const findings = runLint(desiredOf(`${lines.join('\n')}\n`));

    const incomplete = findings.filter((finding) => finding.rule === LINT_INCOMPLETE_RULE);
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]?.severity).toBe('error');
  }, 60_000);

  it('counts the reading of each key policy for its own names: hundreds of users per key stop at the budget', () => {
    // Each key's policy is read once for the names it may share a shape under, a scan of the
    // policy per named role: 220 users from defaults.policy (8 KB) make each key's 26 KB
    // policy cost 220 scans of it (7 ms a key, 5,000 keys 35 s), before any evaluation.
    const users = Array.from({ length: 220 }, (_, index) => `'${A}:role/u${String(index)}'`);
    const lines = [
      'version: 1',
      'defaults:',
      '  region: us-east-1',
      "  account: '111122223333'",
      '  environment: staging',
      `  policy: { admins: ['${A}:role/kms-admin'], users: [${users.join(', ')}], via_service: [s3] }`,
      'keys:',
    ];
    for (let index = 0; index < 120; index += 1) {
      lines.push(`  k${String(index)}: { service: s${String(index)}, policy: {} }`);
    }
    const desired = desiredOf(`${lines.join('\n')}\n`);
    const findings = runLint(desired);

    const incomplete = findings.filter((finding) => finding.rule === LINT_INCOMPLETE_RULE);
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]?.key).not.toBe(desired.keys.at(-1)?.name);
  }, 60_000);

  it('counts work only inside a metered run, and restores the outer meter', () => {
    chargeLintWork(MAX_LINT_STEPS * 2); // no meter: nothing to count
    const outer = createLintWorkMeter();
    const inner = createLintWorkMeter();
    meterLintWork(outer, () => {
      chargeLintWork(5);
      meterLintWork(inner, () => {
        chargeLintWork(7);
      });
      chargeLintWork(1);
    });
    expect(outer.spent).toBe(6);
    expect(inner.spent).toBe(7);
    expect(() => {
      const full = createLintWorkMeter();
      full.charge(MAX_LINT_STEPS);
      meterLintWork(full, () => {
        chargeLintWork(1);
      });
    }).toThrow(LintBudgetExceededError);
  });
});
