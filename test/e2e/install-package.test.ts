/**
 * The package installs like a tool: `npm pack` of this checkout (its committed dist/), then
 * `npm install -g` of the tarball into a temporary prefix, offline and with an empty cache,
 * so the install can use nothing but what the tarball ships. The installed `kms-action` then
 * runs from a directory outside the repository, where no node_modules can be found.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
const VALID = `version: 1
accounts: { production: '111122223333' }
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
  s3-app: arn:aws:iam::111122223333:role/app-s3
keys:
  prod-s3:
    account: production
    environment: production
    service: s3
    region: us-east-1
    description: CMK for S3 encryption - Production
    aliases: [alias/prod-s3-encryption]
    policy:
      admins: [kms-admin]
      users: [s3-app]
      via_service: [s3]
      encryption_context: { project: portfolio }
`;

let scratch: string;
let packedFiles: string[];
let bin: string;
let workDir: string;

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    env: {
      ...process.env,
      npm_config_cache: join(scratch, 'cache'),
      npm_config_update_notifier: 'false',
    },
  });
  if (result.status !== 0)
    throw new Error(`npm ${args.join(' ')} failed (${String(result.status)}):\n${result.stderr}`);
  return result;
}

function kmsAction(args: string[]): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env['NODE_PATH'];
  return spawnSync(bin, args, {
    cwd: workDir,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    env,
  });
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kms-action-install-'));
  const pack = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], ROOT);
  const [packed] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
  packedFiles = packed.files.map((file) => file.path);
  const prefix = join(scratch, 'prefix');
  npm(
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--offline',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      join(scratch, packed.filename),
    ],
    scratch,
  );
  bin =
    process.platform === 'win32'
      ? join(prefix, 'kms-action.cmd')
      : join(prefix, 'bin', 'kms-action');
  workDir = await mkdtemp(join(scratch, 'elsewhere-'));
  await writeFile(join(workDir, 'kms.yaml'), VALID);
  await writeFile(join(workDir, 'bad.yaml'), VALID.replace('region:', 'regoin:'));
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the packed tarball installed with npm install -g', () => {
  it('ships the bundle, the schema, the README and the MIT licence, nothing else', () => {
    expect(packedFiles).toContain('dist/cli/index.js');
    expect(packedFiles).toContain('schemas/kms.schema.json');
    expect(packedFiles).toContain('LICENSE');
    const unexpected = packedFiles.filter(
      (path) =>
        !path.startsWith('dist/') &&
        !['package.json', 'README.md', 'LICENSE', 'schemas/kms.schema.json'].includes(path),
    );
    expect(unexpected).toEqual([]);
  });

  it('installs no dependencies: the bundle is all it needs', () => {
    const installed = join(bin, '..', '..', 'lib', 'node_modules', 'kms-action');
    if (process.platform !== 'win32') expect(existsSync(join(installed, 'dist'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
  });

  it('answers --help and --version from another directory', () => {
    const help = kmsAction(['--help']);
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kms-action <command>/);
    const versionRun = kmsAction(['--version']);
    expect(versionRun.stdout.trim()).toBe(version);
  });

  it('validates a manifest in the current directory: exit 0 valid, exit 2 invalid', () => {
    const valid = kmsAction(['validate', '--format', 'json']);
    expect(valid.status).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ valid: true, errors: [] });

    const invalid = kmsAction(['validate', '-f', 'bad.yaml']);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('bad.yaml:');
    expect(invalid.stderr).toContain('`regoin`');
  });
});
