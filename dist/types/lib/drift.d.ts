import type { PlanJson } from '../core/json-contracts.js';
import type { ManifestOptions, ManifestSource } from './library-options.js';
export type DriftOptions = ManifestSource & ManifestOptions & {
    /** As for `plan`: a role assumed in each account; default the ambient credentials. */
    roleToAssume?: string;
};
/**
 * `kms-action drift --format json` without `--repair`: the plan of the whole manifest against
 * the live keys (read-only), without lint findings. Drift is `summary.has_changes`; problems
 * (e.g. an orphan) are in `problems`. It never repairs: undoing an out-of-band deletion is a
 * write, left to the CLI and the Action.
 */
export declare function drift(options: DriftOptions): Promise<PlanJson>;
