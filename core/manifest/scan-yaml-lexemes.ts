import { CST } from 'yaml';
import { MAX_YAML_ALIASES, MAX_YAML_NODES } from './inspect-yaml-structure.ts';
import { createKeysCounter, SPLIT_HINT, type ScanProblem } from './create-keys-counter.ts';

export { MAX_MANIFEST_KEYS, tooManyKeysProblem, type ScanProblem } from './create-keys-counter.ts';

/**
 * Anchors (`&name`) one manifest may define: each one only serves aliases (at most
 * `MAX_YAML_ALIASES`), and yaml reports every anchor on no value as an error of its own.
 */
export const MAX_YAML_ANCHORS = 1_000;

/**
 * Tags (`!tag`) one manifest may use: two per key at the cap on keys. yaml reports every tag
 * on no value as an error of its own.
 */
export const MAX_YAML_TAGS = 10_000;

/**
 * Text blocks (`|`, `>`) one manifest may hold: two per key at the cap on keys. yaml reports
 * every header with nothing to hold (a line of `|`) as an error of its own.
 */
export const MAX_YAML_BLOCK_SCALARS = 10_000;

/**
 * Lines of structure (a text block's or a quoted value's lines are not counted): a manifest
 * of 100,000 values on lines of their own, with as many blank or comment lines, stays under
 * it; yaml reads each blank line as lexemes of its own (1 MiB of them: over 2 s).
 */
export const MAX_MANIFEST_LINES = 200_000;

export interface LexemeScanner {
  /**
   * Looks at the next lexeme of yaml's `Lexer`. True once the input is past a cap: it will
   * be refused, so building documents from it can stop (keep scanning to count the keys).
   */
  next: (lexeme: string) => boolean;
  /** After the last lexeme: the caps the input is past, in text order (empty when none). */
  finish: () => ScanProblem[];
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
 * - a second YAML document (`---` after a document, or a second `...` after one);
 * - a YAML error yaml would report once per lexeme, counted from no cap on values: a flow
 *   closer (`]`, `}`) outside any flow collection, a plain scalar that starts with `,`, `@`
 *   or a backquote (yaml reports each one, at the cost of an
 *   error object with its stack trace: a line of a million `]` took 30 s), at the first one;
 *   more than `MAX_YAML_ANCHORS` anchors, `MAX_YAML_TAGS` tags or `MAX_YAML_BLOCK_SCALARS`
 *   text block headers, at the first past the cap;
 * - more than `MAX_MANIFEST_LINES` lines of structure, at the first past the cap.
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
  let blockScalarNext = false;
  let anchors = 0;
  let tags = 0;
  let blockScalars = 0;
  let lines = 0;
  let documentStarted = false;
  let contentSeen = false;
  let documentEnded = false;
  const problems: ScanProblem[] = [];
  let refused = false;
  const refuse = (problem: ScanProblem): void => {
    if (refused) return;
    refused = true;
    problems.push(problem);
  };
  const keys = createKeysCounter();

  const values = (): number => Math.max(scalars, items + Math.max(explicitKeys, valueIndicators));

  const look = (type: string, lexeme: string, at: number): void => {
    switch (type) {
      case 'scalar-source':
        // A plain scalar cannot start with an indicator: yaml reports each one (a block
        // scalar's lines are the source after its header).
        if (!blockScalarNext && RESERVED_START.has(lexeme.charAt(0))) {
          refuse(reservedStartProblem(lexeme.charAt(0), at));
        }
        blockScalarNext = false;
        scalars += 1;
        break;
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
        if (flowDepth === 0) refuse(strayCloserProblem(lexeme, at));
        flowDepth = Math.max(0, flowDepth - 1);
        break;
      case 'block-scalar-header':
        blockScalarNext = true;
        blockScalars += 1;
        if (blockScalars === MAX_YAML_BLOCK_SCALARS + 1) {
          refuse({
            offset: at,
            message: `the manifest holds more than ${MAX_YAML_BLOCK_SCALARS} text blocks (\`|\` or \`>\`); this one is past the limit`,
            hint: 'write short texts as quoted values on one line, or split the manifest',
          });
        }
        break;
      case 'newline':
        lines += 1;
        if (lines === MAX_MANIFEST_LINES + 1) {
          refuse({
            offset: at,
            message: `the manifest has more than ${MAX_MANIFEST_LINES} lines (not counting the lines of text blocks and quoted values); this one is past the limit`,
            hint: `remove blank and comment lines, or ${SPLIT_HINT}`,
          });
        }
        break;
      case 'anchor':
        anchors += 1;
        if (anchors === MAX_YAML_ANCHORS + 1) {
          refuse({
            offset: at,
            message: `the manifest defines more than ${MAX_YAML_ANCHORS} YAML anchors (\`&name\`); this one is past the limit`,
            hint: `an anchor only serves aliases (at most ${MAX_YAML_ALIASES}): remove the anchors no alias uses, or use \`defaults:\``,
          });
        }
        break;
      case 'tag':
        tags += 1;
        if (tags === MAX_YAML_TAGS + 1) {
          refuse({
            offset: at,
            message: `the manifest uses more than ${MAX_YAML_TAGS} YAML tags (\`!tag\`); this one is past the limit`,
            hint: 'write the values without tags: quote a string instead of tagging it `!!str`',
          });
        }
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
        if (documentStarted || contentSeen) refuse(secondDocumentProblem(at, '---'));
        documentStarted = true;
        break;
      case 'doc-end':
        // After a document's `...`, yaml reads each further `...` as one more empty document.
        if (documentEnded) refuse(secondDocumentProblem(at, '...'));
        if (documentStarted || contentSeen) documentEnded = true;
        break;
      default:
        break;
    }
    if (!NOT_CONTENT.has(type)) contentSeen = true;
    if (values() > MAX_YAML_NODES) {
      refuse({
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
      } else if (type === 'flow-error-end') {
        flowDepth = 0; // the Lexer left every flow collection: a line was not indented enough
      } else if (type !== 'doc-mode') {
        look(type, lexeme, at);
        // As yaml's Parser counts: markers of structure take no room in the text.
        offset += lexeme.length;
      }
      return refused;
    },
    finish: () => [...problems, ...keys.finish()].sort((a, b) => a.offset - b.offset),
  };
}

function secondDocumentProblem(offset: number, marker: string): ScanProblem {
  return {
    offset,
    message: 'the manifest holds more than one YAML document',
    hint: `keep one manifest per file: remove the \`${marker}\` separator and what follows, or move it to its own file`,
  };
}

function strayCloserProblem(lexeme: string, offset: number): ScanProblem {
  const what = lexeme === ']' ? 'flow list (`[`)' : 'flow mapping (`{`)';
  return {
    offset,
    message: `\`${lexeme}\` closes no ${what}: this is not valid YAML`,
    hint: `remove the \`${lexeme}\`, or quote the value it starts (e.g. \`'${lexeme}x'\`)`,
  };
}

/** Characters a plain (unquoted) scalar may not start with, whatever follows. */
const RESERVED_START = new Set([',', '@', '`']);

function reservedStartProblem(character: string, offset: number): ScanProblem {
  return {
    offset,
    message: `an unquoted value cannot start with \`${character}\`: this is not valid YAML`,
    hint: `quote the value (e.g. \`'${character}x'\`)`,
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
