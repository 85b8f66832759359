// `npm run lint:templates`: lints what users copy from this repository, with the tools
// GitHub and AWS users run on it:
//   actionlint  action.yml and every examples/workflows/*.yml, the workflows using this
//               Action as a local action (`uses: ./`), so their inputs are checked against
//               action.yml and action.yml's own metadata (branding, runs.main) is checked;
//   cfn-lint    every CloudFormation template under examples/iam/ and examples/app/ (the
//               app's SAM template for Lambda).
// Both are pinned and installed on first use under .cache/: actionlint with `go install`
// (GOBIN .cache/bin, through the Go module proxy), cfn-lint from the moto venv that the
// integration tests build from scripts/emulator/requirements.txt (it pins cfn-lint, a moto
// dependency), else into .cache/cfn-lint-venv. Exit status 1 on any finding.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureMotoVenv } from '../test/emulator/start-emulator.ts';

const ACTIONLINT_VERSION = 'v1.7.12';
const CFN_LINT_VERSION = '1.58.0';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, '.cache');
const WORKFLOWS = 'examples/workflows';
const TEMPLATE_DIRECTORIES = ['examples/iam', 'examples/app'];
/** `uses: acme/kms-action@v1` (any owner and ref) in the examples: this repository's Action. */
const USES_THIS_ACTION = /^(\s*(?:-\s+)?uses:\s*)[\w.-]+\/kms-action@[\w./-]+\s*$/;

const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

const failures: string[] = [];
await lintWorkflows(await ensureActionlint());
await lintTemplates(await ensureCfnLint());
if (failures.length > 0) {
  process.stderr.write(`lint:templates: findings in ${failures.join(', ')}\n`);
  process.exit(1);
}
log('lint:templates: no findings');

