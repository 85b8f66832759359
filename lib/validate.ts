import type { DesiredState } from '../core/manifest/desired-state.ts';
import { lintReadManifest } from '../core/lint/lint-read-manifest.ts';
import type { ValidateJson } from '../core/json-contracts.ts';
import { renderValidateJson } from '../core/render/render-validate-json.ts';
import type { ManifestOptions, ManifestSource } from './library-options.ts';
import { readManifestSource } from './read-manifest-source.ts';

export type ValidateOptions = ManifestSource &
  ManifestOptions & {
    /**
     * The base branch's manifest (`validate --base`): lint severities and suppressions come
     * from it, and relaxing them shows as `lint-config-change` findings. A base that does not
     * compile is compared as the built-in defaults (the strictest reading).
     */
    base?: ManifestSource;
  };

/**
 * `kms-action validate --format json`: schema, names, aliases and key policies, then the lint
 * rules. No AWS call. An invalid manifest is a result (`valid: false`, `errors`), not an
 * exception; a manifest that cannot be read throws `UsageError` (or `ManifestError` when
 * over 1 MiB).
 */
export async function validate(options: ValidateOptions): Promise<ValidateJson> {
  const result = await readManifestSource(options, options);
  let base: { desired: DesiredState | undefined } | undefined;
  if (options.base !== undefined) {
    const baseResult = await readManifestSource(options.base, options);
    base = { desired: baseResult.ok ? baseResult.desired : undefined };
  }
  return renderValidateJson(result, lintReadManifest(result, base));
}
