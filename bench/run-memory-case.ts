/**
 * One case of `measurePeakMemory`, alone in its process so that its peak RSS is its own:
 *   node --import tsx bench/run-memory-case.ts <validate|lint|plan|refuse|app-event> <keys>
 *   node --import tsx bench/run-memory-case.ts worst <index of generateWorstValidManifests>
 * Prints one JSON line: CPU seconds of the work, RSS before it and the process's peak.
 */
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
      : kind === 'worst'
        ? (generateWorstValidManifests(ACCOUNT)[count]?.text ?? '')
        : hostile.compactKeysManifest(count);
  const baselineMiB = process.memoryUsage().rss / 1024 / 1024;
  const start = process.cpuUsage();
  let outcome: string;
  if (kind === 'app-event') {
    // Loaded only here: the other cases must not carry Probot and nock in their figures.
    const { measurePullRequestEvent } = await import('../test/app/measure-pull-request-event.ts');
    const figures = await measurePullRequestEvent(count, 0);
    outcome = `${figures.apiCalls} GitHub API calls`;
  } else {
    const read = readManifest('kms.yaml', text, options);
    if (!read.ok) {
      outcome = `refused: ${read.problems[0]?.message ?? ''}`;
    } else if (kind === 'lint' || kind === 'worst') {
      // What `validate` does: read, then lint.
      outcome = `${read.desired.keys.length} keys, ${runLint(read.desired).length} findings`;
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

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const figures = await runMemoryCase(
    process.argv[2] ?? 'validate',
    Number(process.argv[3] ?? 1000),
  );
  console.log(JSON.stringify(figures));
}
