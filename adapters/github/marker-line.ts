/**
 * Hidden markers by which the Action and the app find their own comments and issues again.
 * A marker is recognised only as the whole first line of a body, a place no manifest text
 * can reach: every body that carries one is built by `markBody`, which puts it there, and
 * the content after it always starts on a later line.
 */
/** `<!-- name -->`: printable ASCII without spaces, `<`, `>` or `--` inside. */
const MARKER = /^<!-- (?:[\x21-\x2c\x2e-\x3b\x3d\x3f-\x7e]|-(?!-))+ -->$/;

/** `body` with `marker` as its first line. */
export function markBody(marker: string, body: string): string {
  if (!MARKER.test(marker)) throw new Error(`not a marker: ${JSON.stringify(marker)}`);
  return `${marker}\n${body}`;
}

/** True when the first line of `body` is exactly `marker` (a trailing CR is tolerated). */
export function hasMarkerLine(body: string, marker: string): boolean {
  const end = body.indexOf('\n');
  const first = end < 0 ? body : body.slice(0, end);
  return (first.endsWith('\r') ? first.slice(0, -1) : first) === marker;
}
