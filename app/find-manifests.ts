import {
  APP_CONFIG_PATH,
  DEFAULT_MANIFEST_PATH,
  MAX_CONFIG_BYTES,
  MAX_MANIFESTS,
  parseAppConfig,
} from './parse-app-config.ts';
import { readRepositoryFile, type RepositoryFile } from './read-repository-file.ts';
import type { GitHub, ManifestEntry, PullRequestTarget } from './types.ts';

export interface ManifestList {
  manifests: ManifestEntry[];
  /** What is wrong with the head's `.github/kms-action.yml`: shown as a failing check. */
  configProblems: string[];
}

/**
 * The manifests a pull request is checked against: what the base branch checks (the paths
 * its `.github/kms-action.yml` lists, else the implicit `kms.yaml`), plus the paths the
 * head's configuration lists. The head is the change under review: it can add a manifest to
 * check, never remove one, so the implicit `kms.yaml` stays unless the base lists others.
 */
export async function findManifests(
  octokit: GitHub,
  target: PullRequestTarget,
): Promise<ManifestList> {
  const read = (ref: string) =>
    readRepositoryFile(
      octokit,
      { owner: target.owner, repo: target.repo, path: APP_CONFIG_PATH, ref },
      MAX_CONFIG_BYTES,
    );
  const [base, head] = await Promise.all([read(target.baseSha), read(target.headSha)]);
  const fromBase = configuredPaths(base);
  const fromHead = configuredPaths(head);
  // A base without a usable list (none, empty, unreadable or invalid) checks `kms.yaml`.
  const baseChecks: ManifestEntry[] =
    fromBase.paths.length > 0
      ? fromBase.paths.map((path) => ({ path, explicit: true }))
      : [{ path: DEFAULT_MANIFEST_PATH, explicit: false }];
  const manifests = new Map(baseChecks.map((entry) => [entry.path, entry]));
  // The base's entries come first, so the limit never drops one of them for the head's.
  const dropped: string[] = [];
  for (const path of fromHead.paths) {
    if (manifests.size >= MAX_MANIFESTS && !manifests.has(path)) dropped.push(path);
    else manifests.set(path, { path, explicit: true });
  }
  const problems = [...fromHead.problems];
  if (dropped.length > 0) {
    problems.push(
      `the base branch's manifests and those ${APP_CONFIG_PATH} adds are more than ${MAX_MANIFESTS}; not checked: ${dropped.join(', ')}`,
    );
  }
  // The base's problems were someone else's change; only the head's are this pull request's.
  return { manifests: [...manifests.values()], configProblems: problems };
}

function configuredPaths(file: RepositoryFile): { paths: string[]; problems: string[] } {
  switch (file.kind) {
    case 'missing':
      return { paths: [], problems: [] };
    case 'too-large':
      return {
        paths: [],
        problems: [
          `${APP_CONFIG_PATH} is ${file.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit`,
        ],
      };
    case 'not-a-file':
      return { paths: [], problems: [`${APP_CONFIG_PATH} is a ${file.type}, not a file`] };
    case 'error':
      return {
        paths: [],
        problems: [
          `cannot read ${APP_CONFIG_PATH} (GitHub answered ${file.status ?? 'no status'}: ${file.message}); the app needs the \`contents: read\` permission`,
        ],
      };
    case 'file': {
      const config = parseAppConfig(new TextDecoder().decode(file.content));
      return config.ok
        ? { paths: config.manifests, problems: [] }
        : { paths: [], problems: config.problems };
    }
  }
}
