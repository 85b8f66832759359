/**
 * Starts the KMS emulator (moto server, SPEC section 7) for integration tests, the demo and
 * the benchmark. No vitest imports here: `scripts/demo.ts` and `bench/` import this file too.
 *
 * 1. Finds a Python interpreter (`KMS_ACTION_PYTHON`, else `python3`) with `venv`.
 * 2. Creates `.cache/moto-venv` from `scripts/emulator/requirements.txt` when it is missing
 *    or the requirements (or the interpreter) changed: a stamp file in the venv records both.
 * 3. Starts `scripts/emulator/moto_server.py` (moto's server, RSA keys made lazily) on a free
 *    port of 127.0.0.1, waits until it answers, and returns its endpoint and `stop()`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Emulator {
  /** `http://127.0.0.1:<port>`: pass as the SDK's `endpoint` or `AWS_ENDPOINT_URL`. */
  endpoint: string;
  port: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). Safe to call twice. */
  stop: () => Promise<void>;
}

export interface StartEmulatorOptions {
  /** Repository root; default: the checkout this file is in. */
  rootDir?: string;
  /** Interpreter that creates the venv; default `KMS_ACTION_PYTHON` or `python3`. */
  python?: string;
  /** Port of 127.0.0.1 to listen on; default: a free one. */
  port?: number;
  /** How long to wait for the server to answer; default 30 s. */
  startTimeoutMs?: number;
  /** Progress messages (venv creation); default: none. */
  log?: (message: string) => void;
}

/** No usable Python: the emulator tier cannot run on this machine until it is installed. */
export class EmulatorUnavailableError extends Error {
  override name = 'EmulatorUnavailableError';
}

const INSTALL_HINT =
  'Install Python 3.9 or newer with the venv module (Debian/Ubuntu: `apt-get install python3 python3-venv`; ' +
  'macOS: `brew install python`; Windows: python.org), or point KMS_ACTION_PYTHON at an interpreter.';
const VENV_DIR = '.cache/moto-venv';
const REQUIREMENTS = 'scripts/emulator/requirements.txt';
const SERVER_SCRIPT = 'scripts/emulator/moto_server.py';
const STAMP_FILE = '.kms-action-requirements.sha256';
const LOCK_STALE_MS = 15 * 60_000;

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<Emulator> {
  const rootDir = options.rootDir ?? defaultRootDir();
  const venvPython = await ensureMotoVenv(options);
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const script = path.join(rootDir, SERVER_SCRIPT);
  if (options.port !== undefined) {
    // Another server on that port would answer the readiness probe in moto's place.
    if (!(await isPortFree(options.port)))
      throw new Error(
        `port ${String(options.port)} of 127.0.0.1 is in use: choose another port, or none for a free one`,
      );
    return await launchServer(venvPython, script, options.port, timeoutMs);
  }
  let lastError: Error | undefined;
  // A free port can be taken by someone else between probing and binding: try a few.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await findFreePort();
    try {
      return await launchServer(venvPython, script, port, timeoutMs);
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error));
      if (!/address already in use/i.test(lastError.message)) throw lastError;
    }
  }
  throw lastError ?? new Error('moto server did not start');
}

/**
 * Creates or refreshes `.cache/moto-venv` and returns the path of its Python interpreter.
 * Concurrent callers (two test runs in one checkout) wait for one another through a lock
 * directory; the stamp file is written last, so a half-built venv is never used.
 */
