import type { KeyPolicyDocument, PolicyStatement } from '../policy/types.ts';
import type { DocumentPath } from './types.ts';

type Report = (path: DocumentPath, message: string, hint?: string) => void;

/**
 * An extra statement's Sid must differ from every generated one (compared ignoring case, so
 * no two statements read alike): a repeated Sid makes findings and diffs ambiguous, and KMS
 * refuses the policy.
 */
export function checkExtraStatementIds(
  generated: KeyPolicyDocument,
  extras: readonly PolicyStatement[],
  path: DocumentPath,
  report: Report,
): void {
  const taken = new Map(
    generated.Statement.slice(0, generated.Statement.length - extras.length).flatMap((statement) =>
      statement.Sid === undefined ? [] : [[statement.Sid.toLowerCase(), statement.Sid]],
    ),
  );
  extras.forEach((statement, index) => {
    const clash = statement.Sid === undefined ? undefined : taken.get(statement.Sid.toLowerCase());
    if (clash === undefined) return;
    report(
      [...path, index, 'Sid'],
      `extra statement Sid "${statement.Sid ?? ''}" is already the id of the generated statement "${clash}"`,
      'give the extra statement a Sid of its own (e.g. prefixed `Extra`); to change a generated statement, change the intent field it comes from',
    );
  });
}
