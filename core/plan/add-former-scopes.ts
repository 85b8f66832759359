import type { DesiredState } from '../manifest/desired-state.ts';

/**
 * `desired` with the accounts and Regions that `previous` (the same manifest as the base
 * branch or the last apply had it) had keys in and `desired` has none in, as `formerScopes`.
 * The live state is read only where the manifest has keys, so without them a pull request that
 * removes the last key of a Region, or moves a key with `region:` or `account:`, leaves the
 * old key unmanaged without the `orphan` problem such a removal gets everywhere else. Only
 * the previous manifest's scopes are added: the pull request cannot name accounts to read.
 */
export function addFormerScopes(
  desired: DesiredState,
  previous: DesiredState | undefined,
): DesiredState {
  if (previous === undefined) return desired;
  const scopeOf = (account: string, region: string): string => `${account}/${region}`;
  const current = new Set(desired.keys.map((key) => scopeOf(key.account, key.region)));
  const former = new Map<string, { account: string; region: string }>();
  for (const key of previous.keys) {
    const id = scopeOf(key.account, key.region);
    if (!current.has(id)) former.set(id, { account: key.account, region: key.region });
  }
  if (former.size === 0) return desired;
  return { ...desired, formerScopes: [...former.values()] };
}
