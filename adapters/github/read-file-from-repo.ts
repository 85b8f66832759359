import type { Octokit } from './create-octokit.ts';
import { toGitHubError } from './to-github-error.ts';

/**
 * A file's text at a commit (e.g. the base branch's manifest, whose lint configuration a
 * pull request may not relax), or `undefined` when the file does not exist there.
 */
export async function readFileFromRepo(
  octokit: Octokit,
  file: { owner: string; repo: string; path: string; ref: string },
): Promise<string | undefined> {
  try {
    const response = await octokit.rest.repos.getContent({
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
      mediaType: { format: 'raw' },
    });
    const data: unknown = response.data;
    if (typeof data === 'string') return data;
    throw new Error(`${file.path} is not a file`);
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'status' in error && error.status === 404)
      return undefined;
    throw toGitHubError(
      error,
      `reading ${file.path} at ${file.ref} from ${file.owner}/${file.repo}`,
      'contents: read',
    );
  }
}
