import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// adapters/fs/read-regular-file.ts
import { constants } from "node:fs";
import { lstat, open } from "node:fs/promises";
import { join } from "node:path";
async function readRegularFile(root, relativePath, maxBytes) {
  let parts = relativePath.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.length === 0) return { kind: "not-a-file", type: "directory" };
  let absolute = root;
  for (let [index, part] of parts.entries()) {
    absolute = join(absolute, part);
    let info;
    try {
      info = await lstat(absolute);
    } catch (error) {
      if (isMissing(error)) return { kind: "missing" };
      throw error;
    }
    if (info.isSymbolicLink())
      return { kind: "symlink", path: parts.slice(0, index + 1).join("/") };
    let last = index === parts.length - 1;
    if (!last && !info.isDirectory()) return { kind: "missing" };
    if (last && !info.isFile()) return { kind: "not-a-file", type: fileTypeOf(info) };
  }
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    if (isErrno(error, "ELOOP")) return { kind: "symlink", path: parts.join("/") };
    if (isMissing(error)) return { kind: "missing" };
    throw error;
  }
  try {
    let info = await handle.stat();
    if (!info.isFile()) return { kind: "not-a-file", type: fileTypeOf(info) };
    if (info.size > maxBytes) return { kind: "too-large", size: info.size };
    let buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1), length = 0;
    for (; ; ) {
      let { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      if (length += bytesRead, length === buffer.length) {
        if (length > maxBytes) return { kind: "too-large", size: (await handle.stat()).size };
        break;
      }
    }
    return { kind: "file", content: buffer.slice(0, length) };
  } finally {
    await handle.close();
  }
}
var platform = constants, NO_FOLLOW = platform.O_NOFOLLOW ?? 0, NON_BLOCK = platform.O_NONBLOCK ?? 0;
function fileTypeOf(info) {
  return info.isDirectory() ? "directory" : info.isFIFO() ? "FIFO" : info.isSocket() ? "socket" : info.isCharacterDevice() ? "character device" : info.isBlockDevice() ? "block device" : "special file";
}
function isMissing(error) {
  return isErrno(error, "ENOENT") || isErrno(error, "ENOTDIR");
}
function isErrno(error, code) {
  return error instanceof Error && "code" in error && error.code === code;
}

export {
  readRegularFile
};
