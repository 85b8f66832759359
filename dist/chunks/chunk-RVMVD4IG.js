import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/render/render-problems-text.ts
function renderProblemsText(problems, sourceText) {
  let lines = sourceText?.split(/\r?\n/), blocks = problems.map((problem) => {
    let hint = problem.hint === void 0 ? "" : `
  hint: ${problem.hint}`, source = lines?.[problem.line - 1], frame = source === void 0 || source.trim() === "" ? "" : `
  ${String(problem.line).padStart(4)} | ${truncate(source)}
       | ${" ".repeat(Math.max(0, Math.min(problem.column - 1, 120)))}^`;
    return `${problem.file}:${problem.line}:${problem.column}: error: ${problem.message}${frame}${hint}`;
  }), count = problems.length;
  return `${blocks.join(`

`)}

${count} problem${count === 1 ? "" : "s"} found.
`;
}
function truncate(line) {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

export {
  renderProblemsText
};
