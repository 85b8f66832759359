import { clipMarkdown } from '../../core/render/clip-markdown.ts';
import { markBody } from './marker-line.ts';

export interface GitHubBodyParts {
  /** Hidden marker: the body's first line, the only place it is recognised. */
  marker?: string;
  /** Trusted text right after the marker, kept whole (the plan fingerprint). */
  head?: string;
  /** The report; clipped when the body would exceed `limit`. */
  content: string;
  /** Trusted text after the content, kept whole (the workflow run link). */
  tail?: string;
  /** Where the whole report is, as Markdown, e.g. `the [job summary](<run url>)`. */
  fullReport: string;
  /** GitHub's limit for this body (see `GITHUB_LIMITS`). */
  limit: number;
  unit?: 'utf16' | 'utf8';
}

/**
 * Every body the Action and the app send to GitHub is built here: the marker on the first
 * line, the trusted head, the content clipped on a safe boundary with a pointer to the full
 * report, the trusted tail, all within `limit`. Content never starts a body: without a
 * marker, content that starts with an HTML comment gets a neutral first line.
 */
export function composeGitHubBody(parts: GitHubBodyParts): string {
  const unit = parts.unit ?? 'utf16';
  const measure = (text: string) =>
    unit === 'utf8' ? new TextEncoder().encode(text).length : text.length;
  const head = [parts.marker, parts.head].filter((part) => part !== undefined).join('\n');
  const before = head === '' ? '' : `${head}\n`;
  const after = parts.tail === undefined ? '' : `\n\n${parts.tail}`;
  const room = parts.limit - measure(before) - measure(after);
  const notice = `> [!NOTE]\n> This report is too long for GitHub and was cut here: the full report is in ${parts.fullReport}.`;
  let content = clipMarkdown(parts.content, { max: room, notice, unit });
  if (parts.marker === undefined && parts.head === undefined && content.startsWith('<!--'))
    content = clipMarkdown(`**kms-action**\n${content}`, { max: room, notice, unit });
  const rest = `${parts.head === undefined ? '' : `${parts.head}\n`}${content}${after}`;
  return parts.marker === undefined ? rest : markBody(parts.marker, rest);
}
