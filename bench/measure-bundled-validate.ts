/**
 * Issue 11's time goal as a user meets it: `kms-action validate` of each worst valid manifest
 * under 1 MiB (bench/generate-worst-valid-manifests.ts), run through the bundled CLI
 * (`dist/cli/index.js`, build it first) in a fresh Node process each time, start-up included.
 * Each manifest is run `runs` times, the runs of a round one manifest after the other, so a
 * machine shared with other work slows every manifest alike. Wall time is measured around the
 * child; CPU and peak RSS are the child's own (`process.resourceUsage()` at its exit, written
 * by a preloaded module to a file). Printed, never asserted. Run alone:
 *   node --import tsx bench/measure-bundled-validate.ts [runs] [node flags...]
 * Node flags (e.g. `--max-semi-space-size=4`) are passed to every child, for comparing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateWorstValidManifests } from './generate-worst-valid-manifests.ts';

interface RunFigures {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
  exitCode: number | null;
}

/** Written into the child before the CLI loads: its own resource usage, at exit. */
const REPORT_USAGE = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.KMS_ACTION_BENCH_USAGE, JSON.stringify(usage));
});
`;

function runOnce(cli: string, manifest: string, directory: string, flags: string[]): RunFigures {
  const usageFile = join(directory, 'usage.json');
  const preload = join(directory, 'report-usage.mjs');
  rmSync(usageFile, { force: true });
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [...flags, '--import', preload, cli, 'validate', '-f', manifest, '--format', 'json'],
    {
      env: { ...process.env, KMS_ACTION_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
  const wallMs = performance.now() - start;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  return {
    wallMs,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakMiB: usage.maxRSS / 1024,
    exitCode: child.status,
  };
}

function spread(values: number[], digits: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const format = (value: number): string => value.toFixed(digits);
  return `${format(median)} (${format(sorted[0] ?? 0)}-${format(sorted.at(-1) ?? 0)})`;
}

export function measureBundledValidate(
  print: (line: string) => void,
  runs = 5,
  flags: string[] = [],
): void {
  const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
  const directory = mkdtempSync(join(tmpdir(), 'kms-action-bench-'));
  try {
    writeFileSync(join(directory, 'report-usage.mjs'), REPORT_USAGE);
    const manifests = generateWorstValidManifests().map(({ label, text }, index) => {
      const file = join(directory, `worst-${String(index)}.yaml`);
      writeFileSync(file, text());
      return { label, file, figures: [] as RunFigures[] };
    });
    for (let round = 0; round < runs; round += 1) {
      for (const manifest of manifests) {
        manifest.figures.push(runOnce(cli, manifest.file, directory, flags));
      }
    }
    print(
      `  (${String(runs)} runs each, median (min-max); ${flags.length === 0 ? 'no Node flags' : `Node flags ${flags.join(' ')}`}; exit 1 = error findings, as expected)`,
    );
    for (const { label, figures } of manifests) {
      const exits = [...new Set(figures.map((run) => String(run.exitCode)))].join('/');
      print(
        `  ${label}: ${spread(
          figures.map((run) => run.wallMs / 1000),
          2,
        )} s wall, ${spread(
          figures.map((run) => run.cpuMs / 1000),
          2,
        )} s CPU, peak RSS ${spread(
          figures.map((run) => run.peakMiB),
          0,
        )} MiB; exit ${exits}`,
      );
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const [runs, ...flags] = process.argv.slice(2);
  measureBundledValidate(
    (line) => {
      console.log(line);
    },
    Number(runs ?? 5),
    flags,
  );
}
