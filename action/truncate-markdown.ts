/**
 * Cuts Markdown to at most `maxLength` characters at a line boundary, closing an open code
 * fence and open `<details>` so the rest of the page still renders, and ends with `notice`
 * (e.g. where the full text is). Text that fits is returned unchanged.
 */
export function truncateMarkdown(markdown: string, maxLength: number, notice: string): string {
  if (markdown.length <= maxLength) return markdown;
  const reserve = notice.length + 64;
  const kept: string[] = [];
  let length = 0;
  let fence: string | undefined;
  let openDetails = 0;
  for (const line of markdown.split('\n')) {
    const closing = (fence === undefined ? 0 : fence.length + 1) + openDetails * 11;
    if (length + line.length + 1 + closing + reserve > maxLength) break;
    kept.push(line);
    length += line.length + 1;
    const run = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) {
      if (run !== undefined) fence = run;
      else openDetails += count(line, '<details>') - count(line, '</details>');
    } else if (
      run !== undefined &&
      run[0] === fence[0] &&
      run.length >= fence.length &&
      line.trim() === run
    ) {
      fence = undefined;
    }
  }
  if (fence !== undefined) kept.push(fence);
  for (; openDetails > 0; openDetails--) kept.push('</details>');
  kept.push('', notice);
  return kept.join('\n');
}

function count(line: string, tag: string): number {
  return line.split(tag).length - 1;
}
