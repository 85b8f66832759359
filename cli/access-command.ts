import { parseArgs } from 'node:util';
import { ManifestError, UsageError } from '../core/errors.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { accessActionsForUsage } from '../core/policy/access-actions-for-usage.ts';
import { buildAccessMatrix } from '../core/policy/build-access-matrix.ts';
import {
  renderAccessJson,
  renderAccessMarkdown,
  renderAccessText,
  type KeyAccess,
} from '../core/render/render-access.ts';
import { renderAccessMermaid } from '../core/render/render-access-mermaid.ts';
import { renderAccessTable } from '../core/render/render-access-table.ts';
import type { CliIo } from './cli-io.ts';
import { parseFormat, repositoryOf } from './common-options.ts';
import { EXIT_OK } from './exit-codes.ts';
import { readManifestFile } from './read-manifest-file.ts';

export const ACCESS_HELP = `Usage: kms-action access [-f kms.yaml] [--key NAME] [--wide] [--format text|markdown|json|mermaid]

Shows who can do what with each key, from the key policy the manifest declares: every
principal the policy names, the account root and anyone ('*'), for the operations of the
key's usage (a symmetric encryption key: Encrypt, Decrypt, ReEncrypt, GenerateDataKey),
DescribeKey, CreateGrant, PutKeyPolicy, ScheduleKeyDeletion and DisableKey, and what each
permission requires (MFA, encryption context, the allowed service). The text table fits
100 columns (compact cells and a legend); --wide prints the full grid.
Makes no AWS call. Keys whose policy the manifest does not manage are skipped.

Options:
  -f, --file <path>        manifest to read (default: kms.yaml)
      --key <name>         only this key (repeatable)
      --wide               text: the full grid (full names, verdicts in words)
      --format <format>    text (default), markdown, json, or mermaid (a flowchart of
                           keys, aliases and principals grouped by access class;
                           summarised past 60 nodes)
  -h, --help               show this help
`;

export async function accessCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string', short: 'f', default: 'kms.yaml' },
      key: { type: 'string', multiple: true },
      format: { type: 'string', default: 'text' },
      wide: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    io.stdout(ACCESS_HELP);
    return EXIT_OK;
  }
  const format = parseFormat(values.format, ['text', 'markdown', 'json', 'mermaid']);
  const manifestFile = await readManifestFile(values.file, io.cwd);
  const result = readManifest(manifestFile.file, manifestFile.content, {
    repository: repositoryOf(undefined, io.env),
    manifestPath: manifestFile.manifestPath,
  });
  if (!result.ok) throw new ManifestError(result.problems);

  const wanted = values.key ?? [];
  const unknown = wanted.filter((name) => !result.desired.keys.some((key) => key.name === name));
  if (unknown.length > 0) {
    throw new UsageError(
      `no key named ${unknown.map((name) => `'${name}'`).join(', ')} in ${manifestFile.file}`,
    );
  }
  const keys: (KeyAccess & { aliases: string[] })[] = result.desired.keys
    .filter((key) => wanted.length === 0 || wanted.includes(key.name))
    .flatMap((key) =>
      key.policy === undefined
        ? []
        : [
            {
              key: key.name,
              account: key.account,
              region: key.region,
              aliases: key.aliases,
              entries: buildAccessMatrix(key.policy.document, {
                account: key.account,
                actions: accessActionsForUsage(key.keyUsage, key.keySpec),
              }),
            },
          ],
    );
  if (format === 'json') io.stdout(renderAccessJson(keys));
  else if (format === 'mermaid') io.stdout(renderAccessMermaid(keys));
  else if (format === 'markdown') io.stdout(renderAccessMarkdown(keys));
  else if (values.wide === true) io.stdout(renderAccessText(keys));
  else io.stdout(renderAccessTable(keys));
  return EXIT_OK;
}
