import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  TARGET_HELP,
  TARGET_OPTION,
  writeSavedPlan
} from "./chunk-TBYYDGNW.js";
import {
  renderPlanText
} from "./chunk-RPXI7KRK.js";
import {
  AWS_OPTIONS_HELP,
  PLAN_OPTIONS,
  preparePlan,
  renderStats
} from "./chunk-CDCOVYJN.js";
import "./chunk-KSXDF3VM.js";
import "./chunk-AEW7KOLH.js";
import {
  renderPlanMarkdown
} from "./chunk-LUCPNCIP.js";
import "./chunk-WFFTM6J7.js";
import "./chunk-BG5BMS3O.js";
import "./chunk-UPHG6KVA.js";
import "./chunk-JV3DINU2.js";
import "./chunk-AYFF7TSP.js";
import "./chunk-DIMZK2SM.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-EMA5YLG5.js";
import "./chunk-RY7FEIKO.js";
import "./chunk-IEWPRWQS.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import {
  renderPlanJson
} from "./chunk-H5CGRUFS.js";
import "./chunk-4XOSJMTE.js";
import "./chunk-ABS36DWN.js";
import {
  runLint
} from "./chunk-6IY4SMLA.js";
import "./chunk-HOWIXWPJ.js";
import "./chunk-JIONHZ52.js";
import "./chunk-KZENSM24.js";
import "./chunk-DS725E4R.js";
import "./chunk-GDZ64OS2.js";
import "./chunk-BDFDA2XX.js";
import {
  renderFindingsText
} from "./chunk-IEI46QYI.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import {
  renderFindingsJson
} from "./chunk-BFVUAMJO.js";
import {
  parseFormat
} from "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-M27RS3TG.js";
import "./chunk-LXNROLER.js";
import "./chunk-BZZ7VMWE.js";
import "./chunk-CPC7E7YC.js";
import "./chunk-QSB7NCUL.js";
import "./chunk-A54FERCJ.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-JV3QVPE7.js";
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
${renderFindingsText(findings)}`)), values.stats === !0 && io.stderr(renderStats(prepared.stats)), values.out !== void 0 && (plan.problems.length > 0 ? io.stderr(`Plan not saved to ${values.out}: it has problems that block apply.
`) : (await writeSavedPlan(values.out, io.cwd, prepared), io.stderr(
      `Saved the plan to ${values.out}: apply exactly it with kms-action apply --plan ${values.out}
`
    ))), plan.problems.length > 0 ? 1 : values["detailed-exitcode"] === !0 && plan.changes.length > 0 ? 3 : 0;
  } finally {
    prepared.clients.destroy();
  }
}
export {
  PLAN_HELP,
  planCommand
};
