import { parsePolicyOnce } from './policy/usable-policy-document.ts';
import type { RequestedKey } from '../policy/evaluation-types.ts';
import type { KeyPolicyDocument } from '../policy/types.ts';
import type { LintRule, PolicyIssue, PolicyRule } from './types.ts';

export interface PolicyRuleIssue {
  rule: PolicyRule;
  issue: PolicyIssue;
  /** The parsed document, when it is valid (statement indexes refer to it). */
  document?: KeyPolicyDocument;
}

export interface PolicyPlacement {
  /** 12-digit account of the key, when known. */
  account?: string;
  partition?: string;
  /** The key: its ARN, or its location; by default `account` and `partition`, Region unknown. */
  key?: RequestedKey;
  /** True for a policy generated from the intent form. */
  generated?: boolean;
}

/**
 * Runs the policy rules among `rules` on one key policy as written: the rule that reads the
 * raw document always, the others only when the policy is valid.
 */
export function runPolicyRules(
  raw: unknown,
  placement: PolicyPlacement,
  rules: readonly LintRule[],
): PolicyRuleIssue[] {
  const parsed = parsePolicyOnce(raw);
  const document = parsed.ok ? parsed.policy : undefined;
  const results: PolicyRuleIssue[] = [];
  for (const rule of rules) {
    if (rule.kind !== 'policy') continue;
    if (document === undefined && rule.readsRawDocument !== true) continue;
    const issues = rule.check({
      document: document ?? (raw as KeyPolicyDocument),
      raw,
      partition: placement.partition ?? 'aws',
      key: placement.key ?? {
        partition: placement.partition ?? 'aws',
        ...(placement.account === undefined ? {} : { account: placement.account }),
      },
      generated: placement.generated ?? false,
      ...(placement.account === undefined ? {} : { account: placement.account }),
    });
    for (const issue of issues) {
      results.push({ rule, issue, ...(document === undefined ? {} : { document }) });
    }
  }
  return results;
}
