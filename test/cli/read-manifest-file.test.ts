import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readManifestFile } from '../../cli/read-manifest-file.ts';

describe('readManifestFile: the ownership path does not depend on the working directory', () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'kms-root-'));
    mkdirSync(join(base, 'repo', 'infra', 'sub'), { recursive: true });
    mkdirSync(join(base, 'repo', 'tools'));
    writeFileSync(join(base, 'repo', 'infra', 'kms.yaml'), 'version: 1\n');
  });
  afterEach(() => {
    rmSync(base, { recursive: true, force: true });
  });

  const pathFrom = async (cwd: string, file: string, env: Record<string, string> = {}) =>
    (await readManifestFile(file, join(base, cwd), env)).manifestPath;

  it.each([
    ['repo', 'infra/kms.yaml'],
    ['repo/infra', 'kms.yaml'],
    ['repo/infra/sub', '../kms.yaml'],
    ['repo/tools', '../infra/kms.yaml'],
    ['.', 'repo/infra/kms.yaml'],
  ])(
    'from %s with -f %s: infra/kms.yaml, relative to the directory holding .git',
    async (cwd, file) => {
      mkdirSync(join(base, 'repo', '.git'));
      expect(await pathFrom(cwd, file)).toBe('infra/kms.yaml');
    },
  );

  it('takes a .git file (a worktree or submodule) as the root too', async () => {
    writeFileSync(join(base, 'repo', '.git'), 'gitdir: /elsewhere\n');
    expect(await pathFrom('repo/infra', 'kms.yaml')).toBe('infra/kms.yaml');
  });

  it('without .git, is relative to GITHUB_WORKSPACE when the manifest is inside it', async () => {
    const env = { GITHUB_WORKSPACE: join(base, 'repo') };
    expect(await pathFrom('repo/infra', 'kms.yaml', env)).toBe('infra/kms.yaml');
    expect(await pathFrom('repo', 'infra/kms.yaml', env)).toBe('infra/kms.yaml');
  });

  it('without .git or workspace, is the file name alone, from any directory', async () => {
    const env = { GITHUB_WORKSPACE: join(base, 'repo', 'tools') };
    expect(await pathFrom('repo', 'infra/kms.yaml', env)).toBe('kms.yaml');
    expect(await pathFrom('repo/infra/sub', '../kms.yaml')).toBe('kms.yaml');
  });
});
