import { expect } from 'vitest';
import {
  toJsonPointer,
  type PolicyProblem,
  type ReportPolicyProblem,
} from '../../../core/policy/policy-problem.ts';

/** Runs one policy check and returns what it reported, paths as JSON pointers. */
export function collectPolicyProblems(
  check: (report: ReportPolicyProblem) => void,
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  check((path, severity, message, hint) => {
    problems.push({ path: toJsonPointer(path), severity, message, hint });
  });
  return problems;
}

/** The one problem of a check (fails the test when there are more or none). */
export function onlyProblem(problems: readonly PolicyProblem[]): PolicyProblem {
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  if (problem === undefined) throw new Error('no problem');
  return problem;
}
