import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';
import { displayWidth } from '../../core/render/render-access-table.ts';

interface AccessJson {
  format_version: number;
  keys: {
    key: string;
    entries: { principal: string; action: string; allowed: string; requires: string[] }[];
  }[];
}

async function accessOf(key: string): Promise<AccessJson['keys'][number]['entries']> {
  const run = await runCliCaptured([
    'access',
    '-f',
    'examples/kms.yaml',
    '--key',
    key,
    '--format',
    'json',
  ]);
  expect(run.code).toBe(0);
  const output = JSON.parse(run.stdout) as AccessJson;
  expect(output.format_version).toBe(1);
  expect(output.keys.map((entry) => entry.key)).toEqual([key]);
  return output.keys[0]!.entries;
}

function verdict(entries: Awaited<ReturnType<typeof accessOf>>, principal: string, action: string) {
  const entry = entries.find(
    (candidate) => candidate.principal === principal && candidate.action === action,
  );
  if (entry === undefined) throw new Error(`no entry for ${principal} ${action}`);
  return { allowed: entry.allowed, requires: entry.requires };
}

describe('kms-action access', () => {
  it('shows the example key users, admins, partner and anyone with the verdicts the intent asks for', async () => {
    const entries = await accessOf('prod-s3');
    const user = 'arn:aws:iam::111122223333:role/app-s3';
    const admin = 'arn:aws:iam::111122223333:role/kms-admin';
    const partner = 'arn:aws:iam::222222222222:role/AppRole';
    expect(verdict(entries, user, 'kms:Decrypt')).toEqual({
      allowed: 'conditional',
      requires: ['encryption_context', 'via_service'],
    });
    expect(verdict(entries, user, 'kms:ScheduleKeyDeletion').allowed).toBe('no');
    expect(verdict(entries, admin, 'kms:Decrypt').allowed).toBe('no');
    expect(verdict(entries, admin, 'kms:ScheduleKeyDeletion')).toEqual({
      allowed: 'conditional',
      requires: ['mfa'],
    });
    expect(verdict(entries, partner, 'kms:Decrypt')).toEqual({
      allowed: 'conditional',
      requires: ['encryption_context'],
    });
    expect(verdict(entries, partner, 'kms:Encrypt').allowed).toBe('no');
    expect(
      entries.filter((entry) => entry.principal === '*').every((entry) => entry.allowed === 'no'),
    ).toBe(true);
  });

  it('prints a table per key in text and Markdown', async () => {
    const text = await runCliCaptured(['access', '-f', 'examples/kms.yaml', '--key', 'prod-rds']);
    expect(text.stdout).toMatch(/^prod-rds \(111122223333 us-east-1\)\nprincipal +Enc +Dec /);
    const markdown = await runCliCaptured([
      'access',
      '-f',
      'examples/kms.yaml',
      '--format',
      'markdown',
    ]);
    expect(markdown.stdout).toContain('| `arn:aws:iam::111122223333:role/orders-db` |');
  });

  it('refuses an unknown key name with exit 2', async () => {
    const run = await runCliCaptured(['access', '-f', 'examples/kms.yaml', '--key', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no key named 'nope'");
  });
});

describe('kms-action access text table', () => {
  it('fits 100 columns for the example manifest and includes DescribeKey', async () => {
    const run = await runCliCaptured(['access', '-f', 'examples/kms.yaml']);
    expect(run.code).toBe(0);
    const widths = run.stdout.split('\n').map((line) => displayWidth(line));
    expect(Math.max(...widths)).toBeLessThanOrEqual(100);
    expect(run.stdout).toMatch(/^principal +Enc +Dec +ReFrom +ReTo +GenDK +Desc +Grant/m);
    expect(run.stdout).toMatch(/^222222222222:role\/AppRole +✗ +\?C /m);
  });

  it('prints the full grid with --wide', async () => {
    const run = await runCliCaptured(['access', '-f', 'examples/kms.yaml', '--wide']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^arn:aws:iam::222222222222:role\/AppRole +no +if:encryption_context /m,
    );
    expect(run.stdout).toContain('DescribeKey');
  });
});
