import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  revealInvisible
} from "./chunk-4OQQTHGJ.js";

// core/render/render-findings-text.ts
var COLORS = {
  error: "\x1B[31m",
  warning: "\x1B[33m",
  notice: "\x1B[36m"
}, BOLD = "\x1B[1m", DIM = "\x1B[2m", RESET = "\x1B[0m";
function renderFindingsText(findings, options = {}) {
  let paint = (code, text) => options.color === !0 ? `${code}${text}${RESET}` : text;
  if (findings.length === 0) return `No lint findings.
`;
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let group = finding.key === void 0 ? "" : finding.key, members = groups.get(group);
    members === void 0 ? groups.set(group, [finding]) : members.push(finding);
  }
  return `${[...groups.entries()].map(([key, group]) => {
    let heading = revealInvisible(key === "" ? group[0]?.file ?? "" : `key ${key}`), lines = group.map((finding) => {
      let where = revealInvisible(`${finding.file}:${finding.line}:${finding.column}`), severity = paint(COLORS[finding.severity], finding.severity.padEnd(7));
      return `  ${where}  ${severity}  ${revealInvisible(finding.message)}  ${paint(DIM, revealInvisible(finding.rule))}
      ${paint(DIM, `help: ${revealInvisible(finding.help)}`)}`;
    });
    return `${paint(BOLD, heading)}
${lines.join(`
`)}`;
  }).join(`

`)}

${summarizeFindings(findings)}
`;
}
function summarizeFindings(findings) {
  let count = (severity) => findings.filter((finding) => finding.severity === severity).length, parts = ["error", "warning", "notice"].map((severity) => [severity, count(severity)]).filter(([, n]) => n > 0).map(([severity, n]) => `${n} ${severity}${n === 1 ? "" : "s"}`), total = findings.length;
  return `${total} finding${total === 1 ? "" : "s"}: ${parts.join(", ")}.`;
}

export {
  renderFindingsText
};
