import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareAwsPlan,
  refreshAwsPlan
} from "./chunk-KZLDPX3M.js";
import "./chunk-QYQBAT5I.js";
import "./chunk-4X3D5UCH.js";
import "./chunk-F4I5NE37.js";
import "./chunk-BYMTJQAP.js";
import "./chunk-EDVTHPPR.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareAwsPlan,
  refreshAwsPlan
};
