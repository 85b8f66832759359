import { GLOBAL_CONDITION_KEYS, type ConditionKeyType } from './global-condition-keys.ts';
import kmsIamData from './kms-iam-data.json' with { type: 'json' };

export interface KnownConditionKey {
  /** The documented name, templated part kept: `kms:EncryptionContext:${EncryptionContextKey}`. */
  key: string;
  type: ConditionKeyType;
  /** Multi-valued keys (`kms:EncryptionContextKeys`, `aws:TagKeys`) need `ForAnyValue`/`ForAllValues`. */
  multiValued: boolean;
}

interface Entry {
  key: string;
  type: ConditionKeyType;
}

const exact = new Map<string, Entry>();
const templated: { prefix: string; entry: Entry }[] = [];

for (const [key, type] of [
  ...Object.entries(GLOBAL_CONDITION_KEYS),
  ...kmsIamData.conditionKeys.map((condition) => [condition.key, condition.type] as const),
]) {
  const entry: Entry = { key, type: type as ConditionKeyType };
  const template = key.indexOf('${');
  if (template >= 0) templated.push({ prefix: key.slice(0, template).toLowerCase(), entry });
  else exact.set(key.toLowerCase(), entry);
}

/** Every documented key a KMS request can carry, templated ones as `aws:PrincipalTag/${TagKey}`. */
export const CONDITION_KEY_NAMES: readonly string[] = [
  ...[...exact.values()].map((entry) => entry.key),
  ...templated.map(({ entry }) => entry.key),
];

/**
 * The documented condition key a policy's key refers to (condition key names are
 * case-insensitive), including templated ones such as `kms:EncryptionContext:project` or
 * `aws:PrincipalTag/team`; `undefined` for keys that KMS requests never carry.
 */
export function findConditionKey(key: string): KnownConditionKey | undefined {
  const lower = key.toLowerCase();
  const entry =
    exact.get(lower) ??
    templated.find(({ prefix }) => lower.startsWith(prefix) && lower.length > prefix.length)?.entry;
  if (entry === undefined) return undefined;
  return { key: entry.key, type: entry.type, multiValued: entry.type.startsWith('ArrayOf') };
}
