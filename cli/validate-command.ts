import { parseArgs } from 'node:util';
import { readManifest } from '../core/manifest/read-manifest.ts';
import type { ManifestProblem } from '../core/manifest/types.ts';
import { renderProblemsText } from '../core/render/render-problems-text.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_INVALID_INPUT, EXIT_OK } from './exit-codes.ts';
import { parseFormat, repositoryOf } from './common-options.ts';
import { readManifestFile } from './read-manifest-file.ts';

export const VALIDATE_HELP = `Usage: kms-action validate [-f kms.yaml] [--format text|json]

Checks the manifest against the schema (schemas/kms.schema.json) and resolves it:
defaults, account and principal names, aliases, adoptions, generated key policies.
Makes no AWS call.

Options:
  -f, --file <path>        manifest to read (default: kms.yaml)
      --format <format>    text (default) or json
      --repository <o/r>   repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
  -h, --help               show this help

Exit codes: 0 valid, 2 invalid manifest or usage.
`;

/** JSON contract of `validate --format json` (docs/json-output.md), version 1. */
export interface ValidateJson {
  format_version: 1;
  valid: boolean;
  errors: {
    message: string;
    file: string;
    line: number;
    column: number;
    path: string;
    hint?: string;
  }[];
  findings: unknown[];
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string', short: 'f', default: 'kms.yaml' },
      format: { type: 'string', default: 'text' },
      repository: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    io.stdout(VALIDATE_HELP);
    return EXIT_OK;
  }
  const format = parseFormat(values.format, ['text', 'json']);
  const manifestFile = await readManifestFile(values.file, io.cwd);
  const result = readManifest(manifestFile.file, manifestFile.content, {
    repository: repositoryOf(values.repository, io.env),
    manifestPath: manifestFile.manifestPath,
  });
  const problems: ManifestProblem[] = result.ok ? [] : result.problems;

  if (format === 'json') {
    const output: ValidateJson = {
      format_version: 1,
      valid: result.ok,
      errors: problems,
      findings: [],
    };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else if (result.ok) {
    const count = result.desired.keys.length;
    io.stdout(`${manifestFile.file}: valid (${count} key${count === 1 ? '' : 's'})\n`);
  } else {
    io.stderr(renderProblemsText(problems, manifestFile.text));
  }
  return result.ok ? EXIT_OK : EXIT_INVALID_INPUT;
}
