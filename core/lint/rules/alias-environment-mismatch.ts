import { listDeclaredAliases } from '../list-declared-aliases.ts';
import type { ManifestIssue, ManifestRule } from '../types.ts';

/** Common spellings of environment names, mapped to one name each. */
const ENVIRONMENT_SYNONYMS: Readonly<Record<string, string>> = {
  prod: 'production',
  prd: 'production',
  production: 'production',
  live: 'production',
  stage: 'staging',
  staging: 'staging',
  stg: 'staging',
  preprod: 'staging',
  dev: 'development',
  development: 'development',
  test: 'test',
  testing: 'test',
  tst: 'test',
  qa: 'qa',
  uat: 'uat',
  sandbox: 'sandbox',
  sbx: 'sandbox',
};

function normalize(environment: string): string {
  const lower = environment.toLowerCase();
  return ENVIRONMENT_SYNONYMS[lower] ?? lower;
}

/**
 * An alias names an environment (a word of the alias such as `prod`, `staging`, `dev`, or
 * any environment the manifest declares) other than the key's own environment.
 */
export const aliasEnvironmentMismatch: ManifestRule = {
  kind: 'manifest',
  id: 'alias-environment-mismatch',
  defaultSeverity: 'error',
  summary: "An alias names another environment than the key's.",
  rationale:
    "Applications find keys by alias. An alias `alias/prod-...` on a staging key (or the reverse) sends one environment's data to the other environment's key: production data encrypted under a key that staging roles can use, or production outages when the staging key is deleted.",
  help: "rename the alias after the key's environment, or correct the key's `environment`",
  practice: {
    title: 'One key per service x environment x compliance domain (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html',
  },
  check: (desired) => {
    const declared = new Set(
      desired.keys.flatMap((key) => (key.environment === undefined ? [] : [key.environment])),
    );
    const known = new Set([
      ...Object.keys(ENVIRONMENT_SYNONYMS),
      ...[...declared].map((environment) => environment.toLowerCase()),
    ]);
    return desired.keys.flatMap((key): ManifestIssue[] => {
      if (key.environment === undefined) return [];
      const own = normalize(key.environment);
      const environment = key.environment;
      return listDeclaredAliases(key).flatMap(({ aliases, path, replicaRegion }) =>
        aliases.flatMap((alias): ManifestIssue[] => {
          const words = alias
            .slice('alias/'.length)
            .toLowerCase()
            .split(/[-/_]+/);
          const other = words.find((word) => known.has(word) && normalize(word) !== own);
          if (other === undefined) return [];
          const owner =
            replicaRegion === undefined
              ? `key \`${key.name}\``
              : `the ${replicaRegion} replica of key \`${key.name}\``;
          return [
            {
              key: key.name,
              path,
              message: `alias \`${alias}\` names environment \`${other}\`, but ${owner} is in \`${environment}\``,
            },
          ];
        }),
      );
    });
  },
};
