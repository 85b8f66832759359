import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  APP_CONFIG_PATH,
  DEFAULT_MANIFEST_PATH,
  MAX_CONFIG_BYTES,
  parseAppConfig
} from "./chunk-5BZOW744.js";
import {
  readManifest
} from "./chunk-EFAHECC7.js";
import "./chunk-SBUXJA52.js";
import {
  readRegularFile
} from "./chunk-JD6MCHYC.js";
import {
  terminalLines
} from "./chunk-GPW2CHHQ.js";
import "./chunk-SRQPVIDI.js";
import "./chunk-A54FERCJ.js";
import "./chunk-A7NF7W6Z.js";
import {
  revealInvisible
} from "./chunk-4OQQTHGJ.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";

// cli/list-manifests-command.ts
import { parseArgs } from "node:util";
import { resolve } from "node:path";

// core/manifest/find-shared-accounts.ts
function findSharedAccounts(manifests) {
  let count = /* @__PURE__ */ new Map();
  for (let manifest of manifests)
    for (let account of manifest.accounts) count.set(account, (count.get(account) ?? 0) + 1);
  return [...count].filter(([, manifestsWithIt]) => manifestsWithIt > 1).map(([account]) => account).sort();
}

// core/manifest/list-manifest-placement.ts
function listManifestPlacement(desired) {
  let accounts = /* @__PURE__ */ new Set(), regions = /* @__PURE__ */ new Set();
  for (let key of desired.keys) {
    accounts.add(key.account), regions.add(key.region);
    for (let replica of key.replicaRegions) regions.add(replica);
  }
  return {
    accounts: [...accounts].sort(),
    regions: [...regions].sort(),
    keys: desired.keys.length
  };
}

// core/render/render-manifest-list-json.ts
function renderManifestListJson(manifests) {
  let sorted = [...manifests].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0), accountSet = (manifest) => manifest.accounts.length === 0 ? "no-account" : manifest.accounts.join("-"), users = /* @__PURE__ */ new Map();
  for (let manifest of sorted)
    users.set(accountSet(manifest), (users.get(accountSet(manifest)) ?? 0) + 1);
  return {
    format_version: 1,
    manifests: sorted.map((manifest) => {
      let set = accountSet(manifest), { path, accounts, regions, keys, valid } = manifest;
      return {
        path,
        accounts,
        regions,
        keys,
        valid,
        concurrency_group: users.get(set) === 1 ? set : `${set}-${path}`
      };
    })
  };
}

// adapters/fs/find-files-named.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var SKIPPED_DIRECTORY = (name) => name.startsWith(".") || name === "node_modules";
async function findFilesNamed(root, name, limits) {
  let paths = [], visited = 0, pending = [{ relative: "", depth: 0 }];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    let entries;
    try {
      entries = await readdir(join(root, next.relative), { withFileTypes: !0 });
    } catch (error) {
      if (isErrno(error, "ENOENT") || isErrno(error, "EACCES")) continue;
      throw error;
    }
    if (visited += entries.length, visited > limits.maxEntries)
      return { kind: "too-many-entries", visited, limit: limits.maxEntries };
    for (let entry of entries) {
      let relative = next.relative === "" ? entry.name : `${next.relative}/${entry.name}`;
      entry.isSymbolicLink() || (entry.isFile() && entry.name === name ? paths.push(relative) : entry.isDirectory() && !SKIPPED_DIRECTORY(entry.name) && next.depth < limits.maxDepth && pending.push({ relative, depth: next.depth + 1 }));
    }
  }
  return { kind: "found", paths: paths.sort() };
}
function isErrno(error, code) {
  return error instanceof Error && "code" in error && error.code === code;
}

// cli/find-repository-manifests.ts
var MAX_MATRIX_JOBS = 256, MANIFEST_SEARCH_LIMITS = { maxDepth: 16, maxEntries: 2e5 };
async function findRepositoryManifests(root) {
  let problems = [], found = await findFilesNamed(root, DEFAULT_MANIFEST_PATH, MANIFEST_SEARCH_LIMITS);
  found.kind === "too-many-entries" && problems.push(
    `the search for ${DEFAULT_MANIFEST_PATH} files stopped after ${found.limit} directory entries (${found.visited} seen): list the manifests in ${APP_CONFIG_PATH} (manifests: [...]) and run from a smaller checkout`
  );
  let paths = new Set(found.kind === "found" ? found.paths : []), config = await readRegularFile(root, APP_CONFIG_PATH, MAX_CONFIG_BYTES);
  switch (config.kind) {
    case "missing":
      break;
    case "symlink":
      problems.push(
        `${APP_CONFIG_PATH} must be a regular file, but ${config.path} is a symbolic link`
      );
      break;
    case "not-a-file":
      problems.push(`${APP_CONFIG_PATH} must be a regular file, got a ${config.type}`);
      break;
    case "too-large":
      problems.push(
        `${APP_CONFIG_PATH} is ${config.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit`
      );
      break;
    case "file": {
      let parsed = parseAppConfig(new TextDecoder().decode(config.content), {
        maxManifests: MAX_MATRIX_JOBS
      });
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        break;
      }
      for (let path of parsed.manifests)
        paths.add(
          path.split("/").filter((part) => part !== "" && part !== ".").join("/")
        );
    }
  }
  return { paths: [...paths].sort(), problems };
}

