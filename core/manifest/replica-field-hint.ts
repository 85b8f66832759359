/**
 * Key fields a replica entry refuses, and why: AWS shares them between a multi-Region key
 * and its replicas, or they identify or act on the key as a whole
 * (https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html).
 */
const SHARED_WITH_PRIMARY: Readonly<Record<string, string>> = {
  rotation: 'automatic rotation is shared by a multi-Region key and its replicas',
  key_spec: 'the key spec is shared by a multi-Region key and its replicas',
  key_usage: 'the key usage is shared by a multi-Region key and its replicas',
  origin: 'the key material origin is shared by a multi-Region key and its replicas',
  multi_region: 'a replica is multi-Region by nature',
  account: "a replica is in its key's account",
  adopt: 'a replica is found through its key',
  moved_from: 'a replica is renamed with its key',
  replicas: 'replicas are listed on the key',
  grants: 'kms-action manages grants on the key only',
  bypass_policy_lockout_safety_check: "the key's setting applies to its replicas",
  environment: "a replica serves its key's environment",
  service: "a replica serves its key's service",
  compliance: "a replica is in its key's compliance domain",
  lint_ignore: 'lint exceptions are written on the key',
};

/**
 * The message and hint for a key field written on a `replicas:` entry, or `undefined` for a
 * field that is not a key field.
 */
export function replicaFieldHint(field: string): { message: string; hint: string } | undefined {
  const why = Object.hasOwn(SHARED_WITH_PRIMARY, field) ? SHARED_WITH_PRIMARY[field] : undefined;
  if (why === undefined) return undefined;
  return {
    message: `\`${field}\` cannot be set on a replica: ${why}`,
    hint: `set \`${field}\` on the key; a replica entry takes \`region\`, \`description\`, \`policy\`, \`tags\`, \`aliases\`, \`deletion_window_in_days\` and \`state\``,
  };
}
