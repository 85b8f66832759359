import { cliVersion } from './cli-version.ts';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { readRegularFile, type RegularFileRead } from '../adapters/fs/read-regular-file.ts';
import { UsageError, errorMessage } from '../core/errors.ts';
import { lintConfigChange } from '../core/lint/compare-lint-config.ts';
import { lintIncomplete } from '../core/lint/lint-incomplete.ts';
import { lintKeyPolicy } from '../core/lint/lint-key-policy.ts';
import { FAIL_ON_LEVELS, reachesFailOn, type FailOn } from '../core/lint/reaches-fail-on.ts';
import { LINT_RULES } from '../core/lint/rules/index.ts';
import {
  parsePolicyKeyOptions,
  type PolicyKeyOptions,
} from '../core/lint/parse-policy-key-options.ts';
import type { Finding, RuleMetadata } from '../core/lint/types.ts';
import { renderLintPolicyJson } from '../core/render/render-lint-policy-json.ts';
import { renderFindingsSarif } from '../core/render/render-findings-sarif.ts';
import { renderFindingsText } from '../core/render/render-findings-text.ts';
import { terminalLines } from '../core/render/terminal-lines.ts';
import type { CliIo } from './cli-io.ts';
import { parseFormat } from './common-options.ts';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.ts';

export const LINT_POLICY_HELP = `Usage: kms-action lint-policy <policy.json> [--account 111122223333] [--region us-east-1] [--key-arn ARN] [--format text|json|sarif] [--fail-on error]

Runs the key policy lint rules (docs/rules.md) on a key policy JSON document kept outside
a manifest. Makes no AWS call. Every invalid part is reported at once, each at its line (a
name repeated in one JSON object at its second occurrence), and the other rules still run
on the statements without errors.

Options:
      --account <id>       12-digit account of the key (default: the account whose root
                           the policy allows to manage the key)
      --region <region>    Region of the key
      --key-arn <arn>      ARN of the key, when it exists (sets account and Region)
                           A statement applies only where its Resource names the key:
                           without these, a Resource naming a particular account,
                           Region or key id is treated conservatively (it grants
                           nothing, and a Deny of it counts for lockout checks)
      --environment <env>  environment of the key: production applies the stricter profile
      --format <format>    text (default), json or sarif
      --fail-on <level>    exit 1 when a finding is at least: error (default), warning,
                           notice, or never
  -h, --help               show this help

Exit codes: 0 no finding at the failing level, 1 findings at the failing level, 2 usage.
`;

/** Policy files are small (KMS allows 32 KB); anything far larger is refused unread. */
const MAX_POLICY_FILE_BYTES = 1024 * 1024;

/** Checks `--fail-on`. */
export function parseFailOn(value: string): FailOn {
  if ((FAIL_ON_LEVELS as readonly string[]).includes(value)) return value as FailOn;
  throw new UsageError(`--fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}, got '${value}'`);
}

/** Every rule a finding can name, for SARIF rule metadata. */
export const ALL_RULE_METADATA: readonly RuleMetadata[] = [
  ...LINT_RULES,
  lintConfigChange,
  lintIncomplete,
];

/** The SARIF log as text, with the running version as tool version. */
export function findingsSarifText(findings: readonly Finding[]): string {
  const log = renderFindingsSarif(findings, { rules: ALL_RULE_METADATA, version: cliVersion() });
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Colours on a terminal only, and never with NO_COLOR set. */
export function useColor(io: CliIo): boolean {
  return io.isTty && (io.env['NO_COLOR'] ?? '') === '';
}

export async function lintPolicyCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      account: { type: 'string' },
      region: { type: 'string' },
      'key-arn': { type: 'string' },
      environment: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help === true) {
    io.stdout(LINT_POLICY_HELP);
    return EXIT_OK;
  }
  const format = parseFormat(values.format, ['text', 'json', 'sarif']);
  const failOn = parseFailOn(values['fail-on']);
  const key = parsePolicyKeyOptions(
    { account: values.account, region: values.region, keyArn: values['key-arn'] },
    { account: '--account', region: '--region', keyArn: '--key-arn' },
  );
  const [file, ...extra] = positionals;
  if (file === undefined)
    throw new UsageError('lint-policy needs the policy file: lint-policy <policy.json>');
  if (extra.length > 0) {
    throw new UsageError(
      `lint-policy takes one policy file, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }

  const text = await readPolicyFile(file, io.cwd);
  const findings = lintKeyPolicy(text, {
    file,
    ...key,
    ...(values.environment === undefined ? {} : { environment: values.environment }),
  });

  const assumed = assumptions(key, text);
  if (assumed !== undefined) io.stderr(assumed);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(renderLintPolicyJson(findings), null, 2)}\n`);
  } else if (format === 'sarif') {
    io.stdout(findingsSarifText(findings));
  } else {
    io.stdout(
      findings.length === 0
        ? terminalLines([`${file}: no lint findings`])
        : renderFindingsText(findings, { color: useColor(io) }),
    );
  }
  return reachesFailOn(findings, failOn) ? EXIT_FINDINGS : EXIT_OK;
}

/** What was not given about the key, when the policy has a Resource other than `*`. */
function assumptions(key: PolicyKeyOptions, text: string): string | undefined {
  if (key.keyArn !== undefined || !/"(Not)?Resource"\s*:\s*(\[|"(?!\*"))/.test(text)) {
    return undefined;
  }
  const unknown = [
    'id (no --key-arn)',
    ...(key.region === undefined ? ['Region (no --region)'] : []),
    ...(key.account === undefined ? ['account (no --account)'] : []),
  ];
  return `lint-policy: the key's ${unknown.join(', ')} is not known: a statement whose Resource names a particular key, Region or account is taken to grant nothing, and a Deny of it to apply in lockout checks; pass --key-arn (or --account and --region) to decide it\n`;
}

/**
 * Reads the policy file as `readManifestFile` reads a manifest: a regular file reached without
 * a symbolic link (in CI the working directory is a checkout whose links a pull request may
 * have committed), never a FIFO or a device that would hang the read.
 */
async function readPolicyFile(file: string, cwd: string): Promise<string> {
  const absolute = resolve(cwd, file);
  const path = relative(cwd, absolute).split(sep).join('/');
  const inside = path !== '' && !path.startsWith('../') && !isAbsolute(path);
  const [root, name] = inside ? [cwd, path] : [dirname(absolute), basename(absolute)];
  let read: RegularFileRead;
  try {
    read = await readRegularFile(root, name, MAX_POLICY_FILE_BYTES);
  } catch (error) {
    throw new UsageError(`cannot read policy file ${file}: ${errorMessage(error)}`);
  }
  switch (read.kind) {
    case 'missing':
      throw new UsageError(`policy file ${file} not found (working directory ${cwd})`);
    case 'symlink':
      throw new UsageError(
        `policy file ${file} must be a regular file reached without a symbolic link, but ${read.path} is a symbolic link; pass the path of the file itself`,
      );
    case 'not-a-file':
      throw new UsageError(
        read.type === 'directory'
          ? `${file} is a directory; pass a policy JSON file`
          : `policy file ${file} must be a regular file, got a ${read.type}`,
      );
    case 'too-large':
      throw new UsageError(
        `${file} is ${read.size} bytes; a key policy is at most 32 KB (files over ${MAX_POLICY_FILE_BYTES} bytes are not read)`,
      );
    case 'file':
      return new TextDecoder().decode(read.content);
  }
}
