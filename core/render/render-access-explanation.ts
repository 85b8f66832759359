import type { AccessExplanationJson } from '../json-contracts.ts';
import type { AccessExplanation } from '../policy/explain-access.ts';
import { accessTitle } from './render-access.ts';
import { terminalLines } from './terminal-lines.ts';

/** One explained cell, placed in its key and the manifest. */
export interface KeyAccessExplanation extends AccessExplanation {
  key: string;
  account: string;
  region: string;
  /** A replica of `key` with a policy of its own, in `region`. */
  replica?: true;
  /** `file:line` of each statement, by index. */
  locate: (index: number) => { file: string; line: number };
}

/** `conditional (requires mfa)`, `no, left to IAM policies of the account`... */
function describeEntry({ entry }: AccessExplanation): string {
  const requires = entry.requires.length > 0 ? ` (requires ${entry.requires.join(', ')})` : '';
  const iam = !entry.delegated_to_iam
    ? ''
    : entry.allowed === 'no'
      ? ', left to IAM policies of the account'
      : ', or as IAM policies of the account allow';
  return `${entry.allowed}${requires}${iam}`;
}

/**
 * `access --explain` as text: the verdict per key, then the statements behind it. Terminal and
 * CI log text: principals, Sids and condition values quote the manifest, so each line goes
 * through `terminalLines` (an escape sequence or a line break is shown as `[U+XXXX]`).
 */
export function renderAccessExplanationText(explanations: readonly KeyAccessExplanation[]): string {
  return explanations
    .map((explanation) => {
      const { entry } = explanation;
      const head = `${accessTitle(explanation, ' ')} ${entry.principal} ${entry.action}: ${describeEntry(explanation)}`;
      const lines = explanation.statements.map((statement) => {
        const { file, line } = explanation.locate(statement.index);
        const detail = [
          ...statement.conditions,
          ...(statement.because.length > 0
            ? [`cannot be decided: ${statement.because.join(', ')}`]
            : []),
        ].join('; ');
        return `  ${statement.role.padEnd(9)} ${statement.sid} (${file}:${line})${detail === '' ? '' : `  ${detail}`}`;
      });
      if (lines.length === 0) lines.push('  no statement applies: implicitly denied');
      return terminalLines([head, ...lines]);
    })
    .join('\n');
}

export type { AccessExplanationJson };

/** The `access --explain --format json` document as an object. */
export function buildAccessExplanationJson(
  explanations: readonly KeyAccessExplanation[],
): AccessExplanationJson {
  return {
    format_version: 1,
    explanations: explanations.map((explanation) => ({
      key: explanation.key,
      account: explanation.account,
      region: explanation.region,
      ...(explanation.replica === true ? { replica: true as const } : {}),
      principal: explanation.entry.principal,
      action: explanation.entry.action,
      allowed: explanation.entry.allowed,
      requires: explanation.entry.requires,
      delegated_to_iam: explanation.entry.delegated_to_iam,
      statements: explanation.statements.map((statement) => ({
        sid: statement.sid,
        role: statement.role,
        ...explanation.locate(statement.index),
        conditions: statement.conditions,
        because: statement.because,
      })),
    })),
  };
}

/** `access --explain --format json` as printed. */
export function renderAccessExplanationJson(explanations: readonly KeyAccessExplanation[]): string {
  return `${JSON.stringify(buildAccessExplanationJson(explanations), null, 2)}\n`;
}
