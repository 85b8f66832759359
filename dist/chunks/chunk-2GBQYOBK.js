import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  buildAccessMatrix,
  callerOf
} from "./chunk-G5JIHOCA.js";
import {
  keyPropertyConditions,
  requestedKeyOf
} from "./chunk-TJWVZCXE.js";
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
import {
  buildSatisfyingRequest
} from "./chunk-LRLGX7QA.js";
import {
  evaluateKeyPolicy,
  prepareKeyPolicy,
  toList
} from "./chunk-5PJNXYGC.js";
import {
  accessMatrixActionsFor,
  partitionOf
} from "./chunk-A54FERCJ.js";
import {
  escapeMarkdown,
  revealInvisible,
  tableCode
} from "./chunk-4OQQTHGJ.js";
import {
  UsageError
} from "./chunk-OXRK6FS4.js";

// core/manifest/select-named-keys.ts
function selectNamedKeys(desired, names) {
  let unknown = names.filter((name) => !desired.keys.some((key) => key.name === name));
  if (unknown.length > 0)
    throw new UsageError(
      `no key named ${unknown.map((name) => `'${name}'`).join(", ")} in ${desired.file}`
    );
  return desired.keys.filter((key) => names.length === 0 || names.includes(key.name));
}

// core/policy/in-region.ts
function inRegion(arn, region) {
  let parts = arn.split(":");
  return parts[3] = region, parts.join(":");
}

// core/policy/build-keys-access.ts
function buildKeysAccess(keys) {
  return keys.flatMap((key) => {
    let own = key.policy === void 0 ? [] : [accessOf(key, key.region, key.adopt, key.policy)], replicas = key.replicas.flatMap(
      (replica) => !replica.policyWritten || replica.policy === void 0 ? [] : [
        {
          ...accessOf(
            key,
            replica.region,
            key.adopt === void 0 ? void 0 : inRegion(key.adopt, replica.region),
            replica.policy
          ),
          aliases: replica.aliases,
          replica: !0
        }
      ]
    );
    return [...own, ...replicas];
  });
}
function accessOf(key, region, adopt, policy) {
  return {
    key: key.name,
    account: key.account,
    region,
    aliases: key.aliases,
    entries: buildAccessMatrix(policy.document, {
      account: key.account,
      actions: accessMatrixActionsFor(key.keySpec, key.keyUsage),
      partition: partitionOf(key),
      keyProperties: keyPropertyConditions({ ...key, replica: region !== key.region }),
      key: requestedKeyOf({
        account: key.account,
        region,
        ...adopt === void 0 ? {} : { adopt }
      })
    })
  };
}

// core/policy/explain-access.ts
function explainAccess(policy, principal, action, options) {
  let partition = options.partition ?? "aws", row = /^\d{12}$/.test(principal) ? `arn:${partition}:iam::${principal}:root` : principal, entry = buildAccessMatrix(policy, {
    ...options,
    actions: [action],
    principals: [row]
  }).find((candidate) => candidate.principal === row) ?? {
    principal: row,
    action,
    allowed: "no",
    requires: [],
    delegated_to_iam: !1
  }, prepared = prepareKeyPolicy(policy), base = {
    principal: row,
    action,
    key: options.key ?? { partition, account: options.account },
    ...options.keyProperties === void 0 ? {} : { keys: options.keyProperties }
  }, withMfa = { ...base, mfaPresent: !0 }, requests = [
    base,
    withMfa,
    ...policy.Statement.filter((statement) => statement.Effect === "Allow").map(
      (statement) => buildSatisfyingRequest(statement, withMfa, { kind: "insider" })
    )
  ], roles = /* @__PURE__ */ new Map(), RANK = { undecided: 0, delegates: 1, allows: 2, denies: 3 }, note = (label, role, because = []) => {
    let known = roles.get(label);
    (known === void 0 || RANK[known.role] < RANK[role]) && roles.set(label, { role, because });
  };
  for (let request of requests) {
    let decision = evaluateKeyPolicy(prepared, request, "exact"), role = decision.verdict === "explicit_deny" ? "denies" : "allows";
    for (let label of decision.statements) note(label, role);
    for (let label of decision.delegatedBy) note(label, "delegates");
    for (let undecided of decision.undecided)
      note(undecided.statement, "undecided", undecided.because);
  }
  if (entry.requires.includes("other_condition")) {
    let caller = callerOf(row);
    for (let request of requests) {
      let decision = evaluateKeyPolicy(
        prepared,
        {
          ...request,
          principal: caller.principal,
          ...caller.principalOrgId === void 0 ? {} : { principalOrgId: caller.principalOrgId },
          keys: { ...request.keys, ...caller.keys }
        },
        "possible"
      );
      for (let undecided of decision.undecided)
        note(undecided.statement, "undecided", undecided.because);
    }
  }
  let statements = policy.Statement.flatMap((statement, index) => {
    let sid = statement.Sid ?? `#${index}`, found = roles.get(sid);
    if (found === void 0) return [];
    let conditions = Object.entries(statement.Condition ?? {}).flatMap(
      ([operator, entries]) => Object.entries(entries).map(
        ([key, values]) => `${operator} ${key} = ${toList(values).map(String).join(" | ")}`
      )
    );
    return [{ index, sid, role: found.role, conditions, because: found.because }];
  });
  return { entry, statements };
}

