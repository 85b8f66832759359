import type { CST, Parser } from 'yaml';

/** Completed `keys` entries taken out of the parser's tree at once (one document each). */
const BATCH_ENTRIES = 64;

/**
 * A taker for one parse: while yaml's `Parser` builds the tree of a manifest, takes the entries of the top-level
 * `keys:` block mapping that are complete out of it, as a document of their own that holds
 * them with the same nesting (`keys:` in a top-level block mapping, so each value is composed
 * exactly as in the whole document), so that the tree and the document model of a large
 * manifest never exist whole (the whole tree of 5,000 keys is about 40 MB, its document 20).
 * An entry is taken only when it stands alone: its key a plain or quoted scalar, and no
 * anchor, alias, merge key, tag or explicit key anywhere in it (those relate it to other
 * values, and are left to the whole document); the document must have no directives, and
 * nothing but a `---` marker before its mapping. The taker returns `undefined` when nothing
 * is taken. Each entry is looked at once: entries left in the tree stay at its start, counted.
 */
export function createKeysTaker(): (
  parser: Parser,
  tokens: readonly CST.Token[],
) => CST.Document | undefined {
  let left = 0;
  return (parser, tokens) => {
    const taken = takeCompletedKeys(parser, tokens, left);
    if (taken === undefined) return undefined;
    left = taken.left;
    return taken.document;
  };
}

function takeCompletedKeys(
  parser: Parser,
  tokens: readonly CST.Token[],
  left: number,
): { document: CST.Document | undefined; left: number } | undefined {
  const [document, top, keys] = parser.stack;
  if (document?.type !== 'document' || top?.type !== 'block-map' || keys?.type !== 'block-map') {
    return undefined;
  }
  if (document.value !== undefined && document.value !== top) return undefined;
  const owner = top.items.at(-1);
  const next = keys.items.at(-1);
  // Entries before the last are complete once the last has its key: yaml's parser changes
  // only the last entry of a mapping (and the one before it while the last has no key yet).
  if (keys.items.length - left <= BATCH_ENTRIES || next?.sep === undefined) return undefined;
  if (owner?.key?.type !== 'scalar' || owner.key.source !== 'keys' || owner.value !== undefined) {
    return undefined;
  }
  if (!standsAlone([owner.start, owner.sep]) || !plainDocumentStart(document, tokens)) {
    return undefined;
  }
  const taken: CST.BlockMap['items'] = [];
  const kept: CST.BlockMap['items'] = keys.items.slice(0, left);
  for (const item of keys.items.slice(left, -1)) {
    const key = item.key;
    const scalarKey =
      key?.type === 'scalar' ||
      key?.type === 'single-quoted-scalar' ||
      key?.type === 'double-quoted-scalar';
    if (scalarKey && item.value !== undefined && standsAlone(item)) taken.push(item);
    else kept.push(item);
  }
  keys.items.splice(0, keys.items.length - 1, ...kept);
  if (taken.length === 0) return { document: undefined, left: kept.length };
  const batch: CST.Document = {
    type: 'document',
    offset: document.offset,
    start: document.start,
    value: {
      type: 'block-map',
      offset: top.offset,
      indent: top.indent,
      items: [
        {
          start: owner.start,
          key: owner.key,
          sep: owner.sep ?? [],
          value: { type: 'block-map', offset: keys.offset, indent: keys.indent, items: taken },
        },
      ],
    },
  };
  return { document: batch, left: kept.length };
}

/** The members through which yaml's tree tokens hold other tokens (lib/parse/cst.d.ts). */
const CHILDREN = ['start', 'key', 'sep', 'value', 'items', 'end', 'props'] as const;

/** No token that relates a value to another, or that composes differently alone. */
function standsAlone(part: unknown): boolean {
  const pending: unknown[] = [part];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === null || typeof next !== 'object') continue;
    if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
      continue;
    }
    const token = next as Record<string, unknown>;
    if (token['explicitKey'] === true) return false;
    switch (token['type']) {
      case 'anchor':
      case 'alias':
      case 'tag':
      case 'explicit-key-ind':
      case 'directive':
      case 'doc-start':
      case 'doc-end':
      case 'error':
        return false;
      case 'scalar':
        if (token['source'] === '<<') return false;
        break;
      default:
        break;
    }
    for (const name of CHILDREN) {
      const child = token[name];
      if (child !== null && typeof child === 'object') pending.push(child);
    }
  }
  return true;
}

function plainDocumentStart(document: CST.Document, tokens: readonly CST.Token[]): boolean {
  if (tokens.some((token) => token.type === 'directive' || token.type === 'document')) return false;
  return document.start.every((token) =>
    ['doc-start', 'space', 'newline', 'comment'].includes(token.type),
  );
}
