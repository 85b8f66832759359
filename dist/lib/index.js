import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  buildAccessExplanationJson,
  buildAccessJson,
  buildKeysAccess,
  explainKeysAccess,
  selectNamedKeys
} from "../chunks/chunk-2GBQYOBK.js";
import {
  lintReadManifest,
  renderValidateJson
} from "../chunks/chunk-YIE5G4FA.js";
import {
  renderPlanJson
} from "../chunks/chunk-VNOEOQF6.js";
import {
  selectTargetKeys
} from "../chunks/chunk-C3TMTZPU.js";
import {
  readManifestFile
} from "../chunks/chunk-NVRQHMDY.js";
import {
  runLint
} from "../chunks/chunk-P6QZPTO3.js";
import {
  readManifest
} from "../chunks/chunk-EFAHECC7.js";
import "../chunks/chunk-G5JIHOCA.js";
import "../chunks/chunk-TJWVZCXE.js";
import "../chunks/chunk-BDFDA2XX.js";
import {
  lintKeyPolicy,
  parsePolicyKeyOptions,
  renderLintPolicyJson
} from "../chunks/chunk-EWJIZ4JH.js";
import {
  renderFindingsJson
} from "../chunks/chunk-BFVUAMJO.js";
import {
  repositoryOf
} from "../chunks/chunk-U5RTCZMQ.js";
import "../chunks/chunk-JD6MCHYC.js";
import "../chunks/chunk-GPW2CHHQ.js";
import "../chunks/chunk-EUYH6NZ5.js";
import "../chunks/chunk-JQODEOEG.js";
import "../chunks/chunk-LRLGX7QA.js";
import "../chunks/chunk-SRQPVIDI.js";
import "../chunks/chunk-II7W7C4Z.js";
import "../chunks/chunk-5PJNXYGC.js";
import "../chunks/chunk-A54FERCJ.js";
import "../chunks/chunk-A7NF7W6Z.js";
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

// lib/read-manifest-source.ts
import { isAbsolute } from "node:path";
async function readManifestSource(source, options) {
  let env = options.env ?? process.env, repository = repositoryOf(options.repository, env, "the `repository` option");
  if (source.text === void 0) {
    if (typeof source.file != "string" || source.file === "")
      throw new UsageError('pass the manifest as { file: "kms.yaml" } or { text, file }');
    let cwd = source.cwd ?? process.cwd();
    if (typeof cwd != "string")
      throw new UsageError(`cwd must be a directory path, got ${typeof cwd}`);
    let read = await readManifestFile(source.file, cwd, env, "the `file` option");
    return readManifest(read.file, read.content, {
      repository,
      manifestPath: read.manifestPath
    });
  }
  if (typeof source.text != "string" && !(source.text instanceof Uint8Array))
    throw new UsageError(
      `text must be the manifest as a string or a Uint8Array, got ${typeof source.text}`
    );
  let file = source.file ?? "kms.yaml", manifestPath = typeof file == "string" ? file.split("\\").join("/") : "";
  if (typeof file != "string" || manifestPath === "" || isAbsolute(manifestPath) || // A Windows drive (`C:/infra/kms.yaml`) is absolute there, whatever the platform here.
  /^[A-Za-z]:/.test(manifestPath) || manifestPath.split("/").some((part) => part === ".." || part === "." || part === ""))
    throw new UsageError(
      `file must be the manifest's path relative to its repository root (part of the ownership tag), such as kms.yaml or infra/kms.yaml, got ${typeof file == "string" ? `'${file}'` : typeof file}`
    );
  return readManifest(file, source.text, { repository, manifestPath });
}

// lib/validate.ts
async function validate(options) {
  let result = await readManifestSource(options, options), base;
  if (options.base !== void 0) {
    let baseResult = await readManifestSource(options.base, options);
    base = { desired: baseResult.ok ? baseResult.desired : void 0 };
  }
  return renderValidateJson(result, lintReadManifest(result, base));
}

// lib/check-optional-string.ts
function checkOptionalString(value, option) {
  if (value === void 0 || typeof value == "string") return value;
  throw new UsageError(
    `${option} must be a string, got ${Array.isArray(value) ? "an array" : typeof value}`
  );
}

