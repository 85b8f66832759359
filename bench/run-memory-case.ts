/**
 * One case of `measurePeakMemory`, alone in its process so that its peak RSS is its own:
 *   node --import tsx bench/run-memory-case.ts <validate|lint|plan|refuse|app-event> <keys>
 *   node --import tsx bench/run-memory-case.ts cli-validate <keys>
 *   node --import tsx bench/run-memory-case.ts worst <index of generateWorstValidManifests>
 *   node --import tsx bench/run-memory-case.ts worst-read <index of generateWorstValidManifests>
 * `cli-validate` and `worst` run the whole `kms-action validate` command (read, lint, render)
 * on the manifest written to a temporary file, its output discarded; `worst-read` only reads
 * that manifest (load, schema, compile), for telling reading from linting.
 * Prints one JSON line: CPU seconds of the work, RSS before it and the process's peak.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitYoungGeneration } from '../adapters/process/limit-young-generation.ts';
import { runCli } from '../cli/run-cli.ts';
import { runLint } from '../core/lint/run-lint.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { buildPlan } from '../core/plan/build-plan.ts';
import { generateHostileInputs } from './generate-hostile-inputs.ts';
import { generateWorstValidManifests } from './generate-worst-valid-manifests.ts';

export interface MemoryCaseFigures {
  /** User + system CPU of the work (module loading excluded). */
  cpuSeconds: number;
  /** Resident set size once modules are loaded, before the work. */
  baselineMiB: number;
  /** Largest resident set size of the process. */
  peakMiB: number;
  outcome: string;
}

const ACCOUNT = '123456789012';
const options = { repository: 'acme/bench', manifestPath: 'kms.yaml' };

export async function runMemoryCase(kind: string, count: number): Promise<MemoryCaseFigures> {
  const hostile = generateHostileInputs(ACCOUNT);
  const text =
    kind === 'refuse'
      ? hostile.trivialKeysManifest(hostile.maxTrivialKeys)
      : kind === 'worst' || kind === 'worst-read'
        ? (generateWorstValidManifests(ACCOUNT)[count]?.text() ?? '')
        : hostile.compactKeysManifest(count);
  // The command's module, loaded before the figures (runCli loads it when the command runs),
  // and the young-generation limit the CLI's entry sets (cli/index.ts).
  if (kind === 'cli-validate' || kind === 'worst') {
    await import('../cli/validate-command.ts');
    limitYoungGeneration();
  }
  const baselineMiB = process.memoryUsage().rss / 1024 / 1024;
  const start = process.cpuUsage();
  let outcome: string;
  if (kind === 'app-event') {
    // Loaded only here: the other cases must not carry Probot and nock in their figures.
    const { measurePullRequestEvent } = await import('../test/app/measure-pull-request-event.ts');
    const figures = await measurePullRequestEvent(count, 0);
    outcome = `${figures.apiCalls} GitHub API calls`;
  } else if (kind === 'cli-validate' || kind === 'worst') {
    outcome = await runValidateCommand(text);
  } else {
    const read = readManifest('kms.yaml', text, options);
    if (!read.ok) {
      outcome = `refused: ${read.problems[0]?.message ?? ''}`;
    } else if (kind === 'lint') {
      outcome = `${runLint(read.desired).length} findings`;
    } else if (kind === 'plan') {
      const empty = { owner: read.desired.owner, owned: [], adopted: [], foreign: [], regions: [] };
      outcome = `${buildPlan(read.desired, empty).changes.length} changes`;
    } else {
      outcome = `valid, ${read.desired.keys.length} keys`;
    }
  }
  const used = process.cpuUsage(start);
  return {
    cpuSeconds: (used.user + used.system) / 1e6,
    baselineMiB,
    peakMiB: process.resourceUsage().maxRSS / 1024,
    outcome,
  };
}

/** `kms-action validate -f <file>` in this process: its exit code and the first line it prints. */
async function runValidateCommand(text: string): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), 'kms-bench-'));
  try {
    writeFileSync(join(directory, 'kms.yaml'), text);
    let first: string | undefined;
    const keep = (output: string): void => {
      first ??= output.split('\n', 1)[0];
    };
    const code = await runCli(['validate', '-f', 'kms.yaml'], {
      stdout: keep,
      stderr: keep,
      cwd: directory,
      env: { GITHUB_REPOSITORY: 'acme/bench' },
      isTty: false,
    });
    return `exit ${code}: ${first ?? ''}`;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const figures = await runMemoryCase(
    process.argv[2] ?? 'validate',
    Number(process.argv[3] ?? 1000),
  );
  console.log(JSON.stringify(figures));
}
