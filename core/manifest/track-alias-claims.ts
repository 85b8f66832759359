import type { DocumentPath } from './types.ts';

/** Who declares an alias: a key, or one key's replica (in the replica's Region). */
export interface AliasClaimant {
  key: string;
  /** Set for a replica's alias. */
  replicaRegion?: string;
}

export type ClaimAlias = (
  scope: { account: string; region: string },
  alias: string,
  claimant: AliasClaimant,
  path: DocumentPath,
) => void;

/**
 * The duplicate-alias check: an alias names exactly one key per account and Region, and a
 * replica's aliases are in the replica's Region. The second claim of an alias is reported at
 * its own line.
 */
export function trackAliasClaims(
  report: (path: DocumentPath, message: string, hint?: string) => void,
): ClaimAlias {
  const claims = new Map<string, AliasClaimant>();
  return (scope, alias, claimant, path) => {
    const id = `${scope.account}/${scope.region}/${alias}`;
    const previous = claims.get(id);
    if (previous === undefined) {
      claims.set(id, claimant);
      return;
    }
    const owners =
      previous.replicaRegion === undefined && claimant.replicaRegion === undefined
        ? `keys \`${previous.key}\` and \`${claimant.key}\``
        : `${describe(previous)} and ${describe(claimant)}`;
    report(
      path,
      `alias \`${alias}\` is used by ${owners} in account ${scope.account}, ${scope.region}`,
      'an alias names exactly one key per account and Region: rename one of them',
    );
  };
}

function describe(claimant: AliasClaimant): string {
  return claimant.replicaRegion === undefined
    ? `key \`${claimant.key}\``
    : `the ${claimant.replicaRegion} replica of \`${claimant.key}\``;
}
