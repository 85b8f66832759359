/**
 * The line numbers (in the new file) that a unified-diff `patch`, as the pull request files
 * API returns it, adds. Only these lines are commented on: they are what the pull request
 * changes, and they are always inside the diff, where GitHub accepts review comments.
 */
export function addedLinesOfPatch(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header !== null) {
      line = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text.startsWith('+')) {
      added.add(line);
      line += 1;
    } else if (text.startsWith(' ') || text === '') {
      line += 1;
    }
    // '-' lines are not in the new file; '\ No newline at end of file' is no line at all.
  }
  return added;
}
