/**
 * The plan's two work budgets against CPU (issue 11): the steps each hostile or realistic
 * plan spends on access matrices (MAX_PLAN_ACCESS_WORK) and on applier and lockout checks
 * (MAX_PLAN_CHECK_WORK), the CPU it takes, and CPU per million steps, so step weights and
 * budgets can be set from figures. Printed, never asserted. One case per process:
 *   node --import tsx bench/measure-plan-work.ts [case]
 * With no argument it runs every case, each in its own child process.
 */
import { execFileSync } from 'node:child_process';
import { OWNERSHIP_TAG_KEY, type DesiredState } from '../core/manifest/desired-state.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { buildPlan } from '../core/plan/build-plan.ts';
import type { LiveState } from '../core/plan/live-state.ts';
import { createAccessWorkMeter } from '../core/policy/access-work-meter.ts';
import { createPlanCheckWorkMeter } from '../core/plan/plan-check-work-meter.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../core/policy/types.ts';
import {
  backtrackingPatternMatrix,
  conditionedWildcards,
  contextKeysBySetPatterns,
  longVariableDeny,
  variableMatrix,
} from './generate-condition-cost-policies.ts';
import { fill, generateHostilePolicies } from './generate-hostile-policies.ts';
import { generateManifest } from './generate-manifest.ts';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const ROOT: PolicyStatement = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const ADMIN_STATEMENT: PolicyStatement = { ...ROOT, Sid: 'Admin', Principal: { AWS: ADMIN } };

/** Denies evaluated for every request: a condition the evaluator decides, many values each. */
function decidedDenies(): KeyPolicyDocument {
  return fill(
    (index) => ({
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:PrincipalArn': [`arn:aws:iam::${ACCOUNT}:role/x${String(index)}`] },
      },
    }),
    [ROOT, ADMIN_STATEMENT],
  );
}

/** Denies whose StringLike patterns make the matcher scan the caller's ARN again and again. */
function questionPatterns(): KeyPolicyDocument {
  const pattern = `*${'?'.repeat(40)}Z`;
  return fill(
    (index) => ({
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringLike: { 'aws:PrincipalArn': [pattern, `${pattern}${String(index)}`] } },
    }),
    [ROOT, ADMIN_STATEMENT],
  );
}

function compile(text: string): DesiredState {
  const result = readManifest('kms.yaml', text, {
    repository: 'acme/bench',
    manifestPath: 'kms.yaml',
  });
  if (!result.ok) throw new Error(`bench manifest invalid: ${result.problems[0]?.message ?? ''}`);
  return result.desired;
}

function header(): string {
  return `version: 1\ndefaults:\n  account: "${ACCOUNT}"\n  region: us-east-1\nkeys:\n`;
}

/** `count` keys, each with `policy` (a document) and `aliases` aliases. */
function keysWith(policy: KeyPolicyDocument, count: number, aliases: number): DesiredState {
  const lines = [header()];
  for (let key = 0; key < count; key += 1) {
    const names = Array.from(
      { length: aliases },
      (_, index) => `alias/k${String(key)}-${String(index)}`,
    );
    lines.push(
      `  k${String(key)}:\n    aliases: ${JSON.stringify(names)}\n    policy:\n      document: ${JSON.stringify(policy)}\n`,
    );
  }
  return compile(lines.join(''));
}

/**
 * As many keys as the loader accepts (at most `count`; YAML aliases may copy 100,000 values in
 * all) sharing `policy` through YAML aliases: a small manifest whose plan builds a matrix of
 * the same 32 KB policy per key.
 */
function keysAliasing(policy: KeyPolicyDocument, count: number): DesiredState {
  for (let keys = count; ; keys = Math.floor(keys * 0.9)) {
    const lines = [header(), `  k0:\n    policy: &p\n      document: ${JSON.stringify(policy)}\n`];
    for (let key = 1; key < keys; key += 1) lines.push(`  k${String(key)}:\n    policy: *p\n`);
    try {
      return compile(lines.join(''));
    } catch (error) {
      if (keys < 2) throw error;
    }
  }
}

/**
 * The realistic manifest of bench/generate-manifest.ts, 1,000 keys in each of `accounts`;
 * with `users`, each key's policy names that many more users (by short principal names, so
 * the manifest stays under 1 MiB).
 */
function realistic(accounts: number, users = 0): DesiredState {
  const text = (account: string): string => {
    const names = Array.from({ length: users }, (_, index) => `u${String(index)}`);
    const base = generateManifest(1000, account)
      .replaceAll('      users: ["', `      users: [${names.map((name) => `${name}, `).join('')}"`)
      .replace(
        'principals:\n',
        `principals:\n${names.map((name) => `  ${name}: arn:aws:iam::${account}:role/${name}\n`).join('')}`,
      );
    return base;
  };
  const desired = compile(text(ACCOUNT));
  desired.keys = Array.from({ length: accounts }, (_, index) => {
    const account = String(100000000000 + index);
    return compile(text(account)).keys.map((key) => {
      const name = `a${String(index)}-${key.name}`;
      return { ...key, account, name, tags: { ...key.tags, [OWNERSHIP_TAG_KEY]: name } };
    });
  }).flat();
  return desired;
}

