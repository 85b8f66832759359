import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  applyPlan
} from "./chunk-6AWYJQAO.js";
import "./chunk-OYYC2BEA.js";
import "./chunk-RY7FEIKO.js";
import "./chunk-IEWPRWQS.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-GDZ64OS2.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";
export {
  applyPlan
};
