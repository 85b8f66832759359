import type { DriftAlarm } from '../plan/find-drift-alarms.ts';
import { countNoun } from './count-noun.ts';

/** One alarm as a sentence: `key prod is scheduled for deletion on 2026-12-07 (7 days left)`. */
export function describeDriftAlarm(alarm: DriftAlarm): string {
  const key = subjectOf(alarm);
  switch (alarm.kind) {
    case 'pending-deletion': {
      const date = alarm.deletionDate === undefined ? '' : ` on ${alarm.deletionDate}`;
      const left =
        alarm.daysLeft === undefined ? '' : ` (${countNoun(alarm.daysLeft, 'day')} left)`;
      return `${key} is scheduled for deletion${date}${left}; the manifest says it is enabled, so apply cancels the deletion`;
    }
    case 'disabled':
      return `${key} is disabled; the manifest says it is enabled, so every encrypt and decrypt call with it fails until it is enabled again`;
    case 'policy-edited':
      return `the key policy of ${alarm.key} was edited outside this repository (${countNoun(alarm.access.length, 'access change')}; apply restores the declared policy)`;
    case 'undeclared-grant': {
      const name = alarm.grant.name === '' ? '' : ` ${alarm.grant.name}`;
      return `${key} has a grant${name} nobody declared: ${alarm.grant.granteePrincipal} may ${alarm.grant.operations.join(', ')}`;
    }
  }
}

/** `key prod`, or `the eu-west-1 replica of key prod` for an alarm at a replica's address. */
function subjectOf(alarm: DriftAlarm): string {
  const replicaPrefix = `key.${alarm.key}.replica.`;
  return alarm.address.startsWith(replicaPrefix)
    ? `the ${alarm.address.slice(replicaPrefix.length)} replica of key ${alarm.key}`
    : `key ${alarm.key}`;
}
