import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  limitYoungGeneration
} from "./chunk-3D4EQ6ZF.js";
import "./chunk-BTB2OLG5.js";
export {
  limitYoungGeneration
};
