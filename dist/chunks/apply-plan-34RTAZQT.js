import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  applyPlan
} from "./chunk-CPLVKA7X.js";
import "./chunk-F4I5NE37.js";
import "./chunk-O2GON2TM.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-BYMTJQAP.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-BTB2OLG5.js";
export {
  applyPlan
};
