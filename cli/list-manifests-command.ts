import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readRegularFile } from '../adapters/fs/read-regular-file.ts';
import { findSharedAccounts } from '../core/manifest/find-shared-accounts.ts';
import { listManifestPlacement } from '../core/manifest/list-manifest-placement.ts';
import { MAX_MANIFEST_BYTES } from '../core/manifest/load-manifest.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import {
  renderManifestListJson,
  type ListedManifest,
} from '../core/render/render-manifest-list-json.ts';
import { revealInvisible } from '../core/render/escape-markdown.ts';
import { terminalLines } from '../core/render/terminal-lines.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_INVALID_INPUT, EXIT_OK } from './exit-codes.ts';
import { findRepositoryManifests, MAX_MATRIX_JOBS } from './find-repository-manifests.ts';

export const LIST_MANIFESTS_HELP = `Usage: kms-action list-manifests [--json] [--root <dir>]

Lists the manifests of a repository checkout with the accounts and Regions of their keys,
for a GitHub Actions matrix (one job per manifest, one concurrency group per account set).
Manifests: every file named kms.yaml (symbolic links never followed; hidden directories
and node_modules skipped) plus the paths .github/kms-action.yml lists. No AWS calls.

Options:
      --json           one line of JSON for $GITHUB_OUTPUT and fromJSON (docs/json-output.md)
      --root <dir>     the repository root (default: the working directory)
  -h, --help           show this help

Exit codes: 0 listed (a manifest that does not compile is listed with "valid": false),
2 the list cannot be trusted (a listed manifest missing or behind a symbolic link, an
invalid .github/kms-action.yml, a checkout too large to search) or usage.
`;

export async function listManifestsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    io.stdout(LIST_MANIFESTS_HELP);
    return EXIT_OK;
  }
  const root = resolve(io.cwd, values.root ?? '.');
  const found = await findRepositoryManifests(root);
  const problems = [...found.problems];
  const manifests: ListedManifest[] = [];
  for (const path of found.paths) {
    const read = await readRegularFile(root, path, MAX_MANIFEST_BYTES);
    if (read.kind === 'missing') problems.push(`manifest ${path} does not exist`);
    else if (read.kind === 'symlink')
      problems.push(
        `manifest ${path} is reached through the symbolic link ${read.path}: list the file itself`,
      );
    else if (read.kind === 'not-a-file')
      problems.push(`manifest ${path} is a ${read.type}, not a file`);
    else if (read.kind === 'too-large') manifests.push(invalid(path));
    else {
      const result = readManifest(path, read.content, { repository: 'local', manifestPath: path });
      manifests.push(
        result.ok ? { path, valid: true, ...listManifestPlacement(result.desired) } : invalid(path),
      );
    }
  }
  if (problems.length > 0) {
    // Paths are a checkout's names: a line break in one must not start a line of the log.
    io.stderr(
      terminalLines([
        `kms-action: cannot list the manifests of ${root}:`,
        ...problems.map((problem) => `  - ${problem}`),
        "Run 'kms-action --help' for usage.",
      ]),
    );
    return EXIT_INVALID_INPUT;
  }

  const json = renderManifestListJson(manifests);
  if (values.json === true) io.stdout(`${JSON.stringify(json)}\n`);
  else io.stdout(renderText(json));
  for (const manifest of json.manifests.filter((entry) => !entry.valid)) {
    io.stderr(
      `${revealInvisible(`kms-action: ${manifest.path} does not compile: its job will report the errors (kms-action validate -f ${manifest.path})`)}\n`,
    );
  }
  const shared = findSharedAccounts(manifests);
  if (shared.length > 0) {
    io.stderr(
      `kms-action: account${shared.length === 1 ? '' : 's'} ${shared.join(', ')} ${shared.length === 1 ? 'has' : 'have'} keys in more than one manifest: their jobs are in separate concurrency groups and can call the account at the same time, sharing its API quotas; one manifest per account keeps jobs apart\n`,
    );
  }
  if (json.manifests.length > MAX_MATRIX_JOBS) {
    io.stderr(
      `kms-action: ${json.manifests.length} manifests, but a matrix makes at most ${MAX_MATRIX_JOBS} jobs: split them over several matrix jobs\n`,
    );
  }
  return EXIT_OK;
}

function invalid(path: string): ListedManifest {
  return { path, valid: false, accounts: [], regions: [], keys: 0 };
}

function renderText(json: ReturnType<typeof renderManifestListJson>): string {
  if (json.manifests.length === 0) return 'No manifests found.\n';
  const lines = json.manifests.map((manifest) =>
    revealInvisible(
      manifest.valid
        ? `${manifest.path}  accounts: ${manifest.accounts.join(', ') || '-'}  regions: ${manifest.regions.join(', ') || '-'}  (${manifest.keys} key${manifest.keys === 1 ? '' : 's'})`
        : `${manifest.path}  (does not compile)`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
