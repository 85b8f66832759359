import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  YOUNG_GENERATION_BYTES,
  limitYoungGeneration,
  youngGenerationBytes
} from "./chunk-4APNIXCL.js";
import "./chunk-BTB2OLG5.js";
export {
  YOUNG_GENERATION_BYTES,
  limitYoungGeneration,
  youngGenerationBytes
};
