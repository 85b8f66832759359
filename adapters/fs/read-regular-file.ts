import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { join } from 'node:path';

/** A file read from a checkout, or why it was not read. */
export type RegularFileRead =
  | { kind: 'file'; content: Uint8Array }
  | { kind: 'missing' }
  /** `path`: the first component (relative to the root) that is a symbolic link. */
  | { kind: 'symlink'; path: string }
  | { kind: 'not-a-file'; type: FileType }
  | { kind: 'too-large'; size: number };

export type FileType =
  'directory' | 'FIFO' | 'socket' | 'character device' | 'block device' | 'special file';

/**
 * Reads `relativePath` (`/`-separated) under `root` only when it is a regular file reached
 * without a symbolic link: a link in a checkout (committed by anyone who can open a pull
 * request) could point at any file on the runner, and a FIFO or a device would hang the read
 * or never end. `root` itself is trusted. The file is opened with O_NOFOLLOW and O_NONBLOCK
 * and checked again on the open handle, so a swap after the checks is refused too, and at
 * most `maxBytes + 1` bytes are read.
 */
export async function readRegularFile(
  root: string,
  relativePath: string,
  maxBytes: number,
): Promise<RegularFileRead> {
  const parts = relativePath.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0) return { kind: 'not-a-file', type: 'directory' };
  let absolute = root;
  for (const [index, part] of parts.entries()) {
    absolute = join(absolute, part);
    let info;
    try {
      info = await lstat(absolute);
    } catch (error) {
      if (isMissing(error)) return { kind: 'missing' };
      throw error;
    }
    if (info.isSymbolicLink())
      return { kind: 'symlink', path: parts.slice(0, index + 1).join('/') };
    const last = index === parts.length - 1;
    if (!last && !info.isDirectory()) return { kind: 'missing' };
    if (last && !info.isFile()) return { kind: 'not-a-file', type: fileTypeOf(info) };
  }

  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    if (isErrno(error, 'ELOOP')) return { kind: 'symlink', path: parts.join('/') };
    if (isMissing(error)) return { kind: 'missing' };
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'not-a-file', type: fileTypeOf(info) };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        // Grew since the stat: never read past the limit.
        if (length > maxBytes) return { kind: 'too-large', size: (await handle.stat()).size };
        break;
      }
    }
    return { kind: 'file', content: buffer.slice(0, length) };
  } finally {
    await handle.close();
  }
}

// Absent on Windows (whatever the types say), where the lstat checks above are the guard.
const platform: Partial<typeof constants> = constants;
const NO_FOLLOW = platform.O_NOFOLLOW ?? 0;
const NON_BLOCK = platform.O_NONBLOCK ?? 0;

interface TypeProbe {
  isDirectory: () => boolean;
  isFIFO: () => boolean;
  isSocket: () => boolean;
  isCharacterDevice: () => boolean;
  isBlockDevice: () => boolean;
}

function fileTypeOf(info: TypeProbe): FileType {
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  return 'special file';
}

function isMissing(error: unknown): boolean {
  return isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR');
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
