import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// adapters/process/limit-young-generation.ts
import { setFlagsFromString } from "node:v8";
var SIZING_FLAG = /^--(?:max[-_]semi[-_]space[-_]size|min[-_]semi[-_]space[-_]size|semi[-_]space[-_]growth[-_]factor)(?:=|$)/;
function limitYoungGeneration(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS) {
  return [
    ...execArgv,
    ...(nodeOptions ?? "").split(/\s+/).map((flag) => flag.replace(/^["']|["']$/g, ""))
  ].some((flag) => SIZING_FLAG.test(flag)) ? !1 : (setFlagsFromString("--semi-space-growth-factor=1"), !0);
}

export {
  limitYoungGeneration
};
