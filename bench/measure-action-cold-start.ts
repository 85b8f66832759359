import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeGitHub } from '../test/e2e/fake-github-server.ts';

const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'action', 'index.js');

/** Bytes of the action entry and of every shared chunk the bundle carries. */
export async function actionBundleBytes(): Promise<{ entry: number; chunks: number }> {
  const entry = (await stat(BUNDLE)).size;
  const directory = join(ROOT, 'dist', 'chunks');
  let chunks = 0;
  for (const name of await readdir(directory)) chunks += (await stat(join(directory, name))).size;
  return { entry, chunks };
}

/**
 * Process start to first network call of the bundled action on a pull_request event (its
 * first call reads the base branch's manifest from the GitHub API), median of `runs`.
 */
export async function measureActionColdStart(runs = 5, bundle = BUNDLE): Promise<number> {
  const github = await startFakeGitHub();
  const workspace = await mkdtemp(join(tmpdir(), 'kms-action-bench-'));
  const times: number[] = [];
  try {
    await writeFile(
      join(workspace, 'kms.yaml'),
      'version: 1\nkeys:\n  app:\n    account: "123456789012"\n    region: us-east-1\n',
    );
    await writeFile(
      join(workspace, 'event.json'),
      JSON.stringify({
        action: 'synchronize',
        number: 1,
        pull_request: {
          number: 1,
          head: { sha: 'h', repo: { full_name: 'acme/keys' } },
          base: { sha: 'b', ref: 'main', repo: { full_name: 'acme/keys' } },
        },
      }),
    );
    for (let run = 0; run < runs; run += 1) {
      const seen = github.requests.length;
      const started = performance.now();
      const child = spawn(process.execPath, [bundle], {
        cwd: workspace,
        stdio: 'ignore',
        env: {
          PATH: process.env['PATH'] ?? '',
          GITHUB_ACTIONS: 'true',
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: join(workspace, 'event.json'),
          GITHUB_REPOSITORY: 'acme/keys',
          GITHUB_WORKSPACE: workspace,
          GITHUB_API_URL: github.url,
          INPUT_MODE: 'plan',
          INPUT_MANIFEST: 'kms.yaml',
          'INPUT_GITHUB-TOKEN': 'ghs_fake',
          'INPUT_FAIL-ON': 'never',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      });
      // Listened to at once: a child that exits before the kill must not hang the bench.
      const closed = new Promise((resolve) => child.on('close', resolve));
      const deadline = started + 30_000;
      while (github.requests.length === seen && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      times.push(performance.now() - started);
      child.kill();
      await closed;
    }
  } finally {
    await github.close();
    await rm(workspace, { recursive: true, force: true });
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}
