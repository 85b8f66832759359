import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli/run-cli-helper.ts';

/**
 * Guard: `list-manifests` never follows a symbolic link. A checkout holds whatever a pull
 * request committed, links included; a link to a directory or file outside the repository
 * must not put that file's accounts into a CI matrix (or make the search loop).
 */
const MANIFEST = (account: string) =>
  `version: 1\nkeys:\n  app:\n    account: "${account}"\n    region: us-east-1\n`;

function setup(): { root: string; outside: string } {
  const outside = mkdtempSync(join(tmpdir(), 'kms-action-outside-'));
  writeFileSync(join(outside, 'kms.yaml'), MANIFEST('999999999999'));
  const root = mkdtempSync(join(tmpdir(), 'kms-action-repo-'));
  writeFileSync(join(root, 'kms.yaml'), MANIFEST('111122223333'));
  return { root, outside };
}

describe('list-manifests and symbolic links', () => {
  it('does not follow a linked directory, a linked kms.yaml or a link loop', async () => {
    const { root, outside } = setup();
    symlinkSync(outside, join(root, 'linked-dir'));
    mkdirSync(join(root, 'team'));
    symlinkSync(join(outside, 'kms.yaml'), join(root, 'team', 'kms.yaml'));
    symlinkSync(root, join(root, 'team', 'loop'));
    const run = await runCliCaptured(['list-manifests', '--json'], { cwd: root });
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { manifests: { path: string; accounts: string[] }[] };
    expect(listed.manifests).toEqual([
      expect.objectContaining({ path: 'kms.yaml', accounts: ['111122223333'] }),
    ]);
  });

  it('refuses a path of .github/kms-action.yml reached through a link (exit 2)', async () => {
    const { root, outside } = setup();
    symlinkSync(outside, join(root, 'linked-dir'));
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github', 'kms-action.yml'), 'manifests: [linked-dir/kms.yaml]\n');
    const run = await runCliCaptured(['list-manifests', '--json'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'manifest linked-dir/kms.yaml is reached through the symbolic link linked-dir',
    );
  });

  it('refuses a .github/kms-action.yml that is itself a link (exit 2)', async () => {
    const { root, outside } = setup();
    writeFileSync(join(outside, 'config.yml'), 'manifests: [kms.yaml]\n');
    mkdirSync(join(root, '.github'));
    symlinkSync(join(outside, 'config.yml'), join(root, '.github', 'kms-action.yml'));
    const run = await runCliCaptured(['list-manifests'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.github/kms-action.yml must be a regular file');
  });
});
