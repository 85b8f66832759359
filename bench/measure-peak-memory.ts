/**
 * Peak memory (issue 16.5): validate, lint and plan at 1,000 and 5,000 keys, the refusal of
 * a 1 MiB manifest, and the app's 500-key pull_request event, each in a child process so each
 * peak is its own. Printed by `npm run bench`, never asserted. Run alone:
 * node --import tsx bench/measure-peak-memory.ts
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateWorstValidManifests } from './generate-worst-valid-manifests.ts';
import type { MemoryCaseFigures } from './run-memory-case.ts';

/** The Lambda memory size docs/app.md documents for the app. */
const LAMBDA_MEMORY_MB = 512;

const CASES: { kind: string; keys: number; label: string }[] = [
  { kind: 'validate', keys: 1000, label: 'validate, 1000 keys' },
  { kind: 'validate', keys: 5000, label: 'validate, 5000 keys' },
  { kind: 'lint', keys: 1000, label: 'validate + lint, 1000 keys' },
  { kind: 'lint', keys: 5000, label: 'validate + lint, 5000 keys' },
  { kind: 'plan', keys: 1000, label: 'validate + plan (no AWS: empty account), 1000 keys' },
  { kind: 'plan', keys: 5000, label: 'validate + plan (no AWS: empty account), 5000 keys' },
  { kind: 'refuse', keys: 0, label: 'refusal of a 1 MiB manifest of trivial keys' },
  {
    kind: 'cli-validate',
    keys: 5000,
    label: 'the whole `validate` command (lint, output), 5000 keys',
  },
];

/** The Node flags the app is run with (examples/app/lambda.yaml, `npm start`). */
const APP_NODE_OPTIONS = '--max-semi-space-size=4';

function runCase(kind: string, keys: number): MemoryCaseFigures {
  const script = fileURLToPath(new URL('./run-memory-case.ts', import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, kind, String(keys)], {
    encoding: 'utf8',
    env: {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...(kind === 'app-event' ? { NODE_OPTIONS: APP_NODE_OPTIONS } : {}),
    },
  });
  const last = output.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as MemoryCaseFigures;
}

export function measurePeakMemory(print: (line: string) => void): void {
  print(
    '  (one process per case; manifests of compact keys with a user each; RSS includes Node and the TypeScript loader, see "before")',
  );
  for (const { kind, keys, label } of CASES) {
    const figures = runCase(kind, keys);
    print(
      `  ${label}: ${figures.cpuSeconds.toFixed(2)} s CPU, peak RSS ${figures.peakMiB.toFixed(0)} MiB (before ${figures.baselineMiB.toFixed(0)} MiB); ${figures.outcome}`,
    );
  }
  // Valid manifests under 1 MiB built to cost the most (bench/generate-worst-valid-manifests.ts).
  for (const [index, { label }] of generateWorstValidManifests().entries()) {
    const figures = runCase('worst', index);
    print(
      `  the whole \`validate\` command, worst valid manifest under 1 MiB (${label}): ${figures.cpuSeconds.toFixed(2)} s CPU, peak RSS ${figures.peakMiB.toFixed(0)} MiB (before ${figures.baselineMiB.toFixed(0)} MiB); ${figures.outcome}`,
    );
  }
  const app = runCase('app-event', 500);
  print(
    `  app, one pull_request event, 500-key manifest (first event of the process, ${APP_NODE_OPTIONS}): ${app.cpuSeconds.toFixed(2)} s CPU, peak RSS ${app.peakMiB.toFixed(0)} MiB of the ${LAMBDA_MEMORY_MB} MB Lambda size docs/app.md documents (${((app.peakMiB * 1.048576 * 100) / LAMBDA_MEMORY_MB).toFixed(0)}%)`,
  );
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  measurePeakMemory((line) => {
    console.log(line);
  });
}
