import { keyOrDefaultsPath } from '../manifest-path.ts';
import type { ManifestRule } from '../types.ts';

/** The longest waiting period AWS allows, and the one SPEC section 1 wants in production. */
export const RECOMMENDED_DELETION_WINDOW_DAYS = 30;

export const deletionWindow: ManifestRule = {
  kind: 'manifest',
  id: 'deletion-window',
  defaultSeverity: 'notice',
  summary: `The deletion waiting period is shorter than ${RECOMMENDED_DELETION_WINDOW_DAYS} days.`,
  rationale: `Deleting a key destroys every ciphertext it protects. The waiting period is the time left to notice a mistaken or malicious ScheduleKeyDeletion and cancel it; ${RECOMMENDED_DELETION_WINDOW_DAYS} days, the maximum, gives monitoring and people the most time. Outside production a shorter window can be a deliberate choice: it is a notice there, an error in production.`,
  help: `set \`deletion_window_in_days: ${RECOMMENDED_DELETION_WINDOW_DAYS}\`; for a non-production environment where a short window is intended, set the rule to \`off\` under \`lint.environments.<environment>.rules\``,
  practice: {
    title: 'Deletion window 30 days in production (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#deleting-keys-scheduling-key-deletion',
  },
  check: (desired) =>
    desired.keys.flatMap((key) => {
      const environment =
        key.environment === undefined ? '' : ` (environment \`${key.environment}\`)`;
      const own =
        key.deletionWindowInDays < RECOMMENDED_DELETION_WINDOW_DAYS
          ? [
              {
                key: key.name,
                path: keyOrDefaultsPath(desired, key.name, ['deletion_window_in_days']),
                message: `key \`${key.name}\` has a deletion window of ${key.deletionWindowInDays} days, under ${RECOMMENDED_DELETION_WINDOW_DAYS}${environment}`,
              },
            ]
          : [];
      // A replica entry's own window (one equal to the key's is the key's finding).
      const replicas = key.replicas
        .filter(
          (replica) =>
            replica.deletionWindowInDays < RECOMMENDED_DELETION_WINDOW_DAYS &&
            replica.deletionWindowInDays !== key.deletionWindowInDays,
        )
        .map((replica) => ({
          key: key.name,
          path: [...replica.path, 'deletion_window_in_days'],
          message: `the ${replica.region} replica of key \`${key.name}\` has a deletion window of ${replica.deletionWindowInDays} days, under ${RECOMMENDED_DELETION_WINDOW_DAYS}${environment}`,
        }));
      return [...own, ...replicas];
    }),
};
