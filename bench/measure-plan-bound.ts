/**
 * Plan wall time against its lower bound (issue 16.2): the live read of 1,000 keys in one
 * account, and of 50 accounts x 100 keys, against the scripted responder (start-kms-responder.ts)
 * with a fixed round-trip time and the documented KMS request quotas.
 *
 * bound = max(calls x RTT / concurrency, max over account and operation of calls / quota):
 * no client can beat the round trips it must wait for with the calls it may have in flight,
 * nor the quota of its busiest operation. The goal is within 1.5x of it, with no throttling
 * error reaching the user. Also printed: the calls by operation, the throttled answers (all
 * retried), and the client's CPU per call, since a one-thread client cannot finish before its
 * CPU time: on a shared machine, compare CPU seconds, not wall time.
 */
import { performance } from 'node:perf_hooks';
import { assumeRolePerAccount } from '../adapters/aws/assume-role.ts';
import { prepareAwsPlan } from '../adapters/aws/prepare-plan.ts';
import { readConcurrencyFor } from '../adapters/aws/schedule-aws-calls.ts';
import { OWNERSHIP_TAG_KEY, type DesiredState } from '../core/manifest/desired-state.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { buildPlan } from '../core/plan/build-plan.ts';
import { generateManifest } from './generate-manifest.ts';
import { forkKmsResponder } from './fork-kms-responder.ts';
import { KMS_READ_QUOTAS, type ResponderKey } from './start-kms-responder.ts';

const RTT_MS = Number(process.env['KMS_BENCH_RTT_MS'] ?? 20);

function desiredFor(accounts: number, keysPerAccount: number): DesiredState {
  const compile = (): DesiredState => {
    const text = generateManifest(keysPerAccount, '111111111111');
    const result = readManifest('kms.yaml', text, {
      repository: 'acme/bench',
      manifestPath: 'kms.yaml',
    });
    if (!result.ok) throw new Error(`bench manifest invalid: ${result.problems[0]?.message ?? ''}`);
    return result.desired;
  };
  // One manifest over every account (a single file of 5,000 keys is over the 1 MiB cap).
  const desired = compile();
  desired.keys = Array.from({ length: accounts }, (_, index) => {
    const account = accountNumber(index);
    return (index === 0 ? desired : compile()).keys.map((key) => {
      const name = accounts === 1 ? key.name : `a${String(index)}-${key.name}`;
      return { ...key, account, name, tags: { ...key.tags, [OWNERSHIP_TAG_KEY]: name } };
    });
  }).flat();
  return desired;
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Of the CPU used since `start`, the share spent in the kernel (socket writes and reads). */
function systemShareSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return used.system / Math.max(1, used.user + used.system);
}

function accountNumber(index: number): string {
  return String(100000000000 + index);
}

function seed(desired: DesiredState): Map<string, ResponderKey[]> {
  const accounts = new Map<string, ResponderKey[]>();
  desired.keys.forEach((key, index) => {
    const keys = accounts.get(key.account) ?? [];
    keys.push({
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      description: key.description,
      policy: JSON.stringify(key.policy?.document ?? {}),
      tags: key.tags,
      aliases: key.aliases,
    });
    accounts.set(key.account, keys);
  });
  return accounts;
}

/** The cases `npm run bench` measures: one account of 1,000 keys, 50 accounts of 100. */
export const PLAN_BOUND_SHAPES: readonly (readonly [accounts: number, keysPerAccount: number])[] = [
  [1, 1000],
  [50, 100],
];

export async function measurePlanBound(
  print: (line: string) => void,
  shapes: readonly (readonly [accounts: number, keysPerAccount: number])[] = PLAN_BOUND_SHAPES,
): Promise<void> {
  const saved = { ...process.env };
  for (const [accounts, keysPerAccount] of shapes) {
    const desired = desiredFor(accounts, keysPerAccount);
    const responder = await forkKmsResponder({ accounts: seed(desired), rttMs: RTT_MS });
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: responder.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'AKIABENCHSOURCE',
      AWS_SECRET_ACCESS_KEY: 'bench',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    try {
      const credentialsFor = assumeRolePerAccount({
        roleTemplate: 'arn:aws:iam::{account}:role/kms-admin',
        sessionName: 'bench',
        region: 'us-east-1',
      });
      const cpu = process.cpuUsage();
      const start = performance.now();
      let failure: string | undefined;
      let changes = 0;
      let planCpuMs = 0;
      try {
        const prepared = await prepareAwsPlan(desired, { credentialsFor, stsRegion: 'us-east-1' });
        changes = prepared.plan.changes.length;
        prepared.clients.destroy();
        // The CPU of building the plan from the live state, measured again on its own.
        const planCpu = process.cpuUsage();
        buildPlan(desired, prepared.live, { applierFor: prepared.applierFor });
        planCpuMs = cpuMsSince(planCpu);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const ms = performance.now() - start;
      const cpuMs = cpuMsSince(cpu) - planCpuMs;
      const systemShare = systemShareSince(cpu);
      const { requests, throttled, connections, cpuMs: responderCpuMs } = await responder.counts();
      const answered = Object.fromEntries(
        Object.entries(requests)
          .map(([operation, count]) => [operation, count - (throttled[operation] ?? 0)] as const)
          .sort(([a], [b]) => a.localeCompare(b)),
      );
      const throttledTotal = Object.values(throttled).reduce((sum, count) => sum + count, 0);
      const calls = Object.values(answered).reduce((sum, count) => sum + count, 0);
      const concurrency = readConcurrencyFor(accounts);
      const rttBound = (calls * RTT_MS) / concurrency;
      // Quotas are per account and every account makes the same calls: the busiest operation
      // of one account.
      const quotaBound = Math.max(
        ...Object.entries(KMS_READ_QUOTAS).map(
          ([operation, quota]) => ((answered[operation] ?? 0) / accounts / quota) * 1000,
        ),
      );
      const bound = Math.max(rttBound, quotaBound);
      print(
        `  ${accounts} account${accounts === 1 ? '' : 's'} x ${keysPerAccount} keys: ${(ms / 1000).toFixed(2)} s wall, bound ${(bound / 1000).toFixed(2)} s = max(${calls} calls x ${RTT_MS} ms / ${concurrency} in flight = ${(rttBound / 1000).toFixed(2)} s, busiest operation per account / its quota = ${(quotaBound / 1000).toFixed(2)} s): ${(ms / bound).toFixed(2)}x; ${failure === undefined ? `no error, ${changes} changes` : `FAILED: ${failure.slice(0, 200)}`}`,
      );
      print(
        `        client CPU ${(cpuMs / 1000).toFixed(1)} s (${((cpuMs * 1000) / calls).toFixed(0)} µs per call, ${(systemShare * 100).toFixed(0)} % of it in the kernel; a one-thread client cannot finish sooner), then building the plan ${(planCpuMs / 1000).toFixed(1)} s; the responder's CPU ${(responderCpuMs / 1000).toFixed(1)} s`,
      );
      print(
        `        calls by operation: ${JSON.stringify(answered)}; ${connections} connections opened`,
      );
      print(
        `        throttled answers (each retried; none reached the user unless FAILED above): ${throttledTotal} ${JSON.stringify(throttled)}`,
      );
    } finally {
      await responder.stop();
      for (const name of Object.keys(process.env)) {
        if (!(name in saved)) Reflect.deleteProperty(process.env, name);
      }
      Object.assign(process.env, saved);
    }
  }
}
