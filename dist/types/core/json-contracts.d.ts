/**
 * The JSON contracts of docs/json-output.md as TypeScript types: what `--format json` prints
 * and what the library (lib/index.ts) returns. Self-contained (no imports) so the published
 * declarations are these types and nothing of the implementation; the renderers in
 * core/render/ produce them, and test/core/json-contracts.test.ts checks at compile time that
 * the unions here equal the ones the core uses. Within a `format_version`, fields are only
 * added: never renamed, removed or given another meaning.
 */
/** A located problem of a manifest: it makes the manifest invalid. */
export interface ManifestProblem {
    message: string;
    file: string;
    line: number;
    column: number;
    /** JSON pointer (RFC 6901) into the manifest, e.g. `/keys/prod-s3/rotation/period_in_days`. Empty for the whole file. */
    path: string;
    /** How to fix it, when there is something better to say than the message. */
    hint?: string;
}
/** One lint finding (docs/rules.md). */
export interface FindingJson {
    rule: string;
    severity: 'error' | 'warning' | 'notice';
    message: string;
    file: string;
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
    /** Logical key name; `null` for a standalone policy (`lint-policy`) or the manifest as a whole. */
    key: string | null;
    help: string;
}
/** `validate --format json`, version 1. */
export interface ValidateJson {
    format_version: 1;
    valid: boolean;
    /** Why the manifest is invalid; empty when `valid`. */
    errors: ManifestProblem[];
    findings: FindingJson[];
}
/** `lint-policy --format json`, version 1. */
export interface LintPolicyJson {
    format_version: 1;
    findings: FindingJson[];
}
/** A request property without which a `conditional` permission is denied. */
export type AccessRequirementJson = 'mfa' | 'encryption_context' | 'via_service' | 'grant_for_aws_resource' | 'source'
/** New in format version 1 (additive): a condition the matrix does not vary decides. */
 | 'other_condition' | 'iam_policy_in_account';
/** One cell of the access matrix. */
export interface AccessEntryJson {
    /** As the policy writes it; `*` for anyone; `organization <value>` for an organisation or OU. */
    principal: string;
    /** `kms:Decrypt` style. */
    action: string;
    allowed: 'yes' | 'no' | 'conditional';
    /** Empty unless `conditional`; new values may appear within version 1. */
    requires: AccessRequirementJson[];
    /** The key policy lets IAM policies of the principal's account grant the action. */
    delegated_to_iam: boolean;
}
/** `access --format json`, version 1. */
export interface AccessJson {
    format_version: 1;
    keys: {
        key: string;
        account: string;
        region: string;
        /** Present on a replica of `key` with a policy of its own (in `region`); new within version 1. */
        replica?: true;
        entries: AccessEntryJson[];
    }[];
}
/** `access --explain PRINCIPAL ACTION --format json`, version 1. */
export interface AccessExplanationJson {
    format_version: 1;
    explanations: {
        key: string;
        account: string;
        region: string;
        /** Present on a replica of `key` with a policy of its own (in `region`); new within version 1. */
        replica?: true;
        principal: string;
        action: string;
        allowed: AccessEntryJson['allowed'];
        requires: AccessRequirementJson[];
        delegated_to_iam: boolean;
        statements: {
            /** The statement's Sid, or `#<index>`. */
            sid: string;
            role: 'allows' | 'delegates' | 'denies' | 'undecided';
            file: string;
            line: number;
            conditions: string[];
            because: string[];
        }[];
    }[];
}
export type RiskJson = 'safe' | 'disruptive' | 'destructive';
/** Every change action, listed in docs/json-output.md. */
export type ChangeActionJson = 'create' | 'adopt' | 'retag' | 'update-description' | 'update-rotation' | 'update-policy' | 'tag' | 'enable' | 'disable' | 'schedule-deletion' | 'cancel-deletion' | 'create-alias' | 'retarget' | 'delete-alias' | 'create-grant' | 'revoke-grant' | 'create-replica';
/**
 * One change, in apply order. The fields every change has are typed; the others depend on
 * `action` (docs/json-output.md: `before`, `after`, `key_id`, `access`, `widens`, `alias`...).
 */
export type ChangeJson = Record<string, unknown> & {
    /** Stable address: `key.<name>`, `alias.<alias name>`, `grant.<key>.<grant name>`. */
    address: string;
    action: ChangeActionJson;
    risk: RiskJson;
};
/** Blocks apply. */
export type PlanProblemJson = Record<string, unknown> & {
    code: 'orphan' | 'immutable-change' | 'foreign-owner' | 'key-claimed-twice' | 'legacy-owner' | 'adopt-not-found' | 'adopt-aws-managed' | 'alias-owned-elsewhere' | 'replica-removal' | 'replica-creating' | 'applier-denied' | 'policy-lockout' | 'applier-check-incomplete';
    key: string;
    message: string;
    help: string;
};
/** Does not block apply. */
export interface PlanNoticeJson {
    code: 'pending-import';
    key: string;
    address: string;
    arn: string;
    message: string;
    help: string;
}
/** A live grant `keep_grants` keeps: never revoked, listed so that reviewers see it. */
export interface KeptGrantJson {
    address: string;
    key: string;
    account: string;
    region: string;
    grant_id: string;
    /** The grant as ListGrants showed it, field names in snake_case (`grantee_principal`...). */
    grant: Record<string, unknown>;
    /** The `keep_grants` entry that keeps it; `source` is `defaults` or `key`. */
    rule: {
        grantee: string;
        reason: string;
        source: 'defaults' | 'key';
    };
}
/**
 * A `keep_grants` rule whose grantee AWS does not operate for the key's account: it keeps that
 * principal's grants from revocation, ones made after the review included.
 */
export interface UnexpectedKeepRuleJson {
    grantee: string;
    reason: string;
    source: 'defaults' | 'key';
    /** The first key it applies to, and how many keys it applies to. */
    first_key: string;
    keys: number;
}
/** A plan limited to some keys (`--target`, `targets`). */
export interface PartialPlanJson {
    /** The targeted logical names, sorted. */
    targets: string[];
    /** What the partial plan left out because it would move an alias away from a key outside the targets. */
    deferred: {
        address: string;
        key: string;
        reason: string;
    }[];
}
/** `plan --format json` and `drift --format json` (and the Action's `plan-json`), version 3. */
export interface PlanJson {
    format_version: 3;
    manifest: string;
    owner: string;
    /** `null` for a plan of the whole manifest. */
    partial: PartialPlanJson | null;
    changes: ChangeJson[];
    problems: PlanProblemJson[];
    notices: PlanNoticeJson[];
    /** Live grants `keep_grants` keeps (never revoked), sorted by address and grant id. */
    kept_grants: KeptGrantJson[];
    /** Keep rules that could keep someone's own access (the plan's warning), in manifest order. */
    unexpected_keep_rules: UnexpectedKeepRuleJson[];
    summary: {
        changes: number;
        /** Keys are change actions (`update-policy`): data, not field names. */
        by_action: Partial<Record<ChangeActionJson, number>>;
        by_risk: Record<RiskJson, number>;
        problems: number;
        has_changes: boolean;
        applyable: boolean;
    };
    /** Lint findings of the manifest (`plan`; `drift` has none). */
    findings: FindingJson[];
}
