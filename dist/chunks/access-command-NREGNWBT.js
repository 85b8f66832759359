import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  renderAccessMermaid
} from "./chunk-HH6VCJ65.js";
import {
  describeAccessPrincipal
} from "./chunk-A4JPLLK3.js";
import {
  accessTitle,
  buildKeysAccess,
  explainKeysAccess,
  renderAccessExplanationJson,
  renderAccessExplanationText,
  renderAccessJson,
  renderAccessMarkdown,
  renderAccessText,
  selectNamedKeys
} from "./chunk-2GBQYOBK.js";
import {
  readManifestFile
} from "./chunk-NVRQHMDY.js";
import {
  readManifest
} from "./chunk-EFAHECC7.js";
import "./chunk-G5JIHOCA.js";
import "./chunk-TJWVZCXE.js";
import "./chunk-BDFDA2XX.js";
import "./chunk-SBUXJA52.js";
import {
  parseFormat,
  repositoryOf
} from "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-GPW2CHHQ.js";
import "./chunk-LRLGX7QA.js";
import "./chunk-SRQPVIDI.js";
import "./chunk-5PJNXYGC.js";
import "./chunk-A54FERCJ.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-JV3QVPE7.js";
import {
  revealInvisible
} from "./chunk-4OQQTHGJ.js";
import {
  ManifestError,
  UsageError
} from "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";

// cli/access-command.ts
import { parseArgs } from "node:util";

// core/render/render-access-table.ts
var ACCESS_TABLE_WIDTH = 100, MIN_PRINCIPAL_WIDTH = 20, SHORT_ACTIONS = {
  "kms:Encrypt": "Enc",
  "kms:Decrypt": "Dec",
  "kms:ReEncryptFrom": "ReFrom",
  "kms:ReEncryptTo": "ReTo",
  "kms:GenerateDataKey": "GenDK",
  "kms:GetPublicKey": "PubKey",
  "kms:Sign": "Sign",
  "kms:Verify": "Verify",
  "kms:GenerateMac": "GenMac",
  "kms:VerifyMac": "VerMac",
  "kms:DeriveSharedSecret": "Derive",
  "kms:DescribeKey": "Desc",
  "kms:CreateGrant": "Grant",
  "kms:PutKeyPolicy": "Policy",
  "kms:ScheduleKeyDeletion": "Delete",
  "kms:DisableKey": "Disable"
}, REQUIREMENT_LETTERS = {
  mfa: ["M", "MFA"],
  encryption_context: ["C", "the encryption context"],
  via_service: ["S", "a call through the allowed AWS service"],
  grant_for_aws_resource: ["R", "a grant for an AWS resource"],
  source: ["O", "a request for the key account's own resource (source account or ARN)"],
  other_condition: [
    "X",
    "another condition of the policy (source IP, VPC endpoint, organisation...)"
  ],
  iam_policy_in_account: ["P", "an IAM policy in the principal's account"]
};
function renderAccessTable(keys) {
  let used = { actions: /* @__PURE__ */ new Set(), requirements: /* @__PURE__ */ new Set() };
  return `${keys.map((key) => renderKey(key, used)).join(`
`)}
${legend(used)}`;
}
function renderKey(key, used) {
  let actions = [...new Set(key.entries.map((entry) => entry.action))], principals = [...new Set(key.entries.map((entry) => entry.principal))], cells = new Map(
    key.entries.map((entry) => [`${entry.principal}\0${entry.action}`, entry])
  ), headers = actions.map((action) => SHORT_ACTIONS[action] ?? action.replace(/^kms:/, ""));
  actions.forEach((action) => used.actions.add(action));
  let rows = principals.map(
    (principal) => actions.map((action) => {
      let entry = cells.get(`${principal}\0${action}`);
      return entry === void 0 ? "-" : (entry.requires.forEach((requirement) => used.requirements.add(requirement)), compactCell(entry));
    })
  ), widths = headers.map(
    (header, column) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? "")))
  ), grid = widths.reduce((sum, width) => sum + width + 1, 0), names = principals.map((principal) => shortPrincipal(principal, key.account)), longest = Math.max(9, ...names.map(displayWidth)), principalWidth = Math.max(
    MIN_PRINCIPAL_WIDTH,
    Math.min(longest, ACCESS_TABLE_WIDTH - grid)
  ), notes = [], labels = names.map((name) => {
    if (displayWidth(name) <= principalWidth) return name;
    notes.push(name);
    let mark = ` [${String(notes.length)}]`;
    return `${ellipsizeMiddle(name, principalWidth - mark.length)}${mark}`;
  }), line = (first, rest) => [pad(first, principalWidth), ...rest.map((cell, column) => pad(cell, widths[column] ?? 0))].join(" ").trimEnd(), title = wrap(revealInvisible(accessTitle(key, " ")), ""), body = [
    line("principal", headers),
    ...labels.map((label, index) => line(label, rows[index] ?? []))
  ], footnotes = notes.flatMap((name, index) => hardWrap(`[${String(index + 1)}] ${name}`));
  return `${[...title, ...body, ...footnotes].join(`
