/**
 * Worst-case figures for inputs a hostile pull request can send (docs/security.md): the
 * wildcard pattern that made regex globs backtrack, a manifest just under 1 MiB of trivial
 * keys, the largest manifest accepted (5,000 keys), and manifests that flood yaml with
 * errors. Printed by `npm run bench`, never asserted. Run alone: node --expose-gc --import tsx bench/measure-hostile-inputs.ts
 */
import { performance } from 'node:perf_hooks';
import { runLint } from '../core/lint/run-lint.ts';
import { lintKeyPolicy } from '../core/lint/lint-key-policy.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { measurePullRequestEvent } from '../test/app/measure-pull-request-event.ts';
import { generateHostileInputs } from './generate-hostile-inputs.ts';

const options = { repository: 'acme/bench', manifestPath: 'kms.yaml' };

function maxRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function timed<T>(work: () => T): { ms: number; cpuMs: number; result: T } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, result };
}

/** validate + lint, as `kms-action validate` does. */
function validateAndLint(text: string): string {
  const read = readManifest('kms.yaml', text, options);
  if (!read.ok) {
    const first = read.problems[0];
    return `refused, ${read.problems.length} problem(s): ${first?.line ?? 0}:${first?.column ?? 0} ${first?.message ?? ''}`;
  }
  return `valid (${read.desired.keys.length} keys), ${runLint(read.desired).length} findings`;
}

export async function measureHostileInputs(print: (line: string) => void): Promise<void> {
  const hostile = generateHostileInputs('123456789012');
  const figure = (label: string, { ms, cpuMs }: { ms: number; cpuMs: number }, what: string) => {
    print(
      `  ${label}: ${ms.toFixed(0)} ms (${cpuMs.toFixed(0)} ms CPU), max RSS so far ${maxRssMiB()} MiB; ${what}`,
    );
  };
  readManifest('kms.yaml', 'version: 1\nkeys: { a: { account: "123456789012" } }\n', options); // compiles the schema

  const lintPolicy = timed(() => lintKeyPolicy(hostile.wildcardPolicy, { file: 'policy.json' }));
  figure(
    'wildcard `kms:(*?)x16Z`, lint-policy',
    lintPolicy,
    `${lintPolicy.result.length} findings`,
  );
  const wildcard = timed(() => validateAndLint(hostile.wildcardManifest));
  figure(
    `wildcard in a ${hostile.wildcardManifest.length}-byte manifest, validate`,
    wildcard,
    wildcard.result,
  );
  const large = hostile.trivialKeysManifest(hostile.maxTrivialKeys);
  const largeRead = timed(() => validateAndLint(large));
  figure(
    `${hostile.maxTrivialKeys} trivial keys (${(large.length / 1024).toFixed(0)} KiB), validate`,
    largeRead,
    largeRead.result,
  );
  const compact = hostile.compactKeysManifest(5000);
  const compactRead = timed(() => validateAndLint(compact));
  figure(
    `5000 keys (${(compact.length / 1024).toFixed(0)} KiB), validate + lint`,
    compactRead,
    compactRead.result,
  );

  for (const { label, manifest } of hostile.yamlErrorFloods) {
    const flood = timed(() => validateAndLint(manifest));
    figure(`${label} (${(manifest.length / 1024).toFixed(0)} KiB), validate`, flood, flood.result);
  }

  for (const [label, manifest] of [
    ['wildcard manifest', hostile.wildcardManifest],
    [`${hostile.maxTrivialKeys} trivial keys`, large],
    ['5000 keys', compact],
  ] as const) {
    const figures = await measurePullRequestEvent(manifest, 0);
    print(
      `  app, one pull_request event, ${label}: ${figures.coldMs} ms; max RSS so far ${figures.maxRssMiB} MiB`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  await measureHostileInputs((line) => {
    console.log(line);
  });
}
