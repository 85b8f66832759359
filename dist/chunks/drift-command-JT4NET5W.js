import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  selectDriftRepairs
} from "./chunk-Z7W3YESD.js";
import {
  renderPlanText
} from "./chunk-4NHWCL2S.js";
import {
  AWS_OPTIONS_HELP,
  PLAN_OPTIONS,
  preparePlan,
  renderStats
} from "./chunk-POR23H5F.js";
import "./chunk-ODLHYEZR.js";
import {
  applyPlan
} from "./chunk-YDOS34QD.js";
import "./chunk-OYYC2BEA.js";
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
import {
  describeChange
} from "./chunk-67NWA6VW.js";
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
import "./chunk-EFAHECC7.js";
import "./chunk-G5JIHOCA.js";
import "./chunk-TJWVZCXE.js";
import "./chunk-BDFDA2XX.js";
import "./chunk-SBUXJA52.js";
import {
  parseFormat
} from "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
import "./chunk-SRQPVIDI.js";
import "./chunk-II7W7C4Z.js";
import "./chunk-5PJNXYGC.js";
import "./chunk-A54FERCJ.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-JV3QVPE7.js";
import "./chunk-4OQQTHGJ.js";
import {
  UsageError
} from "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";

// cli/drift-command.ts
import { parseArgs } from "node:util";
var DRIFT_HELP = `Usage: kms-action drift [-f kms.yaml] [--format text|markdown|json] [--repair cancel-deletion]

Compares the live keys with the manifest (a plan, read-only) and reports the drift: every
change apply would make, and the problems (e.g. a key deleted from the manifest but not
from AWS). For a schedule: exit 3 when there is drift.

With --repair cancel-deletion (the ransomware shield) it also undoes, and only undoes, an
out-of-band ScheduleKeyDeletion or DisableKey on a key the manifest says is enabled.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --format <format>      text (default), markdown or json
      --repair <what>        cancel-deletion: cancel deletions and re-enable keys as above
      --repository <o/r>     repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
${AWS_OPTIONS_HELP}
  -h, --help                 show this help

Exit codes: 0 no drift, 1 drift with problems that block apply, 2 invalid manifest or usage,
3 drift, 4 AWS error.
`;
async function driftCommand(args, io) {
  let { values } = parseArgs({
    args,
    options: {
      ...PLAN_OPTIONS,
      format: { type: "string", default: "text" },
      repair: { type: "string" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(DRIFT_HELP), 0;
  let format = parseFormat(values.format, ["text", "markdown", "json"]);
  if (values.repair !== void 0 && values.repair !== "cancel-deletion")
    throw new UsageError(`--repair must be 'cancel-deletion', got '${values.repair}'`);
  let prepared = await preparePlan(
    {
      file: values.file,
      repository: values.repository,
      roleToAssume: values["role-to-assume"],
      progress: format !== "json"
    },
    io
  );
  try {
    let { plan, desired } = prepared;
    format === "json" ? io.stdout(`${JSON.stringify(renderPlanJson(plan), null, 2)}
`) : format === "markdown" ? io.stdout(renderPlanMarkdown(plan, { drift: !0, now: /* @__PURE__ */ new Date() })) : io.stdout(renderPlanText(plan, { drift: !0, now: /* @__PURE__ */ new Date() }));
    let repairs = values.repair === void 0 ? [] : selectDriftRepairs(desired, plan.changes);
    if (repairs.length > 0) {
      let result = await applyPlan(
        { ...plan, changes: repairs, problems: [] },
        { clients: prepared.clients, allowDestructive: !1 }
      );
      for (let change of result.applied)
        io.stderr(terminalLines([`repaired ${change.address}: ${describeChange(change)}`]));
      if (result.failed !== void 0)
        return io.stderr(terminalLines([`kms-action: AWS error: ${result.failed.error.message}`])), 4;
    } else values.repair !== void 0 && io.stderr(
      `nothing to repair: no managed key that should be enabled is disabled or pending deletion
`
    );
    return values.stats === !0 && io.stderr(renderStats(prepared.stats)), plan.problems.length > 0 ? 1 : plan.changes.length > repairs.length ? 3 : 0;
  } finally {
    prepared.clients.destroy();
  }
}
export {
  DRIFT_HELP,
  driftCommand
};
