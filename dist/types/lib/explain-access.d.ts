import type { AccessExplanationJson } from '../core/json-contracts.js';
import type { ManifestOptions, ManifestSource } from './library-options.js';
export type ExplainAccessOptions = ManifestSource & ManifestOptions & {
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
export declare function explainAccess(options: ExplainAccessOptions): Promise<AccessExplanationJson>;
