/**
 * Every JSON output names its fields in snake_case (docs/json-output.md, issue 14.7): the plan
 * and drift documents, the Action's `plan-json` and `findings` outputs, `validate`, `access`,
 * `access --explain` and `lint-policy`. Maps whose keys are data keep them: key policies
 * (AWS's `Version`, `Statement`...), tags, encryption contexts, and `by_action` (change
 * actions such as `update-policy`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputsOf } from '../../action/action-result.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import { runLint } from '../../core/lint/run-lint.ts';
import type { Change, ChangeAction, Plan } from '../../core/plan/plan-types.ts';
import { renderFindingsJson } from '../../core/render/render-findings-json.ts';
import { renderPlanJson } from '../../core/render/render-plan-json.ts';
import { SCENARIOS } from '../core/render/plan-scenarios.ts';
import { runCliCaptured } from './run-cli-helper.ts';

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const ACTION_NAME = /^[a-z]+(-[a-z]+)*$/;
/** Fields whose value is a map keyed by data, not by field names. */
const DATA_MAPS = new Set([
  'policy',
  'tags',
  'set',
  'encryption_context_subset',
  'encryption_context_equals',
]);
/** Changes whose `before` / `after` are a key policy or a tag map. */
const DATA_VALUES = new Set(['update-policy', 'tag', 'adopt']);

const ALL_ACTIONS: readonly ChangeAction[] = [
  'create',
  'adopt',
  'update-description',
  'update-rotation',
  'update-policy',
  'tag',
  'enable',
  'disable',
  'schedule-deletion',
  'cancel-deletion',
  'create-alias',
  'retarget',
  'delete-alias',
  'create-grant',
  'revoke-grant',
  'create-replica',
];

/** Every field name below `value` that is not snake_case, as `path.name`. */
function camelFields(value: unknown, path = '$', action?: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => camelFields(item, `${path}[${index}]`, action));
  }
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = typeof record['action'] === 'string' ? record['action'] : action;
  return Object.entries(record).flatMap(([name, child]) => {
    const here = `${path}.${name}`;
    const bad = SNAKE.test(name) ? [] : [here];
    if (DATA_MAPS.has(name)) return bad;
    if ((name === 'before' || name === 'after') && DATA_VALUES.has(own ?? '')) return bad;
    if (name === 'by_action') {
      return [...bad, ...Object.keys(child as object).filter((key) => !ACTION_NAME.test(key))];
    }
    return [...bad, ...camelFields(child, here, own)];
  });
}

const base = { key: 'app', account: '111122223333', region: 'us-east-1', keyId: 'k-1' };
const GRANT = {
  name: 'batch',
  granteePrincipal: 'arn:aws:iam::111122223333:role/app',
  retiringPrincipal: 'arn:aws:iam::111122223333:role/admin',
  operations: ['Decrypt'],
  encryptionContextSubset: { projectName: 'portfolio' },
  encryptionContextEquals: { projectName: 'portfolio' },
};

/** The actions no scenario plans, each with every optional field set. */
const MORE_CHANGES: Change[] = [
  {
    ...base,
    address: 'key.app',
    action: 'adopt',
    before: { ManagedBy: 'console' },
    after: { 'kms-action:key': 'app' },
    risk: 'safe',
    note: 'adopted',
  },
  {
    ...base,
    address: 'key.app',
    action: 'disable',
    before: 'Enabled',
    after: 'Disabled',
    risk: 'disruptive',
  },
  {
    ...base,
    address: 'alias.alias/app',
    action: 'retarget',
    alias: 'alias/app',
    before: 'k-0',
    after: 'k-1',
    targetKeyId: 'k-1',
    risk: 'disruptive',
  },
  {
    ...base,
    address: 'alias.alias/old',
    action: 'delete-alias',
    alias: 'alias/old',
    before: 'k-1',
    after: null,
    risk: 'disruptive',
  },
  {
    ...base,
    address: 'grant.app.batch',
    action: 'revoke-grant',
    grantId: 'g-1',
    before: GRANT,
    after: null,
    risk: 'destructive',
  },
  {
    ...base,
    address: 'grant.app.batch',
    action: 'create-grant',
    before: null,
    after: GRANT,
    risk: 'disruptive',
    widens: [
      {
        principal: 'arn:aws:iam::555566667777:root',
        kind: 'other-account',
        actions: ['kms:Decrypt'],
      },
    ],
  },
  {
    ...base,
    address: 'key.app',
    action: 'create-replica',
    replicaRegion: 'eu-west-1',
    before: null,
    after: 'eu-west-1',
    access: [],
    replica: {
      region: 'eu-west-1',
      description: 'app key',
      policy: { Version: '2012-10-17', Statement: [] },
      tags: { CostCenter: 'x', 'kms-action:key': 'app' },
      bypassPolicyLockoutSafetyCheck: false,
    },
    risk: 'safe',
  },
  {
    key: 'imported',
    account: '111122223333',
    region: 'us-east-1',
    address: 'key.imported',
    action: 'create',
    after: {
      description: 'External material',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'EXTERNAL',
      multiRegion: true,
      tags: { CostCenter: 'x' },
      bypassPolicyLockoutSafetyCheck: false,
    },
    access: [],
    risk: 'safe',
  },
];

