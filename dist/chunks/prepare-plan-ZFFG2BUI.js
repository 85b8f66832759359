import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareAwsPlan,
  refreshAwsPlan
} from "./chunk-7WOBNM5X.js";
import "./chunk-QYQBAT5I.js";
import "./chunk-Z6BMR5W3.js";
import "./chunk-F4I5NE37.js";
import "./chunk-BYMTJQAP.js";
import "./chunk-WFPUOJIX.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareAwsPlan,
  refreshAwsPlan
};
