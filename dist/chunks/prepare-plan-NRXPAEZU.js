import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareAwsPlan,
  refreshAwsPlan
} from "./chunk-BTE7DNO3.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-JFGDYTOG.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-FLXR3R2L.js";
import "./chunk-UGSVSN4Q.js";
import "./chunk-GDZ64OS2.js";
import "./chunk-NV4PNK2S.js";
import "./chunk-YVOF3DXM.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareAwsPlan,
  refreshAwsPlan
};
