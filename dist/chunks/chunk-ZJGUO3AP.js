import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
import {
  revealInvisible
} from "./chunk-4OQQTHGJ.js";

// core/render/render-problems-text.ts
var TAB_STOP = 4;
function renderProblemsText(problems, sourceText) {
  let sourceLines = sourceText?.split(/\r?\n/), lines = [];
  problems.forEach((problem, index) => {
    index > 0 && lines.push(""), lines.push(`${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}`);
    let source = sourceLines?.[problem.line - 1];
    if (source !== void 0 && source.trim() !== "") {
      let shown = asFramed(source), caret = asFramed(source.slice(0, Math.max(0, problem.column - 1))).length;
      lines.push(
        `  ${String(problem.line).padStart(4)} | ${truncate(shown)}`,
        `       | ${" ".repeat(Math.min(caret, 120))}^`
      );
    }
    problem.hint !== void 0 && lines.push(`  hint: ${problem.hint}`);
  });
  let count = problems.length;
  return lines.push("", `${count} problem${count === 1 ? "" : "s"} found.`), terminalLines(lines);
}
function asFramed(line) {
  return line.split("	").map((piece) => revealInvisible(piece)).reduce(
    (shown, piece) => `${shown}${" ".repeat(TAB_STOP - shown.length % TAB_STOP)}${piece}`
  );
}
function truncate(line) {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

export {
  renderProblemsText
};
