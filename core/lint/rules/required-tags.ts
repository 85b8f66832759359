import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../../manifest/desired-state.ts';
import { firstExistingPath } from '../manifest-path.ts';
import type { ManifestIssue, ManifestRule } from '../types.ts';

/** The tag that carries a key's compliance domain. */
export const COMPLIANCE_TAG = 'Compliance';

/**
 * Every key carries tags of its own (beyond the ownership tags kms-action adds), and a key of
 * a compliance domain carries `Compliance: <domain>`, so cost reports, audits and ABAC
 * conditions (`aws:ResourceTag/Compliance`) see what the key is for.
 */
export const requiredTags: ManifestRule = {
  kind: 'manifest',
  id: 'required-tags',
  defaultSeverity: 'warning',
  summary: 'A key has no tags of its own, or lacks the `Compliance` tag of its compliance domain.',
  rationale:
    'Tags are how a key is found, billed and audited outside this repository: Cost Explorer, AWS Config, Security Hub and attribute-based access control (`aws:ResourceTag/...`) only see tags. A key of a compliance domain must say so in a `Compliance` tag, so auditors and tag-based policies can scope it.',
  help: "add tags under `defaults.tags` (e.g. `CostCenter`) or the key's `tags`; for a key with `compliance: <domain>`, add `Compliance: <domain>`",
  practice: {
    title: 'One key per service x environment x compliance domain (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html',
  },
  check: (desired) =>
    desired.keys.flatMap((key): ManifestIssue[] => {
      const own = Object.entries(key.tags).filter(
        ([name]) => name !== OWNERSHIP_TAG_MANIFEST && name !== OWNERSHIP_TAG_KEY,
      );
      const issues: ManifestIssue[] = [];
      if (own.length === 0) {
        issues.push({
          key: key.name,
          path: ['keys', key.name],
          message: `key \`${key.name}\` has no tags besides the ones kms-action adds`,
        });
      }
      if (key.compliance !== undefined) {
        const domain = key.compliance;
        const tag = own.find(([name]) => name.toLowerCase() === COMPLIANCE_TAG.toLowerCase());
        if (tag?.[1].toLowerCase() !== domain.toLowerCase()) {
          issues.push({
            key: key.name,
            path: firstExistingPath(desired, [
              ['keys', key.name, 'tags', tag?.[0] ?? COMPLIANCE_TAG],
              ['keys', key.name, 'compliance'],
            ]),
            message:
              tag === undefined
                ? `key \`${key.name}\` of compliance domain \`${domain}\` has no \`${COMPLIANCE_TAG}\` tag`
                : `key \`${key.name}\` of compliance domain \`${domain}\` is tagged \`${tag[0]}: ${tag[1]}\``,
            help: `add the tag \`${COMPLIANCE_TAG}: ${domain}\` to the key`,
          });
        }
        // A replica entry's tags override the key's: its own Compliance tag must agree too.
        for (const replica of key.replicas) {
          const written = Object.entries(replica.tags).filter(
            ([name]) => name.toLowerCase() === COMPLIANCE_TAG.toLowerCase(),
          );
          const wrong = written.find(([, value]) => value.toLowerCase() !== domain.toLowerCase());
          if (wrong === undefined || tag?.[1].toLowerCase() !== domain.toLowerCase()) continue;
          issues.push({
            key: key.name,
            path: firstExistingPath(desired, [
              [...replica.path, 'tags', wrong[0]],
              [...replica.path, 'tags'],
            ]),
            message: `the ${replica.region} replica of key \`${key.name}\` of compliance domain \`${domain}\` is tagged \`${wrong[0]}: ${wrong[1]}\``,
            help: `remove \`${wrong[0]}\` from the replica's \`tags\` (it takes the key's), or set it to \`${domain}\``,
          });
        }
      }
      return issues;
    }),
};
