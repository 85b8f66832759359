import { ManifestError, UsageError } from '../core/errors.ts';
import { selectNamedKeys } from '../core/manifest/select-named-keys.ts';
import { explainKeysAccess } from '../core/policy/explain-keys-access.ts';
import type { AccessExplanationJson } from '../core/json-contracts.ts';
import { buildAccessExplanationJson } from '../core/render/render-access-explanation.ts';
import type { ManifestOptions, ManifestSource } from './library-options.ts';
import { checkStringList } from './check-string-list.ts';
import { readManifestSource } from './read-manifest-source.ts';

export type ExplainAccessOptions = ManifestSource &
  ManifestOptions & {
    /** An ARN, a 12-digit account id (its root) or `*`. */
    principal: string;
    /** `Decrypt` or `kms:Decrypt`. */
    action: string;
    /** Only these keys; default all. An unknown name throws `UsageError`. */
    keys?: readonly string[];
  };

/**
 * `kms-action access --explain PRINCIPAL ACTION --format json`: for one cell of the access
 * matrix, the verdict per key and the statements that decided it. No AWS call.
 */
export async function explainAccess(options: ExplainAccessOptions): Promise<AccessExplanationJson> {
  const { principal, action } = options;
  if (typeof principal !== 'string' || typeof action !== 'string') {
    throw new UsageError(
      `principal and action must be strings (an ARN, account id or '*'; Decrypt or kms:Decrypt), got ${typeof principal} and ${typeof action}`,
    );
  }
  const result = await readManifestSource(options, options);
  if (!result.ok) throw new ManifestError(result.problems);
  const keys = selectNamedKeys(result.desired, checkStringList(options.keys, 'keys'));
  return buildAccessExplanationJson(explainKeysAccess(result.desired, keys, principal, action));
}
