/** `{ note }` joining the notes given, or `{}` when there are none. */
export function joinNotes(notes: readonly (string | undefined)[]): { note?: string } {
  const present = notes.filter((note): note is string => note !== undefined);
  return present.length === 0 ? {} : { note: present.join('; ') };
}
