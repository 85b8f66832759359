import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/errors.ts
var ManifestError = class extends Error {
  name = "ManifestError";
  problems;
  constructor(problems) {
    super(problems.map(formatProblem).join(`
`)), this.problems = problems;
  }
}, PlanError = class extends Error {
  name = "PlanError";
}, AwsAccessError = class extends Error {
  name = "AwsAccessError";
}, UsageError = class extends Error {
  name = "UsageError";
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  if (typeof error == "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
function formatProblem(problem) {
  let hint = problem.hint === void 0 ? "" : ` (${problem.hint})`;
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}${hint}`;
}

export {
  ManifestError,
  PlanError,
  AwsAccessError,
  UsageError,
  errorMessage
};
