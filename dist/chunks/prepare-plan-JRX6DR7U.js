import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareAwsPlan,
  refreshAwsPlan
} from "./chunk-VIZ7DJEJ.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-ICKLTRII.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-B6AINTCF.js";
import "./chunk-LY65QLHB.js";
import "./chunk-GDZ64OS2.js";
import "./chunk-XZH2DBN7.js";
import "./chunk-LTUZODK2.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareAwsPlan,
  refreshAwsPlan
};
