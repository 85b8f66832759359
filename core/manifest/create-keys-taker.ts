import type { CST, Parser } from 'yaml';
import { MAX_YAML_DEPTH } from './inspect-yaml-structure.ts';

/**
 * Completed `keys` entries taken out of the parser's tree at once (one document each). Small:
 * a batch still being built when the garbage collector runs is copied and may be promoted,
 * and those copies make the young generation grow (64 entries: about 30 MB more peak memory
 * for 1 MiB of flow-style keys, and more collector time).
 */
const BATCH_ENTRIES = 16;

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
  const ownerAlone = tokensStandAlone(owner.start, 0) && tokensStandAlone(owner.sep, 0);
  if (!ownerAlone || !plainDocumentStart(document, tokens)) {
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
    if (scalarKey && item.value !== undefined && itemStandsAlone(item)) taken.push(item);
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

/** Tokens that relate a value to another, or that compose differently alone. */
const RELATING: ReadonlySet<unknown> = new Set([
  'anchor',
  'alias',
  'tag',
  'explicit-key-ind',
  'directive',
  'doc-start',
  'doc-end',
  'error',
]);

/** Tokens that hold no other token and relate nothing (lib/parse/cst.d.ts `SourceToken`). */
const INERT: ReadonlySet<unknown> = new Set([
  'byte-order-mark',
  'doc-mode',
  'space',
  'comment',
  'newline',
  'directive-line',
  'seq-item-ind',
  'map-value-ind',
  'flow-map-start',
  'flow-map-end',
  'flow-seq-start',
  'flow-seq-end',
  'flow-error-end',
  'comma',
  'block-scalar-header',
]);

/**
 * Nesting followed: an entry nested deeper is refused by the whole reading anyway
 * (`MAX_YAML_DEPTH`), so it is left to it, and the walk's recursion stays shallow.
 */
const MAX_WALK_DEPTH = MAX_YAML_DEPTH + 8;

// Block mapping items carry `explicitKey`; a flow item's `?` stays a token of its `start`.
type Item = CST.CollectionItem & { explicitKey?: true };

/**
 * No token that relates a value to another, or that composes differently alone, in a
 * mapping entry: each kind of token is looked at through the members its kind has
 * (lib/parse/cst.d.ts), and a kind of token not listed there is not taken.
 */
function itemStandsAlone(item: Item, depth = 0): boolean {
  if (depth > MAX_WALK_DEPTH || item.explicitKey === true) return false;
  return (
    tokensStandAlone(item.start, depth) &&
    (item.key === undefined || item.key === null || tokenStandsAlone(item.key, depth)) &&
    tokensStandAlone(item.sep, depth) &&
    (item.value === undefined || tokenStandsAlone(item.value, depth))
  );
}

function tokensStandAlone(tokens: readonly CST.Token[] | undefined, depth: number): boolean {
  if (tokens === undefined) return true;
  for (const token of tokens) if (!tokenStandsAlone(token, depth)) return false;
  return true;
}

function tokenStandsAlone(token: CST.Token, depth: number): boolean {
  switch (token.type) {
    case 'scalar':
      return token.source !== '<<' && tokensStandAlone(token.end, depth);
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
      return tokensStandAlone(token.end, depth);
    case 'block-scalar':
      return tokensStandAlone(token.props, depth);
    case 'block-map':
    case 'block-seq':
      return token.items.every((item) => itemStandsAlone(item, depth + 1));
    case 'flow-collection':
      return (
        tokenStandsAlone(token.start, depth) &&
        token.items.every((item) => itemStandsAlone(item, depth + 1)) &&
        tokensStandAlone(token.end, depth)
      );
    default:
      return INERT.has(token.type) && !RELATING.has(token.type);
  }
}

function plainDocumentStart(document: CST.Document, tokens: readonly CST.Token[]): boolean {
  if (tokens.some((token) => token.type === 'directive' || token.type === 'document')) return false;
  return document.start.every((token) =>
    ['doc-start', 'space', 'newline', 'comment'].includes(token.type),
  );
}
