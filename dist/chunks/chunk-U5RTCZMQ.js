import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-OXRK6FS4.js";

// cli/common-options.ts
function parseFormat(value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`--format must be one of ${allowed.join(", ")}, got '${value}'`);
}
function repositoryOf(option, env, optionName = "--repository") {
  let repository = option ?? env.GITHUB_REPOSITORY ?? "local";
  if (typeof repository != "string")
    throw new UsageError(`--repository must look like 'owner/name', got ${typeof repository}`);
  if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)?$/.test(repository))
    throw new UsageError(`${optionName} must look like 'owner/name', got '${repository}'`);
  return repository;
}

export {
  parseFormat,
  repositoryOf
};