function richPlans(): Plan[] {
  const more: Plan = {
    owner: 'acme/keys/kms.yaml',
    file: 'kms.yaml',
    changes: MORE_CHANGES,
    problems: [
      { code: 'orphan', key: 'old', message: 'm', help: 'h', line: 3, column: 5 },
      { code: 'applier-denied', key: 'app', message: 'm', help: 'h' },
    ],
    summary: {
      changes: MORE_CHANGES.length,
      byAction: { adopt: 1, 'create-replica': 1 },
      byRisk: { safe: 3, disruptive: 4, destructive: 1 },
      problems: 2,
    },
  };
  return [...Object.values(SCENARIOS).map((scenario) => scenario.plan()), more];
}

function badFindings() {
  const text = readManifestText();
  const result = readManifest('kms.yaml', text, {
    repository: 'acme/keys',
    manifestPath: 'kms.yaml',
  });
  if (!result.ok) throw new Error('test: the manifest must be valid');
  return runLint(result.desired);
}

function readManifestText(): string {
  return `version: 1
defaults: { region: us-east-1, account: "111122223333" }
principals:
  app: arn:aws:iam::111122223333:role/app
keys:
  app:
    rotation: { enabled: false }
    policy: { users: [app], admins: [app] }
`;
}

describe('every JSON output names its fields in snake_case', () => {
  it('the plan and drift documents of plans with every change action, problems and findings', () => {
    const plans = richPlans();
    const actions = new Set(plans.flatMap((plan) => plan.changes.map((change) => change.action)));
    expect([...actions].sort()).toEqual([...ALL_ACTIONS].sort());
    const findings = badFindings();
    expect(findings.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const json = JSON.parse(JSON.stringify(renderPlanJson(plan, renderFindingsJson(findings))));
      expect(camelFields(json)).toEqual([]);
    }
  });

  it('renames field names only: tag, policy and encryption context keys stay as written', () => {
    const plans = richPlans();
    const json = renderPlanJson(plans[plans.length - 1] as Plan);
    const byAction = (action: string) => json.changes.find((change) => change.action === action);
    expect(byAction('adopt')?.['after']).toEqual({ 'kms-action:key': 'app' });
    expect(byAction('revoke-grant')?.['before']).toMatchObject({
      grantee_principal: 'arn:aws:iam::111122223333:role/app',
      encryption_context_subset: { projectName: 'portfolio' },
    });
    expect(byAction('create')?.['after']).toMatchObject({
      key_spec: 'SYMMETRIC_DEFAULT',
      tags: { CostCenter: 'x' },
    });
    expect(byAction('create-replica')?.['replica']).toEqual({
      region: 'eu-west-1',
      description: 'app key',
      policy: { Version: '2012-10-17', Statement: [] },
      tags: { CostCenter: 'x', 'kms-action:key': 'app' },
      bypass_policy_lockout_safety_check: false,
    });
    expect(json.summary.by_action).toEqual({ adopt: 1, 'create-replica': 1 });
    const update = renderPlanJson(plans[1] as Plan).changes.find(
      (change) => change.action === 'update-policy',
    );
    expect(Object.keys(update?.['after'] as object)).toEqual(['Version', 'Statement']);
  });

  it("the Action's plan-json and findings outputs", () => {
    for (const plan of richPlans()) {
      const outputs = outputsOf(plan, badFindings(), 0);
      expect(camelFields(JSON.parse(outputs['plan-json']))).toEqual([]);
      expect(camelFields(JSON.parse(outputs.findings))).toEqual([]);
    }
  });

  it('validate, access, access --explain and lint-policy', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kms-action-json-keys-'));
    writeFileSync(join(directory, 'kms.yaml'), readManifestText());
    writeFileSync(
      join(directory, 'invalid.yaml'),
      'version: 1\nkeys:\n  app:\n    account: "111122223333"\n    region: us-east-1\n    rotation: { period_in_day: 180 }\n',
    );
    writeFileSync(
      join(directory, 'policy.json'),
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }],
      }),
    );
    const outputs = await Promise.all(
      [
        ['validate', '--format', 'json'],
        ['validate', '-f', 'invalid.yaml', '--format', 'json'],
        ['access', '--format', 'json'],
        [
          'access',
          '--explain',
          'arn:aws:iam::111122223333:role/app',
          'Decrypt',
          '--format',
          'json',
        ],
        ['lint-policy', 'policy.json', '--format', 'json'],
      ].map(async (args) => {
        const run = await runCliCaptured(args, { cwd: directory });
        return { args: args.join(' '), json: JSON.parse(run.stdout) as unknown };
      }),
    );
    for (const { args, json } of outputs) {
      expect({ args, fields: camelFields(json) }).toEqual({ args, fields: [] });
    }
    // Each of them has something to walk.
    expect(JSON.stringify(outputs.map((output) => output.json))).toContain('"hint"');
    expect(JSON.stringify(outputs.map((output) => output.json))).toContain('"delegated_to_iam"');
  });

  it('the samples of docs/json-output.md, each with the format_version its renderer writes', () => {
    const doc = readFileSync('docs/json-output.md', 'utf8');
    const samples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
      (match) => JSON.parse(match[1] ?? '') as { format_version: number; changes?: unknown },
    );
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const sample of samples) {
      expect(camelFields(sample)).toEqual([]);
      const plan = richPlans()[0] as Plan;
      expect(sample.format_version).toBe(
        sample.changes === undefined ? 1 : renderPlanJson(plan).format_version,
      );
    }
  });
});
