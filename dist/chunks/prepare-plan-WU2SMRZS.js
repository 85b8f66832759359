import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareAwsPlan,
  refreshAwsPlan
} from "./chunk-DIMZK2SM.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-EMA5YLG5.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-DS725E4R.js";
import "./chunk-GDZ64OS2.js";
import "./chunk-BDFDA2XX.js";
import "./chunk-CPC7E7YC.js";
import "./chunk-QSB7NCUL.js";
import "./chunk-A54FERCJ.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-JV3QVPE7.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareAwsPlan,
  refreshAwsPlan
};
