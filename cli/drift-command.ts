import { parseArgs } from 'node:util';
import { applyPlan } from '../adapters/aws/apply-plan.ts';
import { UsageError } from '../core/errors.ts';
import { selectDriftRepairs } from '../core/plan/select-drift-repairs.ts';
import { describeChange } from '../core/render/describe-change.ts';
import { renderPlanJson } from '../core/render/render-plan-json.ts';
import { renderPlanMarkdown } from '../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../core/render/render-plan-text.ts';
import { terminalLines } from '../core/render/terminal-lines.ts';
import { AWS_OPTIONS_HELP, PLAN_OPTIONS } from './aws-options.ts';
import type { CliIo } from './cli-io.ts';
import { parseFormat } from './common-options.ts';
import { EXIT_AWS_ERROR, EXIT_CHANGES, EXIT_FINDINGS, EXIT_OK } from './exit-codes.ts';
import { preparePlan, renderStats } from './prepare-plan.ts';

export const DRIFT_HELP = `Usage: kms-action drift [-f kms.yaml] [--format text|markdown|json] [--repair cancel-deletion]

Compares the live keys with the manifest (a plan, read-only) and reports the drift: every
change apply would make, and the problems (e.g. a key deleted from the manifest but not
from AWS). For a schedule: exit 3 when there is drift.

With --repair cancel-deletion (the ransomware shield) it also undoes, and only undoes, an
out-of-band ScheduleKeyDeletion or DisableKey on a key the manifest says is enabled.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --format <format>      text (default), markdown or json
      --repair <what>        cancel-deletion: cancel deletions and re-enable keys as above
      --repository <o/r>     repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
${AWS_OPTIONS_HELP}
  -h, --help                 show this help

Exit codes: 0 no drift, 1 drift with problems that block apply, 2 invalid manifest or usage,
3 drift, 4 AWS error.
`;

export async function driftCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...PLAN_OPTIONS,
      format: { type: 'string', default: 'text' },
      repair: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    io.stdout(DRIFT_HELP);
    return EXIT_OK;
  }
  const format = parseFormat(values.format, ['text', 'markdown', 'json']);
  if (values.repair !== undefined && values.repair !== 'cancel-deletion') {
    throw new UsageError(`--repair must be 'cancel-deletion', got '${values.repair}'`);
  }
  const prepared = await preparePlan(
    {
      file: values.file,
      repository: values.repository,
      roleToAssume: values['role-to-assume'],
      progress: format !== 'json',
    },
    io,
  );
  try {
    const { plan, desired } = prepared;
    if (format === 'json') io.stdout(`${JSON.stringify(renderPlanJson(plan), null, 2)}\n`);
    else if (format === 'markdown')
      io.stdout(renderPlanMarkdown(plan, { drift: true, now: new Date() }));
    else io.stdout(renderPlanText(plan, { drift: true, now: new Date() }));

    const repairs = values.repair === undefined ? [] : selectDriftRepairs(desired, plan.changes);
    if (repairs.length > 0) {
      // Only the repairs: other drift (and problems elsewhere) wait for a reviewed apply.
      const result = await applyPlan(
        { ...plan, changes: repairs, problems: [] },
        { clients: prepared.clients, allowDestructive: false },
      );
      for (const change of result.applied)
        io.stderr(terminalLines([`repaired ${change.address}: ${describeChange(change)}`]));
      if (result.failed !== undefined) {
        io.stderr(terminalLines([`kms-action: AWS error: ${result.failed.error.message}`]));
        return EXIT_AWS_ERROR;
      }
    } else if (values.repair !== undefined) {
      io.stderr(
        'nothing to repair: no managed key that should be enabled is disabled or pending deletion\n',
      );
    }
    if (values.stats === true) io.stderr(renderStats(prepared.stats));
    if (plan.problems.length > 0) return EXIT_FINDINGS;
    return plan.changes.length > repairs.length ? EXIT_CHANGES : EXIT_OK;
  } finally {
    prepared.clients.destroy();
  }
}
