import type { ReadProgress, ReadProgressListener } from '../adapters/aws/read-progress.ts';
import type { CliIo } from './cli-io.ts';

/** At most this many keys read without a word; more show progress on stderr. */
export const QUIET_KEY_COUNT = 20;

/**
 * Progress of a long read on stderr, never on stdout (which may hold JSON or YAML). Silent for
 * `keys` of at most `QUIET_KEY_COUNT` (when `keys` is undefined, for a Region of at most that
 * many). On a terminal, one line rewritten as keys are read (`n/N keys read`), ended when an
 * account and Region is done; otherwise one line per account and Region when it is done.
 * Call `end` when the read is over, also when it failed.
 */
export function reportProgress(
  io: CliIo,
  keys: number | undefined,
): { onProgress: ReadProgressListener; end: () => void } {
  const terminal = io.stderrIsTty === true;
  let open = false;
  const onProgress = (progress: ReadProgress): void => {
    if ((keys ?? progress.total) <= QUIET_KEY_COUNT) return;
    const done = progress.read === progress.total;
    const text = `kms-action: account ${progress.account} ${progress.region}: ${String(progress.read)}/${String(progress.total)} keys read`;
    if (terminal) {
      io.stderr(`\r\u001b[K${text}${done ? '\n' : ''}`);
      open = !done;
    } else if (done) {
      io.stderr(`${text}\n`);
    }
  };
  // A read that stops half way (an error) leaves no half-written line before the message.
  const end = (): void => {
    if (open) io.stderr('\n');
    open = false;
  };
  return { onProgress, end };
}
