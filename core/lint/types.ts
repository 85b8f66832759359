import type { DesiredKey, DesiredState } from '../manifest/desired-state.ts';
import type { DocumentPath, Severity, SeveritySetting } from '../manifest/types.ts';
import type { ExcludedStatement, PolicyProblem } from '../policy/parse-key-policy.ts';
import type { RequestedKey } from '../policy/evaluation-types.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';

export type { Severity, SeveritySetting };

/** The rule ids of SPEC section 5, in the order the SPEC lists them. */
export const RULE_IDS = [
  'public-principal',
  'no-root-backstop',
  'admin-user-overlap',
  'wildcard-action',
  'missing-mfa-guard',
  'cross-account-access',
  'missing-encryption-context',
  'unscoped-service-principal',
  'invalid-policy',
  'aws-managed-key',
  'shared-key',
  'rotation-disabled',
  'rotation-period',
  'deletion-window',
  'required-tags',
  'alias-naming',
  'alias-environment-mismatch',
  'compliance-isolation',
  'policy-lockout-bypass',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Reported when a pull request relaxes the lint configuration of its base branch or adds a
 * suppression: not a manifest rule, so it cannot be configured or suppressed by the change.
 */
export const LINT_CONFIG_CHANGE_RULE = 'lint-config-change';

/**
 * Reported, always as an error, when a lint run stops at its evaluation budget
 * (`MAX_LINT_STEPS`): the keys after it were not checked. Not configurable or suppressible,
 * so a manifest built to be too expensive to check never passes as checked.
 */
export const LINT_INCOMPLETE_RULE = 'lint-incomplete';

/** One lint finding, located in the file it is about (SPEC section 5). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Logical key name; absent for a standalone key policy (`lint-policy`). */
  key?: string;
  /** How to fix it. */
  help: string;
}

/** What a rule says about the manifest before severity, location and suppressions apply. */
export interface Issue {
  message: string;
  /** Overrides the rule's general help when the fix depends on the case. */
  help?: string;
  /** The finding is reported at most at this severity (a lesser problem of a stricter rule). */
  maxSeverity?: Severity;
}

/** A finding of a policy rule: where in the key policy document it is. */
export interface PolicyIssue extends Issue {
  /** Path inside the policy document, e.g. `['Statement', 2, 'Principal']`; `[]` for the whole policy. */
  path: DocumentPath;
  /**
   * For a policy generated from the intent form: the intent field that decides it
   * (`['require_mfa_for']`, `['users', 0]`), since the generated document has no lines.
   */
  intentPath?: DocumentPath;
  /** The principal the issue is about, as written (places it in the intent form). */
  principal?: string;
  /**
   * Path in the policy as written, for an issue about a statement left out of `document`
   * (see `PolicyTarget.excluded`); `path` is then ignored.
   */
  writtenPath?: DocumentPath;
  /** 1-based position in the policy text, for a problem only the text shows (a duplicate name). */
  position?: { line: number; column: number };
}

/** A finding of a manifest rule: which key, and where in the manifest. */
export interface ManifestIssue extends Issue {
  key: string;
  path: DocumentPath;
}

/** The key policy a policy rule looks at, with what is known about the key. */
export interface PolicyTarget {
  /**
   * The parsed document (`Statement` a list). For a policy KMS would refuse, what can be
   * understood of it: the statements without errors (`excluded` lists the others), so every
   * rule still reports what it can in one pass. Statement indexes in issue paths refer to
   * this document; the runner maps them back to the policy as written.
   */
  document: KeyPolicyDocument;
  /** The document as written, before any typing: data, or JSON text (`lint-policy`). */
  raw: unknown;
  /** What the policy parser found (what `invalid-policy` reports). */
  problems: readonly PolicyProblem[];
  /** Statements left out of `document` because they have errors; empty for a valid policy. */
  excluded: readonly ExcludedStatement[];
  /** 12-digit account id of the key, when known. */
  account?: string;
  /** ARN partition of the key, `aws` unless known otherwise. */
  partition: string;
  /**
   * The key, for the Resource of statements: its ARN, or its location (partition, account,
   * Region as far as known) with the key id unknown.
   */
  key: RequestedKey;
  /** True for a policy kms-action generated from the intent form. */
  generated: boolean;
  /**
   * Key spec and usage of the key, when known: rules judge only the actions such a key has
   * (see key-usage-actions.ts). Unknown for a standalone policy (`lint-policy`).
   */
  keySpec?: string;
  keyUsage?: string;
}

/** What every rule documents about itself (the renderers' and docs' view of a rule). */
export interface RuleMetadata {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports. */
  summary: string;
  /** Why it matters and how to fix it. */
  rationale: string;
  /** General fix advice, used as a finding's `help` unless the finding says more. */
  help: string;
  /** The best practice it enforces (SPEC section 1, and the AWS guidance behind it). */
  practice: { title: string; url: string };
}

export interface PolicyRule extends RuleMetadata {
  id: RuleId;
  kind: 'policy';
  /**
   * True for the rule that checks the document as written: it runs on any policy, and its
   * paths are in the policy as written. Every other policy rule reasons about meaning: it runs
   * on what can be understood of the policy (`PolicyTarget.document`), and not at all when
   * nothing can (text that is not JSON, no statements).
   */
  readsRawDocument?: boolean;
  check: (target: PolicyTarget) => PolicyIssue[];
}

/** How a lint run evaluates key policies (see `RunLintOptions.sharePolicyShapes`). */
export interface LintRunOptions {
  sharePolicyShapes: boolean;
}

export interface ManifestRule extends RuleMetadata {
  id: RuleId;
  kind: 'manifest';
  /** Looks at the whole desired state: some rules compare keys with each other. */
  check: (desired: DesiredState, run?: LintRunOptions) => ManifestIssue[];
}

export type LintRule = PolicyRule | ManifestRule;

/** Lint configuration: severities and per-key suppressions, as a manifest declares them. */
export interface LintConfig {
  rules: Readonly<Record<string, SeveritySetting>>;
  environments: Readonly<Record<string, Readonly<Record<string, SeveritySetting>>>>;
  /**
   * key name -> rule id -> severity, replacing the one of the key's environment. Set on a
   * pull request, where the base branch decides how strictly each key is linted.
   */
  keys?: Readonly<Record<string, Readonly<Record<string, SeveritySetting>>>>;
  /** key name -> suppressed rules with their reasons. */
  suppressions: Readonly<Record<string, readonly { rule: string; reason: string }[]>>;
}

/** Helper type for rules that look at keys one at a time. */
export type KeyCheck = (key: DesiredKey, desired: DesiredState) => ManifestIssue[];

/** Where the rule documentation lives (anchors are rule ids). */
export const RULES_DOC_URL = 'https://github.com/kms-action/kms-action/blob/main/docs/rules.md';

export function ruleHelpUri(id: string): string {
  return `${RULES_DOC_URL}#${id}`;
}
