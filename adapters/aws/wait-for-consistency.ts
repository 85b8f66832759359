/**
 * Eventual-consistency waits, the one documented hand-rolled retry (the SDK retries
 * throttling and transient errors itself). IAM principals take seconds to propagate, so
 * KMS answers MalformedPolicyDocumentException for a policy or grant naming a new role, and
 * a key just created may not be describable yet. terraform-provider-aws waits for these the
 * same way (about two minutes for propagation).
 */
export interface ConsistencyWait {
  /** Total time to keep trying, in milliseconds. Default 120 000. */
  timeoutMs: number;
  /** First delay, doubled each time up to 10 s. Default 1 000. */
  initialDelayMs: number;
}

export const DEFAULT_CONSISTENCY_WAIT: ConsistencyWait = {
  timeoutMs: 120_000,
  initialDelayMs: 1_000,
};

const PROPAGATION_ERRORS = ['MalformedPolicyDocumentException', 'InvalidArnException'];

export async function waitForConsistency<T>(
  operation: string,
  call: () => Promise<T>,
  wait: ConsistencyWait = DEFAULT_CONSISTENCY_WAIT,
  retryOn: readonly string[] = PROPAGATION_ERRORS,
): Promise<T> {
  const deadline = Date.now() + wait.timeoutMs;
  let delay = wait.initialDelayMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (!retryOn.includes(name) || Date.now() + delay > deadline) {
        if (error instanceof Error && retryOn.includes(name)) {
          error.message = `${error.message} (${operation} still failed after waiting ${Math.round(wait.timeoutMs / 1000)} s for AWS to propagate changes)`;
        }
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }
}