async function lintWorkflows(actionlint: string): Promise<void> {
  // A throwaway project: action.yml at its root and the examples under .github/workflows.
  const project = await mkdtemp(join(tmpdir(), 'kms-action-actionlint-'));
  try {
    await mkdir(join(project, '.git'));
    await mkdir(join(project, '.github', 'workflows'), { recursive: true });
    await copyFile(join(ROOT, 'action.yml'), join(project, 'action.yml'));
    // actionlint checks that runs.main exists: mirror the committed bundle's presence.
    if (existsSync(join(ROOT, 'dist', 'action', 'index.js'))) {
      await mkdir(join(project, 'dist', 'action'), { recursive: true });
      await writeFile(join(project, 'dist', 'action', 'index.js'), '');
    }
    const files = (await readdir(join(ROOT, WORKFLOWS))).filter((name) => /\.ya?ml$/.test(name));
    for (const name of files) {
      const text = await readFile(join(ROOT, WORKFLOWS, name), 'utf8');
      const local = text
        .split('\n')
        .map((line) => line.replace(USES_THIS_ACTION, '$1./'))
        .join('\n');
      await writeFile(join(project, '.github', 'workflows', name), local);
    }
    log(
      `actionlint ${ACTIONLINT_VERSION}: action.yml and ${files.length} workflow(s) of ${WORKFLOWS}/`,
    );
    // shellcheck and pyflakes are off: not installed everywhere, so results would vary.
    const result = spawnSync(actionlint, ['-shellcheck=', '-pyflakes=', '-no-color'], {
      cwd: project,
      encoding: 'utf8',
    });
    const output = `${result.stdout}${result.stderr}`
      .replaceAll(`${project}/`, '')
      .replaceAll('.github/workflows/', `${WORKFLOWS}/`);
    if (output.trim() !== '') process.stdout.write(output);
    if (result.status !== 0) failures.push(`${WORKFLOWS}/ or action.yml (actionlint)`);
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}

async function lintTemplates(cfnLint: string): Promise<void> {
  const files: string[] = [];
  for (const directory of TEMPLATE_DIRECTORIES) {
    const names = await readdir(join(ROOT, directory));
    files.push(
      ...names.filter((name) => /\.(ya?ml|json)$/.test(name)).map((name) => `${directory}/${name}`),
    );
  }
  log(`cfn-lint ${CFN_LINT_VERSION}: ${files.join(', ')}`);
  const result = spawnSync(cfnLint, ['--', ...files], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) failures.push(`${TEMPLATE_DIRECTORIES.join('/, ')}/ (cfn-lint)`);
}

/** `.cache/bin/actionlint` at the pinned version, built with `go install` when missing. */
async function ensureActionlint(): Promise<string> {
  const bin = join(CACHE, 'bin');
  const actionlint = join(bin, process.platform === 'win32' ? 'actionlint.exe' : 'actionlint');
  const version = (): string => versionLine(actionlint, '-version');
  if (existsSync(actionlint) && version() === ACTIONLINT_VERSION) return actionlint;
  await mkdir(bin, { recursive: true });
  log(`Installing actionlint ${ACTIONLINT_VERSION} into .cache/bin (go install, once)...`);
  run('go', ['install', `github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}`], {
    env: { ...process.env, GOBIN: bin },
    hint: 'actionlint is built from source: install Go 1.24 or newer (https://go.dev/dl/) with access to the Go module proxy (GOPROXY)',
  });
  if (version() !== ACTIONLINT_VERSION)
    throw new Error(
      `go install did not produce actionlint ${ACTIONLINT_VERSION}: got '${version()}'`,
    );
  return actionlint;
}

/** cfn-lint at the pinned version: the moto venv's, else a venv of its own under .cache/. */
async function ensureCfnLint(): Promise<string> {
  const binOf = (venv: string): string =>
    process.platform === 'win32'
      ? join(venv, 'Scripts', 'cfn-lint.exe')
      : join(venv, 'bin', 'cfn-lint');
  const versionOf = (cfnLint: string): string => versionLine(cfnLint, '--version');
  const wanted = `cfn-lint ${CFN_LINT_VERSION}`;

  await ensureMotoVenv({ rootDir: ROOT, log });
  const moto = binOf(join(CACHE, 'moto-venv'));
  if (versionOf(moto) === wanted) return moto;

  const venv = join(CACHE, 'cfn-lint-venv');
  const own = binOf(venv);
  if (versionOf(own) === wanted) return own;
  log(`Installing cfn-lint ${CFN_LINT_VERSION} into .cache/cfn-lint-venv (once)...`);
  const python = process.env['KMS_ACTION_PYTHON'] ?? 'python3';
  const hint =
    'cfn-lint needs Python 3.9 or newer with venv and pip (Debian/Ubuntu: apt-get install python3 python3-venv)';
  run(python, ['-m', 'venv', '--clear', venv], { hint });
  const pip =
    process.platform === 'win32'
      ? join(venv, 'Scripts', 'python.exe')
      : join(venv, 'bin', 'python');
  run(
    pip,
    ['-m', 'pip', 'install', '--disable-pip-version-check', `cfn-lint==${CFN_LINT_VERSION}`],
    { hint },
  );
  if (versionOf(own) !== wanted)
    throw new Error(`pip did not install ${wanted}: got '${versionOf(own)}'`);
  return own;
}

/** The first line a tool prints for its version; `''` when it is missing or fails. */
function versionLine(command: string, flag: string): string {
  if (!existsSync(command)) return '';
  const result = spawnSync(command, [flag], { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) return '';
  return result.stdout.split('\n')[0]?.trim() ?? '';
}

function run(command: string, args: string[], options: SpawnSyncOptions & { hint: string }): void {
  const { hint, ...spawnOptions } = options;
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...spawnOptions });
  if (result.error !== undefined)
    throw new Error(`${command} could not be run (${result.error.message}): ${hint}`);
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed with exit status ${String(result.status)}: ${hint}`,
    );
}
