/** The part of a process's output stream that `writeUntilReaderLeaves` uses. */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** A writer that stops at the stream's first error, and what that error was. */
export interface StoppingWriter {
  write: (text: string) => void;
  /** The stream's error other than EPIPE (a full disk: ENOSPC), once there was one. */
  failure: () => Error | undefined;
}

/**
 * A writer for `stream` that stops writing, without throwing, at the stream's first error. Its
 * reader leaving (`kms-action access | head`: EPIPE) is no failure. Any other error (a log
 * file on a full disk) is kept for the caller to report once the command has ended. Either
 * way the command runs on to its end: an `apply` must not stop between two AWS writes because
 * its output could not be written.
 */
export function writeUntilReaderLeaves(stream: OutputStream): StoppingWriter {
  let stopped = false;
  let failure: Error | undefined;
  stream.on('error', (error) => {
    stopped = true;
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failure ??= error;
  });
  return {
    write: (text) => {
      if (!stopped) stream.write(text);
    },
    failure: () => failure,
  };
}
