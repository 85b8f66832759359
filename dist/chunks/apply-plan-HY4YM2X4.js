import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  applyPlan
} from "./chunk-LSYHAATS.js";
import "./chunk-F4I5NE37.js";
import "./chunk-BYMTJQAP.js";
import "./chunk-RM4GAYQ3.js";
import "./chunk-B5XMJ75P.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-BTB2OLG5.js";
export {
  applyPlan
};
