/** Options shared by the library's functions (types only: what the published declarations show). */
/**
 * Where the manifest comes from: a file read as the CLI reads `-f` (a regular file reached
 * without a symbolic link, at most 1 MiB), or text already in memory with the path it has in
 * its repository (default `kms.yaml`), used in messages and in the ownership tag.
 */
export type ManifestSource = {
    file: string;
    text?: undefined;
    cwd?: string;
} | {
    text: string | Uint8Array;
    file?: string;
};
/** Options of every function that reads a manifest. */
export interface ManifestOptions {
    /** `owner/name` for the ownership tag; default `GITHUB_REPOSITORY` of `env`, else `local` (as the CLI). */
    repository?: string;
    /**
     * Environment variables to read instead of `process.env` (`GITHUB_REPOSITORY`,
     * `GITHUB_WORKSPACE`; for AWS calls also `AWS_REGION`, `AWS_DEFAULT_REGION`, `GITHUB_RUN_ID`).
     * The AWS SDK reads its own settings (credentials, endpoint) from the process as usual.
     */
    env?: Readonly<Record<string, string | undefined>>;
}
