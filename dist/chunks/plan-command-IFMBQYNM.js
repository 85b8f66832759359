import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  TARGET_HELP,
  TARGET_OPTION,
  writeSavedPlan
} from "./chunk-O3YIXWU5.js";
import {
  renderPlanText
} from "./chunk-4NHWCL2S.js";
import {
  AWS_OPTIONS_HELP,
  PLAN_OPTIONS,
  preparePlan,
  renderStats
} from "./chunk-POR23H5F.js";
import "./chunk-DV5KBW3G.js";
import "./chunk-ODLHYEZR.js";
import {
  renderPlanMarkdown
} from "./chunk-F2SUTSNJ.js";
import "./chunk-HH6VCJ65.js";
import "./chunk-N5XFL46V.js";
import "./chunk-A4JPLLK3.js";
import "./chunk-JV3DINU2.js";
import "./chunk-AYFF7TSP.js";
import "./chunk-GNUHT7F6.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-7J6WFNQB.js";
import "./chunk-67NWA6VW.js";
import "./chunk-IEWPRWQS.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import {
  renderPlanJson
} from "./chunk-VNOEOQF6.js";
import "./chunk-C3TMTZPU.js";
import "./chunk-NVRQHMDY.js";
import {
  runLint
} from "./chunk-P6QZPTO3.js";
import "./chunk-EFAHECC7.js";
import "./chunk-G5JIHOCA.js";
import "./chunk-TJWVZCXE.js";
import "./chunk-BDFDA2XX.js";
import {
  renderFindingsText
} from "./chunk-5FMXUR45.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import {
  renderFindingsJson
} from "./chunk-BFVUAMJO.js";
import {
  parseFormat
} from "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
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

// cli/plan-command.ts
import { parseArgs } from "node:util";
var PLAN_HELP = `Usage: kms-action plan [-f kms.yaml] [--format text|markdown|json] [--detailed-exitcode]
                       [--out plan.json] [--target <key name>]...

Reads the live keys the manifest owns and shows the changes that apply would make, in
order, with their risk, the key policy diff and who gains or loses access. Read-only.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --format <format>      text (default), markdown or json
      --detailed-exitcode    exit 3 when the plan has changes
      --out <file>           save the plan (manifest digest, live-state digest, changes) for
                             apply --plan <file>; not saved when the plan has problems
      --repository <o/r>     repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
${TARGET_HELP}
${AWS_OPTIONS_HELP}
  -h, --help                 show this help

Exit codes: 0 no changes (or changes without --detailed-exitcode), 1 the plan has problems
that block apply, 2 invalid manifest or usage, 3 changes (--detailed-exitcode), 4 AWS error.
`;
async function planCommand(args, io) {
  let { values } = parseArgs({
    args,
    options: {
      ...PLAN_OPTIONS,
      ...TARGET_OPTION,
      format: { type: "string", default: "text" },
      "detailed-exitcode": { type: "boolean" },
      out: { type: "string" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(PLAN_HELP), 0;
  let format = parseFormat(values.format, ["text", "markdown", "json"]), prepared = await preparePlan(
    {
      file: values.file,
      repository: values.repository,
      roleToAssume: values["role-to-assume"],
      targets: values.target ?? [],
      progress: format !== "json"
    },
    io
  );
  try {
    let { plan } = prepared, findings = runLint(prepared.desired);
    return format === "json" ? io.stdout(`${JSON.stringify(renderPlanJson(plan, renderFindingsJson(findings)), null, 2)}
`) : format === "markdown" ? io.stdout(renderPlanMarkdown(plan, { now: /* @__PURE__ */ new Date() })) : (io.stdout(renderPlanText(plan, { now: /* @__PURE__ */ new Date() })), findings.length > 0 && io.stdout(`
${renderFindingsText(findings)}`)), values.stats === !0 && io.stderr(renderStats(prepared.stats)), values.out !== void 0 && (plan.problems.length > 0 ? io.stderr(
      terminalLines([`Plan not saved to ${values.out}: it has problems that block apply.`])
    ) : (await writeSavedPlan(values.out, io.cwd, prepared), io.stderr(
      terminalLines([
        `Saved the plan to ${values.out}: apply exactly it with kms-action apply --plan ${values.out}`
      ])
    ))), plan.problems.length > 0 ? 1 : values["detailed-exitcode"] === !0 && plan.changes.length > 0 ? 3 : 0;
  } finally {
    prepared.clients.destroy();
  }
}
export {
  PLAN_HELP,
  planCommand
};
