import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-OH7XM74Q.js";
import "../chunks/chunk-SIWYNFBT.js";
import "../chunks/chunk-7WOBNM5X.js";
import "../chunks/chunk-QYQBAT5I.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-MNHV7P3I.js";
import "../chunks/chunk-Z6BMR5W3.js";
import "../chunks/chunk-F4I5NE37.js";
import "../chunks/chunk-BYMTJQAP.js";
import "../chunks/chunk-O2GON2TM.js";
import "../chunks/chunk-WFPUOJIX.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
