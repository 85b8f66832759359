import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readManifestFile } from '../../../adapters/fs/read-manifest-file.ts';

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
    (await readManifestFile(file, join(base, cwd), env, '-f')).manifestPath;

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

  // Attack: a pull request adds a submodule (checked out with `submodules: true`) whose root
  // holds a `kms.yaml`. Its `.git` file made the submodule the root, so its manifest took the
  // ownership value of the superproject's own `kms.yaml` and planned its keys as its own.
  it('skips a submodule: its manifest is relative to the superproject, never taking its root manifest', async () => {
    mkdirSync(join(base, 'repo', '.git'));
    mkdirSync(join(base, 'repo', 'vendor', 'evil'), { recursive: true });
    writeFileSync(
      join(base, 'repo', 'vendor', 'evil', '.git'),
      'gitdir: ../../.git/modules/evil\n',
    );
    writeFileSync(join(base, 'repo', 'vendor', 'evil', 'kms.yaml'), 'version: 1\n');
    expect(await pathFrom('repo', 'vendor/evil/kms.yaml')).toBe('vendor/evil/kms.yaml');
    expect(await pathFrom('repo/vendor/evil', 'kms.yaml')).toBe('vendor/evil/kms.yaml');
  });

  // The same attack with the submodule at `worktrees/evil`: git keeps its git directory at
  // `.git/modules/worktrees/evil`, whose last segments look like a worktree's
  // (`.git/worktrees/<id>`). Only a git directory with a `commondir` file is a worktree's.
  it.each([
    ['worktrees/evil', 'gitdir: ../../.git/modules/worktrees/evil\n'],
    ['a/worktrees/evil', 'gitdir: ../../../.git/modules/a/worktrees/evil\n'],
    ['worktrees/evil', 'gitdir: ..\\..\\.git\\modules\\worktrees\\evil\r\n'],
  ])(
    'skips a submodule at %s although its git directory ends in worktrees/<name>',
    async (at, gitFile) => {
      mkdirSync(join(base, 'repo', '.git', 'modules', ...at.split('/')), { recursive: true });
      writeFileSync(join(base, 'repo', '.git', 'modules', ...at.split('/'), 'HEAD'), 'ref: x\n');
      mkdirSync(join(base, 'repo', ...at.split('/')), { recursive: true });
      writeFileSync(join(base, 'repo', ...at.split('/'), '.git'), gitFile);
      writeFileSync(join(base, 'repo', ...at.split('/'), 'kms.yaml'), 'version: 1\n');
      expect(await pathFrom(`repo/${at}`, 'kms.yaml')).toBe(`${at}/kms.yaml`);
    },
  );

  it('takes a worktree as the root, also under a directory named modules', async () => {
    const gitDir = join(base, 'modules', 'main', '.git');
    mkdirSync(join(gitDir, 'worktrees', 'wt'), { recursive: true });
    writeFileSync(join(gitDir, 'worktrees', 'wt', 'commondir'), '../..\n');
    writeFileSync(join(base, 'repo', '.git'), `gitdir: ${join(gitDir, 'worktrees', 'wt')}\n`);
    expect(await pathFrom('repo/infra', 'kms.yaml')).toBe('infra/kms.yaml');
  });

  it('refuses a .git file it cannot read as a worktree or a submodule', async () => {
    writeFileSync(join(base, 'repo', '.git'), 'not a gitdir line\n');
    await expect(pathFrom('repo/infra', 'kms.yaml')).rejects.toThrow(
      /\.git is neither a directory nor a file of the form `gitdir: <path>`/,
    );
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
