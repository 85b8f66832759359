/**
 * Runs `read` with `process.env` replaced by a plain copy of itself, and puts the real one
 * back after. yaml's Parser reads `process.env.LOG_TOKENS` at every lexeme, and each read of
 * Node's real environment is a call into Node: about a quarter of a second for 1 MiB of
 * YAML, a tenth of the whole `validate` command. The copy holds the same values and `read`
 * is synchronous, so no other code runs while it is in place. Without a writable
 * `process.env` (not Node), `read` runs as it is.
 */
export function withPlainEnvironment<T>(read: () => T): T {
  const host = (globalThis as { process?: { env?: unknown } }).process;
  const real = host?.env;
  if (host === undefined || real === undefined || real === null) return read();
  try {
    host.env = { ...(real as Record<string, unknown>) };
  } catch {
    return read();
  }
  try {
    return read();
  } finally {
    host.env = real;
  }
}
