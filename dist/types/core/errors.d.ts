import type { ManifestProblem } from './json-contracts.js';
/** Invalid manifest: carries every located problem found, not just the first. */
export declare class ManifestError extends Error {
    name: string;
    readonly problems: readonly ManifestProblem[];
    constructor(problems: readonly ManifestProblem[]);
}
/** The plan cannot be built or applied safely (orphans, immutable changes, lockout). */
export declare class PlanError extends Error {
    name: string;
}
/** AWS refused or failed a call; the message says which call, on what, and what to check. */
export declare class AwsAccessError extends Error {
    name: string;
}
/** Invalid command-line usage or action input. */
export declare class UsageError extends Error {
    name: string;
}
export declare function errorMessage(error: unknown): string;
export declare function formatProblem(problem: ManifestProblem): string;
