import type { ValidateJson } from '../core/json-contracts.js';
import type { ManifestOptions, ManifestSource } from './library-options.js';
export type ValidateOptions = ManifestSource & ManifestOptions & {
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
export declare function validate(options: ValidateOptions): Promise<ValidateJson>;
