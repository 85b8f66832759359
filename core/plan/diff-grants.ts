import type { DesiredGrant, DesiredKeepGrant } from '../manifest/desired-state.ts';
import { createKeepMatcher } from './create-keep-matcher.ts';
import { isAwsGrantee } from './is-aws-grantee.ts';
import { isOwnAwsGrant } from './is-own-aws-grant.ts';
import { keepGranteeOf } from './keep-grantee-of.ts';
import { isServicePrincipal } from '../policy/is-service-principal.ts';
import type { LiveGrant } from './live-state.ts';
import type { Change, GrantSpec, KeptGrant } from './plan-types.ts';

interface GrantTarget {
  name: string;
  account: string;
  region: string;
  keyId?: string;
}

export interface GrantDiff {
  changes: Change[];
  /** Live grants that match no declared grant and that a keep rule keeps. */
  kept: KeptGrant[];
}

/**
 * Grants are immutable: a declared grant no live grant matches exactly is created, and every
 * live grant that matches no declared one exactly is revoked as a destructive change (held
 * back without explicit opt-in, and part of what reviewers must see). A name alone never
 * makes a live grant "declared": anyone can name a grant, so declaring a grant with the name
 * of an out-of-band grant must not turn that grant's revocation into a routine change.
 *
 * Two exceptions to the revocation, both in favour of keeping: a grant a keep rule keeps
 * (`keep_grants`) is listed in `kept` and never revoked; a grant to a grantee AWS operates
 * (a service principal, an EC2 instance's infrastructure role) is revoked only when named at
 * apply (`awsGrantee`), since AWS services create such grants for the resources they encrypt.
 */
export function diffGrants(
  key: GrantTarget,
  desired: readonly DesiredGrant[],
  live: readonly LiveGrant[] | undefined,
  keep: readonly DesiredKeepGrant[] = [],
): GrantDiff {
  const changes: Change[] = [];
  const kept: KeptGrant[] = [];
  const base = (grantName: string) => ({
    address: `grant.${key.name}.${grantName}`,
    key: key.name,
    account: key.account,
    region: key.region,
    ...(key.keyId === undefined ? {} : { keyId: key.keyId }),
  });
  const unmatched = [...(live ?? [])];
  for (const grant of desired) {
    const spec = grantSpec(grant);
    const same = unmatched.findIndex(
      (candidate) => candidate.name === grant.name && sameGrant(spec, grantSpec(candidate)),
    );
    if (same >= 0) {
      unmatched.splice(same, 1);
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
  // Built only when a live grant is left to match: most keys have none.
  const keepRuleOf = unmatched.length === 0 ? undefined : createKeepMatcher(keep, key.account);
  for (const grant of unmatched) {
    const aws = isOwnAwsGrant(grant, key.account);
    // A rule naming a service keeps what the service holds for this account's resources, not
    // its grants for another account's (a SourceArn elsewhere: a confused deputy).
    const keepable = aws || !isServicePrincipal(grant.granteePrincipal);
    const rule = keepable ? keepRuleOf?.(grant.granteePrincipal) : undefined;
    if (rule !== undefined) {
      const { address, account, region } = base(grant.name ?? grant.grantId);
      kept.push({
        address,
        key: key.name,
        account,
        region,
        grantId: grant.grantId,
        grant: grantSpec(grant),
        rule: { grantee: rule.grantee, reason: rule.reason, source: rule.source },
      });
      continue;
    }
    const replaced =
      grant.name !== undefined && desired.some((candidate) => candidate.name === grant.name);
    // Every grantee AWS operates is revoked only when named, for whichever account it serves:
    // another account's instance or table may be encrypted under this key (cross_account), and
    // revoking its grant breaks that resource just the same.
    const operatedByAws = isAwsGrantee(grant.granteePrincipal);
    const foreign = !aws && operatedByAws;
    const namedOnly = `revoked only when named: --allow-destructive --revoke-grant ${grant.grantId}`;
    const servedAccount = `SourceArn ${grant.sourceArn ?? 'absent'}${grant.issuingAccount === undefined ? '' : `, issued by ${grant.issuingAccount}`}; the key is in ${key.account}`;
    const loses = `${grant.granteePrincipal} loses ${grant.operations.join(', ')} (grant ${grant.grantId})`;
    changes.push({
      ...base(grant.name ?? grant.grantId),
      action: 'revoke-grant',
      grantId: grant.grantId,
      before: grantSpec(grant),
      after: null,
      risk: 'destructive',
      ...(operatedByAws ? { awsGrantee: true as const } : {}),
      note: replaced
        ? `the live grant named ${grant.name ?? ''} differs from the declared one (grantee, operations, constraints or retiring principal): the declared grant is created first, then ${loses}; ${operatedByAws ? `AWS operates this grantee, so the old grant is ${namedOnly}` : 'revoke with --allow-destructive'}`
        : aws
          ? `grant not declared in the manifest, to a grantee AWS operates: ${loses}. AWS services create such grants for the resources they encrypt (EBS volumes, databases), which break when it is revoked: keep it with \`keep_grants: [{ grantee: ${keepGranteeOf(grant.granteePrincipal)}, reason: ... }]\`; it is revoked only when named: --allow-destructive --revoke-grant ${grant.grantId}`
          : foreign
            ? isServicePrincipal(grant.granteePrincipal)
              ? `grant not declared in the manifest, to a service for a resource of another account or of none (${servedAccount}): ${loses}. A keep rule naming the service does not keep it; AWS operates this grantee, so it is ${namedOnly}`
              : `grant not declared in the manifest, to a grantee AWS operates for another account (${servedAccount}): ${loses}. Keep it with a \`keep_grants\` entry naming that account's ${keepGranteeOf(grant.granteePrincipal)}; AWS operates this grantee, so it is ${namedOnly}`
            : `grant not declared in the manifest: ${loses}. Declare it, keep it with \`keep_grants\`, or revoke it with --allow-destructive`,
    });
  }
  return { changes, kept };
}

function grantSpec(grant: DesiredGrant | LiveGrant): GrantSpec {
  return {
    name: grant.name ?? '',
    granteePrincipal: grant.granteePrincipal,
    operations: [...new Set(grant.operations)].sort(),
    ...(grant.retiringPrincipal === undefined
      ? {}
      : { retiringPrincipal: grant.retiringPrincipal }),
    ...(grant.encryptionContextSubset === undefined
      ? {}
      : { encryptionContextSubset: grant.encryptionContextSubset }),
    ...(grant.encryptionContextEquals === undefined
      ? {}
      : { encryptionContextEquals: grant.encryptionContextEquals }),
    ...(grant.sourceArn === undefined ? {} : { sourceArn: grant.sourceArn }),
  };
}

/** Grantee and retiring principal as resolved ARNs, operations as sets, constraints exactly. */
function sameGrant(a: GrantSpec, b: GrantSpec): boolean {
  return (
    a.granteePrincipal === b.granteePrincipal &&
    a.retiringPrincipal === b.retiringPrincipal &&
    a.sourceArn === b.sourceArn &&
    a.operations.join() === b.operations.join() &&
    sameConstraint(a.encryptionContextSubset, b.encryptionContextSubset) &&
    sameConstraint(a.encryptionContextEquals, b.encryptionContextEquals)
  );
}

/** An absent constraint and an empty one differ: `EncryptionContextEquals: {}` demands no context. */
function sameConstraint(
  a: Record<string, string> | undefined,
  b: Record<string, string> | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((name) => Object.hasOwn(b, name) && a[name] === b[name])
  );
}
