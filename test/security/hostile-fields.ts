/**
 * Hostile text for the Markdown injection guard, and plans, findings and problems that carry
 * one string in every field a manifest, AWS or a file path can fill.
 */
import type { Finding } from '../../core/lint/types.ts';
import type { ManifestProblem } from '../../core/manifest/types.ts';
import type { Change, Plan } from '../../core/plan/plan-types.ts';

export const PRINCIPAL_ATTACK =
  'arn:aws:iam::111122223333:role/x|<img src=https://evil.example/p.png>|';

/** Strings a hostile pull request can put in a manifest (or get AWS to echo back). */
export const HOSTILE: readonly string[] = [
  PRINCIPAL_ATTACK,
  'enable the key\r| key.prod | forged | 🟢 safe |',
  'one\r\n\r\n<img src=x onerror=alert(1)>\r\n| a | b |\r\n| --- | --- |',
  'para\u2028graph\u2029break\u0085nel\u000bvt\u000cff\ttab\u0000nul',
  'role/admin\u202etxt.exe \u2066isolate\u2069 \u202alre\u202c \u061c',
  'ad\u200dmin\u200b\u200c\u200e\u200f\ufeff\u2060\u00adzero-width',
  'tags\u{e0041}\u{e0042}\u{e007f} selectors\ufe00\u{e0100} fillers\u3164\u115f',
  'lone \ud800 surrogate',
  '<!-- kms-action:kms.yaml --> <!-- marker -->',
  '<script>alert(1)</script><iframe src=https://evil.example>',
  '</td></tr><tr><td>forged</td></tr></table></details><details open><summary>x',
  'ping @org/team and @octocat, mail admin@evil.example',
  'fixes #1 and GH-2 and acme/keys#3',
  'https://evil.example/a www.evil.example/b mailto:x@evil.example',
  '```` ``` `` ` backticks',
  '`',
  ']]> <![CDATA[x]]> <?php ?> <!DOCTYPE html>',
  '[x](javascript:alert(1)) ![i](https://evil.example/p.png) [y]: https://evil.example',
  '&lt;img src=x&gt; &#60;b&#62; &amp;lt;',
  'a | b | c \\| d \\\\| e \\',
  '$\\color{red}{forged}$ $$x$$',
  '# heading',
  '> quote',
  '- list',
  '1. list',
  '***bold*** _em_ ~~strike~~ ==mark== ^sup^ :smile: - [ ] task',
  '    indented',
  '===',
  '[^1] footnote\n\n[^1]: https://evil.example',
];

/** One change of every kind, every string field set to `text`. */
export function changesWith(text: string): Change[] {
  const base = { key: text, account: text, region: text, keyId: text, note: text };
  const grant = { name: text, granteePrincipal: text, retiringPrincipal: text, operations: [text] };
  return [
    {
      ...base,
      address: text,
      action: 'create',
      risk: 'safe',
      after: {
        description: text,
        keySpec: text,
        keyUsage: text,
        multiRegion: false,
        tags: { [text]: text },
        bypassPolicyLockoutSafetyCheck: false,
        policy: {
          Version: '2012-10-17',
          Statement: [{ Sid: text, Effect: 'Allow', Principal: { AWS: text }, Action: text }],
        },
      },
      access: [
        {
          principal: text,
          action: text,
          change: 'gains',
          before: undefined,
          after: { allowed: 'yes', requires: [], delegated_to_iam: false },
        },
      ],
      widens: [{ principal: text, kind: 'unknown', actions: [text] }],
    },
    {
      ...base,
      address: text,
      action: 'cancel-deletion',
      risk: 'safe',
      before: 'PendingDeletion',
      after: 'Disabled',
      deletionDate: text,
    },
    {
      ...base,
      address: text,
      action: 'update-description',
      risk: 'safe',
      before: text,
      after: text,
    },
    {
      ...base,
      address: text,
      action: 'update-policy',
      risk: 'disruptive',
      before: undefined,
      after: { Version: '2012-10-17', Statement: [] },
      policyDiff: `+ "Sid": ${text}\n+ "AWS": ${text}`,
      access: [
        {
          principal: text,
          action: text,
          change: 'gains',
          before: undefined,
          after: { allowed: 'conditional', requires: ['mfa'], delegated_to_iam: true },
        },
        {
          principal: text,
          action: text,
          change: 'loses',
          before: { allowed: 'yes', requires: [], delegated_to_iam: false },
          after: { allowed: 'no', requires: [], delegated_to_iam: false },
        },
      ],
      bypassPolicyLockoutSafetyCheck: false,
    },
    {
      ...base,
      address: text,
      action: 'tag',
      risk: 'safe',
      before: {},
      after: {},
      set: { [text]: text },
      remove: [text],
    },
    { ...base, address: text, action: 'retag', risk: 'safe', before: text, after: text },
    { ...base, address: text, action: 'enable', risk: 'safe', before: text, after: 'Enabled' },
    {
      ...base,
      address: text,
      action: 'create-alias',
      risk: 'safe',
      alias: text,
      before: null,
      after: text,
    },
    {
      ...base,
      address: text,
      action: 'retarget',
      risk: 'disruptive',
      alias: text,
      before: text,
      after: text,
    },
    {
      ...base,
      address: text,
      action: 'delete-alias',
      risk: 'destructive',
      alias: text,
      before: text,
      after: null,
    },
    {
      ...base,
      address: text,
      action: 'create-grant',
      risk: 'disruptive',
      before: null,
      after: grant,
      widens: [{ principal: text, kind: 'organization', actions: [text] }],
    },
    {
      ...base,
      address: text,
      action: 'revoke-grant',
      risk: 'destructive',
      grantId: text,
      before: grant,
      after: null,
    },
    {
      ...base,
      address: text,
      action: 'create-replica',
      risk: 'safe',
      replicaRegion: text,
      before: null,
      after: text,
      access: [],
      replica: {
        region: text,
        description: text,
        tags: { [text]: text },
        bypassPolicyLockoutSafetyCheck: false,
      },
    },
  ];
}

export function planWith(text: string): Plan {
  const changes = changesWith(text);
  return {
    owner: text,
    file: text,
    changes,
    problems: [{ code: 'orphan', key: text, message: text, help: text, line: 3, column: 1 }],
    notices: [
      { code: 'pending-import', key: text, address: text, arn: text, message: text, help: text },
    ],
    summary: {
      changes: changes.length,
      byAction: {},
      byRisk: { safe: 7, disruptive: 3, destructive: 2 },
      problems: 1,
    },
  };
}

export function findingWith(text: string): Finding {
  return {
    rule: text,
    severity: 'error',
    message: text,
    file: text,
    line: 3,
    column: 5,
    key: text,
    help: text,
  };
}

export function problemWith(text: string): ManifestProblem {
  return { message: text, file: text, line: 3, column: 5, path: text, hint: text };
}
