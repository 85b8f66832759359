import { listDeclaredAliases } from '../list-declared-aliases.ts';
import type { ManifestIssue, ManifestRule } from '../types.ts';

/** `alias/` then lower-case words of letters and digits, joined by `-` or `/`. */
const CONVENTIONAL_ALIAS = /^alias\/[a-z0-9]+(?:[-/][a-z0-9]+)*$/;

export const aliasNaming: ManifestRule = {
  kind: 'manifest',
  id: 'alias-naming',
  defaultSeverity: 'warning',
  summary: 'A key has no alias, or an alias that is not lower-case kebab-case.',
  rationale:
    'Applications should name a key by alias, never by key id: rotating to a new key is then retargeting the alias, with no code change. One spelling convention (`alias/<environment>-<service>-<purpose>`, lower case, `-` between words) keeps aliases predictable; alias names are case-sensitive, so `alias/Prod_S3` and `alias/prod-s3` are different aliases.',
  help: 'add `aliases: [alias/<environment>-<service>-<purpose>]` in lower case with `-` between words',
  practice: {
    title: 'Aliases as stable names (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html',
  },
  check: (desired) =>
    desired.keys.flatMap((key): ManifestIssue[] => {
      if (key.aliases.length === 0) {
        return [
          {
            key: key.name,
            path: ['keys', key.name],
            message: `key \`${key.name}\` has no alias: applications would have to use its key id`,
          },
        ];
      }
      // A replica without aliases is fine: applications in its Region may use the key's ARN
      // there, or an alias added later; only the aliases written are checked.
      return listDeclaredAliases(key).flatMap(({ aliases, path }) =>
        aliases
          .filter((alias) => !CONVENTIONAL_ALIAS.test(alias))
          .map((alias) => ({
            key: key.name,
            path,
            message: `alias \`${alias}\` is not lower-case kebab-case`,
            help: `rename it, e.g. \`${conventional(alias)}\` (add the new alias first, move applications, then remove the old one)`,
          })),
      );
    }),
};

function conventional(alias: string): string {
  const name = alias
    .slice('alias/'.length)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `alias/${name}`;
}
