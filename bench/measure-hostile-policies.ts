/**
 * The cost of the evaluator-driven paths on the worst key policies under the 32 KB limit a
 * hostile pull request (or a live key) can send: many principals x many resources x `kms:*`,
 * many statements whose conditions vary every request dimension, NotPrincipal / NotAction /
 * NotResource lists, long condition value lists. Printed, never asserted. Run one case per
 * process (so peak memory is its own):
 *   node --import tsx bench/measure-hostile-policies.ts [policy] [path]
 * With no arguments it runs every case, each in its own child process.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { lintKeyPolicy } from '../core/lint/lint-key-policy.ts';
import { buildAccessMatrix } from '../core/policy/build-access-matrix.ts';
import { diffAccess } from '../core/policy/diff-access.ts';
import { evaluateKeyPolicy } from '../core/policy/evaluate-key-policy.ts';
import { explainAccess } from '../core/policy/explain-access.ts';
import { KMS_ACTIONS } from '../core/policy/kms-actions.ts';
import { policiesEquivalent } from '../core/policy/policies-equivalent.ts';
import { inferPolicyIntent } from '../core/import/infer-policy-intent.ts';
import type { KeyPolicyDocument } from '../core/policy/types.ts';
import { generateHostilePolicies } from './generate-hostile-policies.ts';

const ACCOUNT = '111122223333';
const KEY_ARN = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const options = { account: ACCOUNT, key: { arn: KEY_ARN } };

const PATHS: Record<string, (policy: KeyPolicyDocument, text: string) => unknown> = {
  'diff-access': (policy) => diffAccess(rootOnly(), policy, options).length,
  'access-matrix': (policy) => buildAccessMatrix(policy, options).length,
  'access-matrix-all-actions': (policy) =>
    buildAccessMatrix(policy, { ...options, actions: KMS_ACTIONS }).length,
  lockout: (policy) =>
    [`arn:aws:iam::${ACCOUNT}:root`, `arn:aws:iam::${ACCOUNT}:role/apply`].map(
      (principal) =>
        evaluateKeyPolicy(
          policy,
          { principal, action: 'kms:PutKeyPolicy', key: { arn: KEY_ARN } },
          'lockout',
        ).verdict,
    ),
  lint: (_, text) =>
    lintKeyPolicy(text, { file: 'p.json', account: ACCOUNT, keyArn: KEY_ARN }).length,
  'explain-access': (policy) =>
    explainAccess(policy, `arn:aws:iam::${ACCOUNT}:role/r1`, 'kms:Decrypt', options).entry.allowed,
  'policies-equivalent': (policy) =>
    policiesEquivalent(policy, JSON.parse(JSON.stringify(policy)) as KeyPolicyDocument) &&
    policiesEquivalent(policy, rootOnly()),
  'import-intent': (policy) =>
    inferPolicyIntent(policy, { account: ACCOUNT, region: 'eu-west-1', partition: 'aws' }).form,
};

function rootOnly(): KeyPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Root',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

function runOne(policyName: string, pathName: string): void {
  const policies = generateHostilePolicies(ACCOUNT);
  const policy = policies[policyName];
  const path = PATHS[pathName];
  if (policy === undefined || path === undefined) throw new Error('unknown case');
  const text = JSON.stringify(policy);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let outcome: unknown;
  try {
    outcome = path(policy, text);
  } catch (error) {
    outcome = `threw ${(error as Error).message.slice(0, 80)}`;
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `${policyName.padEnd(22)} ${String(text.length).padStart(6)} B  ${pathName.padEnd(26)} ${(ms / 1000).toFixed(2).padStart(7)} s wall ${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(7)} s cpu ${String(rss).padStart(5)} MiB peak  -> ${JSON.stringify(outcome)}`,
  );
}

const [policyArg, pathArg] = process.argv.slice(2);
if (policyArg !== undefined && pathArg !== undefined) {
  runOne(policyArg, pathArg);
} else {
  for (const policyName of Object.keys(generateHostilePolicies(ACCOUNT))) {
    if (policyArg !== undefined && policyArg !== policyName) continue;
    for (const pathName of Object.keys(PATHS)) {
      try {
        process.stdout.write(
          execFileSync(
            process.execPath,
            ['--import', 'tsx', process.argv[1] ?? '', policyName, pathName],
            { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 20 },
          ),
        );
      } catch {
        console.log(`${policyName.padEnd(22)} ${pathName.padEnd(26)} timed out (60 s) or crashed`);
      }
    }
  }
}
