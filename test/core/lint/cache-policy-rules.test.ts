import { describe, expect, it } from 'vitest';
import { cachePolicyRules } from '../../../core/lint/cache-policy-rules.ts';
import { exactJsonOf } from '../../../core/lint/exact-json-of.ts';
import { LINT_RULES } from '../../../core/lint/rules/index.ts';
import { runLint } from '../../../core/lint/run-lint.ts';
import { runPolicyRules } from '../../../core/lint/run-policy-rules.ts';
import type { DesiredState } from '../../../core/manifest/desired-state.ts';
import { HEADER, desiredOf } from './lint-manifest.ts';

const policyRules = LINT_RULES.filter((rule) => rule.kind === 'policy');

/** Each key linted in a run of its own: nothing can be shared between keys. */
function lintKeyByKey(desired: DesiredState) {
  return desired.keys
    .flatMap((key) => runLint({ ...desired, keys: [key] }, { rules: policyRules }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

const rawPolicyKey = (name: string, principal: string): string => `  ${name}:
    environment: production
    service: s3
    aliases: [alias/prod-${name}]
    policy:
      document:
        Version: '2012-10-17'
        Statement:
          - { Sid: Root, Effect: Allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }
          - Sid: Ops
            Effect: Allow
            Principal: ${principal}
            Action: ['kms:*']
            Resource: '*'
`;

describe('policy rules once per distinct policy', () => {
  it('gives keys sharing one intent the same findings as linting each key alone, at their own lines', () => {
    const keys = Array.from(
      { length: 6 },
      (_, index) => `  shared${index}:
    environment: production
    service: s3
    aliases: [alias/prod-shared${index}]
    policy: { admins: [kms-admin, app], users: [app], require_mfa_for: [] }
`,
    );
    const text = `${HEADER}keys:\n${keys.join('')}${rawPolicyKey('raw1', "'*'")}${rawPolicyKey('raw2', "'*'")}`;
    const desired = desiredOf(text);
    const findings = runLint(desired, { rules: policyRules });

    expect(findings).toEqual(lintKeyByKey(desired));
    // Every key has its findings, each at a line inside that key's own entry.
    const lines = text.split('\n');
    for (const key of desired.keys) {
      const own = findings.filter((finding) => finding.key === key.name);
      expect(own.length, key.name).toBeGreaterThan(0);
      const start = lines.indexOf(`  ${key.name}:`) + 1;
      for (const finding of own) {
        expect(finding.line, `${key.name} ${finding.rule}`).toBeGreaterThanOrEqual(start);
        expect(finding.line, `${key.name} ${finding.rule}`).toBeLessThanOrEqual(
          start + (key.name.startsWith('raw') ? 14 : 4),
        );
      }
    }
  });

  it('never gives a key the findings of a different policy', () => {
    const text = `${HEADER}keys:\n${rawPolicyKey('open', "'*'")}${rawPolicyKey('closed', "{ AWS: 'arn:aws:iam::111122223333:role/ops' }")}${rawPolicyKey('open2', "'*'")}`;
    const desired = desiredOf(text);
    const findings = runLint(desired, { rules: policyRules });

    expect(findings).toEqual(lintKeyByKey(desired));
    const rulesOf = (key: string) =>
      findings.filter((finding) => finding.key === key).map((finding) => finding.rule);
    expect(rulesOf('open')).toContain('public-principal');
    expect(rulesOf('open2')).toContain('public-principal');
    expect(rulesOf('closed')).not.toContain('public-principal');
  });

  it('answers an equal policy once and a differing policy or placement anew', () => {
    const lint = cachePolicyRules(policyRules);
    const policy = (value: unknown) => ({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: value }, Action: 'kms:*', Resource: '*' }],
    });
    const placement = { account: '111122223333', partition: 'aws' };
    const first = lint(policy('*'), placement);

    expect(lint(policy('*'), placement)).toBe(first);
    expect(lint(policy('*'), { ...placement, account: '444455556666' })).not.toBe(first);
    const other = lint(policy('arn:aws:iam::111122223333:root'), placement);
    expect(other).not.toBe(first);
    expect(other).toEqual(
      runPolicyRules(policy('arn:aws:iam::111122223333:root'), placement, policyRules),
    );
    expect(first.map((result) => result.rule.id)).toContain('public-principal');
    expect(other.map((result) => result.rule.id)).not.toContain('public-principal');
  });

  it('does not cache a policy JSON cannot state exactly', () => {
    expect(exactJsonOf({ a: [1, 'x', true, null] })).toBe('{"a":[1,"x",true,null]}');
    expect(exactJsonOf({ a: Number.NaN })).toBeUndefined();
    expect(exactJsonOf({ a: -0 })).toBeUndefined();
    expect(exactJsonOf({ a: undefined })).toBeUndefined();
    expect(exactJsonOf({ a: new Date(0) })).toBeUndefined();
    expect(exactJsonOf({ a: [1, undefined] })).toBeUndefined();
    expect(exactJsonOf({ a: 1, b: undefined })).toBeUndefined();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(exactJsonOf(cyclic)).toBeUndefined();
    let deep: unknown = 'x';
    for (let depth = 0; depth < 200_000; depth += 1) deep = [deep];
    expect(exactJsonOf(deep)).toBeUndefined();
    // Past the quick walk's depth and size, the full walk decides, the same way.
    let nested: unknown = Number.NaN;
    for (let depth = 0; depth < 40; depth += 1) nested = { a: nested };
    expect(exactJsonOf(nested)).toBeUndefined();
    let nestedText: unknown = 'x';
    for (let depth = 0; depth < 40; depth += 1) nestedText = { a: nestedText };
    expect(exactJsonOf(nestedText)).toBe(JSON.stringify(nestedText));
    expect(exactJsonOf([...Array.from({ length: 5000 }, () => 'x'), Number.NaN])).toBeUndefined();
    const wide = Array.from({ length: 5000 }, (_, index) => index);
    expect(exactJsonOf(wide)).toBe(JSON.stringify(wide));
    const shared = ['kms:Decrypt'];
    expect(exactJsonOf({ a: shared, b: shared })).toBe('{"a":["kms:Decrypt"],"b":["kms:Decrypt"]}');
    const lint = cachePolicyRules(policyRules);
    const nan = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Sid: Number.NaN }] };
    const nul = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Sid: null }] };
    const placement = { account: '111122223333' };
    expect(lint(nan, placement)).toEqual(runPolicyRules(nan, placement, policyRules));
    expect(lint(nul, placement)).toEqual(runPolicyRules(nul, placement, policyRules));
  });
});
