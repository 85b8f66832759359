// @vitest-environment happy-dom
/**
 * Guard: manifest text cannot change the access picture (Mermaid) beyond its own labels. Every
 * name goes through escapeMermaidLabel; node ids are generated. Each diagram carrying a hostile
 * string as key, alias and principal name must parse with Mermaid's own parser, keep the same
 * shape (nodes, edges, subgraphs) as with a harmless word, hold no backtick (the ```mermaid
 * fence cannot end early) and show invisible characters instead of passing them to the reader.
 */
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../core/plan/plan-types.ts';
import type { AccessEntry } from '../../core/policy/build-access-matrix.ts';
import { escapeMermaidLabel } from '../../core/render/escape-mermaid.ts';
import { renderAccessMermaid, renderPlanMermaid } from '../../core/render/render-access-mermaid.ts';
import { HOSTILE } from './hostile-fields.ts';
import { renderGitHubMarkdown } from './render-github-markdown.ts';

const MERMAID_HOSTILE: readonly string[] = [
  ...HOSTILE,
  'a"b',
  'x]-->y[',
  'a --> b -.-> c ==> d',
  '%%{init: {"theme": "dark"}}%%',
  '%% comment',
  'a|b|c',
  '<br>line<br/>break',
  '#quot;#35;#lt;',
  'end',
  'subgraph x',
  'click n1 call alert(1)',
  'style n1 fill:#f00',
  'classDef x fill:#f00',
  '(round)((circle))[[sub]]{{hex}}>flag]',
];

function entries(principal: string): AccessEntry[] {
  return [
    { principal, action: 'kms:Decrypt', allowed: 'yes', requires: [], delegated_to_iam: false },
    {
      principal,
      action: 'kms:PutKeyPolicy',
      allowed: 'conditional',
      requires: ['mfa'],
      delegated_to_iam: true,
    },
  ];
}

function manifestDiagram(text: string): string {
  return renderAccessMermaid([
    {
      key: text,
      account: '111122223333',
      region: 'eu-west-1',
      aliases: [`alias/${text}`],
      entries: [
        ...entries(`arn:aws:iam::111122223333:role/${text}`),
        ...entries(`arn:aws:iam::444455556666:role/${text}`),
      ],
    },
  ]);
}

function planMarkdown(text: string): string {
  const base = { account: '111122223333', region: 'eu-west-1', risk: 'safe' as const };
  const verdict = { allowed: 'yes' as const, requires: [], delegated_to_iam: false };
  const changes: Change[] = [
    {
      ...base,
      address: `key.${text}`,
      key: text,
      action: 'update-policy',
      before: undefined,
      after: { Version: '2012-10-17', Statement: [] },
      policyDiff: '',
      bypassPolicyLockoutSafetyCheck: false,
      access: [
        {
          principal: `arn:aws:iam::111122223333:role/${text}`,
          action: 'kms:Decrypt',
          change: 'gains',
          before: undefined,
          after: verdict,
        },
      ],
    },
    {
      ...base,
      address: `alias.${text}`,
      key: text,
      action: 'create-alias',
      alias: text,
      before: null,
      after: text,
    },
  ];
  return renderPlanMermaid({ changes });
}

function fenced(markdown: string): string {
  return /```mermaid\n([\s\S]*?)```\n/.exec(markdown)?.[1] ?? '';
}

/** The diagram with every quoted label emptied: what is left is ours alone. */
function skeleton(diagram: string): string {
  return diagram.replace(/"[^"]*"/g, '""');
}

describe('Mermaid injection guard', () => {
  it('the parser used here rejects a label whose quote is not escaped', async () => {
    await expect(mermaid.parse('flowchart LR\n  n1["a"b"] --> n2\n')).rejects.toThrow();
  });

  it.each(MERMAID_HOSTILE.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    'manifest picture, %s: parses, same shape as a harmless name, no backtick',
    async (_, text) => {
      const diagram = manifestDiagram(text);
      await expect(mermaid.parse(diagram)).resolves.toBeTruthy();
      expect(skeleton(diagram)).toBe(skeleton(manifestDiagram('harmless')));
      expect(diagram).not.toContain('`');
      expect(diagram).not.toContain('%%');
    },
  );

  it.each(MERMAID_HOSTILE.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    'plan picture, %s: one mermaid code block on GitHub that parses',
    async (_, text) => {
      const markdown = planMarkdown(text);
      const rendered = renderGitHubMarkdown(markdown);
      const blocks = rendered.tags.filter((tag) => tag.startsWith('<code'));
      expect(blocks).toEqual(['<code class="language-mermaid">']);
      const diagram = fenced(markdown);
      await expect(mermaid.parse(diagram)).resolves.toBeTruthy();
      expect(skeleton(diagram)).toBe(skeleton(fenced(planMarkdown('harmless'))));
    },
  );

  it('shows bidi overrides and zero-width characters instead of passing them on', () => {
    const label = escapeMermaidLabel('role/admin\u202etxt.exe ad\u200bmin');
    expect(label).toContain('#91;U+202E#93;');
    expect(label).toContain('#91;U+200B#93;');
    expect(label).not.toMatch(/#8238;|#8203;/);
  });

  it('cuts a long name in the middle, so one name cannot make the diagram huge', () => {
    const label = escapeMermaidLabel(`role/${'a'.repeat(10_000)}end`);
    expect(label.length).toBeLessThan(100);
    expect(label).toMatch(/^"role\/a+#8230;a+end"$/);
  });
});
