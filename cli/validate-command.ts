import { parseArgs } from 'node:util';
import { lintReadManifest } from '../core/lint/lint-read-manifest.ts';
import type { DesiredState } from '../core/manifest/desired-state.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import type { ManifestProblem } from '../core/manifest/types.ts';
import { renderFindingsText } from '../core/render/render-findings-text.ts';
import { renderProblemsText } from '../core/render/render-problems-text.ts';
import { terminalLines } from '../core/render/terminal-lines.ts';
import { reachesFailOn } from '../core/lint/reaches-fail-on.ts';
import { renderValidateJson } from '../core/render/render-validate-json.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_FINDINGS, EXIT_INVALID_INPUT, EXIT_OK } from './exit-codes.ts';
import { parseFormat, repositoryOf } from './common-options.ts';
import { findingsSarifText, parseFailOn, useColor } from './lint-policy-command.ts';
import { readManifestFile } from '../adapters/fs/read-manifest-file.ts';

export const VALIDATE_HELP = `Usage: kms-action validate [-f kms.yaml] [--format text|json|sarif] [--fail-on error] [--base base.yaml]

Checks the manifest against the schema (schemas/kms.schema.json) and resolves it:
defaults, account and principal names, aliases, adoptions, generated key policies.
Then lints it against KMS best practice (docs/rules.md). Makes no AWS call.

Options:
  -f, --file <path>        manifest to read (default: kms.yaml)
      --format <format>    text (default), json or sarif (lint findings for code scanning)
      --fail-on <level>    exit 1 when a finding is at least: error (default), warning,
                           notice, or never
      --base <path>        the base branch's manifest: lint severities and suppressions
                           come from it, each key is linted at least as its base
                           environment, and relaxing them or relabelling a key shows as a
                           lint-config-change finding
      --repository <o/r>   repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
  -h, --help               show this help

Exit codes: 0 valid (no finding at the failing level), 1 findings at the failing level,
2 invalid manifest or usage.
`;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string', short: 'f', default: 'kms.yaml' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
      base: { type: 'string' },
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
  const format = parseFormat(values.format, ['text', 'json', 'sarif']);
  const failOn = parseFailOn(values['fail-on']);
  const repository = repositoryOf(values.repository, io.env);
  const manifestFile = await readManifestFile(values.file, io.cwd, io.env, '-f');
  const result = readManifest(manifestFile.file, manifestFile.content, {
    repository,
    manifestPath: manifestFile.manifestPath,
  });
  const problems: ManifestProblem[] = result.ok ? [] : result.problems;

  const findings = lintReadManifest(
    result,
    values.base === undefined
      ? undefined
      : { desired: await readBase(values.base, repository, io) },
  );

  if (format === 'json') {
    io.stdout(`${JSON.stringify(renderValidateJson(result, findings), null, 2)}\n`);
  } else if (!result.ok) {
    io.stderr(renderProblemsText(problems, manifestFile.text));
    if (findings.length > 0 && format === 'text') {
      io.stdout(
        `${terminalLines([`${manifestFile.file}: invalid; lint of the rest: ${findings.length} finding${findings.length === 1 ? '' : 's'}`, ''])}${renderFindingsText(findings, { color: useColor(io) })}`,
      );
    }
  } else if (format === 'sarif') {
    io.stdout(findingsSarifText(findings));
  } else {
    const count = result.desired.keys.length;
    const lint =
      findings.length === 0
        ? 'no lint findings'
        : `${findings.length} lint finding${findings.length === 1 ? '' : 's'}`;
    io.stdout(
      terminalLines([
        `${manifestFile.file}: valid (${count} key${count === 1 ? '' : 's'}), ${lint}`,
      ]),
    );
    if (findings.length > 0) {
      io.stdout(`\n${renderFindingsText(findings, { color: useColor(io) })}`);
    }
  }
  if (!result.ok) return EXIT_INVALID_INPUT;
  return reachesFailOn(findings, failOn) ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * The base branch's desired state. A base that does not compile (the change may be the fix)
 * is reported, and the change is then compared with the built-in defaults: the strictest
 * reading, so nothing is relaxed by the change itself.
 */
async function readBase(
  file: string,
  repository: string,
  io: CliIo,
): Promise<DesiredState | undefined> {
  const baseFile = await readManifestFile(file, io.cwd, io.env, '--base');
  const base = readManifest(baseFile.file, baseFile.content, {
    repository,
    manifestPath: baseFile.manifestPath,
  });
  if (base.ok) return base.desired;
  io.stderr(
    terminalLines([
      `kms-action: the base manifest ${file} is invalid (${base.problems.length} problem${base.problems.length === 1 ? '' : 's'}); lint severities and suppressions fall back to the built-in defaults`,
    ]),
  );
  return undefined;
}
