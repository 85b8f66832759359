import type { CreateKeyCommand } from '@aws-sdk/client-kms';
import { errorMessage } from '../../core/errors.ts';
import { awsErrorName, awsHttpStatus } from './to-aws-access-error.ts';

/**
 * CreateKey has no idempotency token: retrying it after a timeout, a dropped connection or a
 * 5xx (KMS may have created the key) would create a second key with the same ownership tags,
 * which blocks every later plan. Such failures stop the apply instead (the re-run finds the
 * key, if it was created, by its tags); an error answer of 4xx (throttling included) proves
 * nothing was created and stays retried by the SDK. Runs inside the retry loop, per attempt.
 */
export function retryOnlyIfNotCreated(command: CreateKeyCommand): CreateKeyCommand {
  command.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const status = awsHttpStatus(error);
        if ((status !== undefined && status < 500) || awsErrorName(error) === 'ECONNREFUSED')
          throw error;
        throw new CreateKeyOutcomeUnknown(error);
      }
    },
    { step: 'deserialize', priority: 'high', name: 'kmsActionCreateKeyOnce', override: true },
  );
  return command;
}

class CreateKeyOutcomeUnknown extends Error {
  override name = 'CreateKeyOutcomeUnknown';
  constructor(failure: unknown) {
    // No `cause`: the SDK would classify the error by its cause and retry it after all.
    super(
      `${awsErrorName(failure)}: ${errorMessage(failure)}; the key may have been created. Not retried, so no duplicate key is made: ` +
        'run apply again, it finds the key by its ownership tags if it exists',
    );
  }
}
