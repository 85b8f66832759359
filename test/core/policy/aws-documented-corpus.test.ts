/**
 * The AWS-documented key policy corpus (test/core/policy/aws-corpus/*.yaml): every case is a
 * policy, a request and the verdict the AWS documentation gives, with its source. Each case
 * runs in both modes: with the key ARN known (plan of an existing key) and with only the
 * key's partition, account and Region known (validate, access, lint-policy, a key the plan
 * creates). A case marked `known_bug` documents a verdict the evaluator does not give yet:
 * the test expects the current (wrong) result and lists the case, so a fix makes it fail
 * until the marker is removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  evaluateKeyPolicy,
  type Decision,
  type RequestedKey,
} from '../../../core/policy/evaluate-key-policy.ts';
import { parsePrincipal } from '../../../core/policy/parse-principal.ts';
import {
  CORPUS_DIR,
  MODES,
  loadAwsCorpus,
  parseCorpusFile,
  type Expectation,
  type Mode,
} from './aws-corpus/load-aws-corpus.ts';

const KEY_ACCOUNT = '111122223333';
const KEY_REGION = 'us-east-1';
const KEY_ARN = `arn:aws:kms:${KEY_REGION}:${KEY_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const KEYS: Record<Mode, RequestedKey> = {
  arn_known: { arn: KEY_ARN },
  location_only: { partition: 'aws', account: KEY_ACCOUNT, region: KEY_REGION },
};

const corpus = loadAwsCorpus();
const knownBugs = new Map<string, string>();

function outcome(decision: Decision): Expectation {
  return { verdict: decision.verdict, delegated_to_iam: decision.delegatedToIam };
}

describe('the AWS-documented corpus', () => {
  it('has at least 200 distinct cases, each sourced from AWS documentation', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    for (const corpusCase of corpus) {
      expect(corpusCase.source.url, corpusCase.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
    // No two cases ask the same question (same policy, request and stance).
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const c of corpus) {
      const question = JSON.stringify([c.policy, c.request, c.stance]);
      const first = seen.get(question);
      if (first === undefined) seen.set(question, c.id);
      else repeats.push(`${c.id} repeats ${first}`);
    }
    expect(repeats).toEqual([]);
  });

  it('publishes its case count per topic in docs/policy-evaluation.md', () => {
    const docs = readFileSync(join(CORPUS_DIR, '../../../../docs/policy-evaluation.md'), 'utf8');
    const counts = new Map<string, number>();
    for (const corpusCase of corpus) {
      const topic = corpusCase.file.replace(/\.yaml$/, '');
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    // Table rows as Prettier pads them: | `topic` | 12 |
    const row = (label: string): number | undefined => {
      const line = docs.split('\n').find((text) => text.split('|')[1]?.trim() === label);
      const cell = line?.split('|')[2]?.trim().replaceAll('*', '');
      return cell === undefined ? undefined : Number(cell);
    };
    for (const [topic, count] of counts) expect(row(`\`${topic}\``), topic).toBe(count);
    expect(row('**total**')).toBe(corpus.length);
  });

  // A typo in a case must fail the run, not silently test nothing.
  const GOOD_CASE = `
  - id: t-1
    description: d
    source: { title: t, url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html', section: s }
    statement: { Effect: Allow, Principal: '*', Action: kms:Decrypt, Resource: '*' }
    request: { principal: '*', action: kms:Decrypt }
    expected: { verdict: allowed }`;
  it.each([
    ['an unknown case field', GOOD_CASE.replace('expected:', 'expect:'), 'unknown field "expect"'],
    [
      'an unknown verdict',
      GOOD_CASE.replace('verdict: allowed', 'verdict: allow'),
      'verdict must be',
    ],
    [
      'a source that is not AWS documentation',
      GOOD_CASE.replace('https://docs.aws.amazon.com', 'https://example.com'),
      'source.url must be an AWS documentation page',
    ],
    [
      'a misspelt statement element',
      GOOD_CASE.replace('Resource:', 'Resources:'),
      'unknown field "Resources"',
    ],
    [
      'an unknown request field',
      GOOD_CASE.replace('action: kms:Decrypt }', 'action: kms:Decrypt, mfa: true }'),
      'unknown field "mfa"',
    ],
    ['a missing source', GOOD_CASE.replace(/ {4}source:.*\n/, ''), 'source must be a mapping'],
  ])('refuses a case with %s', (_label, cases, message) => {
    expect(() => parseCorpusFile('t.yaml', `topic: t\ncases:${cases}`)).toThrow(message);
  });

  it('accepts the well-formed case those are made from', () => {
    expect(parseCorpusFile('t.yaml', `topic: t\ncases:${GOOD_CASE}`)).toHaveLength(1);
  });

  it('states a cross-account caller only where the caller is in another account', () => {
    for (const corpusCase of corpus.filter((c) => c.callerAccountIam !== undefined)) {
      const parsed = parsePrincipal(corpusCase.request.principal);
      const account =
        corpusCase.request.callerAccount ?? ('account' in parsed ? parsed.account : undefined);
      expect(account !== undefined && account !== KEY_ACCOUNT, corpusCase.id).toBe(
        corpusCase.callerAccountIam,
      );
    }
  });

  for (const corpusCase of corpus) {
    for (const mode of MODES) {
      it(`${corpusCase.id}: ${corpusCase.description} [${mode}]`, () => {
        const decision = evaluateKeyPolicy(
          corpusCase.policy,
          { ...corpusCase.request, key: KEYS[mode] },
          corpusCase.stance,
        );
        const expected = corpusCase.expected[mode];
        if (corpusCase.knownBug !== undefined) {
          // The documented verdict is not what the evaluator gives yet.
          expect(outcome(decision)).not.toEqual(expected);
          knownBugs.set(corpusCase.id, corpusCase.knownBug);
          return;
        }
        expect(outcome(decision)).toEqual(expected);
      });
    }
  }

  afterAll(() => {
    if (knownBugs.size > 0) {
      const lines = [...knownBugs].map(([id, bug]) => `${id}: ${bug}`);
      console.warn(`Known evaluator bugs in the AWS corpus:\n  ${lines.join('\n  ')}`);
    }
  });
});
