#!/usr/bin/env node
import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  renderProblemsText
} from "../chunks/chunk-ZJGUO3AP.js";
import {
  AccessMatrixTooLargeError
} from "../chunks/chunk-BDFDA2XX.js";
import {
  limitYoungGeneration
} from "../chunks/chunk-4APNIXCL.js";
import {
  cliVersion
} from "../chunks/chunk-GAWI2FNZ.js";
import "../chunks/chunk-SBUXJA52.js";
import {
  terminalLines
} from "../chunks/chunk-GPW2CHHQ.js";
import "../chunks/chunk-JV3QVPE7.js";
import "../chunks/chunk-4OQQTHGJ.js";
import {
  AwsAccessError,
  ManifestError,
  PlanError,
  UsageError,
  errorMessage
} from "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";

// cli/index.ts
import { createInterface } from "node:readline/promises";

// cli/run-cli.ts
var COMMANDS = {
  validate: {
    run: async (args, io) => (await import("../chunks/validate-command-LF6OPWWN.js")).validateCommand(args, io),
    summary: "check the manifest (schema, names, aliases, policies); no AWS calls"
  },
  plan: {
    run: async (args, io) => (await import("../chunks/plan-command-IFMBQYNM.js")).planCommand(args, io),
    summary: "show the changes apply would make to the live keys (read-only)"
  },
  apply: {
    run: async (args, io) => (await import("../chunks/apply-command-FLOQIPRV.js")).applyCommand(args, io),
    summary: "plan afresh and apply the changes in safe order"
  },
  drift: {
    run: async (args, io) => (await import("../chunks/drift-command-JT4NET5W.js")).driftCommand(args, io),
    summary: "report drift between the live keys and the manifest; optionally undo out-of-band deletions"
  },
  access: {
    run: async (args, io) => (await import("../chunks/access-command-NREGNWBT.js")).accessCommand(args, io),
    summary: "show who can do what with each key, from its key policy; no AWS calls"
  },
  "lint-policy": {
    run: async (args, io) => (await import("../chunks/lint-policy-command-4RYICHMS.js")).lintPolicyCommand(args, io),
    summary: "lint a key policy JSON document kept outside a manifest; no AWS calls"
  },
  "list-manifests": {
    run: async (args, io) => (await import("../chunks/list-manifests-command-Z2VTY46G.js")).listManifestsCommand(args, io),
    summary: "list the manifests of a repository with their accounts, for a CI matrix; no AWS calls"
  },
  import: {
    run: async (args, io) => (await import("../chunks/import-command-5N6VVDBN.js")).importCommand(args, io),
    summary: "write a manifest that adopts the existing keys of an account and Region (read-only)"
  }
};
function mainHelp() {
  let width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return `Usage: kms-action <command> [options]

GitOps for AWS KMS customer managed keys.

Commands:
${Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`
  ).join(`
`)}

Run 'kms-action <command> --help' for the options of a command.
AWS endpoint, Region and credentials come from the AWS SDK's standard chain
(AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL, ...).
`;
}
async function runCli(argv, io) {
  let [name, ...args] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help")
    return io.stdout(mainHelp()), name === void 0 ? 2 : 0;
  if (name === "--version" || name === "-v")
    return io.stdout(`${cliVersion()}
`), 0;
  let command = COMMANDS[name];
  if (command === void 0)
    return io.stderr(`${terminalLines([`kms-action: unknown command '${name}'`, ""])}${mainHelp()}`), 2;
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportError(error, io);
  }
}
function reportError(error, io) {
  return error instanceof ManifestError ? (io.stderr(renderProblemsText(error.problems)), 2) : error instanceof UsageError || isParseArgsError(error) ? (io.stderr(
    terminalLines([`kms-action: ${errorMessage(error)}`, "Run 'kms-action --help' for usage."])
  ), 2) : error instanceof PlanError || error instanceof AccessMatrixTooLargeError ? (io.stderr(terminalLines([`kms-action: ${error.message}`])), 2) : error instanceof AwsAccessError ? (io.stderr(terminalLines([`kms-action: AWS error: ${error.message}`])), 4) : (io.stderr(
    terminalLines([
      `kms-action: internal error: ${errorMessage(error)}`,
      ...stackFrames(error),
      "Please report this at the project's issue tracker."
    ])
  ), 4);
}
function stackFrames(error) {
  if (!(error instanceof Error) || error.stack === void 0) return [];
  let head = String(error);
  return (error.stack.startsWith(head) ? error.stack.slice(head.length) : error.stack).split(`
`).filter((line) => /^\s+at /.test(line));
}
function isParseArgsError(error) {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

// cli/write-until-reader-leaves.ts
function writeUntilReaderLeaves(stream) {
  let stopped = !1, failure2;
  return stream.on("error", (error) => {
    stopped = !0, error.code !== "EPIPE" && (failure2 ??= error);
  }), {
    write: (text) => {
      stopped || stream.write(text);
    },
    failure: () => failure2
  };
}

// cli/index.ts
limitYoungGeneration();
var stdout = writeUntilReaderLeaves(process.stdout), stderr = writeUntilReaderLeaves(process.stderr), code = await runCli(process.argv.slice(2), {
  stdout: stdout.write,
  stderr: stderr.write,
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stdout.isTTY && process.stdin.isTTY,
  stderrIsTty: process.stderr.isTTY,
  prompt: async (question) => {
    let terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await terminal.question(question);
    } finally {
      terminal.close();
    }
  }
});
await new Promise((resolve) => setImmediate(resolve));
var failure = stdout.failure() ?? stderr.failure();
failure !== void 0 ? (stderr.write(`kms-action: the output could not be written: ${failure.message}
`), process.exitCode = Math.max(code, 2)) : process.exitCode = code;
