/**
 * Process start to the first network request of an Action that assumes a role through GitHub
 * OIDC (issue 16.4): this Action in mode apply (its first request is the OIDC token), side by
 * side with aws-actions/configure-aws-credentials (whose first request is the same token),
 * runs interleaved so both see the same machine load. configure-aws-credentials is not a
 * dependency: point CONFIGURE_AWS_CREDENTIALS_DIST at its dist/index.js (a checkout of
 * github.com/aws-actions/configure-aws-credentials) to compare.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'action', 'index.js');

export interface OidcColdStart {
  kmsActionMs: number;
  /** `undefined`: configure-aws-credentials' bundle was not found. */
  configureAwsCredentialsMs?: number;
  runs: number;
  /** Every run, in order (for the spread); `theirs` is empty without the other bundle. */
  samples: { ours: number[]; theirs: number[] };
  /**
   * Median of ours / theirs per interleaved pair: the two runs of a pair see about the same
   * machine load, so this moves less than the ratio of medians on a busy machine.
   */
  pairRatio?: number;
}

export function configureAwsCredentialsBundle(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const path = env['CONFIGURE_AWS_CREDENTIALS_DIST'];
  return path !== undefined && existsSync(path) ? path : undefined;
}

export async function measureOidcColdStart(
  compareWith: string | undefined,
  runs = 15,
  /** The Action's bundle: this checkout's by default, another build to compare builds. */
  bundle = BUNDLE,
): Promise<OidcColdStart> {
  let requests = 0;
  const server = createServer((_request, response) => {
    requests += 1;
    response.writeHead(500).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  const workspace = await mkdtemp(join(tmpdir(), 'kms-action-oidc-bench-'));
  const ours: number[] = [];
  const theirs: number[] = [];
  try {
    await writeFile(
      join(workspace, 'kms.yaml'),
      'version: 1\nkeys:\n  app:\n    account: "123456789012"\n    region: us-east-1\n',
    );
    await writeFile(
      join(workspace, 'event.json'),
      JSON.stringify({
        after: 'a',
        before: 'b',
        ref: 'refs/heads/main',
        repository: { default_branch: 'main', full_name: 'acme/keys' },
      }),
    );
    const common = {
      PATH: process.env['PATH'] ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'acme/keys',
      GITHUB_API_URL: url,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: join(workspace, 'event.json'),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'a',
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bench',
      AWS_EC2_METADATA_DISABLED: 'true',
      INPUT_AUDIENCE: 'sts.amazonaws.com',
    };
    const time = async (bundle: string, inputs: Record<string, string>): Promise<number> => {
      const seen = requests;
      const started = performance.now();
      const child = spawn(process.execPath, [bundle], {
        cwd: workspace,
        stdio: 'ignore',
        env: { ...common, ...inputs },
      });
      // Listened to at once: a child that exits before the kill must not hang the bench.
      const state = { exited: false };
      const closed = new Promise((resolve) => child.on('close', resolve)).then(() => {
        state.exited = true;
      });
      const deadline = started + 30_000;
      while (requests === seen && !state.exited && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const elapsed = performance.now() - started;
      child.kill();
      await closed;
      if (requests === seen) throw new Error(`${bundle} made no request (exited, or 30 s passed)`);
      return elapsed;
    };
    for (let run = 0; run < runs; run += 1) {
      ours.push(
        await time(bundle, {
          INPUT_MODE: 'apply',
          INPUT_MANIFEST: 'kms.yaml',
          'INPUT_ROLE-TO-ASSUME': 'arn:aws:iam::{account}:role/kms-admin',
          'INPUT_GITHUB-TOKEN': 'ghs_bench',
          'INPUT_FAIL-ON': 'never',
        }),
      );
      if (compareWith !== undefined) {
        theirs.push(
          await time(compareWith, {
            'INPUT_ROLE-TO-ASSUME': 'arn:aws:iam::123456789012:role/kms-admin',
            'INPUT_AWS-REGION': 'us-east-1',
          }),
        );
      }
    }
  } finally {
    server.close();
    await rm(workspace, { recursive: true, force: true });
  }
  return {
    kmsActionMs: median(ours),
    ...(theirs.length === 0
      ? {}
      : {
          configureAwsCredentialsMs: median(theirs),
          pairRatio: median(ours.map((ms, run) => ms / (theirs[run] ?? ms))),
        }),
    runs,
    samples: { ours, theirs },
  };
}

function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** The value at fraction `q` of the sorted samples (nearest rank), 0 without samples. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}
