import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-7FJC766C.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-M6NUIOBZ.js";
import "../chunks/chunk-SYSWJXOR.js";
import "../chunks/chunk-WUA73PKS.js";
import "../chunks/chunk-F4I5NE37.js";
import "../chunks/chunk-QYQBAT5I.js";
import "../chunks/chunk-AHARAJSB.js";
import "../chunks/chunk-O2GON2TM.js";
import "../chunks/chunk-3EQ7SXB4.js";
import "../chunks/chunk-NHXHU6JS.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-BYMTJQAP.js";
import "../chunks/chunk-DFQM77SO.js";
import "../chunks/chunk-6AMXRTES.js";
import "../chunks/chunk-A7NF7W6Z.js";
import "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
