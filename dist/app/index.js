import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-IUSATGTB.js";
import "../chunks/chunk-PBYIQX7G.js";
import "../chunks/chunk-TSKEAYCH.js";
import "../chunks/chunk-AHM7TMRN.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