export async function ensureMotoVenv(options: StartEmulatorOptions = {}): Promise<string> {
  const rootDir = options.rootDir ?? defaultRootDir();
  const log = options.log ?? (() => undefined);
  const basePython = options.python ?? process.env['KMS_ACTION_PYTHON'] ?? 'python3';
  const pythonVersion = checkPython(basePython);
  const venvDir = path.join(rootDir, VENV_DIR);
  const venvPython =
    process.platform === 'win32'
      ? path.join(venvDir, 'Scripts', 'python.exe')
      : path.join(venvDir, 'bin', 'python');
  const requirementsFile = path.join(rootDir, REQUIREMENTS);
  const requirements = await readFile(requirementsFile);
  const stamp = createHash('sha256')
    .update(requirements)
    .update(`\npython ${pythonVersion}\n`)
    .digest('hex');
  const stampFile = path.join(venvDir, STAMP_FILE);
  const isCurrent = async (): Promise<boolean> =>
    (await readFile(stampFile, 'utf8').catch(() => '')).trim() === stamp;

  if (await isCurrent()) return venvPython;
  const lockDir = `${venvDir}.lock`;
  // A fresh checkout has no .cache/ yet: the lock lives in it.
  await mkdir(path.dirname(venvDir), { recursive: true });
  await acquireLock(lockDir, isCurrent, log);
  try {
    if (await isCurrent()) return venvPython;
    log(
      `Creating the moto venv in ${VENV_DIR} from ${REQUIREMENTS} (Python ${pythonVersion}); once per requirements change.`,
    );
    await run(basePython, ['-m', 'venv', '--clear', venvDir], rootDir);
    await run(
      venvPython,
      ['-m', 'pip', 'install', '--disable-pip-version-check', '-r', requirementsFile],
      rootDir,
    );
    await writeFile(stampFile, `${stamp}\n`);
    log('moto venv ready.');
    return venvPython;
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

function defaultRootDir(): string {
  return fileURLToPath(new URL('../..', import.meta.url));
}

/** Returns the interpreter's version, or throws EmulatorUnavailableError naming what to install. */
function checkPython(python: string): string {
  const probe = spawnSync(
    python,
    [
      '-c',
      'import sys, venv, ensurepip; assert sys.version_info >= (3, 9), "Python 3.9+ needed"; print(sys.version.split()[0])',
    ],
    { encoding: 'utf8' },
  );
  if (probe.error !== undefined) {
    const code = (probe.error as NodeJS.ErrnoException).code;
    throw new EmulatorUnavailableError(
      code === 'ENOENT'
        ? `${python} not found on PATH: the KMS emulator (moto) needs it. ${INSTALL_HINT}`
        : `${python} could not be run (${probe.error.message}). ${INSTALL_HINT}`,
    );
  }
  if (probe.status !== 0) {
    const lastLine = probe.stderr.trim().split('\n').at(-1) ?? '';
    throw new EmulatorUnavailableError(
      `${python} cannot create a venv for the KMS emulator (${lastLine}). ${INSTALL_HINT}`,
    );
  }
  return probe.stdout.trim();
}

async function acquireLock(
  lockDir: string,
  isDone: () => Promise<boolean>,
  log: (message: string) => void,
): Promise<void> {
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, 'pid'), `${process.pid}\n`);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const lockStat = await stat(lockDir).catch(() => undefined);
    if (lockStat !== undefined && Date.now() - lockStat.mtimeMs > LOCK_STALE_MS) {
      log(`Removing a stale lock ${lockDir} (older than 15 minutes).`);
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (await isDone()) return;
    if (!announced) log(`Waiting for another process that is building the moto venv (${lockDir}).`);
    announced = true;
    await sleep(500);
  }
}

/** Runs a command; on failure the error carries the tail of its output. */
async function run(command: string, args: string[], cwd: string): Promise<void> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = collectOutput(child, 40);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed with exit code ${String(code)}:\n${output().join('\n')}`,
    );
  }
}

/** Keeps the last `limit` lines a child printed (stdout and stderr), for error messages. */
function collectOutput(child: ChildProcess, limit: number): () => string[] {
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > limit) lines.splice(0, lines.length - limit);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => [...lines];
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      resolve(false);
    });
    server.listen(port, '127.0.0.1', () => {
      server.close(() => {
        resolve(true);
      });
    });
  });
}

async function launchServer(
  venvPython: string,
  script: string,
  port: number,
  timeoutMs: number,
): Promise<Emulator> {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONUNBUFFERED: '1' };
  // moto would answer every request for this one account, breaking multi-account tests.
  delete env['MOTO_ACCOUNT_ID'];
  const child = spawn(venvPython, [script, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const output = collectOutput(child, 30);
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => {
      resolve(error.message);
    });
    child.once('exit', (code, signal) => {
      resolve(`exit code ${String(code)}, signal ${String(signal)}`);
    });
  });
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  let exitReason: string | undefined;
  void exited.then((reason) => {
    exitReason = reason;
  });
  while (Date.now() < deadline) {
    if (exitReason !== undefined) {
      process.removeListener('exit', killOnExit);
      throw new Error(
        `moto server exited before answering (${exitReason}):\n${output().join('\n')}`,
      );
    }
    if (await answers(endpoint)) return { endpoint, port, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(
    `moto server did not answer on ${endpoint} within ${timeoutMs} ms:\n${output().join('\n')}`,
  );
}

async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}
