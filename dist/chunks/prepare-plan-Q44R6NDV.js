import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareAwsPlan,
  refreshAwsPlan
} from "./chunk-2TF6NLBZ.js";
import "./chunk-QYQBAT5I.js";
import "./chunk-WY6UKV3D.js";
import "./chunk-F4I5NE37.js";
import "./chunk-BYMTJQAP.js";
import "./chunk-B5XMJ75P.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareAwsPlan,
  refreshAwsPlan
};
