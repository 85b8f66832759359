import { parseArgs } from 'node:util';
import { runLint } from '../core/lint/run-lint.ts';
import { renderFindingsJson } from '../core/render/render-findings-json.ts';
import { renderFindingsText } from '../core/render/render-findings-text.ts';
import { renderPlanJson } from '../core/render/render-plan-json.ts';
import { renderPlanMarkdown } from '../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../core/render/render-plan-text.ts';
import { terminalLines } from '../core/render/terminal-lines.ts';
import { AWS_OPTIONS_HELP, PLAN_OPTIONS } from './aws-options.ts';
import type { CliIo } from './cli-io.ts';
import { parseFormat } from './common-options.ts';
import { EXIT_CHANGES, EXIT_FINDINGS, EXIT_OK } from './exit-codes.ts';
import { preparePlan, renderStats } from './prepare-plan.ts';
import { TARGET_HELP, TARGET_OPTION } from './target-option.ts';
import { writeSavedPlan } from './write-saved-plan.ts';

export const PLAN_HELP = `Usage: kms-action plan [-f kms.yaml] [--format text|markdown|json] [--detailed-exitcode]
                       [--out plan.json] [--target <key name>]...

Reads the live keys the manifest owns and shows the changes that apply would make, in
order, with their risk, the key policy diff and who gains or loses access. Read-only.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --format <format>      text (default), markdown or json
      --detailed-exitcode    exit 3 when the plan has changes
      --out <file>           save the plan (manifest digest, live-state digest, changes) for
                             apply --plan <file>; not saved when the plan has problems
      --repository <o/r>     repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
${TARGET_HELP}
${AWS_OPTIONS_HELP}
  -h, --help                 show this help

Exit codes: 0 no changes (or changes without --detailed-exitcode), 1 the plan has problems
that block apply, 2 invalid manifest or usage, 3 changes (--detailed-exitcode), 4 AWS error.
`;

export async function planCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...PLAN_OPTIONS,
      ...TARGET_OPTION,
      format: { type: 'string', default: 'text' },
      'detailed-exitcode': { type: 'boolean' },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    io.stdout(PLAN_HELP);
    return EXIT_OK;
  }
  const format = parseFormat(values.format, ['text', 'markdown', 'json']);
  const prepared = await preparePlan(
    {
      file: values.file,
      repository: values.repository,
      roleToAssume: values['role-to-assume'],
      targets: values.target ?? [],
      progress: format !== 'json',
    },
    io,
  );
  try {
    const { plan } = prepared;
    // Lint findings travel with the plan; they do not change its exit code (validate does).
    const findings = runLint(prepared.desired);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(renderPlanJson(plan, renderFindingsJson(findings)), null, 2)}\n`);
    } else if (format === 'markdown') {
      io.stdout(renderPlanMarkdown(plan, { now: new Date() }));
    } else {
      io.stdout(renderPlanText(plan, { now: new Date() }));
      if (findings.length > 0) io.stdout(`\n${renderFindingsText(findings)}`);
    }
    if (values.stats === true) io.stderr(renderStats(prepared.stats));
    if (values.out !== undefined) {
      if (plan.problems.length > 0) {
        io.stderr(
          terminalLines([`Plan not saved to ${values.out}: it has problems that block apply.`]),
        );
      } else {
        await writeSavedPlan(values.out, io.cwd, prepared);
        io.stderr(
          terminalLines([
            `Saved the plan to ${values.out}: apply exactly it with kms-action apply --plan ${values.out}`,
          ]),
        );
      }
    }
    if (plan.problems.length > 0) return EXIT_FINDINGS;
    if (values['detailed-exitcode'] === true && plan.changes.length > 0) return EXIT_CHANGES;
    return EXIT_OK;
  } finally {
    prepared.clients.destroy();
  }
}
