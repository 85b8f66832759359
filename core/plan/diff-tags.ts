import { OWNERSHIP_TAG_KEY, OWNERSHIP_TAG_MANIFEST } from '../manifest/desired-state.ts';

export interface TagDiff {
  set: Record<string, string>;
  remove: string[];
}

const OWNERSHIP = new Set([OWNERSHIP_TAG_MANIFEST, OWNERSHIP_TAG_KEY]);

/**
 * Tags to set and to remove so the live tags equal the desired ones. The ownership tags are
 * left out (adoption and creation set them); `aws:` tags belong to AWS and are never touched.
 */
export function diffTags(
  desired: Readonly<Record<string, string>>,
  live: Readonly<Record<string, string>>,
): TagDiff {
  const set: Record<string, string> = {};
  for (const [name, value] of Object.entries(desired)) {
    if (OWNERSHIP.has(name)) continue;
    if (live[name] !== value) set[name] = value;
  }
  const remove = Object.keys(live)
    .filter(
      (name) =>
        !OWNERSHIP.has(name) && !name.toLowerCase().startsWith('aws:') && !(name in desired),
    )
    .sort();
  return { set, remove };
}
