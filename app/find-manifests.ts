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
 * The manifests a pull request is checked against: those listed in `.github/kms-action.yml`
 * at the base and at the head (a pull request can add a manifest to check, not remove one),
 * else `kms.yaml`.
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
  const listed = [...new Set([...fromBase.paths, ...fromHead.paths])].slice(0, MAX_MANIFESTS);
  const manifests =
    listed.length > 0
      ? listed.map((path) => ({ path, explicit: true }))
      : [{ path: DEFAULT_MANIFEST_PATH, explicit: false }];
  // The base's problems were someone else's change; only the head's are this pull request's.
  return { manifests, configProblems: fromHead.problems };
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
