import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareRolePlan
} from "./chunk-ODLHYEZR.js";
import {
  apiCallsByOperation
} from "./chunk-GNUHT7F6.js";
import {
  selectTargetKeys
} from "./chunk-C3TMTZPU.js";
import {
  readManifestFile
} from "./chunk-NVRQHMDY.js";
import {
  readManifest
} from "./chunk-EFAHECC7.js";
import {
  repositoryOf
} from "./chunk-U5RTCZMQ.js";
import {
  ManifestError
} from "./chunk-OXRK6FS4.js";

// cli/aws-options.ts
var AWS_OPTIONS = {
  "role-to-assume": { type: "string" },
  stats: { type: "boolean" }
}, AWS_OPTIONS_HELP = `      --role-to-assume <arn>  role to assume in each account, e.g. 'arn:aws:iam::{account}:role/kms-admin'
                              (default: use the ambient credentials, which must belong to the keys' account)
      --stats                 print the AWS API calls made, by operation, to stderr`, PLAN_OPTIONS = {
  file: { type: "string", short: "f", default: "kms.yaml" },
  repository: { type: "string" },
  ...AWS_OPTIONS,
  help: { type: "boolean", short: "h" }
};

// cli/report-progress.ts
function reportProgress(io, keys) {
  let terminal = io.stderrIsTty === !0, open = !1;
  return { onProgress: (progress) => {
    if ((keys ?? progress.total) <= 20) return;
    let done = progress.read === progress.total, text = `kms-action: account ${progress.account} ${progress.region}: ${String(progress.read)}/${String(progress.total)} keys read`;
    terminal ? (io.stderr(`\r\x1B[K${text}${done ? `
` : ""}`), open = !done) : done && io.stderr(`${text}
`);
  }, end: () => {
    open && io.stderr(`
`), open = !1;
  } };
}

// cli/prepare-plan.ts
async function preparePlan(options, io) {
  let manifestFile = await readManifestFile(options.file, io.cwd, io.env, "-f"), result = readManifest(manifestFile.file, manifestFile.content, {
    repository: repositoryOf(options.repository, io.env),
    manifestPath: manifestFile.manifestPath
  });
  if (!result.ok) throw new ManifestError(result.problems);
  let desired = selectTargetKeys(result.desired, options.targets ?? []), progress = options.progress === !0 ? reportProgress(io, desired.keys.length) : void 0;
  try {
    let prepared = await prepareRolePlan(desired, {
      roleToAssume: options.roleToAssume,
      env: io.env,
      ...progress === void 0 ? {} : { onProgress: progress.onProgress }
    });
    return { manifestFile, ...prepared };
  } finally {
    progress?.end();
  }
}
function renderStats(stats) {
  let byOperation = apiCallsByOperation(stats), total = Object.values(byOperation).reduce((sum, count) => sum + count, 0), lines = Object.entries(byOperation).map(([operation, count]) => `  ${operation}: ${count}`);
  return `AWS API calls: ${total}
${lines.join(`
`)}
`;
}

export {
  AWS_OPTIONS,
  AWS_OPTIONS_HELP,
  PLAN_OPTIONS,
  reportProgress,
  preparePlan,
  renderStats
};
