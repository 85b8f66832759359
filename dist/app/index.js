import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-47DN3V2I.js";
import "../chunks/chunk-OVDKAXIS.js";
import "../chunks/chunk-KZLDPX3M.js";
import "../chunks/chunk-QYQBAT5I.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-4HHCXEZK.js";
import "../chunks/chunk-4X3D5UCH.js";
import "../chunks/chunk-F4I5NE37.js";
import "../chunks/chunk-BYMTJQAP.js";
import "../chunks/chunk-ZOL3HBZT.js";
import "../chunks/chunk-EDVTHPPR.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
