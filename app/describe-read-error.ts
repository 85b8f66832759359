import { MAX_MANIFEST_BYTES } from '../core/manifest/load-manifest.ts';
import type { RepositoryFile } from './read-repository-file.ts';

/** Why a manifest could not be read, and what fixes it, for a failing check run. */
export function describeReadError(
  path: string,
  ref: string,
  file: Exclude<RepositoryFile, { kind: 'file' }>,
  explicit: boolean,
): { message: string; help: string } {
  const at = `at ${ref.slice(0, 7)}`;
  switch (file.kind) {
    case 'missing':
      return {
        message: `${path} does not exist ${at}`,
        help: explicit
          ? `add ${path}, or remove it from \`manifests\` in .github/kms-action.yml`
          : `restore ${path}: the base branch has it, and removing a manifest orphans its keys (to delete keys, set \`state: pending_deletion\` first)`,
      };
    case 'too-large':
      return {
        message: `${path} is ${file.size} bytes, over the 1 MiB (${MAX_MANIFEST_BYTES} bytes) limit`,
        help: 'split the keys across several manifests and list them in .github/kms-action.yml',
      };
    case 'not-a-file':
      if (file.type === 'symlink')
        return {
          message: `${path} is a symbolic link ${at}: kms-action reads only a regular file, never through a link (the Action and the CLI refuse it too)`,
          help: `commit the manifest itself at ${path}, or list the file the link points to in \`manifests\` in .github/kms-action.yml`,
        };
      return {
        message: `${path} is a ${file.type} ${at}, not a file`,
        help: `point \`manifests\` in .github/kms-action.yml at the manifest file itself`,
      };
    case 'error':
      return {
        message: `GitHub answered ${file.status ?? 'without a status'} when the app read ${path} ${at}: ${file.message}`,
        help:
          file.status === 403 || file.status === 401
            ? 'the app needs the `contents: read` permission on this repository: accept it in the installation settings (Settings → GitHub Apps), then re-run this check'
            : 're-run this check once GitHub answers again',
      };
  }
}
