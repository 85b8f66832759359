// Guard: IAM globs (`*`, `?`) in untrusted policies are matched in at most
// (pattern + 1) x (text + 1) steps, never by a backtracking regular expression built from input.
// The attack: `kms:` then 16 times `*?` then `Z` took a minute in lint-policy and validate.
import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../core/lint/lint-key-policy.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import { evaluateKeyPolicy } from '../../core/policy/evaluate-key-policy.ts';
import { KMS_ACTIONS } from '../../core/policy/kms-actions.ts';
import { matchWildcard, type WildcardWork } from '../../core/policy/match-wildcard.ts';
import { generateHostileInputs } from '../../bench/generate-hostile-inputs.ts';

const ACCOUNT = '111122223333';
const ATTACK = `kms:${'*?'.repeat(16)}Z`;
const hostile = generateHostileInputs(ACCOUNT);

function boundOf(pattern: string, text: string): number {
  return (Array.from(pattern).length + 1) * (Array.from(text).length + 1);
}

describe('wildcard matching of hostile patterns', () => {
  it('answers the attack pattern against a long text within (pattern + 1) x (text + 1) steps', () => {
    const text = `kms:${'a'.repeat(32)}`;
    const work: WildcardWork = { steps: 0 };
    expect(matchWildcard(ATTACK, text, true, work)).toBe(false);
    expect(work.steps).toBeGreaterThan(0);
    expect(work.steps).toBeLessThanOrEqual(boundOf(ATTACK, text));
  });

  it('answers the attack pattern against every KMS action within the bound', () => {
    for (const action of KMS_ACTIONS) {
      const work: WildcardWork = { steps: 0 };
      expect(matchWildcard(ATTACK, action, true, work)).toBe(false);
      expect(work.steps).toBeGreaterThan(0);
      expect(work.steps).toBeLessThanOrEqual(boundOf(ATTACK, action));
    }
  });

  it('stays within the bound for the worst case of a greedy matcher (many stars, near misses)', () => {
    const pattern = `${'*a'.repeat(3)}b`;
    const text = 'a'.repeat(300);
    const work: WildcardWork = { steps: 0 };
    expect(matchWildcard(pattern, text, false, work)).toBe(false);
    expect(work.steps).toBeGreaterThan(0);
    expect(work.steps).toBeLessThanOrEqual(boundOf(pattern, text));
  });

  it('evaluates a key policy whose Action and StringLike value are the attack pattern', () => {
    const decision = (action: string) =>
      evaluateKeyPolicy(
        {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
              Action: ATTACK,
              Resource: '*',
            },
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
              Action: 'kms:Decrypt',
              Resource: '*',
              Condition: { StringLike: { 'kms:EncryptionContext:project': ATTACK } },
            },
          ],
        },
        {
          principal: `arn:aws:iam::${ACCOUNT}:role/app`,
          action,
          encryptionContext: { project: `kms:${'x'.repeat(28)}` },
        },
      ).verdict;
    for (const action of ['kms:Decrypt', 'kms:GenerateDataKeyWithoutPlaintext']) {
      expect(decision(action)).toBe('implicit_deny');
    }
  });

  it('lints a raw policy with the attack pattern: one invalid-policy finding at its line', () => {
    const findings = lintKeyPolicy(hostile.wildcardPolicy, { file: 'policy.json' });
    const invalid = findings.filter((finding) => finding.rule === 'invalid-policy');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.message).toContain('matches no KMS action');
    expect(invalid[0]?.line).toBe(
      hostile.wildcardPolicy.split('\n').findIndex((line) => line.includes(ATTACK)) + 1,
    );
  });

  it('refuses a manifest whose raw key policy uses the attack pattern, at the Action line', () => {
    const result = readManifest('kms.yaml', hostile.wildcardManifest, {
      repository: 'acme/infra',
      manifestPath: 'kms.yaml',
    });
    expect(result.ok).toBe(false);
    const line =
      hostile.wildcardManifest.split('\n').findIndex((text) => text.includes(ATTACK)) + 1;
    expect(
      result.ok ? [] : result.problems.map((problem) => [problem.line, problem.message]),
    ).toEqual([[line, `\`${ATTACK}\` matches no KMS action`]]);
  });
});

describe('IAM glob semantics (IAM User Guide, "IAM JSON policy elements: Condition operators", StringLike)', () => {
  it.each([
    // pattern, text, ignoreCase, matches
    ['kms:*', 'kms:Decrypt', true, true],
    ['kms:*', 'kms:', true, true], // `*` matches an empty run
    ['kms:Decrypt*', 'kms:Decrypt', true, true],
    ['*', '', false, true],
    ['**', 'abc', false, true],
    ['a*b*c', 'abc', false, true],
    ['a*b*c', 'aXbYc', false, true],
    ['a*b*c', 'acb', false, false],
    ['kms:?ecrypt', 'kms:Decrypt', true, true], // `?` exactly one character
    ['kms:?ecrypt', 'kms:ecrypt', true, false], // ... never none
    ['kms:?ecrypt', 'kms:XDecrypt', true, false], // ... never two
    ['???', 'abc', false, true],
    ['???', 'ab', false, false],
    ['KMS:DECRYPT', 'kms:Decrypt', true, true], // actions fold case
    ['KMS:DE*', 'kms:Decrypt', true, true],
    ['Project-*', 'project-x', false, false], // StringLike and ARNs do not
    ['project-*', 'project-x', false, true],
    ['a.c', 'abc', false, false], // regex characters are plain text
    ['a+', 'aa', false, false],
    ['(x|y)', '(x|y)', false, true],
    ['^$', '^$', false, true],
    ['caf?', 'café', false, true], // one character is one code point
    ['?', '😀', false, true],
    ['??', '😀', false, false],
    ['*😀', 'key-😀', false, true],
    ['ÉTÉ*', 'été-2026', true, true],
    ['line*', 'line\nbreak', false, true], // `*` crosses line breaks
  ] as const)('%j against %j (ignore case: %s) is %s', (pattern, text, ignoreCase, expected) => {
    expect(matchWildcard(pattern, text, ignoreCase)).toBe(expected);
  });

  it('matches literal parts as written: their `*` and `?` are plain characters', () => {
    expect(matchWildcard([{ glob: 'team-' }, { literal: '*' }], 'team-*')).toBe(true);
    expect(matchWildcard([{ glob: 'team-' }, { literal: '*' }], 'team-red')).toBe(false);
    expect(matchWildcard([{ literal: '?' }, { glob: '*' }], '?x')).toBe(true);
    expect(matchWildcard([{ literal: '?' }, { glob: '*' }], 'ax')).toBe(false);
  });
});
