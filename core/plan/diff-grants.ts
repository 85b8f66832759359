import type { DesiredGrant } from '../manifest/desired-state.ts';
import type { LiveGrant } from './live-state.ts';
import type { Change, GrantSpec } from './plan-types.ts';

interface GrantTarget {
  name: string;
  account: string;
  region: string;
  keyId?: string;
}

/**
 * Grants are immutable: a declared grant that differs from its live namesake is revoked and
 * created again. Live grants nobody declared (often made by AWS services for their
 * resources) are reported as destructive revocations that apply only with explicit opt-in.
 */
export function diffGrants(
  key: GrantTarget,
  desired: readonly DesiredGrant[],
  live: readonly LiveGrant[] | undefined,
): Change[] {
  const changes: Change[] = [];
  const base = (grantName: string) => ({
    address: `grant.${key.name}.${grantName}`,
    key: key.name,
    account: key.account,
    region: key.region,
    ...(key.keyId === undefined ? {} : { keyId: key.keyId }),
  });
  const liveGrants = live ?? [];
  const matched = new Set<LiveGrant>();
  for (const grant of desired) {
    const spec = grantSpec(grant);
    const namesakes = liveGrants.filter((candidate) => candidate.name === grant.name);
    const same = namesakes.find((candidate) => sameGrant(spec, grantSpec(candidate)));
    if (same !== undefined) {
      matched.add(same);
      continue;
    }
    changes.push({
      ...base(grant.name),
      action: 'create-grant',
      before: null,
      after: spec,
      risk: 'safe',
    });
  }
  for (const grant of liveGrants) {
    if (matched.has(grant)) continue;
    const declared =
      grant.name !== undefined && desired.some((candidate) => candidate.name === grant.name);
    changes.push({
      ...base(grant.name ?? grant.grantId),
      action: 'revoke-grant',
      grantId: grant.grantId,
      before: grantSpec(grant),
      after: null,
      risk: declared ? 'disruptive' : 'destructive',
      note: declared
        ? 'the declared grant changed; grants are immutable, so the old one is revoked after the new one is created'
        : `grant not declared in the manifest: ${grant.granteePrincipal} loses ${grant.operations.join(', ')}. AWS services create grants for their resources (EBS volumes, RDS instances): declare such grants, or revoke with --allow-destructive`,
    });
  }
  return changes;
}

function grantSpec(grant: DesiredGrant | LiveGrant): GrantSpec {
  return {
    name: grant.name ?? '',
    granteePrincipal: grant.granteePrincipal,
    operations: [...grant.operations].sort(),
    ...(grant.retiringPrincipal === undefined
      ? {}
      : { retiringPrincipal: grant.retiringPrincipal }),
    ...(grant.encryptionContextSubset === undefined
      ? {}
      : { encryptionContextSubset: grant.encryptionContextSubset }),
    ...(grant.encryptionContextEquals === undefined
      ? {}
      : { encryptionContextEquals: grant.encryptionContextEquals }),
  };
}

function sameGrant(a: GrantSpec, b: GrantSpec): boolean {
  return (
    a.granteePrincipal === b.granteePrincipal &&
    a.retiringPrincipal === b.retiringPrincipal &&
    a.operations.join() === b.operations.join() &&
    sameRecord(a.encryptionContextSubset, b.encryptionContextSubset) &&
    sameRecord(a.encryptionContextEquals, b.encryptionContextEquals)
  );
}

function sameRecord(
  a: Record<string, string> | undefined,
  b: Record<string, string> | undefined,
): boolean {
  const entries = (record: Record<string, string> | undefined) =>
    JSON.stringify(Object.entries(record ?? {}).sort(([x], [y]) => x.localeCompare(y)));
  return entries(a) === entries(b);
}
