/** The part of a process's output stream that `writeUntilReaderLeaves` uses. */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * A writer for `stream` that stops writing, without an error, once its reader has gone
 * (`kms-action access | head`: EPIPE). The command itself runs on to its end: an `apply`
 * whose output pipe closes must not stop between two AWS writes, and its exit code still
 * tells how it ended. Any other write error is thrown as before.
 */
export function writeUntilReaderLeaves(stream: OutputStream): (text: string) => void {
  let readerLeft = false;
  stream.on('error', (error) => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
      readerLeft = true;
      return;
    }
    throw error;
  });
  return (text) => {
    if (!readerLeft) stream.write(text);
  };
}
