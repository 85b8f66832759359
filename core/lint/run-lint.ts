import type { DesiredKey, DesiredState } from '../manifest/desired-state.ts';
import type { DocumentPath } from '../manifest/types.ts';
import type { KeyPolicyDocument, ResolvedPolicyIntent } from '../policy/types.ts';
import { lintConfigOf } from './lint-config-of.ts';
import { firstExistingPath } from './manifest-path.ts';
import { keyPropertyConditions } from '../policy/key-property-conditions.ts';
import { requestedKeyOf } from '../policy/requested-key-of.ts';
import { partitionOf } from './policy/partition-of.ts';
import { capSeverity, resolveSeverity } from './resolve-severity.ts';
import { LINT_RULES } from './rules/index.ts';
import { cachePolicyRules } from './cache-policy-rules.ts';
import { incompleteFinding } from './lint-incomplete.ts';
import {
  LintBudgetExceededError,
  chargeLintWork,
  createLintWorkMeter,
  meterLintWork,
} from './policy/lint-work-meter.ts';
import { runPolicyRules, type PolicyPlacement } from './run-policy-rules.ts';
import type { Finding, Issue, LintConfig, LintRule, PolicyIssue, Severity } from './types.ts';

export interface RunLintOptions {
  /**
   * Severities and suppressions to apply. Default: the manifest's own. On a pull request,
   * pass the one `compareLintConfig` derives from the base branch.
   */
  config?: LintConfig;
  /** Default: every rule. */
  rules?: readonly LintRule[];
  /**
   * Default true: keys whose policies differ only in their own roles and users share one
   * evaluation (see `abstractPolicyPrincipals`). False evaluates every key's policy on its
   * own, to prove that sharing changes no finding.
   */
  sharePolicyShapes?: boolean;
}

/**
 * Lints a desired state: every rule over every key (policy rules on each managed key
 * policy, generated or raw), each finding with its severity for the key's environment,
 * located at the manifest line it is about; `off` rules and suppressed findings dropped.
 * Findings come sorted by line, column and rule.
 */
