import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeUntilReaderLeaves } from '../../cli/write-until-reader-leaves.ts';
import { generateManifest } from '../../bench/generate-manifest.ts';

class FakeStream extends EventEmitter {
  written: string[] = [];
  write(text: string): boolean {
    this.written.push(text);
    return true;
  }
}

function errorWithCode(code: string): Error {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('writeUntilReaderLeaves', () => {
  it('writes until the reader leaves (EPIPE), then drops the rest: no failure', () => {
    const stream = new FakeStream();
    const writer = writeUntilReaderLeaves(stream);
    writer.write('first\n');
    stream.emit('error', errorWithCode('EPIPE'));
    writer.write('second\n');
    expect(stream.written).toEqual(['first\n']);
    expect(writer.failure()).toBeUndefined();
  });

  it('stops at any other write error without throwing, and keeps it for the end of the run', () => {
    const stream = new FakeStream();
    const writer = writeUntilReaderLeaves(stream);
    expect(() => stream.emit('error', errorWithCode('ENOSPC'))).not.toThrow();
    writer.write('more\n');
    expect(stream.written).toEqual([]);
    expect(writer.failure()?.message).toBe('write ENOSPC');
  });
});

describe('the CLI with its output piped into a reader that leaves early', () => {
  let scratch = '';
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'kms-action-epipe-'));
    // Enough output (about 2 MB of access tables) to outgrow any pipe buffer.
    await writeFile(join(scratch, 'kms.yaml'), generateManifest(600));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('ends with its own exit code and no stack trace (was: unhandled EPIPE error)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/index.ts', 'access', '-f', join(scratch, 'kms.yaml')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (stderr += text));
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).not.toContain('Unhandled');
    expect(code).toBe(0);
  }, 60_000);

  it('runs on to its end when its output cannot be written, and fails with exit 2 (was: crash at the first line)', async () => {
    if (process.platform !== 'linux') return;
    const { openSync, closeSync } = await import('node:fs');
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'cli/index.ts', 'validate', '-f', join(scratch, 'kms.yaml')],
        { stdio: ['ignore', full, 'pipe'] },
      );
      let stderr = '';
      const errors = child.stderr;
      if (errors === null) throw new Error('stderr is piped');
      errors.setEncoding('utf8');
      errors.on('data', (text: string) => (stderr += text));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toContain('the output could not be written');
      expect(stderr).not.toContain('    at ');
      expect(code).toBe(2);
    } finally {
      closeSync(full);
    }
  }, 60_000);
});
