/** Resolves on the first Ctrl-C (SIGINT) or SIGTERM: for scripts that keep a server in the foreground. */
export async function waitForInterrupt(): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = (): void => {
      process.removeListener('SIGINT', done);
      process.removeListener('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