// core/policy/explain-keys-access.ts
function explainKeysAccess(desired, keys, principal, action) {
  if (!/^(kms:)?[A-Za-z]{1,64}$/.test(action))
    throw new UsageError(
      `the action must be a KMS action such as Decrypt or kms:Decrypt, got '${action}'`
    );
  let kmsAction = action.startsWith("kms:") ? action : `kms:${action}`;
  return keys.flatMap((key) => {
    let own = key.policy === void 0 ? [] : [explainOne(desired, key, key.region, key.adopt, key.policy, ["keys", key.name])], replicas = key.replicas.flatMap(
      (replica) => !replica.policyWritten || replica.policy === void 0 ? [] : [
        {
          ...explainOne(
            desired,
            key,
            replica.region,
            key.adopt === void 0 ? void 0 : inRegion(key.adopt, replica.region),
            replica.policy,
            replica.path
          ),
          replica: !0
        }
      ]
    );
    return [...own, ...replicas];
  });
  function explainOne(state, key, region, adopt, policy, at) {
    return {
      key: key.name,
      account: key.account,
      region,
      ...explainAccess(policy.document, principal, kmsAction, {
        account: key.account,
        partition: partitionOf(key),
        keyProperties: keyPropertyConditions({ ...key, replica: region !== key.region }),
        key: requestedKeyOf({
          account: key.account,
          region,
          ...adopt === void 0 ? {} : { adopt }
        })
      }),
      locate: (index) => ({
        file: state.file,
        line: state.locate(
          policy.kind === "intent" ? [...at, "policy"] : [...at, "policy", "document", "Statement", index]
        ).line
      })
    };
  }
}

