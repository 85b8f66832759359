/**
 * A replica with a policy of its own grants its own access to the same key material: `access`
 * shows it as its own entry (the key's name, the replica's Region, `replica: true` in JSON) in
 * every format, next to its primary. A replica that takes its key's policy adds no entry.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

const ACCOUNT = '111122223333';
const manifest = `version: 1
defaults: { region: us-east-1, account: '${ACCOUNT}' }
principals:
  admin: arn:aws:iam::${ACCOUNT}:role/admin
  app: arn:aws:iam::${ACCOUNT}:role/app
  outsider: arn:aws:iam::${ACCOUNT}:role/outsider
keys:
  global:
    multi_region: true
    aliases: [alias/global]
    policy: { admins: [admin], users: [app] }
    replicas:
      - eu-central-1
      - region: eu-west-1
        aliases: [alias/global-eu]
        policy: { admins: [admin], users: [app, outsider] }
`;

const directory = mkdtempSync(join(tmpdir(), 'kms-action-access-replicas-'));
writeFileSync(join(directory, 'kms.yaml'), manifest);
const access = (...args: string[]) => runCliCaptured(['access', ...args], { cwd: directory });
const OUTSIDER = `arn:aws:iam::${ACCOUNT}:role/outsider`;

interface AccessJson {
  format_version: number;
  keys: {
    key: string;
    region: string;
    replica?: boolean;
    entries: { principal: string; action: string; allowed: string }[];
  }[];
}

describe('access shows replicas with their own policy', () => {
  it('json: one entry for the key and one for the replica, marked replica, with its own verdicts', async () => {
    const run = await access('--format', 'json');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as AccessJson;
    expect(output.format_version).toBe(1);
    expect(output.keys.map((key) => [key.key, key.region, key.replica])).toEqual([
      ['global', 'us-east-1', undefined],
      ['global', 'eu-west-1', true],
    ]);
    const decrypts = (index: number) =>
      output.keys[index]?.entries.some(
        (entry) =>
          entry.principal === OUTSIDER && entry.action === 'kms:Decrypt' && entry.allowed === 'yes',
      );
    expect(decrypts(0)).toBe(false);
    expect(decrypts(1)).toBe(true);
  });

  it('text, wide text and markdown title the replica by its Region and say it is a replica', async () => {
    for (const format of [['--format', 'text'], ['--wide'], ['--format', 'markdown']]) {
      const run = await access(...format);
      expect(run.code).toBe(0);
      // Markdown escapes `-` as `\-`.
      const text = run.stdout.replaceAll('\\', '');
      expect(text).toMatch(/global.*us-east-1\)/);
      expect(text).toMatch(/global.*eu-west-1.*replica\)/);
      expect(text).toContain('outsider');
    }
  });

  it('mermaid draws the replica as its own node, with its alias and its own principals', async () => {
    const run = await access('--format', 'mermaid');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('key global@eu-west-1');
    expect(run.stdout).toContain('alias/global-eu');
    expect(run.stdout).toContain('outsider');
  });

  it('--explain explains the replica too, its statements located in its own entry', async () => {
    const run = await access('--explain', OUTSIDER, 'Decrypt', '--format', 'json');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      explanations: { key: string; region: string; replica?: boolean; allowed: string }[];
    };
    expect(
      output.explanations.map((entry) => [entry.region, entry.replica, entry.allowed]),
    ).toEqual([
      ['us-east-1', undefined, 'no'],
      ['eu-west-1', true, 'yes'],
    ]);
    const text = await access('--explain', OUTSIDER, 'Decrypt');
    // The replica's intent policy is written on line 16, the key's on line 11.
    expect(text.stdout).toMatch(
      /global \(111122223333 eu-west-1 replica\)[^\n]*yes[\s\S]*kms\.yaml:16/,
    );
  });
});
