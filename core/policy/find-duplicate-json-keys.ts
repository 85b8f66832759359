/** A name that appears more than once in one JSON object. */
export interface DuplicateJsonKey {
  /** The name, escapes decoded (`"\u0041ction"` and `"Action"` are the same name). */
  name: string;
  /** Path of the object that holds it (`['Statement', 1]`; `[]` for the top-level object). */
  objectPath: (string | number)[];
  /** 1-based line and column of this (later) occurrence. */
  line: number;
  column: number;
  /** 1-based line and column of the first occurrence. */
  first: { line: number; column: number };
}

/** Reported at most; a policy with more has a bigger problem than its hundred-and-first. */
export const MAX_DUPLICATES = 100;

interface ObjectFrame {
  kind: 'object';
  /** Name -> position of its first occurrence. */
  names: Map<string, { line: number; column: number }>;
  /** True between `{` or `,` and the next name. */
  expectsName: boolean;
  /** The name whose value is being read. */
  name: string;
}

interface ArrayFrame {
  kind: 'array';
  index: number;
}

/**
 * Every repeated name inside one object of JSON text. JSON.parse keeps the last value of a
 * repeated name silently, while other readers keep the first or refuse the text (RFC 8259
 * section 4: "The names within an object SHOULD be unique"; the behaviour of software that
 * receives such an object "is unpredictable"), so a policy with one has no single meaning.
 *
 * One left-to-right pass with an explicit stack (no recursion, no backtracking): each
 * character is read once and each name is decoded and looked up once, so the cost is linear
 * in the length of the text, whatever the nesting (at most MAX_DUPLICATES are reported). Meant for text JSON.parse accepts; on other
 * text it stops at the end without error and may miss duplicates.
 */
export function findDuplicateJsonKeys(text: string): DuplicateJsonKey[] {
  const duplicates: DuplicateJsonKey[] = [];
  const stack: (ObjectFrame | ArrayFrame)[] = [];
  let line = 1;
  let lineStart = 0;
  const pathOfTop = (): (string | number)[] =>
    stack.slice(0, -1).map((frame) => (frame.kind === 'object' ? frame.name : frame.index));

  for (let offset = 0; offset < text.length; offset += 1) {
    const char = text[offset];
    const top = stack[stack.length - 1];
    switch (char) {
      case '\n':
        line += 1;
        lineStart = offset + 1;
        break;
      case '{':
        stack.push({ kind: 'object', names: new Map(), expectsName: true, name: '' });
        break;
      case '[':
        stack.push({ kind: 'array', index: 0 });
        break;
      case '}':
      case ']':
        stack.pop();
        break;
      case ',':
        if (top?.kind === 'object') top.expectsName = true;
        else if (top?.kind === 'array') top.index += 1;
        break;
      case ':':
        if (top?.kind === 'object') top.expectsName = false;
        break;
      case '"': {
        const end = endOfString(text, offset);
        if (top?.kind === 'object' && top.expectsName) {
          const name = decodeString(text.slice(offset, end + 1));
          const position = { line, column: offset - lineStart + 1 };
          const first = top.names.get(name);
          if (first === undefined) {
            top.names.set(name, position);
          } else {
            duplicates.push({ name, objectPath: pathOfTop(), ...position, first });
            // Each report copies the path (as deep as the nesting): a bounded count keeps the scan linear.
            if (duplicates.length === MAX_DUPLICATES) return duplicates;
          }
          top.name = name;
        }
        offset = end;
        break;
      }
      default:
        break;
    }
  }
  return duplicates;
}

/** Offset of the quote that closes the string opening at `start` (or the last offset). */
function endOfString(text: string, start: number): number {
  for (let offset = start + 1; offset < text.length; offset += 1) {
    const char = text[offset];
    if (char === '\\') offset += 1;
    else if (char === '"') return offset;
  }
  return text.length - 1;
}

function decodeString(literal: string): string {
  if (!literal.includes('\\')) return literal.slice(1, -1);
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : literal;
  } catch {
    return literal;
  }
}
