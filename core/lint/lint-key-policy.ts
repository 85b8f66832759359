import { LineCounter, isCollection, isNode, parseDocument, type Node as YamlNode } from 'yaml';
import type { DocumentPath, Position } from '../manifest/types.ts';
import { capSeverity, resolveSeverity } from './resolve-severity.ts';
import { LINT_RULES } from './rules/index.ts';
import { invalidPolicy } from './rules/invalid-policy.ts';
import { runPolicyRules } from './run-policy-rules.ts';
import {
  createLintWorkMeter,
  LintBudgetExceededError,
  MAX_LINT_STEPS,
  meterLintWork,
} from './policy/lint-work-meter.ts';
import { withThousands } from '../work/with-thousands.ts';
import {
  LINT_INCOMPLETE_RULE,
  type Finding,
  type Issue,
  type LintRule,
  type SeveritySetting,
} from './types.ts';

export interface LintKeyPolicyOptions {
  /** Name of the policy file, for findings. */
  file: string;
  /** 12-digit account of the key; otherwise taken from the root principal the policy allows. */
  account?: string;
  partition?: string;
  /** Region of the key; unknown when omitted. */
  region?: string;
  /** ARN of the key, when it exists: Resource elements are matched against it. */
  keyArn?: string;
  /** Per-rule severities over the defaults (`off` disables). */
  rules?: Readonly<Record<string, SeveritySetting>>;
  /** Environment of the key, for the production profile. */
  environment?: string;
}

/**
 * The policy rules on a standalone key policy document (JSON text), for policies kept
 * outside a manifest (`kms-action lint-policy`): every invalid part at once, and the other
 * rules on the statements without errors. Findings point at the line of the JSON element
 * they are about (a repeated name at its second occurrence), sorted by line and column; text
 * that is not JSON is one `invalid-policy` finding.
 */
export function lintKeyPolicy(
  text: string,
  options: LintKeyPolicyOptions,
  rules: readonly LintRule[] = LINT_RULES,
): Finding[] {
  const config = { rules: options.rules ?? {}, environments: {} };
  const finding = (rule: LintRule, position: Position, issue: Issue): Finding[] => {
    const severity = capSeverity(
      resolveSeverity(rule, options.environment, config),
      issue.maxSeverity,
    );
    if (severity === 'off') return [];
    return [
      {
        rule: rule.id,
        severity,
        message: issue.message,
        file: options.file,
        ...position,
        help: issue.help ?? rule.help,
      },
    ];
  };

  try {
    JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return finding(invalidPolicy, positionOfJsonError(text), {
      message: `the key policy is not valid JSON: ${message}`,
      help: 'check for missing commas, quotes or brackets',
    });
  }
  const locate = createJsonLocator(text);
  // The text itself, so the parser also finds names repeated in one object. Counted against
  // the lint budget, as in `validate`: what it did not check never passes as checked.
  let results: ReturnType<typeof runPolicyRules>;
  try {
    results = meterLintWork(createLintWorkMeter(), () => lintPolicyText(text, options, rules));
  } catch (error) {
    if (!(error instanceof LintBudgetExceededError)) throw error;
    return [
      {
        rule: LINT_INCOMPLETE_RULE,
        severity: 'error',
        message: `lint stopped: checking this key policy takes more than ${withThousands(MAX_LINT_STEPS)} evaluation steps, the budget of one run (hundreds of principals or condition values each asked about); no finding of it is reported`,
        file: options.file,
        line: 1,
        column: 1,
        help: 'split the statements that name hundreds of principals or accounts, or lint the policy in parts',
      },
    ];
  }
  return results
    .flatMap(({ rule, issue }) => finding(rule, issue.position ?? locate(issue.path), issue))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

function lintPolicyText(
  text: string,
  options: LintKeyPolicyOptions,
  rules: readonly LintRule[],
): ReturnType<typeof runPolicyRules> {
  return runPolicyRules(
    text,
    {
      ...(options.account === undefined ? {} : { account: options.account }),
      partition: options.partition ?? 'aws',
      key:
        options.keyArn === undefined
          ? {
              partition: options.partition ?? 'aws',
              ...(options.account === undefined ? {} : { account: options.account }),
              ...(options.region === undefined ? {} : { region: options.region }),
            }
          : { arn: options.keyArn },
    },
    rules,
  );
}

/** Position of a path in JSON text (the nearest existing ancestor for a missing one). */
function createJsonLocator(text: string): (path: DocumentPath) => Position {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  return (path) => {
    let node: YamlNode | undefined = isNode(document.contents) ? document.contents : undefined;
    for (const part of path) {
      if (!isCollection(node)) break;
      const child: unknown = node.get(part, true);
      if (!isNode(child)) break;
      node = child;
    }
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

/** Where JSON text stops parsing (the YAML parser reads JSON and reports positions). */
function positionOfJsonError(text: string): Position {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const offset = document.errors[0]?.pos[0] ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
