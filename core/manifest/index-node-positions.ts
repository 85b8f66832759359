import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { yamlKeyName } from './yaml-key-name.ts';

/** Where a value starts, and for a list or mapping where each of its entries is. */
type Positions = number | undefined | SeqPositions | MapPositions;

interface SeqPositions {
  offset: number | undefined;
  items: Positions[];
}

interface MapPositions {
  offset: number | undefined;
  names: string[];
  keyOffsets: (number | undefined)[];
  values: Positions[];
  /**
   * Entry index by name, built on the first lookup of a large mapping (first of repeated names,
   * as toJS keeps).
   */
  index?: Map<string, number>;
}

export interface NodePositions {
  /** Where the node itself starts (`undefined`: no range). */
  offset: number | undefined;
  /**
   * The offset of the key or value at `path` below the node (or of its nearest existing
   * ancestor), starting from `offset` (the node's own); as `createNodeLocator` answers it.
   */
  find: (path: readonly (string | number)[], want: 'key' | 'value', offset: number) => number;
}

/**
 * The source offsets of a YAML node and of everything in it, kept without the node: numbers in
 * arrays, a small fraction of the memory of yaml's document model, so the document can be
 * dropped once its data is read. For nodes without aliases or merge keys (those need the
 * document: `createNodeLocator`).
 */
export function indexNodePositions(node: unknown): NodePositions {
  const root = positionsOf(node);
  return {
    offset: typeof root === 'number' ? root : root?.offset,
    find: (path, want, start) => {
      let current = root;
      let offset = start;
      for (const [index, segment] of path.entries()) {
        const last = index === path.length - 1;
        if (isMapPositions(current)) {
          const entry = entryIndex(current, String(segment));
          if (entry === undefined) return offset;
          offset = current.keyOffsets[entry] ?? offset;
          if (last && want === 'key') return offset;
          current = current.values[entry];
        } else if (isSeqPositions(current) && isListIndex(String(segment))) {
          current = current.items[Number(segment)];
        } else {
          return offset;
        }
        const at = typeof current === 'number' ? current : current?.offset;
        if (at !== undefined) offset = at;
      }
      return offset;
    },
  };
}

// Arrays are built at their exact length (`map`): one pushed to grows room for 17 entries,
// which for the few entries of most mappings tripled the memory of the positions.
function positionsOf(node: unknown): Positions {
  const offset = (node as YamlNode | null | undefined)?.range?.[0];
  if (isMap(node)) {
    const keys = node.items.map((pair) => pair.key as YamlNode | null);
    return {
      offset,
      names: keys.map((key) => yamlKeyName(key as Parameters<typeof yamlKeyName>[0])),
      keyOffsets: keys.map((key) => key?.range?.[0]),
      values: node.items.map((pair) => positionsOf(pair.value)),
    };
  }
  if (isSeq(node)) return { offset, items: node.items.map(positionsOf) };
  return offset;
}

/** Mappings of at most this many entries are searched name by name, with no index to keep. */
const SCANNED_ENTRIES = 16;

function entryIndex(positions: MapPositions, name: string): number | undefined {
  if (positions.names.length <= SCANNED_ENTRIES) {
    // The first of repeated names, as toJS keeps.
    const found = positions.names.indexOf(name);
    return found < 0 ? undefined : found;
  }
  if (positions.index === undefined) {
    positions.index = new Map();
    for (const [index, entryName] of positions.names.entries()) {
      if (!positions.index.has(entryName)) positions.index.set(entryName, index);
    }
  }
  return positions.index.get(name);
}

function isMapPositions(positions: Positions): positions is MapPositions {
  return typeof positions === 'object' && 'names' in positions;
}

function isSeqPositions(positions: Positions): positions is SeqPositions {
  return typeof positions === 'object' && 'items' in positions;
}

function isListIndex(segment: string): boolean {
  return segment.length > 0 && segment.length < 16 && /^\d+$/.test(segment);
}
