import { findFilesNamed } from '../adapters/fs/find-files-named.ts';
import { readRegularFile } from '../adapters/fs/read-regular-file.ts';
import {
  APP_CONFIG_PATH,
  DEFAULT_MANIFEST_PATH,
  MAX_CONFIG_BYTES,
  parseAppConfig,
} from '../app/parse-app-config.ts';

/** The most jobs one GitHub Actions matrix makes; also the most paths the config may list. */
export const MAX_MATRIX_JOBS = 256;
/** Bounds of the search of a checkout. */
export const MANIFEST_SEARCH_LIMITS = { maxDepth: 16, maxEntries: 200_000 };

export interface RepositoryManifests {
  /** Sorted, `/`-separated, relative to the root. */
  paths: string[];
  /** What makes the list unreliable: the caller must not use a partial list. */
  problems: string[];
}

/**
 * The manifests of a repository checkout at `root`: every file named `kms.yaml` (symbolic
 * links never followed, hidden directories and node_modules skipped), plus the paths that
 * `.github/kms-action.yml` lists, as the app reads it (relative paths without `..`). The
 * caller reads each path with readRegularFile: a listed path that is missing or reached
 * through a symbolic link is then a problem, never skipped silently.
 */
export async function findRepositoryManifests(root: string): Promise<RepositoryManifests> {
  const problems: string[] = [];
  const found = await findFilesNamed(root, DEFAULT_MANIFEST_PATH, MANIFEST_SEARCH_LIMITS);
  if (found.kind === 'too-many-entries') {
    problems.push(
      `the search for ${DEFAULT_MANIFEST_PATH} files stopped after ${found.limit} directory entries (${found.visited} seen): list the manifests in ${APP_CONFIG_PATH} (manifests: [...]) and run from a smaller checkout`,
    );
  }
  const paths = new Set(found.kind === 'found' ? found.paths : []);

  const config = await readRegularFile(root, APP_CONFIG_PATH, MAX_CONFIG_BYTES);
  switch (config.kind) {
    case 'missing':
      break;
    case 'symlink':
      problems.push(
        `${APP_CONFIG_PATH} must be a regular file, but ${config.path} is a symbolic link`,
      );
      break;
    case 'not-a-file':
      problems.push(`${APP_CONFIG_PATH} must be a regular file, got a ${config.type}`);
      break;
    case 'too-large':
      problems.push(
        `${APP_CONFIG_PATH} is ${config.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit`,
      );
      break;
    case 'file': {
      const parsed = parseAppConfig(new TextDecoder().decode(config.content), {
        maxManifests: MAX_MATRIX_JOBS,
      });
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        break;
      }
      for (const path of parsed.manifests) {
        paths.add(
          path
            .split('/')
            .filter((part) => part !== '' && part !== '.')
            .join('/'),
        );
      }
    }
  }
  return { paths: [...paths].sort(), problems };
}
