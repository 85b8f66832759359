import type { AccessJson } from '../core/json-contracts.js';
import type { ManifestOptions, ManifestSource } from './library-options.js';
export type AccessOptions = ManifestSource & ManifestOptions & {
    /** Only these keys (`--key`, repeatable); default all. An unknown name throws `UsageError`. */
    keys?: readonly string[];
};
/**
 * `kms-action access --format json`: who can do what with each key, from the key policy the
 * manifest declares. No AWS call. An invalid manifest throws `ManifestError`.
 */
export declare function access(options: AccessOptions): Promise<AccessJson>;
