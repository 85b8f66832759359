import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  renderProblemsText
} from "./chunk-ZJGUO3AP.js";
import {
  lintReadManifest,
  renderValidateJson
} from "./chunk-YIE5G4FA.js";
import {
  readManifestFile
} from "./chunk-NVRQHMDY.js";
import "./chunk-P6QZPTO3.js";
import {
  readManifest
} from "./chunk-EFAHECC7.js";
import "./chunk-TJWVZCXE.js";
import {
  findingsSarifText,
  parseFailOn,
  useColor
} from "./chunk-4UUN2PRO.js";
import {
  renderFindingsText
} from "./chunk-5FMXUR45.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import {
  reachesFailOn
} from "./chunk-EI2BIT7Y.js";
import "./chunk-EWJIZ4JH.js";
import "./chunk-BFVUAMJO.js";
import {
  parseFormat,
  repositoryOf
} from "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
import "./chunk-EUYH6NZ5.js";
import "./chunk-JQODEOEG.js";
import "./chunk-LRLGX7QA.js";
import "./chunk-SRQPVIDI.js";
import "./chunk-II7W7C4Z.js";
import "./chunk-5PJNXYGC.js";
import "./chunk-A54FERCJ.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-JV3QVPE7.js";
import "./chunk-4OQQTHGJ.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";

// cli/validate-command.ts
import { parseArgs } from "node:util";
var VALIDATE_HELP = `Usage: kms-action validate [-f kms.yaml] [--format text|json|sarif] [--fail-on error] [--base base.yaml]

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
async function validateCommand(args, io) {
  let { values } = parseArgs({
    args,
    options: {
      file: { type: "string", short: "f", default: "kms.yaml" },
      format: { type: "string", default: "text" },
      "fail-on": { type: "string", default: "error" },
      base: { type: "string" },
      repository: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(VALIDATE_HELP), 0;
  let format = parseFormat(values.format, ["text", "json", "sarif"]), failOn = parseFailOn(values["fail-on"]), repository = repositoryOf(values.repository, io.env), manifestFile = await readManifestFile(values.file, io.cwd, io.env, "-f"), result = readManifest(manifestFile.file, manifestFile.content, {
    repository,
    manifestPath: manifestFile.manifestPath
  }), problems = result.ok ? [] : result.problems, findings = lintReadManifest(
    result,
    values.base === void 0 ? void 0 : { desired: await readBase(values.base, repository, io) }
  );
  if (format === "json")
    io.stdout(`${JSON.stringify(renderValidateJson(result, findings), null, 2)}
`);
  else if (!result.ok)
    io.stderr(renderProblemsText(problems, manifestFile.text)), findings.length > 0 && format === "text" && io.stdout(
      `${terminalLines([`${manifestFile.file}: invalid; lint of the rest: ${findings.length} finding${findings.length === 1 ? "" : "s"}`, ""])}${renderFindingsText(findings, { color: useColor(io) })}`
    );
  else if (format === "sarif")
    io.stdout(findingsSarifText(findings));
  else {
    let count = result.desired.keys.length, lint = findings.length === 0 ? "no lint findings" : `${findings.length} lint finding${findings.length === 1 ? "" : "s"}`;
    io.stdout(
      terminalLines([
        `${manifestFile.file}: valid (${count} key${count === 1 ? "" : "s"}), ${lint}`
      ])
    ), findings.length > 0 && io.stdout(`
${renderFindingsText(findings, { color: useColor(io) })}`);
  }
  return result.ok ? reachesFailOn(findings, failOn) ? 1 : 0 : 2;
}
async function readBase(file, repository, io) {
  let baseFile = await readManifestFile(file, io.cwd, io.env, "--base"), base = readManifest(baseFile.file, baseFile.content, {
    repository,
    manifestPath: baseFile.manifestPath
  });
  if (base.ok) return base.desired;
  io.stderr(
    terminalLines([
      `kms-action: the base manifest ${file} is invalid (${base.problems.length} problem${base.problems.length === 1 ? "" : "s"}); lint severities and suppressions fall back to the built-in defaults`
    ])
  );
}
export {
  VALIDATE_HELP,
  validateCommand
};
