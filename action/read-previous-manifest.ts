import type { Octokit } from '../adapters/github/create-octokit.ts';
import { readFileFromRepo } from '../adapters/github/read-file-from-repo.ts';
import { errorMessage } from '../core/errors.ts';
import type { DesiredState } from '../core/manifest/desired-state.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import type { ActionContext } from './action-context.ts';
import type { ActionServices } from './action-services.ts';

const NO_COMMIT = /^0+$/;
const COMMIT = /^[0-9a-f]{40,64}$/;

/**
 * The manifest as it was before this push (the event's `before` commit), for telling drift
 * from what the push itself asks for (core/plan/select-drift-repairs.ts). `null` when there is
 * none (the push created the branch or the file) or it cannot be read or compiled: then no
 * change counts as a drift repair, and a warning says why.
 */
export async function readPreviousManifest(
  octokit: Octokit,
  context: ActionContext,
  manifest: string,
  services: ActionServices,
): Promise<DesiredState | null> {
  const before = context.before ?? '';
  const skip = (why: string): null => {
    services.log.warning(
      `${why}: no change is made as a drift repair in this run (a repair restores a state the manifest declared before the push)`,
    );
    return null;
  };
  if (NO_COMMIT.test(before) || !COMMIT.test(before)) {
    return skip(`no previous commit of this branch is known (push event 'before': '${before}')`);
  }
  try {
    const text = await readFileFromRepo(octokit, { ...context.repo, path: manifest, ref: before });
    if (text === undefined) return skip(`${manifest} did not exist before this push`);
    const read = readManifest(manifest, text, {
      repository: `${context.repo.owner}/${context.repo.repo}`,
      manifestPath: manifest,
    });
    return read.ok ? read.desired : skip(`${manifest} before this push does not compile`);
  } catch (error) {
    return skip(`cannot read ${manifest} before this push (${errorMessage(error)})`);
  }
}
