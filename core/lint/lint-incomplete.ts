import type { DesiredKey, DesiredState } from '../manifest/desired-state.ts';
import { MAX_LINT_STEPS } from './policy/lint-work-meter.ts';
import { withThousands } from '../work/with-thousands.ts';
import { LINT_INCOMPLETE_RULE, type Finding, type RuleMetadata } from './types.ts';

/** The finding of a lint run stopped by its budget (documented in docs/rules.md). */
export const lintIncomplete: RuleMetadata = {
  id: LINT_INCOMPLETE_RULE,
  defaultSeverity: 'error',
  summary: 'Lint stopped at its evaluation budget: the keys after the one named were not checked.',
  rationale:
    "Every string of a manifest may come from a hostile pull request, and a manifest can be built so that each key's policy needs its own evaluation (a Sid or a condition key of its own per key): unbounded, 1 MiB of such keys took 10 s of CPU and stalled the app for every installation. Lint therefore counts its work and stops at a fixed budget. What it did not check must never pass as checked, so this finding is always an error, which no lint setting or suppression turns off.",
  help: 'split the manifest into several (each with at most a few hundred distinct key policies), or write keys of the same kind with one policy intent so that they share one evaluation',
  practice: {
    title: 'One key per service and environment, in manifests a review can follow (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-best-practices.html',
  },
};

/**
 * The finding of a lint run stopped by its budget, always an error (never configured or
 * suppressed): at the key it stopped at, or at `keys:` when it stopped in a manifest rule.
 */
export function incompleteFinding(
  desired: DesiredState,
  key: DesiredKey | undefined,
  done: number,
): Finding {
  const total = desired.keys.length;
  const position = key === undefined ? desired.locate(['keys']) : key.location;
  const where =
    key === undefined
      ? 'before its key policies'
      : `at this key (${String(done)} of ${String(total)} keys checked before it; the keys after it were not checked)`;
  return {
    rule: LINT_INCOMPLETE_RULE,
    severity: 'error',
    message: `lint stopped ${where}: checking this manifest's key policies takes more than ${withThousands(MAX_LINT_STEPS)} evaluation steps, the budget of one run: this manifest has too many distinct key policies (keys whose policies differ only in their own roles, users and encryption context values count once, when those names occur nowhere else in the policy), policies naming hundreds of principals, or tens of thousands of findings (each counts, also of a rule turned off)`,
    file: desired.file,
    line: position.line,
    column: position.column,
    ...(key === undefined ? {} : { key: key.name }),
    help: lintIncomplete.help,
  };
}