const hostile = generateHostilePolicies(ACCOUNT);
const CASES: Record<string, () => DesiredState> = {
  'realistic-5000-keys': () => realistic(5),
  'ten-more-users-5000-keys': () => realistic(5, 10),
  'conditioned-26kb-x12': () =>
    keysWith(conditionedWildcards(ACCOUNT, [ROOT, ADMIN_STATEMENT]), 12, 1),
  'conditioned-26kb-x30': () =>
    keysWith(conditionedWildcards(ACCOUNT, [ROOT, ADMIN_STATEMENT]), 30, 1),
  ...Object.fromEntries(
    Object.entries(hostile).map(([name, policy]) => [`${name}-x25`, () => keysWith(policy, 25, 1)]),
  ),
  'statements-x-conditions-yaml-x200': () =>
    keysAliasing(
      hostile['statements-x-conditions'] ?? conditionedWildcards(ACCOUNT, [ROOT, ADMIN_STATEMENT]),
      200,
    ),
  'condition-values-yaml-x200': () =>
    keysAliasing(
      hostile['condition-values'] ?? conditionedWildcards(ACCOUNT, [ROOT, ADMIN_STATEMENT]),
      200,
    ),
  'conditioned-26kb-yaml-x200': () =>
    keysAliasing(conditionedWildcards(ACCOUNT, [ROOT, ADMIN_STATEMENT]), 200),
  'decided-denies-4000-aliases': () => keysWith(decidedDenies(), 1, 4000),
  'question-patterns-4000-aliases': () => keysWith(questionPatterns(), 1, 4000),
  'long-variable-deny-2000-aliases': () =>
    keysWith(longVariableDeny(ACCOUNT, ADMIN, 1500), 1, 2000),
  'variable-matrix-330-roles': () => keysWith(variableMatrix(ACCOUNT, 330, 850), 1, 1),
  'backtracking-pattern-85-roles': () =>
    keysWith(backtrackingPatternMatrix(ACCOUNT, 85, 'like'), 1, 1),
  'context-keys-400x400': () => keysWith(contextKeysBySetPatterns(ACCOUNT, 400, 400), 1, 1),
};

function runOne(name: string): void {
  const make = CASES[name];
  if (make === undefined) throw new Error(`unknown case ${name}`);
  const desired = make();
  const live: LiveState = {
    owner: desired.owner,
    owned: [],
    adopted: [],
    foreign: [],
    regions: [...new Set(desired.keys.map((key) => key.account))].map((account) => ({
      account,
      region: 'us-east-1',
      discovery: 'tagging-api' as const,
      aliases: [],
    })),
  };
  const figures = (limits: { access: number; checks: number }) => {
    const meters = {
      access: createAccessWorkMeter(limits.access),
      checks: createPlanCheckWorkMeter(limits.checks),
    };
    const start = process.cpuUsage();
    const plan = buildPlan(desired, live, { applierFor: () => ADMIN, meters });
    const used = process.cpuUsage(start);
    const notComputed = plan.changes.filter((change) =>
      change.note?.includes('not computed'),
    ).length;
    const incomplete = plan.problems.filter(
      (problem) => problem.code === 'applier-check-incomplete',
    ).length;
    return {
      ms: (used.user + used.system) / 1000,
      meters,
      notComputed,
      incomplete,
      changes: plan.changes.length,
    };
  };
  const unbounded = figures({ access: Number.MAX_SAFE_INTEGER, checks: Number.MAX_SAFE_INTEGER });
  const bounded = figures({
    access: createAccessWorkMeter().limit,
    checks: createPlanCheckWorkMeter().limit,
  });
  const perMillion = (ms: number, steps: number) =>
    steps === 0 ? '-' : ((ms / steps) * 1e6).toFixed(0);
  console.log(
    `${name.padEnd(36)} ${String(desired.keys.length).padStart(5)} keys ${String(unbounded.changes).padStart(6)} changes | unbounded: access ${String(unbounded.meters.access.spent).padStart(10)} steps, checks ${String(unbounded.meters.checks.spent).padStart(9)} steps, ${(unbounded.ms / 1000).toFixed(2)} s cpu (${perMillion(unbounded.ms, unbounded.meters.access.spent + unbounded.meters.checks.spent)} ms/M steps) | budgets: ${(bounded.ms / 1000).toFixed(2)} s cpu, ${String(bounded.notComputed)} access not computed, ${String(bounded.incomplete)} checks incomplete`,
  );
}

const [caseArg] = process.argv.slice(2);
if (caseArg !== undefined) {
  runOne(caseArg);
} else {
  for (const name of Object.keys(CASES)) {
    try {
      process.stdout.write(
        execFileSync(process.execPath, ['--import', 'tsx', process.argv[1] ?? '', name], {
          encoding: 'utf8',
          timeout: 300_000,
          maxBuffer: 1 << 20,
        }),
      );
    } catch {
      console.log(`${name.padEnd(36)} timed out (300 s) or crashed`);
    }
  }
}
