// @vitest-environment happy-dom
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import type { AccessEntry } from '../../../core/policy/build-access-matrix.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { Change } from '../../../core/plan/plan-types.ts';
import type { AccessChange } from '../../../core/policy/diff-access.ts';
import { desiredFrom, liveState } from '../plan/plan-fixtures.ts';
import {
  MERMAID_NODE_LIMIT,
  MERMAID_TEXT_LIMIT,
  renderAccessMermaid,
  renderPlanMermaid,
} from '../../../core/render/render-access-mermaid.ts';

const HOSTILE = [
  'arn:aws:iam::111122223333:role/a"b',
  'arn:aws:iam::111122223333:role/x]-->y[',
  'arn:aws:iam::111122223333:role/%%{init: {}}%%',
  'arn:aws:iam::111122223333:role/```js',
  'arn:aws:iam::111122223333:role/a|b|c',
  'arn:aws:iam::111122223333:role/<br>&amp;#quot;(x){y}',
  'arn:aws:iam::111122223333:role/end',
  'arn:aws:iam::111122223333:role/subgraph\nflowchart',
  'arn:aws:iam::444455556666:role/other"account',
  'logs.amazonaws.com"]',
  '*',
];

function entry(
  principal: string,
  action: string,
  allowed: AccessEntry['allowed'] = 'yes',
): AccessEntry {
  return {
    principal,
    action,
    allowed,
    requires: allowed === 'conditional' ? ['mfa'] : [],
    delegated_to_iam: false,
  };
}

async function parses(diagram: string): Promise<void> {
  await expect(mermaid.parse(diagram)).resolves.toBeTruthy();
}

function fencedDiagram(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)```\n/.exec(markdown);
  if (match?.[1] === undefined) throw new Error(`no mermaid fence in:\n${markdown}`);
  return match[1];
}

describe('renderAccessMermaid', () => {
  it('uses a parser that rejects a label whose quote is not escaped (the checks below can fail)', async () => {
    await expect(mermaid.parse('flowchart LR\n  n1["a"b"] --> n2\n')).rejects.toThrow();
  });

  it('draws hostile principal, key and alias names that Mermaid parses and cannot escape the fence', async () => {
    const diagram = renderAccessMermaid([
      {
        key: 'key"]-->x%%`',
        account: '111122223333',
        region: 'eu-west-1',
        aliases: ['alias/a|b"-->c', 'alias/```'],
        entries: HOSTILE.flatMap((principal, index) => [
          entry(principal, 'kms:Decrypt', index % 2 === 0 ? 'yes' : 'conditional'),
          entry(principal, index === 0 ? 'kms:PutKeyPolicy' : 'kms:Encrypt'),
        ]),
      },
    ]);
    await parses(diagram);
    expect(diagram).not.toContain('`');
    expect(diagram).not.toContain('%%');
    // Node ids are ours: no name reaches the text outside a quoted label.
    for (const line of diagram.split('\n').slice(1)) {
      expect(line.replace(/"[^"]*"/g, '""')).toMatch(
        /^(\s*(n\d+|subgraph g\d+|end|)(\[""\]|\(""\))?(\s+(---|-->|==>|-\.->)(\|""\|)?\s+n\d+)?)?$/,
      );
    }
  });

  it('groups principals by access class and names each class', async () => {
    const diagram = renderAccessMermaid([
      {
        key: 'k',
        account: '111122223333',
        region: 'eu-west-1',
        aliases: ['alias/k'],
        entries: [
          entry('arn:aws:iam::111122223333:role/admin', 'kms:PutKeyPolicy'),
          entry('arn:aws:iam::111122223333:role/app', 'kms:Decrypt'),
          entry('arn:aws:iam::111122223333:role/granter', 'kms:CreateGrant', 'conditional'),
          entry('arn:aws:iam::444455556666:role/partner', 'kms:Decrypt'),
          entry('logs.eu-west-1.amazonaws.com', 'kms:Encrypt'),
          entry('arn:aws:iam::111122223333:role/none', 'kms:Decrypt', 'no'),
        ],
      },
    ]);
    await parses(diagram);
    for (const title of [
      'administer',
      'use',
      'grants for AWS resources',
      'other accounts',
      'services',
    ]) {
      expect(diagram).toContain(`["${title}"]`);
    }
    expect(diagram).not.toContain('role/none');
  });
});

function policyChange(key: string, access: AccessChange[]): Change {
  const policy = { Version: '2012-10-17' as const, Statement: [] };
  return {
    address: `key.${key}`,
    key,
    account: '111122223333',
    region: 'eu-west-1',
    risk: 'safe',
    action: 'update-policy',
    before: policy,
    after: policy,
    policyDiff: '',
    access,
    bypassPolicyLockoutSafetyCheck: false,
  };
}

