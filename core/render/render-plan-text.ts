import type { Change, Plan } from '../plan/plan-types.ts';
import { describeChange, describeVerdict } from './describe-change.ts';

const SYMBOL: Record<Change['risk'], string> = { safe: '+', disruptive: '~', destructive: '!' };

/** The plan for a terminal: problems first, then each change in apply order with its risk. */
export function renderPlanText(plan: Plan): string {
  const lines: string[] = [];
  if (plan.problems.length > 0) {
    lines.push(
      `${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} block this plan:`,
    );
    for (const problem of plan.problems) {
      const where =
        problem.line === undefined
          ? plan.file
          : `${plan.file}:${problem.line}:${problem.column ?? 1}`;
      lines.push(
        `  ✗ ${where}: [${problem.code}] ${problem.message}`,
        `      fix: ${problem.help}`,
      );
    }
    lines.push('');
  }
  if (plan.changes.length === 0) {
    lines.push(`No changes. The live keys match ${plan.file}.`);
    return `${lines.join('\n')}\n`;
  }
  const { byRisk } = plan.summary;
  lines.push(
    `Plan for ${plan.owner}: ${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'} (${byRisk.safe} safe, ${byRisk.disruptive} disruptive, ${byRisk.destructive} destructive)`,
    '',
  );
  for (const change of plan.changes) {
    lines.push(
      `  ${SYMBOL[change.risk]} ${change.address} [${change.risk}] (${change.account} ${change.region})`,
    );
    lines.push(`      ${describeChange(change)}`);
    if (change.note !== undefined) lines.push(`      note: ${change.note}`);
    if (change.action === 'update-policy') {
      for (const access of change.access) {
        lines.push(
          `      access: ${access.principal} ${access.change} ${access.action} (${describeVerdict(access.after)})`,
        );
      }
      for (const line of change.policyDiff.split('\n')) {
        if (line.startsWith('+') || line.startsWith('-') || line.startsWith('@@'))
          lines.push(`      ${line}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
