import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-ETIMKAYM.js";
import "../chunks/chunk-3SFLKTCH.js";
import "../chunks/chunk-C7KAV46N.js";
import "../chunks/chunk-AHM7TMRN.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
