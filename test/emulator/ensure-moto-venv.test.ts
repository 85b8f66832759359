import { chmod, cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureMotoVenv } from './start-emulator.ts';

/**
 * A stand-in interpreter: answers the version probe, "creates" a venv by copying itself to
 * <dir>/bin/python, and records pip installs, so the venv logic runs in milliseconds.
 */
const FAKE_PYTHON = `#!/bin/sh
if [ "$1" = "-c" ]; then echo "3.11.7"; exit 0; fi
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  dir="$4"; mkdir -p "$dir/bin"; cp "$0" "$dir/bin/python"; exit 0
fi
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then echo "$@" >> "$(dirname "$0")/../pip-calls"; exit 0; fi
exit 3
`;

describe('ensureMotoVenv', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root !== undefined) await rm(root, { recursive: true, force: true });
  });

  async function freshCheckout(): Promise<{ root: string; python: string }> {
    root = await mkdtemp(join(tmpdir(), 'kms-action-venv-'));
    await cp('scripts/emulator/requirements.txt', join(root, 'scripts/emulator/requirements.txt'), {
      recursive: true,
    });
    const python = join(root, 'fake-python');
    await writeFile(python, FAKE_PYTHON);
    await chmod(python, 0o755);
    return { root, python };
  }

  it('creates the venv in a fresh checkout that has no .cache folder yet', async () => {
    const checkout = await freshCheckout();
    const venvPython = await ensureMotoVenv({ rootDir: checkout.root, python: checkout.python });
    expect(venvPython).toBe(join(checkout.root, '.cache/moto-venv/bin/python'));
    expect((await stat(venvPython)).isFile()).toBe(true);
    expect(await readFile(join(checkout.root, '.cache/moto-venv/pip-calls'), 'utf8')).toContain(
      'install',
    );
  });

  it('reuses a current venv without installing again', async () => {
    const checkout = await freshCheckout();
    await ensureMotoVenv({ rootDir: checkout.root, python: checkout.python });
    await ensureMotoVenv({ rootDir: checkout.root, python: checkout.python });
    const installs = (await readFile(join(checkout.root, '.cache/moto-venv/pip-calls'), 'utf8'))
      .trim()
      .split('\n');
    expect(installs).toHaveLength(1);
  });
});
