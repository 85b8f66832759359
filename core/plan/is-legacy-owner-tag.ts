/** Longest `kms-action:manifest` value compared: AWS tag values hold at most 256 characters. */
const MAX_TAG_VALUE = 256;

/**
 * Whether `tag`, another manifest's `kms-action:manifest` value, may be this manifest's own
 * value as kms-action wrote it before the path became repository-relative: `<repository>/<path relative to the working
 * directory>` instead of relative to the repository root. Run from `infra/`, the manifest
 * `infra/kms.yaml` was tagged `<repository>/kms.yaml`; from `tools/`, `<repository>/../infra/kms.yaml`;
 * from above the checkout, `<repository>/checkout/infra/kms.yaml`. So: the same repository, and,
 * once leading `../` and `./` segments are dropped, one path is the other's tail, segment by
 * segment. Such a key is reported, never taken over: another manifest of the repository
 * (`kms.yaml` at the root next to `infra/kms.yaml`) can own a key of that value as well.
 */
export function isLegacyOwnerTag(owner: string, repository: string, tag: string): boolean {
  const prefix = `${repository}/`;
  if (tag === owner || tag.length > MAX_TAG_VALUE || !tag.startsWith(prefix)) return false;
  if (!owner.startsWith(prefix)) return false;
  const ours = owner.slice(prefix.length).split('/');
  const theirs = tag.slice(prefix.length).split('/');
  let start = 0;
  while (theirs[start] === '..' || theirs[start] === '.') start += 1;
  const rest = theirs.slice(start);
  const shorter = Math.min(rest.length, ours.length);
  if (shorter === 0) return false;
  for (let index = 1; index <= shorter; index += 1) {
    if (rest[rest.length - index] !== ours[ours.length - index]) return false;
  }
  return true;
}
