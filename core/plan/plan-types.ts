import type { DesiredGrant } from '../manifest/desired-state.ts';
import type { AccessChange } from '../policy/diff-access.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import type { PrincipalClass } from './classify-principal.ts';

/** `safe`: no one loses anything. `disruptive`: callers may start failing. `destructive`: data or access can be lost. */
export type Risk = 'safe' | 'disruptive' | 'destructive';

/** Everything CreateKey needs, so a key is born with its policy and ownership tags. */
export interface KeyCreation {
  description: string;
  keySpec: string;
  keyUsage: string;
  /** `EXTERNAL`: a key for imported key material (absent: KMS generates it). */
  origin?: 'EXTERNAL';
  multiRegion: boolean;
  policy?: KeyPolicyDocument;
  tags: Record<string, string>;
  bypassPolicyLockoutSafetyCheck: boolean;
}

/** Everything ReplicateKey needs, so a replica is born with its policy and ownership tags. */
export interface KeyReplication {
  region: string;
  description: string;
  /** Absent: the manifest does not manage the key policy (KMS attaches its default policy). */
  policy?: KeyPolicyDocument;
  tags: Record<string, string>;
  bypassPolicyLockoutSafetyCheck: boolean;
}

export interface RotationSetting {
  enabled: boolean;
  /** `undefined`: unknown (the API did not return it). */
  periodInDays?: number;
}

/** A grant as declared; grants are immutable, so a changed one is revoked and created again. */
export type GrantSpec = DesiredGrant;

/** Someone outside the key's account that a change lets in, and what they may then do. */
export interface AccessWidening {
  /** As the policy or grant names it; `organization <id or path>` for an organisation condition. */
  principal: string;
  kind: Exclude<PrincipalClass, 'own'> | 'organization';
  /** `kms:Decrypt` style. */
  actions: string[];
}

interface ChangeBase {
  /** Stable address: `key.<name>`, `alias.<alias name>`, `grant.<key>.<grant name>`. */
  address: string;
  /** Logical name of the key the change belongs to. */
  key: string;
  account: string;
  region: string;
  /** Live key id when the key exists; absent for changes to a key created in the same apply. */
  keyId?: string;
  risk: Risk;
  /** Why this change needs attention, e.g. what breaks or which procedure to follow. */
  note?: string;
  /** Set when the change lets in someone outside the key's account; the change is then at least `disruptive`. */
  widens?: AccessWidening[];
}

export type Change = ChangeBase &
  (
    | {
        action: 'create';
        after: KeyCreation;
        /** Who gains what from the new key's policy (from an empty policy); empty without one. */
        access: AccessChange[];
      }
    | { action: 'adopt'; before: Record<string, string>; after: Record<string, string> }
    /** `moved_from`: the live key's `kms-action:key` tag changes from the old name to the new. */
    | { action: 'retag'; before: string; after: string }
    | { action: 'update-description'; before: string; after: string }
    | { action: 'update-rotation'; before: RotationSetting; after: RotationSetting }
    | {
        action: 'update-policy';
        before: KeyPolicyDocument | undefined;
        after: KeyPolicyDocument;
        /** Line diff of the normalised policy JSON. */
        policyDiff: string;
        /** Who gains or loses which action, from the access matrices of both policies. */
        access: AccessChange[];
        bypassPolicyLockoutSafetyCheck: boolean;
      }
    | {
        action: 'tag';
        before: Record<string, string>;
        after: Record<string, string>;
        set: Record<string, string>;
        remove: string[];
      }
    | { action: 'enable'; before: string; after: 'Enabled' }
    | { action: 'disable'; before: string; after: 'Disabled' }
    | {
        action: 'schedule-deletion';
        before: string;
        after: 'PendingDeletion';
        windowInDays: number;
      }
    | {
        action: 'cancel-deletion';
        before: 'PendingDeletion';
        after: 'Disabled';
        /** ISO 8601: when KMS deletes the key unless the deletion is cancelled. */
        deletionDate?: string;
      }
    | { action: 'create-alias'; alias: string; before: null; after: string }
    | { action: 'retarget'; alias: string; before: string; after: string; targetKeyId?: string }
    | { action: 'delete-alias'; alias: string; before: string; after: null }
    | { action: 'create-grant'; before: null; after: GrantSpec }
    | {
        action: 'revoke-grant';
        grantId: string;
        before: GrantSpec;
        after: null;
        /**
         * The grantee is operated by AWS (core/plan/is-aws-grantee.ts): the grant most likely
         * serves an AWS resource (an EBS volume, a database), so apply makes this change only
         * when it is named (`--revoke-grant <grant id>`), not with --allow-destructive alone.
         */
        awsGrantee?: true;
      }
    | {
        action: 'create-replica';
        replicaRegion: string;
        before: null;
        after: string;
        /** What the replica is created with (policy, tags, description). */
        replica: KeyReplication;
        /**
         * Who the replica's own policy lets in, compared with no access (as a `create`'s);
         * empty when it takes KMS's default policy.
         */
        access: AccessChange[];
      }
  );

