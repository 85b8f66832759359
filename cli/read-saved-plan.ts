import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { readRegularFile, type RegularFileRead } from '../adapters/fs/read-regular-file.ts';
import { UsageError, errorMessage } from '../core/errors.ts';
import type { SavedPlan } from '../core/plan/build-saved-plan.ts';
import { parseSavedPlan } from '../core/plan/parse-saved-plan.ts';

/** Far above the file of any real plan (about 300 bytes per change). */
export const MAX_SAVED_PLAN_BYTES = 32 * 1024 * 1024;

/**
 * Reads the file of `apply --plan`: a regular file (no symbolic link, FIFO or device) of at
 * most 32 MiB, parsed strictly (`parseSavedPlan`). Every failure is a `UsageError` (exit 2).
 */
export async function readSavedPlan(file: string, cwd: string): Promise<SavedPlan> {
  const absolute = resolve(cwd, file);
  const path = relative(cwd, absolute).split(sep).join('/');
  const inside = path !== '' && !path.startsWith('../') && !isAbsolute(path);
  let read: RegularFileRead;
  try {
    read = inside
      ? await readRegularFile(cwd, path, MAX_SAVED_PLAN_BYTES)
      : await readRegularFile(dirname(absolute), basename(absolute), MAX_SAVED_PLAN_BYTES);
  } catch (error) {
    throw new UsageError(`cannot read plan file ${file}: ${errorMessage(error)}`);
  }
  switch (read.kind) {
    case 'missing':
      throw new UsageError(
        `plan file ${file} not found (working directory ${cwd}); save one with kms-action plan --out ${file}`,
      );
    case 'symlink':
      throw new UsageError(
        `plan file ${file} must be a regular file reached without a symbolic link, but ${read.path} is a symbolic link; pass the path of the file itself`,
      );
    case 'not-a-file':
      throw new UsageError(`plan file ${file} must be a regular file, got a ${read.type}`);
    case 'too-large':
      throw new UsageError(
        `plan file ${file} is ${String(read.size)} bytes, more than the ${String(MAX_SAVED_PLAN_BYTES)} a plan file may have`,
      );
    case 'file': {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(read.content);
      } catch {
        throw new UsageError(
          `plan file ${file} is not UTF-8 text; save it again with kms-action plan --out`,
        );
      }
      return parseSavedPlan(text, file);
    }
  }
}
