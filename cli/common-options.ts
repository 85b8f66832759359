import { UsageError } from '../core/errors.ts';

/** Checks `--format` against what the command can print. */
export function parseFormat<const T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--format must be one of ${allowed.join(', ')}, got '${value}'`);
}

/**
 * Repository part of the ownership tag: the option, else GitHub's own variable, else `local`.
 * `optionName` names the option in messages (the CLI's `--repository`, the library's).
 */
export function repositoryOf(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  optionName = '--repository',
): string {
  const repository: unknown = option ?? env['GITHUB_REPOSITORY'] ?? 'local';
  // A library caller may pass any value: `test` would coerce an array or object to text.
  if (typeof repository !== 'string') {
    throw new UsageError(`--repository must look like 'owner/name', got ${typeof repository}`);
  }
  if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)?$/.test(repository)) {
    throw new UsageError(`${optionName} must look like 'owner/name', got '${repository}'`);
  }
  return repository;
}
