import type { PlanJson } from '../core/json-contracts.js';
import type { ManifestOptions, ManifestSource } from './library-options.js';
export type PlanOptions = ManifestSource & ManifestOptions & {
    /**
     * `--role-to-assume`: a role assumed in each account from the ambient credentials,
     * `{account}` standing for the 12-digit id (`arn:aws:iam::{account}:role/kms-admin`).
     * Default: the ambient credentials of the SDK's standard chain, which must belong to the
     * keys' account.
     */
    roleToAssume?: string;
    /** `--target`: plan only these keys, their aliases and grants (a partial plan). */
    targets?: readonly string[];
};
/**
 * `kms-action plan --format json`: reads the live keys the manifest owns (read-only) and
 * returns the changes apply would make, with their risk, problems that block apply, and the
 * lint findings. Throws `ManifestError` (invalid manifest), `UsageError` (bad options or
 * file) or `AwsAccessError` (AWS refused or failed a call, or the credentials are of another
 * account).
 */
export declare function plan(options: PlanOptions): Promise<PlanJson>;
