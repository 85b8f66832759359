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
  it('writes until the reader leaves (EPIPE), then drops the rest without an error', () => {
    const stream = new FakeStream();
    const write = writeUntilReaderLeaves(stream);
    write('first\n');
    stream.emit('error', errorWithCode('EPIPE'));
    write('second\n');
    expect(stream.written).toEqual(['first\n']);
  });

  it('throws any other write error', () => {
    const stream = new FakeStream();
    writeUntilReaderLeaves(stream);
    expect(() => stream.emit('error', errorWithCode('ENOSPC'))).toThrow('write ENOSPC');
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
});
