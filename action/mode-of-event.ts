import type { ActionMode } from './get-action-inputs.ts';

/** plan on pull requests, apply on pushes, drift on a schedule. */
export function modeOfEvent(eventName: string): ActionMode | undefined {
  if (eventName === 'pull_request') return 'plan';
  if (eventName === 'push') return 'apply';
  if (eventName === 'schedule') return 'drift';
  return undefined;
}
