import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-YZZVZ3EA.js";
import "../chunks/chunk-JF2IKUMD.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-PXKJBMF6.js";
import "../chunks/chunk-AHM7TMRN.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
