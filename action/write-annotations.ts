import type { Finding } from '../core/lint/types.ts';
import type { ManifestProblem } from '../core/manifest/types.ts';
import {
  escapeData,
  escapeProperty,
  renderFindingsAnnotations,
} from '../core/render/render-findings-annotations.ts';
import { plainText } from '../core/render/escape-markdown.ts';
import type { ActionLog } from './action-services.ts';

/** Findings and manifest problems as annotations on the manifest's lines. */
export function writeAnnotations(
  log: ActionLog,
  findings: readonly Finding[],
  problems: readonly ManifestProblem[] = [],
): void {
  for (const problem of problems) {
    const hint = problem.hint === undefined ? '' : `\nhint: ${problem.hint}`;
    log.write(
      `::error file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty('kms-action: invalid manifest')}::${escapeData(plainText(`${problem.message}${hint}`))}\n`,
    );
  }
  const annotations = renderFindingsAnnotations(findings);
  if (annotations !== '') log.write(annotations);
}
