/**
 * Imports every key policy of the corpus (test/core/import/corpus/*.json: real key policies
 * quoted from AWS documentation, each with its source URL) as `kms-action import` does, reads
 * the written manifest back and compiles it, and reports for each policy:
 * - `sound`: the project's own lint finds it neither public, nor locked out, nor invalid
 *   (no error of `public-principal`, `no-root-backstop`, `policy-lockout-bypass`, `invalid-policy`);
 * - `form`: `intent` (every statement generated), `intent-extra` (intent plus
 *   `extra_statements`), or `document` (raw);
 * - `roundTrip`: the policy the written manifest compiles to means the same as the live one
 *   (`policiesEquivalent`), which must hold for every intent form.
 * Used by test/core/import/import-corpus.test.ts and `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildImportManifest } from '../../../core/import/build-import-manifest.ts';
import { lintKeyPolicy } from '../../../core/lint/lint-key-policy.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { LiveKey } from '../../../core/plan/live-state.ts';
import { policiesEquivalent } from '../../../core/policy/policies-equivalent.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

export const CORPUS_DIR = join(import.meta.dirname, 'corpus');
const ACCOUNT = '111122223333';
const UNSOUND_RULES = new Set([
  'public-principal',
  'no-root-backstop',
  'policy-lockout-bypass',
  'invalid-policy',
]);
const OPTIONS = { repository: 'acme/keys', manifestPath: 'kms.yaml', accountName: 'production' };

export interface CorpusPolicy {
  name: string;
  source: string;
  title: string;
  key: { region: string; keySpec?: string; keyUsage?: string };
  policy: KeyPolicyDocument;
}

export interface CorpusResult {
  name: string;
  sound: boolean;
  /** The unsound rules that fired. */
  unsound: string[];
  form: 'intent' | 'intent-extra' | 'document' | 'unmanaged';
  roundTrip: boolean;
  /** Why the policy stayed raw, from the manifest's comment. */
  reason?: string;
}

export function loadImportCorpus(): CorpusPolicy[] {
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.json$/, ''),
      ...(JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as Omit<CorpusPolicy, 'name'>),
    }));
}

export function importCorpusPolicy(entry: CorpusPolicy): CorpusResult {
  const text = JSON.stringify(entry.policy);
  const unsound = [
    ...new Set(
      lintKeyPolicy(text, {
        file: `${entry.name}.json`,
        account: ACCOUNT,
        region: entry.key.region,
      })
        .filter((finding) => finding.severity === 'error' && UNSOUND_RULES.has(finding.rule))
        .map((finding) => finding.rule),
    ),
  ].sort();
  const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
  const live: LiveKey = {
    arn: `arn:aws:kms:${entry.key.region}:${ACCOUNT}:key/${keyId}`,
    id: keyId,
    account: ACCOUNT,
    region: entry.key.region,
    description: entry.title.slice(0, 200),
    keySpec: entry.key.keySpec ?? 'SYMMETRIC_DEFAULT',
    keyUsage: entry.key.keyUsage ?? 'ENCRYPT_DECRYPT',
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    state: 'Enabled',
    multiRegion: false,
    rotation: { enabled: false },
    policy: entry.policy,
    policyText: text,
    tags: {},
    aliases: [],
    grants: [],
    ownership: undefined,
  };
  const imported = buildImportManifest(
    {
      account: ACCOUNT,
      region: entry.key.region,
      partition: 'aws',
      keys: [live],
      awsManaged: [],
      aliases: [],
    },
    OPTIONS,
  );
  const written = Object.values(imported.manifest.keys)[0]?.policy;
  const form =
    written === undefined
      ? 'unmanaged'
      : 'document' in written
        ? 'document'
        : written.extra_statements === undefined
          ? 'intent'
          : 'intent-extra';
  const read = readManifest('kms.yaml', imported.yaml, OPTIONS);
  const compiled = read.ok ? read.desired.keys[0]?.policy?.document : undefined;
  const roundTrip = compiled !== undefined && policiesEquivalent(entry.policy, compiled);
  const reason = /policy kept as a raw document: (.*)/.exec(imported.yaml)?.[1];
  return {
    name: entry.name,
    sound: unsound.length === 0,
    unsound,
    form,
    roundTrip,
    ...(reason === undefined ? {} : { reason }),
  };
}

export interface CorpusShares {
  total: number;
  sound: number;
  /** Sound policies written in the intent form, every statement generated. */
  intent: number;
  /** Sound policies written as intent plus `extra_statements`. */
  intentExtra: number;
  results: CorpusResult[];
}

export function measureImportCorpus(): CorpusShares {
  const results = loadImportCorpus().map(importCorpusPolicy);
  const sound = results.filter((result) => result.sound);
  return {
    total: results.length,
    sound: sound.length,
    intent: sound.filter((result) => result.form === 'intent' && result.roundTrip).length,
    intentExtra: sound.filter((result) => result.form === 'intent-extra' && result.roundTrip)
      .length,
    results,
  };
}

/** The published figures, one line each. */
export function formatImportCorpusShares(shares: CorpusShares): string[] {
  const percent = (count: number): string =>
    `${String(count)}/${String(shares.sound)} (${((100 * count) / shares.sound).toFixed(0)} %)`;
  const raw = shares.results.filter((result) => result.sound && result.form === 'document');
  return [
    `${String(shares.total)} policies, ${String(shares.sound)} sound (not public, locked out or invalid)`,
    `intent form, every statement generated: ${percent(shares.intent)}`,
    `intent form with extra_statements:      ${percent(shares.intentExtra)}`,
    `intent form in all:                     ${percent(shares.intent + shares.intentExtra)}`,
    `raw document:                           ${percent(raw.length)} (${raw.map((result) => result.name).join(', ')})`,
  ];
}
