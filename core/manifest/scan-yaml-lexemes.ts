import { CST } from 'yaml';
import schema from '../../schemas/kms.schema.json' with { type: 'json' };
import { MAX_YAML_ALIASES, MAX_YAML_NODES } from './inspect-yaml-structure.ts';

/**
 * Keys one manifest may declare (the schema's `keys.maxProperties`), checked before anything
 * else looks at them: every later stage does some work per key.
 */
export const MAX_MANIFEST_KEYS = schema.properties.keys.maxProperties;

export interface ScanProblem {
  offset: number;
  message: string;
  hint: string;
}

export interface LexemeScanner {
  /**
   * Looks at the next lexeme of yaml's `Lexer`. True once the input is past a cap: it will
   * be refused, so building documents from it can stop (keep scanning to count the keys).
   */
  next: (lexeme: string) => boolean;
  /** After the last lexeme: the caps the input is past, in text order (empty when none). */
  finish: () => ScanProblem[];
}

const SPLIT_HINT = 'split the keys across several manifests, e.g. one per account or team';

/** The problem of a `keys` mapping over the cap (also reported after a full parse). */
export function tooManyKeysProblem(offset: number, count: number): ScanProblem {
  return {
    offset,
    message: `\`keys\` declares ${count} keys, over the limit of ${MAX_MANIFEST_KEYS} keys per manifest (this is key ${MAX_MANIFEST_KEYS + 1})`,
    hint: SPLIT_HINT,
  };
}

/**
 * Watches the lexemes of a manifest as they are read, before any document is built (which
 * costs time and memory per value: a full parse of 1 MiB of trivial keys peaks past 250 MB),
 * and reports the first lexeme past a cap the full reading would refuse anyway:
 * - the `keys:` mapping at the top of the manifest (a block mapping) with more than
 *   `MAX_MANIFEST_KEYS` entries, at the first key past the cap, with the count of entries
 *   read when the whole mapping has been read: its lines at the mapping's indentation are
 *   each `name:` (else the count is a lower bound and is not given);
 * - more than `MAX_YAML_NODES` values, counted from below in two ways, each a lower bound
 *   for a document YAML accepts: scalars, aliases and flow collections (each is one value);
 *   and the block list items (`-`, each has a value) plus the larger of the explicit keys
 *   (`?`) and the value indicators (`:`) (each pair has a key);
 * - more than `MAX_YAML_ALIASES` aliases (`*name`, each one alias), at the first past the cap;
 * - a second YAML document (`---` after a document).
 * Soundness: every count is at most what the full reading counts when it accepts the input,
 * so a manifest it accepts is never refused here; anything not refused here gets the full
 * reading. Offsets are those yaml's `Parser` gives the same lexemes.
 */
export function createLexemeScanner(): LexemeScanner {
  let offset = 0;
  let atScalar = false;
  let flowDepth = 0;
  let scalars = 0;
  let aliases = 0;
  let items = 0;
  let explicitKeys = 0;
  let valueIndicators = 0;
  let documentStarted = false;
  let contentSeen = false;
  const problems: ScanProblem[] = [];
  let refused = false;
  const keys = createKeysCounter();

  const values = (): number => Math.max(scalars, items + Math.max(explicitKeys, valueIndicators));

  const look = (type: string, lexeme: string, at: number): void => {
    switch (type) {
      case 'scalar-source':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        scalars += 1;
        break;
      case 'alias':
        scalars += 1;
        aliases += 1;
        if (aliases === MAX_YAML_ALIASES + 1 && !refused) {
          refused = true;
          problems.push({
            offset: at,
            message: `the manifest uses more than ${MAX_YAML_ALIASES} YAML aliases`,
            hint: 'write the values out, or use `defaults:` instead of anchors and aliases',
          });
        }
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        scalars += 1;
        flowDepth += 1;
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flowDepth = Math.max(0, flowDepth - 1);
        break;
      case 'seq-item-ind':
        if (flowDepth === 0) items += 1;
        break;
      case 'explicit-key-ind':
        explicitKeys += 1;
        break;
      case 'map-value-ind':
        valueIndicators += 1;
        break;
      case 'doc-start':
        if ((documentStarted || contentSeen) && !refused) {
          refused = true;
          problems.push({
            offset: at,
            message: 'the manifest holds more than one YAML document',
            hint: 'keep one manifest per file: remove the `---` separator and what follows, or move it to its own file',
          });
        }
        documentStarted = true;
        break;
      default:
        break;
    }
    if (!NOT_CONTENT.has(type)) contentSeen = true;
    if (!refused && values() > MAX_YAML_NODES) {
      refused = true;
      problems.push({
        offset: at,
        message: `the manifest holds more than ${MAX_YAML_NODES} values (scalars, lists and mappings); this one is past the limit`,
        hint: SPLIT_HINT,
      });
    }
    if (
      keys.next(
        flowDepth > 0 && type !== 'flow-map-start' && type !== 'flow-seq-start' ? 'in-flow' : type,
        lexeme,
        at,
      )
    ) {
      refused = true;
    }
  };

  return {
    next: (lexeme) => {
      const at = offset;
      let type: string;
      if (atScalar) {
        atScalar = false;
        type = 'scalar-source';
      } else {
        type = CST.tokenType(lexeme) ?? 'error';
      }
      if (type === 'scalar') {
        atScalar = true; // the marker before a scalar's text
      } else if (type !== 'doc-mode' && type !== 'flow-error-end') {
        look(type, lexeme, at);
        // As yaml's Parser counts: markers of structure take no room in the text.
        offset += lexeme.length;
      }
      return refused;
    },
    finish: () => [...problems, ...keys.finish()].sort((a, b) => a.offset - b.offset),
  };
}

