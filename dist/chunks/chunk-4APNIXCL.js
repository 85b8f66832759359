import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// adapters/process/limit-young-generation.ts
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
var SIZING_FLAG = /^--(?:max[-_]semi[-_]space[-_]size|min[-_]semi[-_]space[-_]size|semi[-_]space[-_]growth[-_]factor)(?:=|$)/, YOUNG_GENERATION_BYTES = 8 * 1024 * 1024, GROWTH_ALLOCATION_LIMIT_BYTES = 16 * 1024 * 1024;
function limitYoungGeneration(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS) {
  if ([
    ...execArgv,
    ...(nodeOptions ?? "").split(/\s+/).map((flag) => flag.replace(/^["']|["']$/g, ""))
  ].some((flag) => SIZING_FLAG.test(flag))) return !1;
  setFlagsFromString("--semi-space-growth-factor=2");
  try {
    growYoungGeneration();
  } finally {
    setFlagsFromString("--semi-space-growth-factor=1");
  }
  return !0;
}
function youngGenerationBytes() {
  return getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size;
}
function growYoungGeneration() {
  let kept = [];
  for (let allocated = 0; allocated < GROWTH_ALLOCATION_LIMIT_BYTES && (youngGenerationBytes() ?? YOUNG_GENERATION_BYTES) < YOUNG_GENERATION_BYTES; allocated += 1e3 * 32) {
    for (let index = 0; index < 1e3; index += 1) kept.push({ index });
    kept.length > 2e5 && (kept = []);
  }
}

export {
  YOUNG_GENERATION_BYTES,
  limitYoungGeneration,
  youngGenerationBytes
};
