import type { KeyPolicyDocument } from '../../policy/types.ts';

/** The label the evaluator uses for a statement: its Sid, or `#<index>` without one. */
export function statementLabel(document: KeyPolicyDocument, index: number): string {
  return document.Statement[index]?.Sid ?? `#${index}`;
}

/** Index of the statement the evaluator reported as `label` (the first one with that Sid). */
export function statementIndexOf(document: KeyPolicyDocument, label: string): number {
  const numbered = /^#(\d+)$/.exec(label);
  if (numbered) return Number(numbered[1]);
  return Math.max(
    0,
    document.Statement.findIndex((statement) => statement.Sid === label),
  );
}
