import { execFileSync } from 'node:child_process';
// `npm run bench`: performance figures, printed, never asserted. AWS API calls are the cost
// that matters, so the plan figures count them by operation.
import { CreateKeyCommand, KMSClient, TagResourceCommand } from '@aws-sdk/client-kms';
import { performance } from 'node:perf_hooks';
import {
  apiCallsByOperation,
  createApiCallStats,
  totalApiCalls,
} from '../adapters/aws/count-api-calls.ts';
import { createAwsClients } from '../adapters/aws/kms-client.ts';
import { readLiveState } from '../adapters/aws/read-live-state.ts';
import { runLint } from '../core/lint/run-lint.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { buildPlan } from '../core/plan/build-plan.ts';
import { buildAccessMatrix } from '../core/policy/build-access-matrix.ts';
import { resetEmulator } from '../test/emulator/reset-emulator.ts';
import { startEmulator } from '../test/emulator/start-emulator.ts';
import { measurePullRequestEvent } from '../test/app/measure-pull-request-event.ts';
import {
  formatImportCorpusShares,
  measureImportCorpus,
} from '../test/core/import/measure-import-corpus.ts';
import { formatImportFigure, measureImport } from '../test/integration/import/import-bench.ts';
import { generateManifest } from './generate-manifest.ts';
import { actionBundleBytes, measureActionColdStart } from './measure-action-cold-start.ts';
import {
  configureAwsCredentialsBundle,
  measureOidcColdStart,
  quantile,
} from './measure-oidc-cold-start.ts';
import { measureBundledValidate } from './measure-bundled-validate.ts';
import { measureHostileInputs } from './measure-hostile-inputs.ts';
import { measureImportCost } from './measure-import-cost.ts';
import { measureLintScale } from './measure-lint-scale.ts';
import { measurePeakMemory } from './measure-peak-memory.ts';
import { PLAN_BOUND_SHAPES } from './measure-plan-bound.ts';

const ACCOUNT = '123456789012';
const options = { repository: 'acme/bench', manifestPath: 'kms.yaml' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeRuns<T>(runs: number, work: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result: result as T };
}

function compile(text: string) {
  const result = readManifest('kms.yaml', text, options);
  if (!result.ok) throw new Error(`bench manifest invalid: ${result.problems[0]?.message ?? ''}`);
  return result.desired;
}

console.log('kms-action benchmark (median of runs; Node', process.version, ')\n');

console.log('## validate (load + schema + compile, no AWS)');
for (const count of [10, 100, 1000]) {
  const text = generateManifest(count, ACCOUNT);
  compile(text); // warm-up: schema compilation happens once per process
  const { ms } = timeRuns(5, () => compile(text));
  console.log(
    `  ${String(count).padStart(5)} keys (${(text.length / 1024).toFixed(0)} KiB): ${ms.toFixed(1)} ms`,
  );
}

console.log('\n## lint (all 19 rules, policy rules by evaluation)');
for (const count of [100, 1000]) {
  // A fresh desired state per run: lint caches per policy object, within one run only.
  const text = generateManifest(count, ACCOUNT);
  const states = [compile(text), compile(text), compile(text)];
  const { ms, result: findings } = timeRuns(3, () => runLint(states.pop() ?? compile(text)).length);
  console.log(`  ${String(count).padStart(5)} keys: ${ms.toFixed(0)} ms (${findings} findings)`);
}

console.log('\n## validate + lint, CPU seconds (goal: 1,000 keys under 1 s, 5,000 under 2 s)');
measureLintScale((line) => {
  console.log(line);
});

console.log('\n## peak memory, each case in a process of its own (issue 16.5)');
measurePeakMemory((line) => {
  console.log(line);
});

console.log(
  '\n## `kms-action validate` through the bundled CLI (dist/), worst valid manifests under 1 MiB (issue 11: under 2 s and 200 MB)',
);
measureBundledValidate((line) => {
  console.log(line);
});

console.log('\n## access matrix (every principal x 9 actions x contexts)');
{
  const desired = compile(generateManifest(1000, ACCOUNT));
  const { ms, result: cells } = timeRuns(3, () =>
    desired.keys.reduce(
      (sum, key) =>
        sum +
        (key.policy === undefined
          ? 0
          : buildAccessMatrix(key.policy.document, { account: key.account }).length),
      0,
    ),
  );
  console.log(
    `  1000 keys: ${ms.toFixed(0)} ms, ${cells} cells (${(ms / 1000).toFixed(2)} ms per key)`,
  );
}

