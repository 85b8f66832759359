import { findDriftAlarms } from '../plan/find-drift-alarms.ts';
import type { Plan } from '../plan/plan-types.ts';
import { describeDriftAlarm } from './describe-drift-alarm.ts';
import { escapeMarkdown, inlineCode } from './escape-markdown.ts';
import type { RenderPlanOptions } from './render-plan-options.ts';

/** The `Changed outside this repository` alert (empty without drift alarms). */
export function renderDriftAlarmsMarkdown(plan: Plan, options: RenderPlanOptions): string[] {
  const alarms = findDriftAlarms(plan, {
    drift: options.drift ?? false,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (alarms.length === 0) return [];
  const out = ['> [!CAUTION]', '> **Changed outside this repository**', '>'];
  for (const alarm of alarms)
    out.push(`> - ${inlineCode(alarm.address)}: ${escapeMarkdown(describeDriftAlarm(alarm))}`);
  out.push('');
  return out;
}
