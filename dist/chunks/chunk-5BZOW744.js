import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-SRQPVIDI.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// app/parse-app-config.ts
var import_yaml = __toESM(require_dist(), 1), APP_CONFIG_PATH = ".github/kms-action.yml", DEFAULT_MANIFEST_PATH = "kms.yaml", MAX_MANIFESTS = 20, MAX_CONFIG_BYTES = 64 * 1024, MANIFEST_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[\w.\-/ ]{1,255}$/;
function parseAppConfig(text, limits = {}) {
  let maxManifests = limits.maxManifests ?? MAX_MANIFESTS, document = (0, import_yaml.parseDocument)(text, { strict: !0, uniqueKeys: !0 });
  if (document.errors.length > 0)
    return {
      ok: !1,
      problems: document.errors.map(
        (error) => `${APP_CONFIG_PATH} is not valid YAML: ${error.message.split(`
`)[0] ?? ""}`
      )
    };
  let data = document.toJS({ maxAliasCount: 10 });
  if (data == null) return { ok: !0, manifests: [] };
  if (typeof data != "object" || Array.isArray(data))
    return {
      ok: !1,
      problems: [`${APP_CONFIG_PATH} must be a mapping with a \`manifests\` list`]
    };
  let problems = [], record = data;
  for (let field of Object.keys(record))
    field !== "manifests" && problems.push(
      `unknown field \`${field}\` in ${APP_CONFIG_PATH}; the only field is \`manifests\``
    );
  let manifests = record.manifests;
  if (manifests === void 0)
    return problems.length > 0 ? { ok: !1, problems } : { ok: !0, manifests: [] };
  if (!Array.isArray(manifests))
    return problems.push(
      `\`manifests\` must be a list of paths, e.g. [kms.yaml], got ${typeName(manifests)}`
    ), { ok: !1, problems };
  manifests.length > maxManifests && problems.push(`\`manifests\` may list at most ${maxManifests} paths, got ${manifests.length}`);
  let paths = [];
  for (let [index, entry] of manifests.entries())
    typeof entry != "string" ? problems.push(`\`manifests[${index}]\` must be a path, got ${typeName(entry)}`) : MANIFEST_PATH.test(entry) ? paths.includes(entry) || paths.push(entry) : problems.push(
      `\`manifests[${index}]\` must be a relative path inside the repository (letters, digits, \`_ . - / \`, no \`..\`), got '${entry.slice(0, 100)}'`
    );
  return problems.length > 0 ? { ok: !1, problems } : { ok: !0, manifests: paths };
}
function typeName(value) {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value == "object" ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
}

export {
  APP_CONFIG_PATH,
  DEFAULT_MANIFEST_PATH,
  MAX_MANIFESTS,
  MAX_CONFIG_BYTES,
  parseAppConfig
};
