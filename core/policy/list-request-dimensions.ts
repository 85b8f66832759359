import type { AccessRequirement } from './build-access-matrix.ts';
import type { RequestContext } from './evaluation-types.ts';
import kmsIamData from './kms-iam-data.json' with { type: 'json' };
import { matchWildcard } from './match-wildcard.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument } from './types.ts';

/** One request property the access matrix varies, and its variants. */
export interface Dimension {
  requirement: AccessRequirement;
  /** The first variant meets the requirement, the others do not. */
  variants: Partial<RequestContext>[];
}

const contextActions = new Set(
  kmsIamData.actions
    .filter((entry) =>
      entry.conditionKeys.includes('kms:EncryptionContext:${EncryptionContextKey}'),
    )
    .map((entry) => `kms:${entry.name}`.toLowerCase()),
);
const grantActions = new Set(
  kmsIamData.actions
    .filter((entry) => entry.conditionKeys.includes('kms:GrantIsForAWSResource'))
    .map((entry) => `kms:${entry.name}`.toLowerCase()),
);

/**
 * The request properties worth varying for `action`: only those that a condition of a
 * statement covering the action reads, since the others cannot change the outcome.
 */
export function listRequestDimensions(
  action: string,
  probes: { encryptionContext: Record<string, string> | undefined; viaService: string | undefined },
  keys: ReadonlySet<string>,
): Dimension[] {
  const reads = (...names: string[]): boolean =>
    [...keys].some((key) => names.some((name) => key.startsWith(name)));
  const dimensions: Dimension[] = [];
  if (reads('aws:multifactorauth')) {
    // Long-term credentials carry no MFA key at all; role sessions without MFA carry `false`.
    dimensions.push({
      requirement: 'mfa',
      variants: [{ mfaPresent: true }, { mfaPresent: false }, {}],
    });
  }
  const lower = action.toLowerCase();
  if (
    probes.encryptionContext !== undefined &&
    contextActions.has(lower) &&
    reads('kms:encryptioncontext')
  ) {
    const wrong = Object.fromEntries(
      // A NUL byte cannot appear in a policy, so no pattern matches this value by accident.
      Object.entries(probes.encryptionContext).map(([key, value]) => [key, `\u0000${value}`]),
    );
    dimensions.push({
      requirement: 'encryption_context',
      variants: [{ encryptionContext: probes.encryptionContext }, { encryptionContext: wrong }, {}],
    });
  }
  if (probes.viaService !== undefined && reads('kms:viaservice', 'aws:viaawsservice')) {
    dimensions.push({
      requirement: 'via_service',
      variants: [{ viaService: probes.viaService }, {}],
    });
  }
  if (grantActions.has(lower) && reads('kms:grantisforawsresource')) {
    dimensions.push({
      requirement: 'grant_for_aws_resource',
      variants: [{ grantIsForAwsResource: true }, { grantIsForAwsResource: false }],
    });
  }
  return dimensions;
}

export function forEachCombination(
  dimensions: readonly Dimension[],
  visit: (request: Partial<RequestContext>, met: Set<AccessRequirement>) => void,
  index = 0,
  request: Partial<RequestContext> = {},
  met: Set<AccessRequirement> = new Set(),
): void {
  const dimension = dimensions[index];
  if (dimension === undefined) {
    visit(request, met);
    return;
  }
  dimension.variants.forEach((variant, position) => {
    const nextMet = new Set(met);
    if (position === 0) nextMet.add(dimension.requirement);
    forEachCombination(dimensions, visit, index + 1, { ...request, ...variant }, nextMet);
  });
}

/** Lower-cased condition keys of the statements whose Action/NotAction covers `action`. */
export function conditionKeysFor(policy: KeyPolicyDocument, action: string): Set<string> {
  const keys = new Set<string>();
  for (const statement of policy.Statement) {
    const covers =
      statement.NotAction === undefined
        ? toList(statement.Action).some((pattern) => matchWildcard(pattern, action, true))
        : !toList(statement.NotAction).some((pattern) => matchWildcard(pattern, action, true));
    if (!covers) continue;
    for (const entries of Object.values(statement.Condition ?? {})) {
      for (const key of Object.keys(entries)) keys.add(key.toLowerCase());
    }
  }
  return keys;
}
