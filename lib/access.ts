import { ManifestError } from '../core/errors.ts';
import { selectNamedKeys } from '../core/manifest/select-named-keys.ts';
import { buildKeysAccess } from '../core/policy/build-keys-access.ts';
import type { AccessJson } from '../core/json-contracts.ts';
import { buildAccessJson } from '../core/render/render-access.ts';
import type { ManifestOptions, ManifestSource } from './library-options.ts';
import { checkStringList } from './check-string-list.ts';
import { readManifestSource } from './read-manifest-source.ts';

export type AccessOptions = ManifestSource &
  ManifestOptions & {
    /** Only these keys (`--key`, repeatable); default all. An unknown name throws `UsageError`. */
    keys?: readonly string[];
  };

/**
 * `kms-action access --format json`: who can do what with each key, from the key policy the
 * manifest declares. No AWS call. An invalid manifest throws `ManifestError`.
 */
export async function access(options: AccessOptions): Promise<AccessJson> {
  const result = await readManifestSource(options, options);
  if (!result.ok) throw new ManifestError(result.problems);
  return buildAccessJson(
    buildKeysAccess(selectNamedKeys(result.desired, checkStringList(options.keys, 'keys'))),
  );
}
