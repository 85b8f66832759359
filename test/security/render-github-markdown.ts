/**
 * Renders Markdown as GitHub does (CommonMark + GFM tables, autolinks, strikethrough, task
 * lists, footnotes) with micromark, raw HTML allowed as GitHub allows it before sanitising,
 * and splits the HTML into what the tests look at: tags, comments and text.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export interface RenderedMarkdown {
  html: string;
  /** Every tag in document order, with its attributes (`<td>`, `</td>`, `<a href="...">`). */
  tags: string[];
  /** HTML comments and declarations (`<!-- ... -->`, `<!DOCTYPE>`, `<![CDATA[`, `<?...>`). */
  comments: string[];
  /**
   * `<` or `>` outside a tag: micromark writes text as `&lt;`/`&gt;`, so these come from raw
   * HTML it passed through half-formed, or from GFM's tag filter (`&lt;script>`).
   */
  stray: string[];
  /** All text, entities decoded, without the zero-width spaces the escaping inserts. */
  text: string;
  /**
   * Text outside `code`, `pre` and `a`, zero-width spaces kept: where GitHub turns `@name`,
   * `#1` and `GH-1` into mentions and references after rendering.
   */
  linkableText: string;
  /** Rows of each table, each row its cells' text. */
  tables: string[][][];
}

const TOKEN = /<!--[\s\S]*?-->|<[!?][^>]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|[<>]|[^<>]+/g;
const NOT_LINKED = new Set(['code', 'pre', 'a']);

export function renderGitHubMarkdown(markdown: string): RenderedMarkdown {
  const html = micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    allowDangerousHtml: true,
  });
  const rendered: RenderedMarkdown = {
    html,
    tags: [],
    comments: [],
    stray: [],
    text: '',
    linkableText: '',
    tables: [],
  };
  const open: string[] = [];
  let row: string[] | undefined;
  let cell: string | undefined;
  for (const [token] of html.matchAll(TOKEN)) {
    if (token.startsWith('<!') || token.startsWith('<?')) {
      rendered.comments.push(token);
    } else if (token === '<' || token === '>') {
      rendered.stray.push(token);
    } else if (token.startsWith('<')) {
      rendered.tags.push(token);
      const name = /^<\/?([A-Za-z0-9-]+)/.exec(token)?.[1]?.toLowerCase() ?? '';
      const closing = token.startsWith('</');
      if (closing) {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.splice(at);
      } else if (!token.endsWith('/>') && !['br', 'img', 'hr', 'input'].includes(name)) {
        open.push(name);
      }
      if (name === 'table' && !closing) rendered.tables.push([]);
      if (name === 'tr' && !closing) row = [];
      if (name === 'tr' && closing && row !== undefined) {
        rendered.tables.at(-1)?.push(row);
        row = undefined;
      }
      if ((name === 'td' || name === 'th') && !closing) cell = '';
      if ((name === 'td' || name === 'th') && closing && cell !== undefined) {
        row?.push(cell);
        cell = undefined;
      }
    } else {
      const decoded = decodeEntities(token);
      const text = decoded.replaceAll('\u200b', '');
      rendered.text += text;
      if (!open.some((name) => NOT_LINKED.has(name))) rendered.linkableText += `${decoded}\n`;
      if (cell !== undefined) cell += text;
    }
  }
  return rendered;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? entity;
  });
}
