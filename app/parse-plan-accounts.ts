/**
 * `KMS_ACTION_PLAN_ACCOUNTS`: which AWS accounts the app may read to plan, per repository,
 * as JSON: `{"acme/platform-keys": ["111122223333", "444455556666"]}`; the key `"*"` allows
 * accounts for every repository of the installation (a deliberate choice). Without it a
 * pull request, even from a fork, would choose which accounts the app's role reads.
 */
export function parsePlanAccounts(
  value: string | undefined,
): ReadonlyMap<string, ReadonlySet<string>> {
  const example = `e.g. KMS_ACTION_PLAN_ACCOUNTS='{"acme/platform-keys": ["111122223333"]}'`;
  if (value === undefined || value.trim() === '') {
    throw new Error(
      `KMS_ACTION_PLAN_ROLE is set but KMS_ACTION_PLAN_ACCOUNTS is not: list the accounts each repository may plan against, ${example}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new Error(
      `KMS_ACTION_PLAN_ACCOUNTS is not valid JSON (${error instanceof Error ? error.message : String(error)}), ${example}`,
      { cause: error },
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(
      `KMS_ACTION_PLAN_ACCOUNTS must be a JSON object of repository -> account ids, ${example}`,
    );
  }
  const allowList = new Map<string, ReadonlySet<string>>();
  for (const [repository, accounts] of Object.entries(parsed)) {
    if (repository !== '*' && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
      throw new Error(
        `KMS_ACTION_PLAN_ACCOUNTS: '${repository}' is not a repository ('owner/name') or '*'`,
      );
    }
    if (
      !Array.isArray(accounts) ||
      !accounts.every((account) => typeof account === 'string' && /^[0-9]{12}$/.test(account))
    ) {
      throw new Error(
        `KMS_ACTION_PLAN_ACCOUNTS: '${repository}' must list 12-digit account ids as strings, got ${JSON.stringify(accounts)}`,
      );
    }
    allowList.set(repository.toLowerCase(), new Set(accounts as string[]));
  }
  return allowList;
}
