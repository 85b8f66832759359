/**
 * Makes untrusted text (descriptions, tag values, names, AWS messages) inert in GitHub
 * Markdown: no formatting, links, HTML, mentions (`@org/team`), issue references or
 * table breaks. The one escaping helper every renderer uses.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()+\-.!|~]/g, (character) => `\\${character}`)
    .replace(/([@#])/g, '$1\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\r?\n/g, ' ');
}

/**
 * Text for a fenced code block: the fence is made longer than any backtick run inside,
 * so content cannot close it.
 */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Inline code that cannot be broken out of. */
export function inlineCode(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ');
  const longestRun = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
