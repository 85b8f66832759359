/**
 * The package installs like a tool: `npm pack` of this checkout (its committed dist/), then
 * `npm install -g` of the tarball into a temporary prefix, offline and with an empty cache,
 * so the install can use nothing but what the tarball ships. The installed `kms-action` then
 * runs from a directory outside the repository, where no node_modules can be found.
 * And like a library: installed into a project, `import { validate } from 'kms-action'`
 * returns the CLI's JSON document, and its declarations type-check a TypeScript consumer.
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
let project: string;

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

  project = await mkdtemp(join(scratch, 'project-'));
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  npm(
    [
      'install',
      '--offline',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      join(scratch, packed.filename),
    ],
    project,
  );
  await writeFile(join(project, 'kms.yaml'), VALID);
  await writeFile(join(project, 'bad.yaml'), VALID.replace('region:', 'regoin:'));
}, 120_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the packed tarball installed with npm install -g', () => {
  it('ships the bundle, the schema, the README and the MIT licence, nothing else', () => {
    expect(packedFiles).toContain('dist/cli/index.js');
    expect(packedFiles).toContain('schemas/kms.schema.json');
    expect(packedFiles).toContain('LICENSE');
    expect(packedFiles).toContain('dist/lib/index.js');
    expect(packedFiles).toContain('dist/types/lib/index.d.ts');
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

/** The test's environment without what would change the results (the ownership tag's repository). */
function projectEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NODE_PATH'];
  delete env['GITHUB_REPOSITORY'];
  return env;
}

/** Runs a script of the consumer project with Node, outside the repository. */
function runNode(script: string, args: string[] = []): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script, ...args], {
    cwd: project,
    encoding: 'utf8',
    env: projectEnv(),
  });
}

describe('the packed tarball installed into a project, imported as a library', () => {
  it("import { validate } from 'kms-action' returns the CLI's validate JSON", async () => {
    await writeFile(
      join(project, 'validate.mjs'),
      `import { validate, ManifestError, UsageError } from 'kms-action';
const results = {
  valid: await validate({ file: 'kms.yaml' }),
  invalid: await validate({ file: 'bad.yaml' }),
  text: await validate({ text: ${JSON.stringify(VALID)}, file: 'kms.yaml' }),
  errors: [ManifestError.name, UsageError.name],
};
process.stdout.write(JSON.stringify(results));
`,
    );
    const run = runNode('validate.mjs');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as Record<string, unknown>;

    const cliValid = spawnSync(bin, ['validate', '--format', 'json'], {
      cwd: project,
      encoding: 'utf8',
      env: projectEnv(),
    });
    expect(results['valid']).toEqual(JSON.parse(cliValid.stdout));
    expect(results['valid']).toMatchObject({ format_version: 1, valid: true, errors: [] });
    const cliInvalid = spawnSync(bin, ['validate', '-f', 'bad.yaml', '--format', 'json'], {
      cwd: project,
      encoding: 'utf8',
      env: projectEnv(),
    });
    expect(results['invalid']).toEqual(JSON.parse(cliInvalid.stdout));
    expect(results['invalid']).toMatchObject({ valid: false });
    expect(results['text']).toEqual(results['valid']);
    expect(results['errors']).toEqual(['ManifestError', 'UsageError']);
  });

  it('importing it reads no environment variable and no stdin, and exports only the API', async () => {
    // Node's own loader reads some variables; compare with importing an empty module.
    await writeFile(join(project, 'empty.mjs'), 'export {};\n');
    await writeFile(
      join(project, 'spy.mjs'),
      `const read = new Set();
process.env = new Proxy(process.env, {
  get(target, name) {
    if (typeof name === 'string') read.add(name);
    return Reflect.get(target, name);
  },
});
let stdin = false;
Object.defineProperty(process, 'stdin', { get() { stdin = true; return undefined; } });
const module = await import(process.argv[2]);
process.stdout.write(JSON.stringify({ exports: Object.keys(module).sort(), env: [...read].sort(), stdin }));
`,
    );
    const library = runNode('spy.mjs', ['kms-action']);
    const baseline = runNode('spy.mjs', ['./empty.mjs']);
    expect(library.stderr).toBe('');
    const seen = JSON.parse(library.stdout) as { exports: string[]; env: string[]; stdin: boolean };
    const expected = JSON.parse(baseline.stdout) as { env: string[] };
    expect(seen.env).toEqual(expected.env);
    expect(seen.stdin).toBe(false);
    expect(seen.exports).toEqual([
      'AwsAccessError',
      'ManifestError',
      'PlanError',
      'UsageError',
      'access',
      'drift',
      'explainAccess',
      'lintPolicy',
      'plan',
      'validate',
    ]);
  });

  it('its declarations type-check a strict TypeScript consumer (NodeNext)', async () => {
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2022'],
          types: [],
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    await writeFile(
      join(project, 'consumer.ts'),
      `import { validate, plan, ManifestError, type PlanJson, type ValidateJson } from 'kms-action';
const result: ValidateJson = await validate({ file: 'kms.yaml' });
const errors: number = result.errors.length;
const planned: (options: { file: string }) => Promise<PlanJson> = plan;
const risk: 'safe' | 'disruptive' | 'destructive' | undefined = (await planned({ file: 'kms.yaml' })).changes[0]?.risk;
// @ts-expect-error format_version of validate is the literal 1
const wrong: 2 = result.format_version;
export { errors, risk, wrong, ManifestError };
`,
    );
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project],
      { cwd: project, encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