// lib/lint-policy.ts
function policyText(policy) {
  if (typeof policy == "string") return policy;
  let text;
  try {
    text = typeof policy == "object" && policy !== null ? JSON.stringify(policy, null, 2) : void 0;
  } catch (error) {
    throw new UsageError(`policy must be JSON text or a JSON object: ${errorMessage(error)}`);
  }
  if (text === void 0)
    throw new UsageError(`policy must be JSON text or a JSON object, got ${typeof policy}`);
  return text;
}
var MAX_POLICY_BYTES = 1024 * 1024;
function lintPolicy(options) {
  return Promise.resolve().then(() => {
    let key = parsePolicyKeyOptions(
      {
        account: checkOptionalString(options.account, "account"),
        region: checkOptionalString(options.region, "region"),
        keyArn: checkOptionalString(options.keyArn, "keyArn")
      },
      {
        account: "account",
        region: "region",
        keyArn: "keyArn"
      }
    ), file = checkOptionalString(options.file, "file"), environment = checkOptionalString(options.environment, "environment"), text = policyText(options.policy);
    if (text.length > MAX_POLICY_BYTES || new TextEncoder().encode(text).length > MAX_POLICY_BYTES)
      throw new UsageError(
        `the policy is over ${MAX_POLICY_BYTES} bytes; a key policy is at most 32 KB`
      );
    let findings = lintKeyPolicy(text, {
      file: file ?? "policy.json",
      ...key,
      ...environment === void 0 ? {} : { environment }
    });
    return renderLintPolicyJson(findings);
  });
}

// lib/check-string-list.ts
function checkStringList(value, option) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item == "string"))
    throw new UsageError(
      `${option} must be an array of key names, such as ['prod-s3'], got ${typeof value == "string" ? `the string '${value}'` : Array.isArray(value) ? "an array with an item that is not a string" : typeof value}`
    );
  return value;
}

// lib/access.ts
async function access(options) {
  let result = await readManifestSource(options, options);
  if (!result.ok) throw new ManifestError(result.problems);
  return buildAccessJson(
    buildKeysAccess(selectNamedKeys(result.desired, checkStringList(options.keys, "keys")))
  );
}

// lib/explain-access.ts
async function explainAccess(options) {
  let { principal, action } = options;
  if (typeof principal != "string" || typeof action != "string")
    throw new UsageError(
      `principal and action must be strings (an ARN, account id or '*'; Decrypt or kms:Decrypt), got ${typeof principal} and ${typeof action}`
    );
  let result = await readManifestSource(options, options);
  if (!result.ok) throw new ManifestError(result.problems);
  let keys = selectNamedKeys(result.desired, checkStringList(options.keys, "keys"));
  return buildAccessExplanationJson(explainKeysAccess(result.desired, keys, principal, action));
}

// lib/plan.ts
async function plan(options) {
  let result = await readManifestSource(options, options);
  if (!result.ok) throw new ManifestError(result.problems);
  let desired = selectTargetKeys(result.desired, checkStringList(options.targets, "targets")), { prepareRolePlan } = await import("../chunks/prepare-role-plan-SNEDEYRW.js"), prepared = await prepareRolePlan(desired, {
    roleToAssume: options.roleToAssume,
    env: options.env ?? process.env
  });
  try {
    return renderPlanJson(prepared.plan, renderFindingsJson(runLint(prepared.desired)));
  } finally {
    prepared.clients.destroy();
  }
}

// lib/drift.ts
async function drift(options) {
  let result = await readManifestSource(options, options);
  if (!result.ok) throw new ManifestError(result.problems);
  let { prepareRolePlan } = await import("../chunks/prepare-role-plan-SNEDEYRW.js"), prepared = await prepareRolePlan(result.desired, {
    roleToAssume: options.roleToAssume,
    env: options.env ?? process.env
  });
  try {
    return renderPlanJson(prepared.plan);
  } finally {
    prepared.clients.destroy();
  }
}
export {
  AwsAccessError,
  ManifestError,
  PlanError,
  UsageError,
  access,
  drift,
  explainAccess,
  lintPolicy,
  plan,
  validate
};
