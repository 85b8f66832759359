import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareAwsPlan,
  refreshAwsPlan
} from "./chunk-WD6DKTZV.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-5P64OQSS.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-6LF7ZLXS.js";
import "./chunk-LY65QLHB.js";
import "./chunk-GDZ64OS2.js";
import "./chunk-NBKIKN3I.js";
import "./chunk-FHJPTY4B.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareAwsPlan,
  refreshAwsPlan
};
