import { parseArgs } from 'node:util';
import { ManifestError, UsageError } from '../core/errors.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { selectNamedKeys } from '../core/manifest/select-named-keys.ts';
import { buildKeysAccess } from '../core/policy/build-keys-access.ts';
import { explainKeysAccess } from '../core/policy/explain-keys-access.ts';
import {
  renderAccessJson,
  renderAccessMarkdown,
  renderAccessText,
} from '../core/render/render-access.ts';
import {
  renderAccessExplanationJson,
  renderAccessExplanationText,
} from '../core/render/render-access-explanation.ts';
import { renderAccessMermaid } from '../core/render/render-access-mermaid.ts';
import { renderAccessTable } from '../core/render/render-access-table.ts';
import type { CliIo } from './cli-io.ts';
import { parseFormat, repositoryOf } from './common-options.ts';
import { EXIT_OK } from './exit-codes.ts';
import { readManifestFile } from '../adapters/fs/read-manifest-file.ts';

export const ACCESS_HELP = `Usage: kms-action access [-f kms.yaml] [--key NAME] [--wide] [--format text|markdown|json|mermaid]
       kms-action access --explain PRINCIPAL ACTION [-f kms.yaml] [--key NAME] [--format text|json]

Shows who can do what with each key, from the key policy the manifest declares: every
principal the policy names, the account root and anyone ('*'), for the operations of the
key's usage (a symmetric encryption key: Encrypt, Decrypt, ReEncrypt, GenerateDataKey),
DescribeKey, CreateGrant, PutKeyPolicy, ScheduleKeyDeletion and DisableKey, and what each
permission requires (MFA, encryption context, the allowed service). The text table fits
100 columns (compact cells and a legend); --wide prints the full grid.
Makes no AWS call. Keys whose policy the manifest does not manage are skipped. A replica
with a policy of its own is shown as an entry of its own ('name (account Region replica)';
'name@Region' in mermaid).
A principal of another account is allowed only with an IAM policy in its own account too
(iam_policy_in_account). A statement counts only where its Resource names the key.

With --explain, prints for one principal (ARN, account id or '*') and action (Decrypt or
kms:Decrypt) the verdict, the statements that decided it (Sid, file:line) and their
conditions, so any cell of the matrix can be checked.

Options:
  -f, --file <path>        manifest to read (default: kms.yaml)
      --key <name>         only this key (repeatable)
      --explain <principal> explain one cell; the action follows as an argument
      --wide               text: the full grid (full names, verdicts in words)
      --format <format>    text (default), markdown, json, or mermaid (a flowchart of
                           keys, aliases and principals grouped by access class;
                           summarised past 60 nodes)
  -h, --help               show this help
`;

export async function accessCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      file: { type: 'string', short: 'f', default: 'kms.yaml' },
      key: { type: 'string', multiple: true },
      explain: { type: 'string' },
      format: { type: 'string', default: 'text' },
      wide: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help === true) {
    io.stdout(ACCESS_HELP);
    return EXIT_OK;
  }
  const explained = parseExplain(values.explain, positionals);
  const format = parseFormat(
    values.format,
    explained === undefined ? ['text', 'markdown', 'json', 'mermaid'] : ['text', 'json'],
  );
  const manifestFile = await readManifestFile(values.file, io.cwd, io.env, '-f');
  const result = readManifest(manifestFile.file, manifestFile.content, {
    repository: repositoryOf(undefined, io.env),
    manifestPath: manifestFile.manifestPath,
  });
  if (!result.ok) throw new ManifestError(result.problems);

  const selected = selectNamedKeys(result.desired, values.key ?? []);
  if (explained !== undefined) {
    const explanations = explainKeysAccess(
      result.desired,
      selected,
      explained.principal,
      explained.action,
    );
    io.stdout(
      format === 'json'
        ? renderAccessExplanationJson(explanations)
        : renderAccessExplanationText(explanations),
    );
    return EXIT_OK;
  }
  const keys = buildKeysAccess(selected);
  if (format === 'json') io.stdout(renderAccessJson(keys));
  else if (format === 'mermaid') io.stdout(renderAccessMermaid(keys));
  else if (format === 'markdown') io.stdout(renderAccessMarkdown(keys));
  else if (values.wide === true) io.stdout(renderAccessText(keys));
  else io.stdout(renderAccessTable(keys));
  return EXIT_OK;
}

/** `--explain PRINCIPAL ACTION`: the action is the one argument. */
function parseExplain(
  principal: string | undefined,
  positionals: readonly string[],
): { principal: string; action: string } | undefined {
  if (principal === undefined) {
    if (positionals.length > 0) {
      throw new UsageError(
        `access takes no arguments without --explain, got: ${positionals.join(' ')}`,
      );
    }
    return undefined;
  }
  const [action, ...extra] = positionals;
  if (action === undefined || extra.length > 0) {
    throw new UsageError(
      `--explain takes a principal and one action (access --explain arn:aws:iam::111122223333:role/app Decrypt), got ${positionals.length} action arguments`,
    );
  }
  return { principal, action };
}
