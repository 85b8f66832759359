/** What naming a key needs to know about it. */
export interface NameableKey {
  id: string;
  /** Alias names (`alias/...`). */
  aliases: readonly string[];
  /** A logical name the key already carries (`kms-action:key` of this manifest): kept as is. */
  logicalName?: string;
}

const NAME_MAX = 128;

/**
 * Logical names for imported keys: the key's own `kms-action:key` name when this manifest
 * already owns it; else its first alias (sorted) without `alias/`, `/` and other characters a
 * logical name cannot hold turned into `-`; else `key-<first 8 characters of the id>`.
 * Unique: when two keys would share a name, a key whose alias needed no rewriting keeps it and
 * the others get `-<id prefix>` appended. Stable: a key's name depends only on its own id and
 * aliases and on the keys it collides with, never on listing order.
 */
export function deriveKeyNames(keys: readonly NameableKey[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys) {
    if (key.logicalName === undefined || taken.has(key.logicalName)) continue;
    names.set(key.id, key.logicalName);
    taken.add(key.logicalName);
  }

  const candidates = keys
    .filter((key) => !names.has(key.id))
    .map((key) => ({ key, ...candidateName(key) }));
  const byName = new Map<string, typeof candidates>();
  for (const candidate of candidates) {
    byName.set(candidate.name, [...(byName.get(candidate.name) ?? []), candidate]);
  }
  const pending: typeof candidates = [];
  for (const [name, group] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const exact = group.filter((candidate) => candidate.exact);
    const keeper =
      !taken.has(name) && (group.length === 1 || exact.length === 1)
        ? (exact[0] ?? group[0])
        : undefined;
    if (keeper !== undefined) {
      names.set(keeper.key.id, name);
      taken.add(name);
    }
    pending.push(...group.filter((candidate) => candidate !== keeper));
  }
  for (const candidate of pending.sort((a, b) => a.key.id.localeCompare(b.key.id))) {
    const compact = candidate.key.id.replace(/^mrk-/, '').replace(/-/g, '');
    let name = '';
    for (const length of [8, 12, compact.length]) {
      name = withSuffix(candidate.name, compact.slice(0, length));
      if (!taken.has(name)) break;
    }
    for (let counter = 2; taken.has(name); counter += 1) {
      name = withSuffix(candidate.name, `${compact}-${counter}`);
    }
    names.set(candidate.key.id, name);
    taken.add(name);
  }
  return names;
}

function candidateName(key: NameableKey): { name: string; exact: boolean } {
  const alias = [...key.aliases].sort()[0];
  if (alias !== undefined) {
    const raw = alias.replace(/^alias\//, '');
    const name = sanitize(raw);
    if (name !== '') return { name, exact: name === raw };
  }
  const id = key.id.startsWith('mrk-') ? key.id : key.id.replace(/-/g, '');
  return { name: `key-${id.slice(0, key.id.startsWith('mrk-') ? 12 : 8)}`, exact: false };
}

/** Characters a logical name may hold (`^[a-zA-Z0-9][a-zA-Z0-9_.-]*$`, at most 128). */
function sanitize(text: string): string {
  return text
    .replace(/[^a-zA-Z0-9_.-]+/g, '-')
    .replace(/^[^a-zA-Z0-9]+/, '')
    .slice(0, NAME_MAX);
}

function withSuffix(name: string, suffix: string): string {
  return `${name.slice(0, NAME_MAX - suffix.length - 1)}-${suffix}`;
}
