/** `1 statement`, `2 statements`: a count and its noun, plural with an `s`. */
export function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}