function aliasChange(key: string, alias: string): Change {
  return {
    address: `alias.${alias}`,
    key,
    account: '111122223333',
    region: 'eu-west-1',
    risk: 'safe',
    action: 'create-alias',
    alias,
    before: null,
    after: key,
  };
}

describe('renderPlanMermaid', () => {
  it('pictures a new key of a real plan: its alias and who gains what', async () => {
    const desired = desiredFrom(`  app:
    aliases: [alias/app]
    policy: { users: [app] }
`);
    const markdown = renderPlanMermaid(buildPlan(desired, liveState(desired, [])));
    const diagram = fencedDiagram(markdown);
    await parses(diagram);
    expect(diagram).toContain('("alias/app")');
    expect(diagram).toMatch(/\["arn:aws:iam::111122223333:role\/app"\]/);
    expect(diagram).toMatch(/==>\|"gains [^"]*Decrypt/);
    // What the app role only gains through IAM delegation is said so, not shown as its own.
    expect(diagram).toMatch(
      /==>\|"gains Decrypt, [^"]* PutKeyPolicy, [^"]*#40;through IAM policies only#41;"/,
    );
  });

  const verdict = (allowed: AccessEntry['allowed']) => ({
    allowed,
    requires: [],
    delegated_to_iam: false,
  });

  it('names gains and losses in the edge labels and draws them differently', async () => {
    const markdown = renderPlanMermaid({
      changes: [
        policyChange('app"key', [
          {
            principal: 'arn:aws:iam::111122223333:role/new`app',
            action: 'kms:Decrypt',
            change: 'gains',
            before: verdict('no'),
            after: verdict('yes'),
          },
          {
            principal: 'arn:aws:iam::111122223333:role/old%%app',
            action: 'kms:Encrypt',
            change: 'loses',
            before: verdict('yes'),
            after: verdict('no'),
          },
        ]),
        aliasChange('app"key', 'alias/x-->y'),
      ],
    });
    const diagram = fencedDiagram(markdown);
    await parses(diagram);
    expect(diagram).toMatch(/==>\|"gains Decrypt"\|/);
    expect(diagram).toMatch(/-\.->\|"loses Encrypt"\|/);
    expect(diagram).toContain('|"new alias"|');
    expect(markdown).not.toContain('<details>');
  });

  it(`summarises past ${String(MERMAID_NODE_LIMIT)} nodes inside a collapsed section`, async () => {
    const access = Array.from({ length: MERMAID_NODE_LIMIT + 5 }, (_, index) => ({
      principal: `arn:aws:iam::111122223333:role/r${String(index)}`,
      action: 'kms:Decrypt',
      change: index % 3 === 0 ? ('loses' as const) : ('gains' as const),
      before: verdict(index % 3 === 0 ? 'yes' : 'no'),
      after: verdict(index % 3 === 0 ? 'no' : 'yes'),
    }));
    const markdown = renderPlanMermaid({
      changes: [policyChange('k', access)],
    });
    expect(markdown).toMatch(/^<details><summary>/);
    const diagram = fencedDiagram(markdown);
    await parses(diagram);
    expect(diagram).not.toContain('role/r1');
    expect(diagram).toContain('use: 65 principals, 43 gain access, 22 lose access');
  });

  it('summarises a picture under the node limit whose text would pass the character limit', async () => {
    // 20 keys and 20 principals, every principal gaining and losing on every key: 800 edges.
    const changes = Array.from({ length: 20 }, (_, keyIndex) =>
      policyChange(
        `k${String(keyIndex)}`,
        Array.from({ length: 20 }, (_, index) => [
          {
            principal: `arn:aws:iam::111122223333:role/${'"'.repeat(60)}${String(index)}`,
            action: 'kms:Decrypt',
            change: 'gains' as const,
            before: verdict('no'),
            after: verdict('yes'),
          },
          {
            principal: `arn:aws:iam::111122223333:role/${'"'.repeat(60)}${String(index)}`,
            action: 'kms:Encrypt',
            change: 'loses' as const,
            before: verdict('yes'),
            after: verdict('no'),
          },
        ]).flat(),
      ),
    );
    const markdown = renderPlanMermaid({ changes });
    expect(markdown).toMatch(/^<details><summary>Access picture: 40 nodes, summarised/);
    const diagram = fencedDiagram(markdown);
    expect(diagram.length).toBeLessThan(MERMAID_TEXT_LIMIT);
    await parses(diagram);
    expect(diagram).toContain('use: 20 principals, 20 gain access, 20 lose access');
  });

  it('is empty for a plan without changes, or whose changes touch neither aliases nor access', () => {
    expect(renderPlanMermaid({ changes: [] })).toBe('');
    const desired = desiredFrom('  app: {}\n');
    const plan = buildPlan(desired, liveState(desired, []));
    expect(plan.changes.map((change) => change.action)).toContain('create');
    expect(renderPlanMermaid(plan)).toBe('');
  });
});
