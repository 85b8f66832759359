import { addedLinesOfPatch } from './added-lines-of-patch.ts';
import type { GitHub, PullRequestTarget } from './types.ts';

/**
 * For each of `paths` that the pull request changes: the lines it adds, or `undefined` when
 * GitHub sends no patch (diff too large, binary). Paths it does not change are absent.
 */
export async function listChangedLines(
  octokit: GitHub,
  target: PullRequestTarget,
  paths: readonly string[],
): Promise<Map<string, Set<number> | undefined>> {
  const wanted = new Set(paths);
  const changed = new Map<string, Set<number> | undefined>();
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100,
  });
  for (const file of files) {
    if (!wanted.has(file.filename)) continue;
    changed.set(
      file.filename,
      file.patch === undefined ? undefined : addedLinesOfPatch(file.patch),
    );
  }
  return changed;
}