// cli/list-manifests-command.ts
var LIST_MANIFESTS_HELP = `Usage: kms-action list-manifests [--json] [--root <dir>]

Lists the manifests of a repository checkout with the accounts and Regions of their keys,
for a GitHub Actions matrix (one job per manifest, one concurrency group per account set).
Manifests: every file named kms.yaml (symbolic links never followed; hidden directories
and node_modules skipped) plus the paths .github/kms-action.yml lists. No AWS calls.

Options:
      --json           one line of JSON for $GITHUB_OUTPUT and fromJSON (docs/json-output.md)
      --root <dir>     the repository root (default: the working directory)
  -h, --help           show this help

Exit codes: 0 listed (a manifest that does not compile is listed with "valid": false),
2 the list cannot be trusted (a listed manifest missing or behind a symbolic link, an
invalid .github/kms-action.yml, a checkout too large to search) or usage.
`;
async function listManifestsCommand(args, io) {
  let { values } = parseArgs({
    args,
    options: {
      json: { type: "boolean" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(LIST_MANIFESTS_HELP), 0;
  let root = resolve(io.cwd, values.root ?? "."), found = await findRepositoryManifests(root), problems = [...found.problems], manifests = [];
  for (let path of found.paths) {
    let read = await readRegularFile(root, path, 1048576);
    if (read.kind === "missing") problems.push(`manifest ${path} does not exist`);
    else if (read.kind === "symlink")
      problems.push(
        `manifest ${path} is reached through the symbolic link ${read.path}: list the file itself`
      );
    else if (read.kind === "not-a-file")
      problems.push(`manifest ${path} is a ${read.type}, not a file`);
    else if (read.kind === "too-large") manifests.push(invalid(path));
    else {
      let result = readManifest(path, read.content, { repository: "local", manifestPath: path });
      manifests.push(
        result.ok ? { path, valid: !0, ...listManifestPlacement(result.desired) } : invalid(path)
      );
    }
  }
  if (problems.length > 0)
    return io.stderr(
      terminalLines([
        `kms-action: cannot list the manifests of ${root}:`,
        ...problems.map((problem) => `  - ${problem}`),
        "Run 'kms-action --help' for usage."
      ])
    ), 2;
  let json = renderManifestListJson(manifests);
  values.json === !0 ? io.stdout(`${JSON.stringify(json)}
`) : io.stdout(renderText(json));
  for (let manifest of json.manifests.filter((entry) => !entry.valid))
    io.stderr(
      `${revealInvisible(`kms-action: ${manifest.path} does not compile: its job will report the errors (kms-action validate -f ${manifest.path})`)}
`
    );
  let shared = findSharedAccounts(manifests);
  return shared.length > 0 && io.stderr(
    `kms-action: account${shared.length === 1 ? "" : "s"} ${shared.join(", ")} ${shared.length === 1 ? "has" : "have"} keys in more than one manifest: their jobs are in separate concurrency groups and can call the account at the same time, sharing its API quotas; one manifest per account keeps jobs apart
`
  ), json.manifests.length > MAX_MATRIX_JOBS && io.stderr(
    `kms-action: ${json.manifests.length} manifests, but a matrix makes at most ${MAX_MATRIX_JOBS} jobs: split them over several matrix jobs
`
  ), 0;
}
function invalid(path) {
  return { path, valid: !1, accounts: [], regions: [], keys: 0 };
}
function renderText(json) {
  return json.manifests.length === 0 ? `No manifests found.
` : `${json.manifests.map(
    (manifest) => revealInvisible(
      manifest.valid ? `${manifest.path}  accounts: ${manifest.accounts.join(", ") || "-"}  regions: ${manifest.regions.join(", ") || "-"}  (${manifest.keys} key${manifest.keys === 1 ? "" : "s"})` : `${manifest.path}  (does not compile)`
    )
  ).join(`
`)}
`;
}
export {
  LIST_MANIFESTS_HELP,
  listManifestsCommand
};
