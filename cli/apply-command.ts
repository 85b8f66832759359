import { isAwsGrantRevoke } from '../core/plan/is-aws-grant-revoke.ts';
import { parseArgs } from 'node:util';
import { applyPlan, type ApplyProgress, type ApplyResult } from '../adapters/aws/apply-plan.ts';
import { UsageError } from '../core/errors.ts';
import { describeChange } from '../core/render/describe-change.ts';
import { renderPlanText } from '../core/render/render-plan-text.ts';
import { terminalLines } from '../core/render/terminal-lines.ts';
import { AWS_OPTIONS_HELP, PLAN_OPTIONS } from './aws-options.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_AWS_ERROR, EXIT_CHANGES, EXIT_FINDINGS, EXIT_OK } from './exit-codes.ts';
import { preparePlan, renderStats } from './prepare-plan.ts';
import { checkSavedPlan } from './check-saved-plan.ts';
import { readSavedPlan } from './read-saved-plan.ts';
import { TARGET_HELP, TARGET_OPTION } from './target-option.ts';

export const APPLY_HELP = `Usage: kms-action apply [-f kms.yaml] [--auto-approve] [--allow-destructive] [--plan plan.json]
                        [--target <key name>]... [--revoke-grant <grant id>]...

Plans afresh against the live keys (never a stale plan) and applies the changes in safe
order: keys, policies, rotation, tags, state, aliases, grants; destructive changes last.
Stops at the first failure and reports what was done; the next run converges.

Options:
  -f, --file <path>          manifest to read (default: kms.yaml)
      --auto-approve         apply without asking (required when not on a terminal)
      --allow-destructive    also make destructive changes (schedule key deletion,
                             revoke undeclared grants); otherwise they are held back
      --revoke-grant <id>    with --allow-destructive, also revoke this undeclared grant to a
                             grantee AWS operates (a service principal, an EC2 instance's
                             aws:ec2-infrastructure session); such grants serve AWS resources
                             (EBS volumes, databases) and are held back unless named (repeatable)
      --plan <file>          apply exactly the plan saved by plan --out <file> (it is the
                             approval): plans afresh and refuses, writing nothing, unless
                             the manifest, the live keys and the changes are still the saved ones
      --repository <o/r>     repository for the ownership tag (default: $GITHUB_REPOSITORY or "local")
${TARGET_HELP}
${AWS_OPTIONS_HELP}
  -h, --help                 show this help

Exit codes: 0 applied (or nothing to do), 1 the plan has problems or the saved plan is
stale (nothing applied),
2 invalid manifest or usage, 3 destructive changes held back, 4 AWS error (partial apply reported).
`;

export async function applyCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...PLAN_OPTIONS,
      ...TARGET_OPTION,
      'auto-approve': { type: 'boolean' },
      'allow-destructive': { type: 'boolean' },
      'revoke-grant': { type: 'string', multiple: true },
      plan: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    io.stdout(APPLY_HELP);
    return EXIT_OK;
  }
  const revokeGrants = values['revoke-grant'] ?? [];
  if (revokeGrants.length > 0 && values['allow-destructive'] !== true) {
    throw new UsageError(
      `--revoke-grant revokes a grant, a destructive change: pass --allow-destructive with it (got --revoke-grant ${revokeGrants.join(', ')})`,
    );
  }
  const saved = values.plan === undefined ? undefined : await readSavedPlan(values.plan, io.cwd);
  const autoApprove = values['auto-approve'] === true || saved !== undefined;
  if (!autoApprove && (!io.isTty || io.prompt === undefined)) {
    throw new UsageError(
      'not on a terminal: pass --auto-approve to apply without a confirmation prompt',
    );
  }
  const prepared = await preparePlan(
    {
      file: values.file,
      repository: values.repository,
      roleToAssume: values['role-to-assume'],
      // A saved partial plan is applied with its own targets unless --target says otherwise
      // (then the comparison below refuses a different selection).
      targets: values.target ?? saved?.targets ?? [],
      progress: true,
    },
    io,
  );
  try {
    const { plan } = prepared;
    if (saved !== undefined && values.plan !== undefined) {
      const stale = checkSavedPlan(saved, values.plan, prepared, revokeGrants);
      if (stale !== undefined) {
        io.stderr(stale);
        return EXIT_FINDINGS;
      }
    }
    io.stdout(renderPlanText(plan));
    if (plan.problems.length > 0) {
      io.stderr('Nothing applied: fix the problems above first.\n');
      return EXIT_FINDINGS;
    }
    const revocable = new Set(
      plan.changes.flatMap((change) =>
        isAwsGrantRevoke(change) && change.action === 'revoke-grant' ? [change.grantId] : [],
      ),
    );
    const unknown = revokeGrants.filter((id) => !revocable.has(id));
    if (unknown.length > 0) {
      throw new UsageError(
        `--revoke-grant names a grant the plan does not revoke as a grant to an AWS-operated grantee: ${unknown.join(', ')}. Name the grant id a revoke-grant change of the plan shows (other undeclared grants need only --allow-destructive)`,
      );
    }
    if (plan.changes.length === 0) return EXIT_OK;
    if (!autoApprove && io.prompt !== undefined) {
      const answer = await io.prompt(
        `\nApply ${plan.changes.length === 1 ? 'this change' : `these ${plan.changes.length} changes`}? Only 'yes' applies: `,
      );
      if (answer.trim() !== 'yes') {
        io.stderr('Apply cancelled.\n');
        return EXIT_OK;
      }
    }
    const result = await applyPlan(plan, {
      clients: prepared.clients,
      allowDestructive: values['allow-destructive'] === true,
      revokeGrants,
      onProgress: (event) => {
        io.stdout(progressLine(event));
      },
    });
    io.stdout(renderApplyResult(result));
    if (values.stats === true) io.stderr(renderStats(prepared.stats));
    if (result.failed !== undefined) {
      io.stderr(terminalLines([`kms-action: AWS error: ${result.failed.error.message}`]));
      return EXIT_AWS_ERROR;
    }
    return result.heldBack.length > 0 ? EXIT_CHANGES : EXIT_OK;
  } finally {
    prepared.clients.destroy();
  }
}

/** One line of progress; the change's text quotes the manifest and AWS (`terminalLines`). */
function progressLine(event: ApplyProgress): string {
  switch (event.type) {
    case 'start':
      return terminalLines([`  … ${event.change.address}: ${describeChange(event.change)}`]);
    case 'done':
      return terminalLines([`  ✓ ${event.change.address}`]);
    case 'held-back':
      return terminalLines([`  ⏸ ${event.change.address}: held back (${event.reason})`]);
  }
}

/** What was applied, held back and not attempted, as terminal text (`terminalLines`). */
function renderApplyResult(result: ApplyResult): string {
  const lines = [
    '',
    `Applied ${result.applied.length} change${result.applied.length === 1 ? '' : 's'}.`,
  ];
  if (result.heldBack.length > 0) {
    lines.push(
      `Held back ${result.heldBack.length} destructive change${result.heldBack.length === 1 ? '' : 's'}:`,
    );
    for (const { change, reason } of result.heldBack)
      lines.push(`  - ${change.address}: ${describeChange(change)}`, `      ${reason}`);
  }
  if (result.failed !== undefined) {
    lines.push(`Failed at ${result.failed.change.address}; not attempted:`);
    for (const change of result.failed.notAttempted)
      lines.push(`  - ${change.address}: ${describeChange(change)}`);
    lines.push(
      'Fix the cause and run apply again: it plans afresh and continues from the live state.',
    );
  }
  return terminalLines(lines);
}
