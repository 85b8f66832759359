import schema from '../../schemas/kms.schema.json' with { type: 'json' };

/**
 * Keys one manifest may declare (the schema's `keys.maxProperties`), checked before anything
 * else looks at them: every later stage does some work per key.
 */
export const MAX_MANIFEST_KEYS = schema.properties.keys.maxProperties;

/** A cap an input is past, found while it is read. */
export interface ScanProblem {
  offset: number;
  message: string;
  hint: string;
}

export const SPLIT_HINT = 'split the keys across several manifests, e.g. one per account or team';

/** The problem of a `keys` mapping over the cap (also reported after a full parse). */
export function tooManyKeysProblem(offset: number, count: number): ScanProblem {
  return {
    offset,
    message: `\`keys\` declares ${count} keys, over the limit of ${MAX_MANIFEST_KEYS} keys per manifest (this is key ${MAX_MANIFEST_KEYS + 1})`,
    hint: SPLIT_HINT,
  };
}

type KeysState = 'top' | 'keys-line' | 'keys' | 'done';

/**
 * Counts the entries of the top-level `keys:` block mapping line by line: a line whose first
 * lexeme (outside flow collections) is at the mapping's indentation is one of its entries
 * when it reads `name:`; any other such line makes the count a lower bound. `next` is true
 * once the count is past the cap.
 */
export function createKeysCounter(): {
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
