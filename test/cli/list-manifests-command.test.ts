import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

const manifest = (account: string, region: string, extra = ''): string => `version: 1
keys:
  app:
    account: "${account}"
    region: ${region}
${extra}`;

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kms-action-list-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const PROD = '111122223333';
const STAGING = '444455556666';
const PAYMENTS = '555566667777';

describe('kms-action list-manifests', () => {
  it('lists every kms.yaml and the paths .github/kms-action.yml names, as one line of JSON for fromJSON', async () => {
    const root = repository({
      'kms.yaml': manifest(PROD, 'us-east-1'),
      'accounts/staging/kms.yaml': manifest(
        STAGING,
        'eu-west-1',
        `    multi_region: true\n    replicas: [us-west-2]\n  b:\n    account: "${STAGING}"\n    region: eu-west-1\n`,
      ),
      'infra/payments-keys.yaml': manifest(PAYMENTS, 'us-east-1'),
      '.github/kms-action.yml': 'manifests: [infra/payments-keys.yaml, kms.yaml]\n',
      'node_modules/some-package/kms.yaml': manifest('999999999999', 'us-east-1'),
      '.cache/kms.yaml': manifest('999999999999', 'us-east-1'),
      'docs/kms.yml': manifest('999999999999', 'us-east-1'),
    });
    const run = await runCliCaptured(['list-manifests', '--json'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd()).not.toContain('\n');
    expect(JSON.parse(run.stdout)).toEqual({
      format_version: 1,
      manifests: [
        {
          path: 'accounts/staging/kms.yaml',
          accounts: [STAGING],
          regions: ['eu-west-1', 'us-west-2'],
          keys: 2,
          valid: true,
          concurrency_group: STAGING,
        },
        {
          path: 'infra/payments-keys.yaml',
          accounts: [PAYMENTS],
          regions: ['us-east-1'],
          keys: 1,
          valid: true,
          concurrency_group: PAYMENTS,
        },
        {
          path: 'kms.yaml',
          accounts: [PROD],
          regions: ['us-east-1'],
          keys: 1,
          valid: true,
          concurrency_group: PROD,
        },
      ],
    });
  });

  it('reads the repository given with --root, and prints a readable list by default', async () => {
    const root = repository({ 'prod/kms.yaml': manifest(PROD, 'us-east-1') });
    const run = await runCliCaptured(['list-manifests', '--root', root], { cwd: tmpdir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`prod/kms.yaml  accounts: ${PROD}  regions: us-east-1  (1 key)\n`);
  });

  it('lists a manifest that does not compile as invalid, so its job reports the errors', async () => {
    const root = repository({ 'kms.yaml': 'version: 1\nkeys:\n  app:\n    acount: x\n' });
    const run = await runCliCaptured(['list-manifests', '--json'], { cwd: root });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      format_version: 1,
      manifests: [
        {
          path: 'kms.yaml',
          accounts: [],
          regions: [],
          keys: 0,
          valid: false,
          concurrency_group: 'no-account',
        },
      ],
    });
    expect(run.stderr).toContain('kms.yaml does not compile');
  });

  it('refuses (exit 2) when .github/kms-action.yml lists a missing manifest or is invalid', async () => {
    const missing = repository({
      'kms.yaml': manifest(PROD, 'us-east-1'),
      '.github/kms-action.yml': 'manifests: [gone/kms.yaml]\n',
    });
    const run = await runCliCaptured(['list-manifests', '--json'], { cwd: missing });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('manifest gone/kms.yaml does not exist');

    const outside = repository({ '.github/kms-action.yml': 'manifests: [../other/kms.yaml]\n' });
    const refused = await runCliCaptured(['list-manifests'], { cwd: outside });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('must be a relative path inside the repository');
  });

  it('shows the line breaks of a listed path it refuses inside their line', async () => {
    const root = repository({
      '.github/kms-action.yml': 'manifests: ["gone\\n  ::stop-commands::pwned/kms.yaml"]\n',
    });
    const run = await runCliCaptured(['list-manifests'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("got 'gone[U+000A]  ::stop-commands::pwned/kms.yaml'\n");
    expect(run.stderr).toMatch(/^kms-action: cannot list the manifests of .*:\n/);
    expect(run.stderr).toMatch(/\nRun 'kms-action --help' for usage\.\n$/);
    expect(run.stderr).not.toMatch(/^\s*::/m);
  });

  it('never puts two manifests in one concurrency group (GitHub would cancel one), and warns of the shared account', async () => {
    const root = repository({
      'a/kms.yaml': manifest(PROD, 'us-east-1'),
      'b/kms.yaml': manifest(PROD, 'eu-west-1'),
      'c/kms.yaml': `${manifest(STAGING, 'us-east-1')}  other:\n    account: "${PROD}"\n    region: us-east-1\n`,
      'd/kms.yaml': manifest(STAGING, 'us-east-1'),
    });
    const run = await runCliCaptured(['list-manifests', '--json'], { cwd: root });
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { manifests: { concurrency_group: string }[] };
    expect(listed.manifests.map((entry) => entry.concurrency_group)).toEqual([
      `${PROD}-a/kms.yaml`,
      `${PROD}-b/kms.yaml`,
      `${PROD}-${STAGING}`,
      STAGING,
    ]);
    expect(run.stderr).toContain(
      `accounts ${PROD}, ${STAGING} have keys in more than one manifest`,
    );
  });

  it('says so when there is nothing to list', async () => {
    const run = await runCliCaptured(['list-manifests'], { cwd: repository({}) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('No manifests found.\n');
  });
});
