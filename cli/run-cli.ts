import { AccessMatrixTooLargeError } from '../core/policy/access-matrix-too-large-error.ts';
import { cliVersion } from './cli-version.ts';
import {
  AwsAccessError,
  ManifestError,
  PlanError,
  UsageError,
  errorMessage,
} from '../core/errors.ts';
import { renderProblemsText } from '../core/render/render-problems-text.ts';
import { terminalLines } from '../core/render/terminal-lines.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_AWS_ERROR, EXIT_INVALID_INPUT, EXIT_OK } from './exit-codes.ts';

type Command = (args: string[], io: CliIo) => Promise<number>;

// Each command's module is loaded only when it runs: `validate` never loads the AWS SDK
// (about 20 MB of the process and a tenth of a second of start-up).
const COMMANDS: Record<string, { run: Command; summary: string }> = {
  validate: {
    run: async (args, io) => (await import('./validate-command.ts')).validateCommand(args, io),
    summary: 'check the manifest (schema, names, aliases, policies); no AWS calls',
  },
  plan: {
    run: async (args, io) => (await import('./plan-command.ts')).planCommand(args, io),
    summary: 'show the changes apply would make to the live keys (read-only)',
  },
  apply: {
    run: async (args, io) => (await import('./apply-command.ts')).applyCommand(args, io),
    summary: 'plan afresh and apply the changes in safe order',
  },
  drift: {
    run: async (args, io) => (await import('./drift-command.ts')).driftCommand(args, io),
    summary:
      'report drift between the live keys and the manifest; optionally undo out-of-band deletions',
  },
  access: {
    run: async (args, io) => (await import('./access-command.ts')).accessCommand(args, io),
    summary: 'show who can do what with each key, from its key policy; no AWS calls',
  },
  'lint-policy': {
    run: async (args, io) => (await import('./lint-policy-command.ts')).lintPolicyCommand(args, io),
    summary: 'lint a key policy JSON document kept outside a manifest; no AWS calls',
  },
  'list-manifests': {
    run: async (args, io) =>
      (await import('./list-manifests-command.ts')).listManifestsCommand(args, io),
    summary:
      'list the manifests of a repository with their accounts, for a CI matrix; no AWS calls',
  },
  import: {
    run: async (args, io) => (await import('./import-command.ts')).importCommand(args, io),
    summary: 'write a manifest that adopts the existing keys of an account and Region (read-only)',
  },
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
  );
  return `Usage: kms-action <command> [options]

GitOps for AWS KMS customer managed keys.

Commands:
${lines.join('\n')}

Run 'kms-action <command> --help' for the options of a command.
AWS endpoint, Region and credentials come from the AWS SDK's standard chain
(AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL, ...).
`;
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? EXIT_INVALID_INPUT : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${cliVersion()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr(`${terminalLines([`kms-action: unknown command '${name}'`, ''])}${mainHelp()}`);
    return EXIT_INVALID_INPUT;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * The error on stderr. Messages quote the manifest, the arguments and AWS, so they are terminal
 * text (`terminalLines`): a line break or an escape sequence in them is shown as `[U+XXXX]`.
 */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof ManifestError) {
    io.stderr(renderProblemsText(error.problems));
    return EXIT_INVALID_INPUT;
  }
  if (error instanceof UsageError || isParseArgsError(error)) {
    io.stderr(
      terminalLines([`kms-action: ${errorMessage(error)}`, "Run 'kms-action --help' for usage."]),
    );
    return EXIT_INVALID_INPUT;
  }
  if (error instanceof PlanError || error instanceof AccessMatrixTooLargeError) {
    io.stderr(terminalLines([`kms-action: ${error.message}`]));
    return EXIT_INVALID_INPUT;
  }
  if (error instanceof AwsAccessError) {
    io.stderr(terminalLines([`kms-action: AWS error: ${error.message}`]));
    return EXIT_AWS_ERROR;
  }
  io.stderr(
    terminalLines([
      `kms-action: internal error: ${errorMessage(error)}`,
      ...stackFrames(error),
      "Please report this at the project's issue tracker.",
    ]),
  );
  return EXIT_AWS_ERROR;
}

/** The `at ...` lines of an error's stack: its first lines repeat the message, shown above. */
function stackFrames(error: unknown): string[] {
  if (!(error instanceof Error) || error.stack === undefined) return [];
  const head = String(error);
  const frames = error.stack.startsWith(head) ? error.stack.slice(head.length) : error.stack;
  return frames.split('\n').filter((line) => /^\s+at /.test(line));
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}
