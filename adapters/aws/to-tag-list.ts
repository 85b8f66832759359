/** Tags as KMS takes them (CreateKey, ReplicateKey, TagResource). */
export function toTagList(
  tags: Readonly<Record<string, string>>,
): { TagKey: string; TagValue: string }[] {
  return Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}
