import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, errorMessage } from '../core/errors.ts';
import { buildSavedPlan } from '../core/plan/build-saved-plan.ts';
import { digestLiveStateWithoutAwsGrants } from '../core/plan/digest-live-state-without-aws-grants.ts';
import { cliVersion } from './cli-version.ts';
import type { PreparedPlan } from './prepare-plan.ts';

/** `plan --out FILE`: the plan, the manifest digest and the live-state digest, as JSON. */
export async function writeSavedPlan(
  file: string,
  cwd: string,
  prepared: PreparedPlan,
): Promise<void> {
  const saved = buildSavedPlan({
    toolVersion: cliVersion(),
    manifestPath: prepared.manifestFile.manifestPath,
    manifestSha256: sha256(prepared.manifestFile.content),
    liveSha256: digestLiveStateWithoutAwsGrants(prepared.live),
    plan: prepared.plan,
  });
  try {
    await writeFile(resolve(cwd, file), `${JSON.stringify(saved, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write the plan to ${file}: ${errorMessage(error)}`);
  }
}

export function sha256(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
