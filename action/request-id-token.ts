import { UsageError, errorMessage } from '../core/errors.ts';

/**
 * `core.getIDToken(audience)` with the error a user can act on: without the job permission
 * `id-token: write` the runner sets no ACTIONS_ID_TOKEN_REQUEST_URL and the toolkit's own
 * message does not say which permission is missing.
 */
export async function requestIdToken(
  audience: string,
  env: Readonly<Record<string, string | undefined>>,
  getIDToken: (audience: string) => Promise<string>,
): Promise<string> {
  if (
    (env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '') === '' ||
    (env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] ?? '') === ''
  ) {
    throw new UsageError(
      "role-to-assume needs a GitHub OIDC token, but this job cannot request one: add 'permissions: id-token: write' to the job " +
        '(pull requests from forks never get one; to use credentials configured by another step instead, leave role-to-assume unset)',
    );
  }
  try {
    return await getIDToken(audience);
  } catch (error) {
    throw new UsageError(
      `requesting a GitHub OIDC token for audience '${audience}' failed: ${errorMessage(error)}. Check 'permissions: id-token: write' on the job`,
      { cause: error },
    );
  }
}
