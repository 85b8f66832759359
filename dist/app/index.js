import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-J56TUQ3M.js";
import "../chunks/chunk-JLN27QYL.js";
import "../chunks/chunk-NV45KOS6.js";
import "../chunks/chunk-AHM7TMRN.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