`)}
`;
}
function compactCell(entry) {
  return entry.allowed === "yes" ? "\u2713" : entry.allowed === "no" ? entry.delegated_to_iam ? "iam" : "\u2717" : `?${entry.requires.map((requirement) => REQUIREMENT_LETTERS[requirement]?.[0] ?? "*").join("")}${entry.delegated_to_iam ? "i" : ""}`;
}
function shortPrincipal(principal, account) {
  if (principal === "*") return "* (anyone)";
  let organization = describeAccessPrincipal(principal);
  if (organization !== principal) return revealInvisible(organization);
  let match = /^arn:[a-z-]+:iam::(\d{12}):(.*)$/s.exec(principal), shown = match === null ? principal : match[1] === account ? match[2] ?? "" : `${match[1] ?? ""}:${match[2] ?? ""}`;
  return revealInvisible(shown);
}
function legend(used) {
  let requirements = [...used.requirements].map((requirement) => {
    let [letter, words] = REQUIREMENT_LETTERS[requirement] ?? ["*", requirement];
    return `${letter} = ${words}`;
  }), actions = [...used.actions].filter((action) => SHORT_ACTIONS[action] !== void 0).map((action) => `${SHORT_ACTIONS[action] ?? ""} = ${action}`), text = [
    "\u2713 = allowed by the key policy; \u2717 = denied; ?XY = allowed only with X and Y",
    requirements.length === 0 ? "" : ` (${requirements.join(", ")})`,
    "; iam = denied by the key policy but left to the IAM policies of that account",
    " (a trailing i: also open through them). Columns: ",
    actions.join(", "),
    ". --wide shows the full grid."
  ].join("");
  return `${wrap(text, "").join(`
`)}
`;
}
function wrap(text, indent) {
  let lines = [], current = "";
  for (let word of text.split(" ")) {
    let candidate = current === "" ? word : `${current} ${word}`;
    if (displayWidth(candidate) <= ACCESS_TABLE_WIDTH) {
      current = candidate;
      continue;
    }
    for (current !== "" && lines.push(current), current = `${lines.length === 0 ? "" : indent}${word}`; displayWidth(current) > ACCESS_TABLE_WIDTH; ) {
      let [head, tail] = splitAtWidth(current, ACCESS_TABLE_WIDTH);
      lines.push(head), current = `${indent}${tail}`;
    }
  }
  return current !== "" && lines.push(current), lines;
}
function hardWrap(text) {
  let lines = [], rest = text;
  for (; displayWidth(rest) > ACCESS_TABLE_WIDTH; ) {
    let [head, tail] = splitAtWidth(rest, ACCESS_TABLE_WIDTH);
    lines.push(head), rest = `    ${tail}`;
  }
  return lines.push(rest), lines;
}
function splitAtWidth(text, width) {
  let used = 0, chars = Array.from(text), index = 0;
  for (; index < chars.length; index += 1) {
    let next = charWidth(chars[index] ?? "");
    if (used + next > width) break;
    used += next;
  }
  return [chars.slice(0, index).join(""), chars.slice(index).join("")];
}
function ellipsizeMiddle(text, width) {
  let chars = Array.from(text), keepEnd = Math.floor((width - 1) / 2), [head] = splitAtWidth(text, width - 1 - keepEnd), tail = "";
  for (let index = chars.length - 1; index >= 0; index -= 1) {
    let candidate = `${chars[index] ?? ""}${tail}`;
    if (displayWidth(candidate) > keepEnd) break;
    tail = candidate;
  }
  return `${head}\u2026${tail}`;
}
function pad(text, width) {
  return `${text}${" ".repeat(Math.max(0, width - displayWidth(text)))}`;
}
function displayWidth(text) {
  let width = 0;
  for (let char of text) width += charWidth(char);
  return width;
}
var COMBINING = new RegExp("^\\p{M}$", "u");
function charWidth(char) {
  if (COMBINING.test(char)) return 0;
  let code = char.codePointAt(0) ?? 0;
  return code >= 4352 && code <= 4447 || code >= 11904 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744 && code <= 129791 || code >= 131072 && code <= 262141 ? 2 : 1;
}

