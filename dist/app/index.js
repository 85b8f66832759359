import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-ZRDQDNXU.js";
import "../chunks/chunk-QBYHG5X7.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-V7XBXMAM.js";
import "../chunks/chunk-AHM7TMRN.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
