import type { LiveKey } from '../plan/live-state.ts';
import type { KeyPolicyDocument, ResolvedPolicyIntent } from '../policy/types.ts';

/** How `import` writes one key's policy. */
export type PolicyPlan =
  | { form: 'intent' | 'intent-rewritten'; intent: ResolvedPolicyIntent }
  | { form: 'document'; document: KeyPolicyDocument }
  | { form: 'unmanaged' };

/** One key as `import` drafts it, before its manifest entry and comments are written. */
export interface KeyDraft {
  name: string;
  key: LiveKey;
  policy: PolicyPlan;
  /** Intent form with the same access, shown in a comment when the raw document stays. */
  commentedIntent?: ResolvedPolicyIntent;
  /** Position in `notes` after which the commented intent form goes. */
  commentedIntentAt?: number;
  services: string[];
  notes: string[];
  planNotes: string[];
}
