import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareRolePlan
} from "./chunk-ODLHYEZR.js";
import "./chunk-JV3DINU2.js";
import "./chunk-AYFF7TSP.js";
import "./chunk-GNUHT7F6.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-7J6WFNQB.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-G5JIHOCA.js";
import "./chunk-TJWVZCXE.js";
import "./chunk-BDFDA2XX.js";
import "./chunk-II7W7C4Z.js";
import "./chunk-5PJNXYGC.js";
import "./chunk-A54FERCJ.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-JV3QVPE7.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareRolePlan
};