export function runLint(desired: DesiredState, options: RunLintOptions = {}): Finding[] {
  const config = options.config ?? lintConfigOf(desired);
  const rules = options.rules ?? LINT_RULES;
  const run = { sharePolicyShapes: options.sharePolicyShapes ?? true };
  const keys = new Map(desired.keys.map((key) => [key.name, key]));
  const findings: Finding[] = [];

  const report = (
    rule: LintRule,
    key: DesiredKey | undefined,
    path: DocumentPath,
    issue: Issue,
  ): void => {
    const severity = capSeverity(
      (key === undefined ? undefined : config.keys?.[key.name]?.[rule.id]) ??
        resolveSeverity(rule, key?.environment, config),
      issue.maxSeverity,
    );
    if (severity === 'off') return;
    if (key !== undefined && isSuppressed(config, key.name, rule.id)) return;
    // A finding about a key as a whole points at its name, not at its first field.
    const position =
      key !== undefined && path.length === 2 && path[0] === 'keys' && path[1] === key.name
        ? key.location
        : desired.locate(path);
    findings.push({
      rule: rule.id,
      severity: severity satisfies Severity,
      message: issue.message,
      file: desired.file,
      line: position.line,
      column: position.column,
      ...(key === undefined ? {} : { key: key.name }),
      help: issue.help ?? rule.help,
    });
  };

  // The key being linted when the budget runs out, and how many were done before it.
  const progress: { key: DesiredKey | undefined; done: number } = { key: undefined, done: 0 };
  try {
    meterLintWork(createLintWorkMeter(), () => {
      lintAll(desired, rules, run, keys, report, progress);
    });
  } catch (error) {
    if (!(error instanceof LintBudgetExceededError)) throw error;
    findings.push(incompleteFinding(desired, progress.key, progress.done));
  }
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

type Report = (
  rule: LintRule,
  key: DesiredKey | undefined,
  path: DocumentPath,
  issue: Issue,
) => void;

function lintAll(
  desired: DesiredState,
  rules: readonly LintRule[],
  run: { sharePolicyShapes: boolean },
  keys: ReadonlyMap<string, DesiredKey>,
  report: Report,
  progress: { key: DesiredKey | undefined; done: number },
): void {
  for (const rule of rules) {
    if (rule.kind === 'manifest') {
      for (const issue of rule.check(desired, run)) {
        chargeLintWork(ISSUE_STEPS);
        report(rule, keys.get(issue.key), issue.path, issue);
      }
    }
  }
  // Keys generated from one intent share their policy: lint each distinct one once.
  const policyRules = run.sharePolicyShapes
    ? cachePolicyRules(rules)
    : (raw: unknown, placement: PolicyPlacement) => runPolicyRules(raw, placement, rules);
  for (const key of desired.keys) {
    progress.key = key;
    // The key's policy, and each replica's own (a replica without one has the key's policy,
    // generated for its Region: the key's findings already cover it).
    const policies = [
      {
        policy: key.policy,
        base: ['keys', key.name, 'policy'],
        requested: { ...requestedKeyOf(key), properties: keyPropertyConditions(key) },
      },
      ...key.replicas
        .filter((replica) => replica.policyWritten)
        .map((replica) => ({
          policy: replica.policy,
          base: [...replica.path, 'policy'],
          requested: {
            ...requestedKeyOf({
              ...key,
              region: replica.region,
              ...replicaAdopt(key, replica.region),
            }),
            properties: keyPropertyConditions({ ...key, replica: true }),
          },
        })),
    ];
    for (const { policy, base, requested } of policies) {
      if (policy === undefined) continue;
      const results = policyRules(policy.document, {
        account: key.account,
        partition: partitionOf(key),
        key: requested,
        generated: policy.kind === 'intent',
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
      });
      for (const { rule, issue, sid } of results) {
        chargeLintWork(ISSUE_STEPS);
        // Errors in a raw policy are manifest errors (`validate` lists them, with their lines).
        if (rule.readsRawDocument === true && policy.kind === 'document' && !issue.maxSeverity) {
          continue;
        }
        const path =
          policy.kind === 'intent'
            ? intentLocation(desired, base, policy.intent, policy.document, sid, issue)
            : [...base, 'document', ...issue.path];
        report(rule, key, path, issue);
      }
    }
    progress.done += 1;
  }
}

/**
 * Lint work of one issue a rule returns (put back into a key's names, located, reported or
 * dropped as off or suppressed), in evaluation steps: measured at about five. Keys that share
 * one policy shape cost no evaluation each, but each still reports its own issues: 2,000 keys
 * of one `defaults.policy` with 100 users made 400,000 findings, 10 s of lint.
 */
const ISSUE_STEPS = 4;

/** An adopted multi-Region key's replica has the key's ARN with the replica's Region. */
function replicaAdopt(key: DesiredKey, region: string): { adopt?: string } {
  if (key.adopt === undefined) return {};
  const parts = key.adopt.split(':');
  parts[3] = region;
  return { adopt: parts.join(':') };
}

function isSuppressed(config: LintConfig, key: string, rule: string): boolean {
  return (config.suppressions[key] ?? []).some((entry) => entry.rule === rule);
}

/** Generated statements by Sid -> the intent field they come from. */
function intentFieldOfSid(
  sid: string | undefined,
): 'admins' | 'users' | 'cross_account' | 'organization' | 'require_mfa_for' | undefined {
  if (sid === undefined) return undefined;
  if (sid === 'KeyAdministrators') return 'admins';
  if (sid.startsWith('Organization')) return 'organization';
  if (sid.startsWith('KeyUsers')) return 'users';
  if (sid.startsWith('CrossAccount')) return 'cross_account';
  if (sid === 'DenyWithoutMfa') return 'require_mfa_for';
  return undefined;
}

/**
 * A generated policy has no lines of its own: a finding about it points at the intent field
 * the offending statement comes from (the principal's entry when known), on the key or in
 * `defaults.policy`, else at the key's `policy:`.
 */
function intentLocation(
  desired: DesiredState,
  base: DocumentPath,
  intent: ResolvedPolicyIntent,
  document: KeyPolicyDocument,
  sid: string | undefined,
  issue: PolicyIssue,
): DocumentPath {
  let field: DocumentPath | undefined =
    issue.intentPath ?? extraStatementPath(intent, document, issue);
  if (field === undefined) {
    const name = intentFieldOfSid(sid);
    field = name === undefined ? [] : [name];
    const principal = issue.principal?.toLowerCase();
    if (principal !== undefined && (name === 'admins' || name === 'users')) {
      const position = intent[name].findIndex((arn) => arn.toLowerCase() === principal);
      if (position >= 0) field = [name, position];
      else if (name === 'users') field = userGroupPath(intent, principal) ?? field;
    } else if (principal !== undefined && name === 'cross_account') {
      const position = intent.crossAccount.findIndex(
        (entry) => entry.principal.toLowerCase() === principal,
      );
      if (position >= 0) field = [name, position, 'principal'];
    }
  }
  if (field.length === 0) return base;
  return firstExistingPath(desired, [
    [...base, ...field],
    ['defaults', 'policy', ...field],
    [...base, ...field.slice(0, 1)],
    ['defaults', 'policy', ...field.slice(0, 1)],
    base,
  ]);
}

/**
 * A finding about an `extra_statements` entry (they come last in the generated policy) points
 * at the entry's own line, and inside it at the element the finding is about.
 */
function extraStatementPath(
  intent: ResolvedPolicyIntent,
  document: KeyPolicyDocument,
  issue: PolicyIssue,
): DocumentPath | undefined {
  const extras = intent.extraStatements?.length ?? 0;
  const index = issue.path[0] === 'Statement' ? issue.path[1] : undefined;
  if (extras === 0 || typeof index !== 'number') return undefined;
  const first = document.Statement.length - extras;
  if (index < first) return undefined;
  return ['extra_statements', index - first, ...issue.path.slice(2)];
}

/** The `users:` entry of the group that names `principal`, at the principal. */
function userGroupPath(intent: ResolvedPolicyIntent, principal: string): DocumentPath | undefined {
  for (const group of intent.userGroups ?? []) {
    const position = group.principals.findIndex((arn) => arn.toLowerCase() === principal);
    if (position >= 0 && group.entry !== undefined) {
      return ['users', group.entry, 'principals', position];
    }
  }
  return undefined;
}
