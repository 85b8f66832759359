import { parseDocument } from 'yaml';

/** Where a repository configures the app, read at the base and at the head of a pull request. */
export const APP_CONFIG_PATH = '.github/kms-action.yml';
/** Checked when no configuration names manifests. */
export const DEFAULT_MANIFEST_PATH = 'kms.yaml';
/** Manifests one configuration may list: each costs API calls and a check run. */
export const MAX_MANIFESTS = 20;
/** A configuration file is a short list of paths. */
export const MAX_CONFIG_BYTES = 64 * 1024;

/** A relative path inside the repository: no `..`, no leading `/`, no control characters. */
const MANIFEST_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[\w.\-/ ]{1,255}$/;

export type AppConfig = { ok: true; manifests: string[] } | { ok: false; problems: string[] };

/**
 * Parses `.github/kms-action.yml`:
 * ```yaml
 * manifests: [kms.yaml, accounts/staging/kms.yaml]
 * ```
 * Every problem is reported with the rule and the bad value, never thrown. `maxManifests`:
 * the app checks at most MAX_MANIFESTS per pull request; `list-manifests` allows a matrix's worth.
 */
export function parseAppConfig(text: string, limits: { maxManifests?: number } = {}): AppConfig {
  const maxManifests = limits.maxManifests ?? MAX_MANIFESTS;
  const document = parseDocument(text, { strict: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map(
        (error) => `${APP_CONFIG_PATH} is not valid YAML: ${error.message.split('\n')[0] ?? ''}`,
      ),
    };
  }
  const data: unknown = document.toJS({ maxAliasCount: 10 });
  if (data === null || data === undefined) return { ok: true, manifests: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [`${APP_CONFIG_PATH} must be a mapping with a \`manifests\` list`],
    };
  }
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  for (const field of Object.keys(record)) {
    if (field !== 'manifests')
      problems.push(
        `unknown field \`${field}\` in ${APP_CONFIG_PATH}; the only field is \`manifests\``,
      );
  }
  const manifests = record['manifests'];
  if (manifests === undefined)
    return problems.length > 0 ? { ok: false, problems } : { ok: true, manifests: [] };
  if (!Array.isArray(manifests)) {
    problems.push(
      `\`manifests\` must be a list of paths, e.g. [kms.yaml], got ${typeName(manifests)}`,
    );
    return { ok: false, problems };
  }
  if (manifests.length > maxManifests) {
    problems.push(`\`manifests\` may list at most ${maxManifests} paths, got ${manifests.length}`);
  }
  const paths: string[] = [];
  for (const [index, entry] of manifests.entries()) {
    if (typeof entry !== 'string') {
      problems.push(`\`manifests[${index}]\` must be a path, got ${typeName(entry)}`);
    } else if (!MANIFEST_PATH.test(entry)) {
      problems.push(
        `\`manifests[${index}]\` must be a relative path inside the repository (letters, digits, \`_ . - / \`, no \`..\`), got '${entry.slice(0, 100)}'`,
      );
    } else if (!paths.includes(entry)) {
      paths.push(entry);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, manifests: paths };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}
