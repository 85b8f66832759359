import { chargeLintWork } from './policy/lint-work-meter.ts';
import { forgetParsedPolicy, parsePolicyOnce } from './policy/usable-policy-document.ts';
import { parseKeyPolicy, type UnderstoodPolicy } from '../policy/parse-key-policy.ts';
import type { RequestedKey } from '../policy/evaluation-types.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import type { DocumentPath } from '../manifest/types.ts';
import type { LintRule, PolicyIssue, PolicyRule } from './types.ts';

export interface PolicyRuleIssue {
  rule: PolicyRule;
  /** Its path is in the policy as written. */
  issue: PolicyIssue;
  /**
   * When the policy is valid and the issue's path names a statement (`['Statement', i, ...]`,
   * indexes of the parsed document): that statement's Sid, if it has one.
   */
  sid?: string;
}

export interface PolicyPlacement {
  /** 12-digit account of the key, when known. */
  account?: string;
  partition?: string;
  /** The key: its ARN, or its location; by default `account` and `partition`, Region unknown. */
  key?: RequestedKey;
  /** True for a policy generated from the intent form. */
  generated?: boolean;
  /** Key spec and usage, when known (a manifest key); unknown for a standalone policy. */
  keySpec?: string;
  keyUsage?: string;
}

/**
 * Runs the policy rules among `rules` on one key policy as written (data, or JSON text):
 * `invalid-policy` always, with every problem of the policy; the others on what can be
 * understood of it. A statement with errors is left out of their reading (AWS refuses the
 * whole policy anyway): leaving out an Allow can only take access away, so lockout findings
 * can only grow, and `public-principal` still reports a left-out Allow to a wildcard
 * principal; leaving out a Deny can make access look more open than the author meant. Their
 * findings then say which statements were left out. Paths come back in the policy as written.
 */
export function runPolicyRules(
  raw: unknown,
  placement: PolicyPlacement,
  rules: readonly LintRule[],
): PolicyRuleIssue[] {
  const parsed = typeof raw === 'string' ? parseKeyPolicy(raw) : parsePolicyOnce(raw);
  const understood: UnderstoodPolicy | undefined = parsed.ok
    ? { document: parsed.policy, indexes: [], excluded: [] }
    : parsed.understood;
  // Reading the policy and running every rule on it, beyond what the evaluator counts.
  chargeLintWork(POLICY_STEPS + STATEMENT_STEPS * (understood?.document.Statement.length ?? 0));
  const results: PolicyRuleIssue[] = [];
  for (const rule of rules) {
    if (rule.kind !== 'policy') continue;
    const reasons = rule.readsRawDocument !== true;
    if (reasons && understood === undefined) continue;
    const issues = rule.check({
      document: understood?.document ?? (raw as KeyPolicyDocument),
      raw,
      problems: parsed.problems,
      excluded: understood?.excluded ?? [],
      partition: placement.partition ?? 'aws',
      key: placement.key ?? {
        partition: placement.partition ?? 'aws',
        ...(placement.account === undefined ? {} : { account: placement.account }),
      },
      generated: placement.generated ?? false,
      ...(placement.account === undefined ? {} : { account: placement.account }),
      ...(placement.keySpec === undefined ? {} : { keySpec: placement.keySpec }),
      ...(placement.keyUsage === undefined ? {} : { keyUsage: placement.keyUsage }),
    });
    for (const found of issues) {
      const issue = reasons && understood !== undefined ? asWritten(found, understood) : found;
      const index = issue.path[0] === 'Statement' ? issue.path[1] : undefined;
      const sid =
        parsed.ok && typeof index === 'number' ? parsed.policy.Statement[index]?.Sid : undefined;
      results.push({ rule, issue, ...(sid === undefined ? {} : { sid }) });
    }
  }
  forgetParsedPolicy(raw);
  return results;
}

/** Lint work of one policy outside the evaluator, in evaluation steps (see lint-work-meter.ts). */
const POLICY_STEPS = 250;
const STATEMENT_STEPS = 25;

/** How many left-out statements a finding names. */
const MAX_NAMED = 3;

/** An issue about the understood policy, located and worded for the policy as written. */
function asWritten(issue: PolicyIssue, understood: UnderstoodPolicy): PolicyIssue {
  const { writtenPath, ...rest } = issue;
  if (writtenPath !== undefined) return { ...rest, path: writtenPath };
  if (understood.excluded.length === 0) return issue;
  const { excluded } = understood;
  // A bounded list: every finding carries it, and a hostile policy may break thousands.
  const named = excluded.slice(0, MAX_NAMED).map((statement) => `\`${statement.label}\``);
  const more = excluded.length - named.length;
  const labels = `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  const plural = excluded.length === 1 ? '' : 's';
  return {
    ...rest,
    path: writtenPathOf(issue.path, understood.indexes),
    message: `${issue.message} (read without the invalid statement${plural} ${labels}, which invalid-policy reports)`,
  };
}

function writtenPathOf(path: DocumentPath, indexes: readonly number[]): DocumentPath {
  const index = path[1];
  if (path[0] !== 'Statement' || typeof index !== 'number') return path;
  return ['Statement', indexes[index] ?? index, ...path.slice(2)];
}