/** Lexemes that are not part of a document's content. */
const NOT_CONTENT = new Set([
  'newline',
  'space',
  'comment',
  'directive-line',
  'doc-start',
  // A `...` alone starts no document.
  'doc-end',
  'byte-order-mark',
]);

type KeysState = 'top' | 'keys-line' | 'keys' | 'done';

/**
 * Counts the entries of the top-level `keys:` block mapping line by line: a line whose first
 * lexeme (outside flow collections) is at the mapping's indentation is one of its entries
 * when it reads `name:`; any other such line makes the count a lower bound. `next` is true
 * once the count is past the cap.
 */
function createKeysCounter(): {
  next: (type: string, lexeme: string, at: number) => boolean;
  finish: () => ScanProblem[];
} {
  let state: KeysState = 'top';
  let lineStart = true;
  let indent = 0;
  let documentStartLine = false;
  let blockScalar = false;
  let keysIndent: number | undefined;
  /** The first lexemes of the current line (spaces left out). */
  let line: { type: string; lexeme: string; at: number }[] = [];
  let count = 0;
  let exact = true;
  let pastCap: number | undefined;

  const endOfLine = (): void => {
    const [first, second, third] = line;
    line = [];
    const startLine = documentStartLine;
    documentStartLine = false;
    if (first === undefined || first.type === 'comment' || first.type === 'directive-line') return;
    if (startLine) {
      state = 'done'; // content on the `---` line: leave it to the full reading
      return;
    }
    if (state === 'top') {
      if (indent !== 0) return;
      const entry =
        first.type === 'scalar-source' && second?.type === 'map-value-ind'
          ? first.lexeme
          : undefined;
      if (entry === undefined) {
        state = 'done'; // a top level this counter does not follow: leave it to the full reading
      } else if (entry === 'keys') {
        state = third === undefined || third.type === 'comment' ? 'keys' : 'done';
      }
      return;
    }
    if (state !== 'keys') return;
    keysIndent ??= indent;
    if (indent === 0 || indent < keysIndent) {
      state = 'done';
      return;
    }
    if (indent > keysIndent) return;
    const simple =
      (first.type === 'scalar-source' ||
        first.type === 'single-quoted-scalar' ||
        first.type === 'double-quoted-scalar') &&
      second?.type === 'map-value-ind';
    if (!simple) {
      exact = false;
      return;
    }
    count += 1;
    if (count === MAX_MANIFEST_KEYS + 1) pastCap = first.at;
  };

  return {
    next: (type, lexeme, at) => {
      if (state === 'done') return false;
      if (type === 'doc-start' && state === 'top' && line.length === 0 && lineStart) {
        documentStartLine = true;
        return false;
      }
      if (type === 'doc-start' || type === 'doc-end' || type === 'error') {
        state = 'done';
        return false;
      }
      if (type === 'block-scalar-header') blockScalar = true;
      if (type === 'scalar-source' && blockScalar) {
        // A block scalar's lines (and the line breaks after them) are one lexeme that
        // belongs to the line of its header: the next lexeme starts a line.
        blockScalar = false;
        if (lexeme.endsWith('\n')) {
          lineStart = true;
          indent = 0;
        }
        return pastCap !== undefined;
      }
      if (type === 'newline') {
        endOfLine();
        lineStart = true;
        indent = 0;
        return pastCap !== undefined;
      }
      if (type === 'space') {
        if (lineStart && line.length === 0) {
          if (lexeme.includes('\t')) exact = false;
          indent = lexeme.length;
        }
        return false;
      }
      lineStart = false;
      if (line.length < 3) line.push({ type, lexeme, at });
      return false;
    },
    finish: () => {
      if (state !== 'done') endOfLine();
      if (pastCap === undefined) return [];
      return [
        exact
          ? tooManyKeysProblem(pastCap, count)
          : {
              offset: pastCap,
              message: `\`keys\` declares more than ${MAX_MANIFEST_KEYS} keys, over the limit of ${MAX_MANIFEST_KEYS} keys per manifest (this key is past it)`,
              hint: SPLIT_HINT,
            },
      ];
    },
  };
}
