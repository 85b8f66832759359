import { findDriftAlarms } from '../plan/find-drift-alarms.ts';
import { diffPolicyText } from '../plan/diff-policy-text.ts';
import type { Change, Plan } from '../plan/plan-types.ts';
import { countNoun } from './count-noun.ts';
import { describeChange, describeVerdict } from './describe-change.ts';
import { describeDriftAlarm } from './describe-drift-alarm.ts';
import { describeNoChanges } from './describe-no-changes.ts';
import { describePartialPlan } from './describe-partial-plan.ts';
import { describePlanSummary } from './describe-plan-summary.ts';
import { describeWidening } from './describe-widening.ts';
import { groupPlanChanges } from './group-plan-changes.ts';
import { renderKeptGrantsText } from './render-kept-grants-text.ts';
import { terminalLines } from './terminal-lines.ts';
import type { RenderPlanOptions } from './render-plan-options.ts';
import { describeAccessPrincipal } from './describe-access-principal.ts';

/**
 * The plan for a terminal: blocking problems, then what was done outside the repository and
 * who gains access from outside the account, then one block per key with Terraform's
 * symbols (`+` create, `~` update in place, `-` destroy, `-/+` replace). Each element of
 * `lines` is one line of the output (`terminalLines`): a line break inside manifest or live text
 * is shown as `[U+000A]`, never starts a line of its own.
 */
export function renderPlanText(plan: Plan, options: RenderPlanOptions = {}): string {
  const lines: string[] = [];
  const partial = describePartialPlan(plan);
  if (partial !== undefined) {
    lines.push(`Note: ${partial}.`);
    for (const entry of plan.partial?.deferred ?? [])
      lines.push(`  ⏸ ${entry.address}: deferred (${entry.reason})`);
    lines.push('');
  }
  if (plan.problems.length > 0) {
    lines.push(
      `${countNoun(plan.problems.length, 'problem')} ${plan.problems.length === 1 ? 'blocks' : 'block'} this plan; apply will refuse it:`,
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
  if (plan.notices !== undefined && plan.notices.length > 0) {
    lines.push('Waiting (no state change is planned for these keys until then):');
    for (const notice of plan.notices)
      lines.push(`  i ${notice.key}: ${notice.message}`, `      next: ${notice.help}`);
    lines.push('');
  }
  lines.push(...renderKeptGrantsText(plan));
  const alarms = findDriftAlarms(plan, {
    drift: options.drift ?? false,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (alarms.length > 0) {
    lines.push('Changed outside this repository:');
    for (const alarm of alarms) lines.push(`  ! ${describeDriftAlarm(alarm)}`);
    lines.push('');
  }
  const widening = plan.changes.filter((change) => change.widens !== undefined);
  if (widening.length > 0) {
    lines.push('Review: access widened beyond the account:');
    for (const change of widening)
      for (const entry of change.widens ?? [])
        lines.push(`  ! ${change.address}: ${describeWidening(entry)}`);
    lines.push('');
  }
  if (plan.changes.length === 0) {
    if (plan.problems.length === 0) {
      const { headline, detail } = describeNoChanges(plan, plan.file);
      lines.push(`${headline} ${detail}`);
    }
    return terminalLines(lines);
  }
  const blocks = groupPlanChanges(plan.changes);
  lines.push(`Plan for ${plan.owner}: ${describePlanSummary(plan, blocks)}`, '');
  for (const block of blocks) {
    lines.push(`${block.symbol} ${block.key} (${block.account} ${block.region}) [${block.risk}]`);
    for (const row of block.rows) {
      lines.push(`    ${row.symbol} ${row.address} [${row.risk}]`);
      for (const change of row.changes) lines.push(...changeDetails(change));
    }
    lines.push('');
  }
  return terminalLines(lines);
}

function changeDetails(change: Change): string[] {
  const lines = [`        ${describeChange(change)}`];
  if (change.note !== undefined) lines.push(`        note: ${change.note}`);
  if (
    change.action !== 'create' &&
    change.action !== 'update-policy' &&
    change.action !== 'create-replica'
  )
    return lines;
  for (const access of change.access) {
    lines.push(
      `        access: ${describeAccessPrincipal(access.principal)} ${access.change} ${access.action} (${describeVerdict(access.after)})`,
    );
  }
  if (change.action === 'create-replica') return lines;
  const diff =
    change.action === 'update-policy'
      ? change.policyDiff
      : change.after.policy === undefined
        ? ''
        : diffPolicyText(undefined, change.after.policy);
  for (const line of diff.split('\n')) {
    if (line.startsWith('+') || line.startsWith('-') || line.startsWith('@@'))
      lines.push(`        ${line}`);
  }
  return lines;
}