// core/render/render-access.ts
function accessTitle(key, separator) {
  return `${key.key} (${[key.account, key.region].join(separator)}${key.replica === !0 ? `${separator}replica` : ""})`;
}
function buildAccessJson(keys) {
  return {
    format_version: 1,
    keys: keys.map((key) => ({
      key: key.key,
      account: key.account,
      region: key.region,
      ...key.replica === !0 ? { replica: !0 } : {},
      entries: key.entries.map((entry) => ({
        principal: entry.principal,
        action: entry.action,
        allowed: entry.allowed,
        requires: entry.requires,
        delegated_to_iam: entry.delegated_to_iam
      }))
    }))
  };
}
function renderAccessJson(keys) {
  return `${JSON.stringify(buildAccessJson(keys), null, 2)}
`;
}
function renderAccessText(keys) {
  return keys.map((key) => {
    let { actions, rows } = table(key), headers = ["principal", ...actions.map((action) => action.replace(/^kms:/, ""))], lines = rows.map(([principal, cells]) => [revealInvisible(principal), ...cells]), widths = headers.map(
      (header2, column) => Math.max(header2.length, ...lines.map((line) => (line[column] ?? "").length))
    ), format = (line) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd(), header = format(headers);
    return `${revealInvisible(accessTitle(key, " "))}
${header}
${lines.map(format).join(`
`)}
`;
  }).join(`
`).concat(LEGEND);
}
function renderAccessMarkdown(keys) {
  return keys.map((key) => {
    let { actions, rows } = table(key), header = `| Principal | ${actions.map((action) => tableCode(action)).join(" | ")} |`, rule = `| --- | ${actions.map(() => "---").join(" | ")} |`, lines = rows.map(
      ([principal, cells]) => `| ${tableCode(principal)} | ${cells.map(escapeMarkdown).join(" | ")} |`
    );
    return `#### ${accessTitle(
      {
        ...key,
        key: escapeMarkdown(key.key),
        account: escapeMarkdown(key.account),
        region: escapeMarkdown(key.region)
      },
      ", "
    )}

${header}
${rule}
${lines.join(`
`)}
`;
  }).join(`
`).concat(`
${LEGEND}`);
}
var LEGEND = `yes = allowed by the key policy; no = denied; if:<requirements> = allowed only with mfa, encryption_context, via_service, grant_for_aws_resource, source, other_condition or iam_policy_in_account; other_condition = allowed for some values of another condition of the policy (source IP, VPC endpoint, organisation, time...); iam_policy_in_account = a principal of another account: an IAM policy in its own account must allow it too; iam = left to the IAM policies of that account. A statement counts only where its Resource names this key.
`;
function table(key) {
  let actions = [...new Set(key.entries.map((entry) => entry.action))], principals = [...new Set(key.entries.map((entry) => entry.principal))], cell = new Map(
    key.entries.map((entry) => [`${entry.principal}\0${entry.action}`, entry])
  ), rows = principals.map((principal) => [
    principal,
    actions.map((action) => {
      let entry = cell.get(`${principal}\0${action}`);
      if (entry === void 0) return "-";
      let verdict = entry.allowed === "conditional" ? `if:${entry.requires.join("+")}` : entry.allowed;
      return entry.delegated_to_iam && entry.allowed !== "yes" ? `${verdict}/iam` : verdict;
    })
  ]);
  return { actions, rows };
}

// core/render/render-access-explanation.ts
function describeEntry({ entry }) {
  let requires = entry.requires.length > 0 ? ` (requires ${entry.requires.join(", ")})` : "", iam = entry.delegated_to_iam ? entry.allowed === "no" ? ", left to IAM policies of the account" : ", or as IAM policies of the account allow" : "";
  return `${entry.allowed}${requires}${iam}`;
}
function renderAccessExplanationText(explanations) {
  return explanations.map((explanation) => {
    let { entry } = explanation, head = `${accessTitle(explanation, " ")} ${entry.principal} ${entry.action}: ${describeEntry(explanation)}`, lines = explanation.statements.map((statement) => {
      let { file, line } = explanation.locate(statement.index), detail = [
        ...statement.conditions,
        ...statement.because.length > 0 ? [`cannot be decided: ${statement.because.join(", ")}`] : []
      ].join("; ");
      return `  ${statement.role.padEnd(9)} ${statement.sid} (${file}:${line})${detail === "" ? "" : `  ${detail}`}`;
    });
    return lines.length === 0 && lines.push("  no statement applies: implicitly denied"), terminalLines([head, ...lines]);
  }).join(`
`);
}
function buildAccessExplanationJson(explanations) {
  return {
    format_version: 1,
    explanations: explanations.map((explanation) => ({
      key: explanation.key,
      account: explanation.account,
      region: explanation.region,
      ...explanation.replica === !0 ? { replica: !0 } : {},
      principal: explanation.entry.principal,
      action: explanation.entry.action,
      allowed: explanation.entry.allowed,
      requires: explanation.entry.requires,
      delegated_to_iam: explanation.entry.delegated_to_iam,
      statements: explanation.statements.map((statement) => ({
        sid: statement.sid,
        role: statement.role,
        ...explanation.locate(statement.index),
        conditions: statement.conditions,
        because: statement.because
      }))
    }))
  };
}
function renderAccessExplanationJson(explanations) {
  return `${JSON.stringify(buildAccessExplanationJson(explanations), null, 2)}
`;
}

export {
  selectNamedKeys,
  buildKeysAccess,
  explainKeysAccess,
  accessTitle,
  buildAccessJson,
  renderAccessJson,
  renderAccessText,
  renderAccessMarkdown,
  renderAccessExplanationText,
  buildAccessExplanationJson,
  renderAccessExplanationJson
};