// cli/access-command.ts
var ACCESS_HELP = `Usage: kms-action access [-f kms.yaml] [--key NAME] [--wide] [--format text|markdown|json|mermaid]
       kms-action access --explain PRINCIPAL ACTION [-f kms.yaml] [--key NAME] [--format text|json]

Shows who can do what with each key, from the key policy the manifest declares: every
principal the policy names, the account root and anyone ('*'), for the operations of the
key's usage (a symmetric encryption key: Encrypt, Decrypt, ReEncrypt, GenerateDataKey),
DescribeKey, CreateGrant, PutKeyPolicy, ScheduleKeyDeletion and DisableKey, and what each
permission requires (MFA, encryption context, the allowed service). The text table fits
100 columns (compact cells and a legend); --wide prints the full grid.
Makes no AWS call. Keys whose policy the manifest does not manage are skipped. A replica
with a policy of its own is shown as an entry of its own ('name (account Region replica)';
'name@Region' in mermaid).
A principal of another account is allowed only with an IAM policy in its own account too
(iam_policy_in_account). A statement counts only where its Resource names the key.

With --explain, prints for one principal (ARN, account id or '*') and action (Decrypt or
kms:Decrypt) the verdict, the statements that decided it (Sid, file:line) and their
conditions, so any cell of the matrix can be checked.

Options:
  -f, --file <path>        manifest to read (default: kms.yaml)
      --key <name>         only this key (repeatable)
      --explain <principal> explain one cell; the action follows as an argument
      --wide               text: the full grid (full names, verdicts in words)
      --format <format>    text (default), markdown, json, or mermaid (a flowchart of
                           keys, aliases and principals grouped by access class;
                           summarised past 60 nodes)
  -h, --help               show this help
`;
async function accessCommand(args, io) {
  let { values, positionals } = parseArgs({
    args,
    options: {
      file: { type: "string", short: "f", default: "kms.yaml" },
      key: { type: "string", multiple: !0 },
      explain: { type: "string" },
      format: { type: "string", default: "text" },
      wide: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !0
  });
  if (values.help === !0)
    return io.stdout(ACCESS_HELP), 0;
  let explained = parseExplain(values.explain, positionals), format = parseFormat(
    values.format,
    explained === void 0 ? ["text", "markdown", "json", "mermaid"] : ["text", "json"]
  ), manifestFile = await readManifestFile(values.file, io.cwd, io.env, "-f"), result = readManifest(manifestFile.file, manifestFile.content, {
    repository: repositoryOf(void 0, io.env),
    manifestPath: manifestFile.manifestPath
  });
  if (!result.ok) throw new ManifestError(result.problems);
  let selected = selectNamedKeys(result.desired, values.key ?? []);
  if (explained !== void 0) {
    let explanations = explainKeysAccess(
      result.desired,
      selected,
      explained.principal,
      explained.action
    );
    return io.stdout(
      format === "json" ? renderAccessExplanationJson(explanations) : renderAccessExplanationText(explanations)
    ), 0;
  }
  let keys = buildKeysAccess(selected);
  return format === "json" ? io.stdout(renderAccessJson(keys)) : format === "mermaid" ? io.stdout(renderAccessMermaid(keys)) : format === "markdown" ? io.stdout(renderAccessMarkdown(keys)) : values.wide === !0 ? io.stdout(renderAccessText(keys)) : io.stdout(renderAccessTable(keys)), 0;
}
function parseExplain(principal, positionals) {
  if (principal === void 0) {
    if (positionals.length > 0)
      throw new UsageError(
        `access takes no arguments without --explain, got: ${positionals.join(" ")}`
      );
    return;
  }
  let [action, ...extra] = positionals;
  if (action === void 0 || extra.length > 0)
    throw new UsageError(
      `--explain takes a principal and one action (access --explain arn:aws:iam::111122223333:role/app Decrypt), got ${positionals.length} action arguments`
    );
  return { principal, action };
}
export {
  ACCESS_HELP,
  accessCommand
};
