import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-DSKEER7Q.js";
import "../chunks/chunk-L2VTJ4JA.js";
import "../chunks/chunk-N3QTDBXI.js";
import "../chunks/chunk-AHM7TMRN.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
