/**
 * Time and memory of the app handling one `pull_request` event for a manifest of `count` keys
 * (bench/generate-manifest.ts) or for the manifest text given, GitHub answered in-process by nock: the manifest is new in the
 * pull request, so every finding is on an added line (the most work: check run with all
 * annotations in batches, a full review). Run alone for figures:
 *   node --expose-gc --import tsx test/app/measure-pull-request-event.ts 500
 * `npm run bench` can import `measurePullRequestEvent` and print its result.
 */
import { performance } from 'node:perf_hooks';
import nock from 'nock';
import type { Probot } from 'probot';
import { kmsActionApp } from '../../app/index.ts';
import { generateManifest } from '../../bench/generate-manifest.ts';
import { BASE_SHA, HEAD_SHA, createTestProbot, loadFixture, mockGitHub } from './github-mock.ts';

export interface PullRequestEventFigures {
  /** Keys of the generated manifest (none for a manifest given as text). */
  keys?: number;
  manifestBytes: number;
  /** First event of the process: includes schema compilation and module warm-up. */
  coldMs: number;
  /** Median of the following events. */
  warmMs: number;
  /** CPU (user + system) of one warm event. */
  warmCpuMs: number;
  /** GitHub API calls of one event. */
  apiCalls: number;
  /** Heap in use after an event, after garbage collection (needs --expose-gc). */
  heapAfterMiB: number;
  /** Largest resident set size of the process so far. */
  maxRssMiB: number;
}

export async function measurePullRequestEvent(
  countOrManifest: number | string,
  runs = 5,
): Promise<PullRequestEventFigures> {
  nock.disableNetConnect();
  const manifest =
    typeof countOrManifest === 'string'
      ? countOrManifest
      : generateManifest(countOrManifest, '123456789012');
  const lines = manifest.trimEnd().split('\n');
  const patch = `@@ -0,0 +1,${lines.length} @@\n${lines.map((line) => `+${line}`).join('\n')}`;
  const payload = loadFixture('pull_request.opened');
  const times: number[] = [];
  const cpu: number[] = [];
  let apiCalls = 0;
  try {
    for (let run = 0; run <= runs; run += 1) {
      const probot: Probot = createTestProbot();
      await probot.load(kmsActionApp({ planner: undefined }));
      const github = mockGitHub()
        .auth()
        .file('.github/kms-action.yml', BASE_SHA, undefined)
        .file('.github/kms-action.yml', HEAD_SHA, undefined)
        .file('kms.yaml', HEAD_SHA, manifest)
        .file('kms.yaml', BASE_SHA, undefined)
        .createCheckRun(1)
        .files([{ filename: 'kms.yaml', patch }])
        .reviewComments([])
        .createReview();
      for (let batch = 0; batch < 20; batch += 1) github.updateCheckRun(1);
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await probot.receive({ id: `run-${run}`, name: 'pull_request', payload } as Parameters<
        Probot['receive']
      >[0]);
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      apiCalls = 8 + github.calls.length; // token, GET /app, 4 contents, files, comments + recorded
      nock.cleanAll();
    }
  } finally {
    nock.cleanAll();
    nock.enableNetConnect();
  }
  (globalThis as { gc?: () => void }).gc?.();
  const warm = times.slice(1).sort((a, b) => a - b);
  const warmCpu = cpu.slice(1).sort((a, b) => a - b);
  return {
    ...(typeof countOrManifest === 'string' ? {} : { keys: countOrManifest }),
    manifestBytes: Buffer.byteLength(manifest),
    coldMs: Math.round(times[0] ?? 0),
    warmMs: Math.round(warm[Math.floor(warm.length / 2)] ?? 0),
    warmCpuMs: Math.round(warmCpu[Math.floor(warmCpu.length / 2)] ?? 0),
    apiCalls,
    heapAfterMiB: Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10,
    maxRssMiB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
  };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const count = Number(process.argv[2] ?? 500);
  console.log(JSON.stringify(await measurePullRequestEvent(count), null, 2));
}
