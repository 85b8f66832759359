import type { DriftAlarm } from '../plan/find-drift-alarms.ts';
import { countNoun } from './count-noun.ts';

/** One alarm as a sentence: `key prod is scheduled for deletion on 2026-12-07 (7 days left)`. */
export function describeDriftAlarm(alarm: DriftAlarm): string {
  switch (alarm.kind) {
    case 'pending-deletion': {
      const date = alarm.deletionDate === undefined ? '' : ` on ${alarm.deletionDate}`;
      const left =
        alarm.daysLeft === undefined ? '' : ` (${countNoun(alarm.daysLeft, 'day')} left)`;
      return `key ${alarm.key} is scheduled for deletion${date}${left}; the manifest says it is enabled, so apply cancels the deletion`;
    }
    case 'disabled':
      return `key ${alarm.key} is disabled; the manifest says it is enabled, so every encrypt and decrypt call with it fails until it is enabled again`;
    case 'policy-edited':
      return `the key policy of ${alarm.key} was edited outside this repository (${countNoun(alarm.access.length, 'access change')}; apply restores the declared policy)`;
    case 'undeclared-grant': {
      const name = alarm.grant.name === '' ? '' : ` ${alarm.grant.name}`;
      return `key ${alarm.key} has a grant${name} nobody declared: ${alarm.grant.granteePrincipal} may ${alarm.grant.operations.join(', ')}`;
    }
  }
}
