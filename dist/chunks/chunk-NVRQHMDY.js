import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  manifestTooLargeProblem
} from "./chunk-EFAHECC7.js";
import {
  readRegularFile
} from "./chunk-JD6MCHYC.js";
import {
  ManifestError,
  UsageError,
  errorMessage
} from "./chunk-OXRK6FS4.js";

// adapters/fs/read-manifest-file.ts
import { basename, dirname as dirname2, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// adapters/fs/find-repository-root.ts
import { lstat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var MAX_GIT_FILE_BYTES = 4096;
async function findRepositoryRoot(absoluteFile, env) {
  let start = dirname(absoluteFile);
  for (let directory = start; ; ) {
    if (await isRoot(join(directory, ".git"))) return { directory, source: "git" };
    let parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  let workspace = env.GITHUB_WORKSPACE;
  return workspace !== void 0 && isAbsolute(workspace) && isInside(workspace, absoluteFile) ? { directory: workspace, source: "workspace" } : { directory: start, source: "manifest-directory" };
}
function isInside(directory, file) {
  let path = relative(directory, file);
  return path !== "" && path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}
async function isRoot(gitPath) {
  let info;
  try {
    info = await lstat(gitPath);
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return !1;
    throw error;
  }
  if (!info.isFile()) return !0;
  let read = await readRegularFile(dirname(gitPath), ".git", MAX_GIT_FILE_BYTES), first = ((read.kind === "file" ? new TextDecoder().decode(read.content) : "").split(`
`, 1)[0] ?? "").trim(), gitdir = first.startsWith("gitdir:") ? first.slice(7).trim() : "";
  if (gitdir === "")
    throw new Error(
      `${gitPath} is neither a directory nor a file of the form \`gitdir: <path>\` (as git writes for a worktree or a submodule), so the repository root is unknown; check the checkout`
    );
  let portable = gitdir.replace(/\\/g, "/"), segments = portable.split("/");
  return segments.at(-2) === "worktrees" && await exists(resolve(dirname(gitPath), portable, "commondir")) ? !0 : !segments.includes("modules");
}
async function exists(path) {
  try {
    return await lstat(path), !0;
  } catch {
    return !1;
  }
}

// adapters/fs/read-manifest-file.ts
async function readManifestFile(file, cwd, env, fileOption) {
  let absolute = resolve2(cwd, file), fromCwd = relative2(cwd, absolute).split(sep2).join("/"), inside = fromCwd !== "" && !fromCwd.startsWith("../") && !isAbsolute2(fromCwd), [root, path] = inside ? [cwd, fromCwd] : [dirname2(absolute), basename(absolute)], read, repositoryRoot;
  try {
    repositoryRoot = await findRepositoryRoot(absolute, env), read = await readRegularFile(root, path, 1048576);
  } catch (error) {
    throw new UsageError(`cannot read manifest ${file}: ${errorMessage(error)}`);
  }
  switch (read.kind) {
    case "missing":
      throw new UsageError(
        `manifest ${file} not found (working directory ${cwd}); pass its path with ${fileOption}`
      );
    case "symlink":
      throw new UsageError(
        `manifest ${file} must be a regular file reached without a symbolic link, but ${read.path} is a symbolic link: a link could point at any file of the machine. Pass the path of the file itself with ${fileOption}`
      );
    case "not-a-file":
      throw new UsageError(
        read.type === "directory" ? `${file} is a directory; pass the manifest file with ${fileOption}, e.g. ${file}/kms.yaml` : `manifest ${file} must be a regular file, got a ${read.type}; pass the manifest file with ${fileOption}`
      );
    case "too-large":
      throw new ManifestError([manifestTooLargeProblem(file, read.size)]);
    case "file":
      return {
        file,
        manifestPath: relative2(repositoryRoot.directory, absolute).split(sep2).join("/"),
        repositoryRoot,
        content: read.content,
        text: new TextDecoder().decode(read.content)
      };
  }
}

export {
  readManifestFile
};
