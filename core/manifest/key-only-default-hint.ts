/** Key fields that `defaults:` refuses, and why (the schema's `defaults` description says the same). */
const KEY_ONLY_FIELDS: Readonly<Record<string, string>> = {
  adopt: 'adopts exactly one existing key',
  moved_from: 'names exactly one earlier logical name',
  aliases: 'an alias names exactly one key per account and Region',
  state: 'is decided key by key, so that one line cannot disable or delete every key',
  bypass_policy_lockout_safety_check:
    'is decided key by key, so that one line cannot turn off the lockout check of every key',
  grants: 'grant names are per key',
  lint_ignore: 'each exception carries its own reason; use `lint.rules:` for the whole manifest',
  replicas: "lists one key's Regions",
};

/**
 * The hint for a key field written under `defaults:` that cannot be a default, or
 * `undefined` for any other field.
 */
export function keyOnlyDefaultHint(field: string): string | undefined {
  const why = Object.hasOwn(KEY_ONLY_FIELDS, field) ? KEY_ONLY_FIELDS[field] : undefined;
  if (why === undefined) return undefined;
  return `\`${field}\` cannot be a default (${why}): write it on each key, or share it with a YAML merge key (\`<<: *shared\`) or a \`key_templates:\` entry`;
}