export type ChangeAction = Change['action'];

/** Something that makes the plan unsafe to apply as it stands; apply refuses a plan with any. */
export interface PlanProblem {
  code:
    | 'orphan'
    | 'immutable-change'
    | 'foreign-owner'
    | 'key-claimed-twice'
    | 'legacy-owner'
    | 'adopt-not-found'
    | 'adopt-aws-managed'
    | 'alias-owned-elsewhere'
    | 'replica-removal'
    | 'replica-creating'
    | 'applier-denied'
    | 'policy-lockout'
    | 'applier-check-incomplete';
  key: string;
  message: string;
  /** What to do about it. */
  help: string;
  /** Manifest position, when the problem belongs to a declared key. */
  line?: number;
  column?: number;
}

/** Something the reader should know that does not block apply, e.g. a key waiting for its material. */
export interface PlanNotice {
  code: 'pending-import';
  key: string;
  address: string;
  /** The live key's ARN. */
  arn: string;
  message: string;
  /** What to do about it. */
  help: string;
}

/**
 * A live grant that `keep_grants` keeps: matched by no declared grant, and never revoked, not
 * even with --allow-destructive. Listed so that reviewers see every grant a rule keeps.
 */
export interface KeptGrant {
  /** `grant.<key>.<grant name or id>`, or `key.<key>.replica.<Region>` for a replica's grant. */
  address: string;
  key: string;
  account: string;
  region: string;
  grantId: string;
  grant: GrantSpec;
  /** The rule that keeps it. */
  rule: { grantee: string; reason: string; source: 'defaults' | 'key' };
}

/**
 * A keep rule whose grantee AWS does not operate for the key's account: it keeps any grant to
 * that principal, one made after the review included (core/plan/find-unexpected-keep-rules.ts).
 */
export interface UnexpectedKeepRule {
  grantee: string;
  reason: string;
  source: 'defaults' | 'key';
  /** The first key it applies to, and how many keys it applies to. */
  firstKey: string;
  keys: number;
}

export interface PlanSummary {
  changes: number;
  byAction: Partial<Record<ChangeAction, number>>;
  byRisk: Record<Risk, number>;
  problems: number;
}

/** A change a partial plan leaves out because it would touch a key outside the targets. */
export interface DeferredChange {
  address: string;
  /** The targeted key that asks for it. */
  key: string;
  reason: string;
}

/** Set on a plan limited to some keys (`--target`). */
export interface PartialPlan {
  /** The targeted logical names, sorted. */
  targets: string[];
  deferred: DeferredChange[];
}

export interface Plan {
  owner: string;
  file: string;
  /** Set when the plan covers only the targeted keys: other keys were not read or planned. */
  partial?: PartialPlan;
  changes: Change[];
  problems: PlanProblem[];
  /** Non-blocking; absent when there are none. */
  notices?: PlanNotice[];
  /** Live grants `keep_grants` keeps, sorted by address and grant id; absent when there are none. */
  keptGrants?: KeptGrant[];
  /** Keep rules that could keep someone's own access; absent when there are none. */
  unexpectedKeepRules?: UnexpectedKeepRule[];
  summary: PlanSummary;
}
