import { apiCallsByOperation, type ApiCallStats } from '../adapters/aws/count-api-calls.ts';
import type { AwsPlan } from '../adapters/aws/prepare-plan.ts';
import { prepareRolePlan } from '../adapters/aws/prepare-role-plan.ts';
import { ManifestError } from '../core/errors.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { selectTargetKeys } from '../core/plan/select-target-keys.ts';
import type { CliIo } from './cli-io.ts';
import { repositoryOf } from './common-options.ts';
import { readManifestFile, type ManifestFile } from '../adapters/fs/read-manifest-file.ts';
import { reportProgress } from './report-progress.ts';

/** The AWS plan, and the manifest file it came from. */
export interface PreparedPlan extends AwsPlan {
  manifestFile: ManifestFile;
}

export interface PrepareOptions {
  file: string;
  repository: string | undefined;
  roleToAssume: string | undefined;
  /** `--target`: only these keys are read and planned (a partial plan); empty or absent: all. */
  targets?: readonly string[];
  /** Show read progress on stderr for large manifests; false for `--format json`. */
  progress?: boolean;
}

/**
 * manifest -> desired state, then adapters/aws/prepare-plan.ts: caller identity per account ->
 * live state -> plan, with the applying principal's access predicted. Shared by `plan` and `apply` (which always plans
 * afresh: it never applies a stale plan).
 */
export async function preparePlan(options: PrepareOptions, io: CliIo): Promise<PreparedPlan> {
  const manifestFile = await readManifestFile(options.file, io.cwd, io.env, '-f');
  const result = readManifest(manifestFile.file, manifestFile.content, {
    repository: repositoryOf(options.repository, io.env),
    manifestPath: manifestFile.manifestPath,
  });
  if (!result.ok) throw new ManifestError(result.problems);
  const desired = selectTargetKeys(result.desired, options.targets ?? []);

  const progress = options.progress === true ? reportProgress(io, desired.keys.length) : undefined;
  try {
    const prepared = await prepareRolePlan(desired, {
      roleToAssume: options.roleToAssume,
      env: io.env,
      ...(progress === undefined ? {} : { onProgress: progress.onProgress }),
    });
    return { manifestFile, ...prepared };
  } finally {
    progress?.end();
  }
}

export function renderStats(stats: ApiCallStats): string {
  const byOperation = apiCallsByOperation(stats);
  const total = Object.values(byOperation).reduce((sum, count) => sum + count, 0);
  const lines = Object.entries(byOperation).map(([operation, count]) => `  ${operation}: ${count}`);
  return `AWS API calls: ${total}\n${lines.join('\n')}\n`;
}
