import type { Severity } from '../core/lint/types.ts';
import { plainText } from '../core/render/escape-markdown.ts';
import type { ManifestReport } from './types.ts';

/** A check run annotation, as the Checks API takes it. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  raw_details?: string;
}

const LEVEL: Readonly<Record<Severity, Annotation['annotation_level']>> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** The Checks API caps a message at 64 KB; a finding needs far less. */
const MAX_TEXT = 4000;
/** The Checks API caps a title at 255 characters. */
const MAX_TITLE = 255;

/**
 * One annotation per problem and per finding, on the manifest line it is about (annotations
 * are plain text: invisible characters shown, no Markdown escaping). The read error of an
 * unreadable manifest goes on line 1.
 */
export function buildAnnotations(report: ManifestReport): Annotation[] {
  const annotations: Annotation[] = [];
  if (report.readError !== undefined) {
    annotations.push({
      path: report.path,
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      title: 'kms-action: cannot read the manifest',
      message: clip(report.readError.message),
      raw_details: clip(`Fix: ${report.readError.help}`),
    });
  }
  for (const problem of report.problems) {
    annotations.push({
      path: report.path,
      start_line: problem.line,
      end_line: problem.line,
      annotation_level: 'failure',
      title: 'kms-action: invalid manifest',
      message: clip(problem.message),
      ...(problem.hint === undefined ? {} : { raw_details: clip(`Fix: ${problem.hint}`) }),
    });
  }
  for (const finding of report.findings) {
    annotations.push({
      path: report.path,
      start_line: finding.line,
      end_line: finding.line,
      annotation_level: LEVEL[finding.severity],
      title: clip(
        `kms-action ${finding.rule}${finding.key === undefined ? '' : ` (key ${finding.key})`}`,
        MAX_TITLE,
      ),
      message: clip(finding.message),
      raw_details: clip(`Fix: ${finding.help}`),
    });
  }
  return annotations;
}

function clip(raw: string, limit = MAX_TEXT): string {
  const text = plainText(raw);
  if (text.length <= limit) return text;
  // Never half a surrogate pair: GitHub would refuse the malformed text.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 2)) ? limit - 2 : limit - 1;
  return `${text.slice(0, end)}…`;
}
