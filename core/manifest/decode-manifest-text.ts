import { ManifestError } from '../errors.ts';
import { MAX_MANIFEST_BYTES, manifestTooLargeProblem } from './manifest-too-large-problem.ts';
import type { Position } from './types.ts';

/**
 * The text of a manifest: refused when over the size limit, not UTF-8 (or UTF-16), or holding
 * control characters YAML does not allow; a UTF-8 byte order mark is dropped.
 */
export function decodeManifestText(file: string, content: string | Uint8Array): string {
  const size =
    typeof content === 'string' ? new TextEncoder().encode(content).byteLength : content.byteLength;
  if (size > MAX_MANIFEST_BYTES) throw new ManifestError([manifestTooLargeProblem(file, size)]);
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    if (
      (content[0] === 0xff && content[1] === 0xfe) ||
      (content[0] === 0xfe && content[1] === 0xff)
    ) {
      throw new ManifestError([
        {
          message: 'the manifest is UTF-16 encoded',
          file,
          line: 1,
          column: 1,
          path: '',
          hint: 'save it as UTF-8',
        },
      ]);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      throw new ManifestError([
        {
          message: 'the manifest is not valid UTF-8',
          file,
          ...invalidUtf8Position(content),
          path: '',
          hint: 'save it as UTF-8 (this looks like another encoding, e.g. Latin-1 or Windows-1252)',
        },
      ]);
    }
  }
  // A UTF-8 byte order mark is harmless: drop it so positions start at column 1.
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const control = CONTROL_CHARACTER.exec(withoutBom);
  if (control !== null) {
    const before = withoutBom.slice(0, control.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    const codePoint = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new ManifestError([
      {
        message: `the manifest contains the control character U+${codePoint}`,
        file,
        line: before.split('\n').length,
        column: control.index - lineStart + 1,
        path: '',
        hint:
          codePoint === '0000'
            ? 'NUL characters usually mean the file is UTF-16 encoded: save it as UTF-8'
            : 'remove it: a manifest is plain text (tabs and line breaks are the only control characters allowed)',
      },
    ]);
  }
  return withoutBom;
}

/** Line and column of the first byte sequence that is not UTF-8. */
function invalidUtf8Position(bytes: Uint8Array): Position {
  const decodes = (length: number): boolean => {
    try {
      // `stream` tolerates a sequence cut at the end of the prefix.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // Smallest prefix length that fails: the bad sequence ends at that byte.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (decodes(middle)) low = middle + 1;
    else high = middle;
  }
  let start = Math.max(0, low - 1);
  const pending = (): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, start));
      return false;
    } catch {
      return true;
    }
  };
  // The failing byte may end a sequence that started up to three bytes earlier (`é` in
  // Latin-1 is a lead byte followed by a plain character): report the lead byte.
  for (let back = 0; back < 3 && start > 0 && pending(); back += 1) start -= 1;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, start));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Characters YAML does not allow in a stream (C0 and C1 controls other than tab, LF, CR, NEL). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;