console.log('\n## the bundled Action');
{
  const bytes = await actionBundleBytes();
  console.log(
    `  dist/action/index.js: ${(bytes.entry / 1024).toFixed(0)} KiB, shared chunks: ${(bytes.chunks / 1024).toFixed(0)} KiB`,
  );
  const ms = await measureActionColdStart();
  console.log(
    `  cold start (process start to first GitHub API call, pull_request event): ${ms.toFixed(0)} ms`,
  );
  const other = configureAwsCredentialsBundle(process.env);
  const oidc = await measureOidcColdStart(other);
  const spread = (values: readonly number[]): string =>
    `median ${quantile(values, 0.5).toFixed(0)} ms (p10-p90 ${quantile(values, 0.1).toFixed(0)}-${quantile(values, 0.9).toFixed(0)})`;
  const against =
    oidc.configureAwsCredentialsMs === undefined
      ? 'configure-aws-credentials not measured (set CONFIGURE_AWS_CREDENTIALS_DIST to its dist/index.js)'
      : `configure-aws-credentials ${spread(oidc.samples.theirs)}; ratio of medians ${(oidc.kmsActionMs / oidc.configureAwsCredentialsMs).toFixed(2)}x, median per-pair ratio ${(oidc.pairRatio ?? 0).toFixed(2)}x (goal: at most 0.8x)`;
  console.log(
    `  process start to the OIDC token request, mode apply, ${String(oidc.runs)} interleaved runs: ${spread(oidc.samples.ours)}; ${against}`,
  );
}

console.log(
  '\n## the Probot app: one pull_request event, 500-key manifest, GitHub answered by nock',
);
{
  const figures = await measurePullRequestEvent(500);
  console.log(
    `  first event ${figures.coldMs} ms, then ${figures.warmMs} ms wall / ${figures.warmCpuMs} ms CPU; ${figures.apiCalls} GitHub API calls; heap after ${figures.heapAfterMiB} MiB, max RSS ${figures.maxRssMiB} MiB`,
  );
}

console.log('\n## hostile inputs: worst cases of a pull request from a fork (docs/security.md)');
await measureHostileInputs((line) => {
  console.log(line);
});

console.log(
  '\n## import: CPU per hostile key policy (32 KB, intent inference, `kms-action import`)',
);
measureImportCost((line) => {
  console.log(line);
});

console.log('\n## import: intent form share over key policies quoted from AWS documentation');
for (const line of formatImportCorpusShares(measureImportCorpus())) console.log(`  ${line}`);

console.log(
  '\n## plan wall time against its lower bound: scripted KMS on loopback, 20 ms round trip, documented per-account quotas (issue 16.2; goal within 1.5x)',
);
// Each case in a process of its own: the app figures above load nock, which keeps
// intercepting Node's HTTP client (a new connection per request) for the rest of this process.
for (const [accounts, keysPerAccount] of PLAN_BOUND_SHAPES) {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/run-plan-bound.ts', String(accounts), String(keysPerAccount)],
    { stdio: 'inherit' },
  );
}

console.log('\n## plan against the KMS emulator (moto server): read live state + diff');
const emulator = await startEmulator();
Object.assign(process.env, {
  AWS_ENDPOINT_URL: emulator.endpoint,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_EC2_METADATA_DISABLED: 'true',
  // The SDK's notice that its 2027 releases need Node 22 would interrupt the figures.
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});
try {
  const kms = new KMSClient({ endpoint: emulator.endpoint, region: 'us-east-1' });
  for (const count of [10, 100, 1000]) {
    await resetEmulator(emulator.endpoint);
    const desired = compile(generateManifest(count, ACCOUNT));
    // Managed keys as an apply leaves them (ownership tags in CreateKey), plus 200 unmanaged
    // keys that discovery must not pay for.
    const seed = performance.now();
    await inBatches(desired.keys, 20, async (key) => {
      const created = await kms.send(
        new CreateKeyCommand({
          Description: key.description,
          ...(key.policy === undefined ? {} : { Policy: JSON.stringify(key.policy.document) }),
          Tags: Object.entries(key.tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
        }),
      );
      if (created.KeyMetadata?.KeyId === undefined) throw new Error('no key id');
    });
    await inBatches(
      Array.from({ length: 200 }, (_, index) => index),
      20,
      async (index) => {
        const created = await kms.send(new CreateKeyCommand({ Description: `unmanaged ${index}` }));
        await kms.send(
          new TagResourceCommand({
            KeyId: created.KeyMetadata?.KeyId ?? '',
            Tags: [{ TagKey: 'team', TagValue: 'other' }],
          }),
        );
      },
    );
    const seeded = performance.now() - seed;

    const stats = createApiCallStats();
    const clients = createAwsClients({ stats });
    const start = performance.now();
    const live = await readLiveState(desired, { clients });
    const plan = buildPlan(desired, live);
    const ms = performance.now() - start;
    clients.destroy();
    const total = totalApiCalls(stats);
    const perKey = apiCallsByOperation(stats);
    const shared = (perKey['GetResources'] ?? 0) + (perKey['ListAliases'] ?? 0);
    console.log(
      `  ${String(count).padStart(5)} managed keys (+200 unmanaged): ${ms.toFixed(0)} ms, ${total} API calls = ${((total - shared) / count).toFixed(2)} per key + ${shared} shared pages; ${plan.changes.length} changes (aliases and rotation not seeded); seeding took ${(seeded / 1000).toFixed(1)} s`,
    );
    console.log(`        by operation: ${JSON.stringify(perKey)}`);
  }
  kms.destroy();

  console.log('\n## import (list an account with 500 keys + build the manifest)');
  console.log(`  ${formatImportFigure(await measureImport(emulator.endpoint, 500))}`);
} finally {
  await emulator.stop();
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  for (let index = 0; index < items.length; index += size) {
    await Promise.all(items.slice(index, index + size).map(work));
  }
}
