import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareRolePlan
} from "./chunk-NJH3TTNF.js";
import "./chunk-DCH6RVE7.js";
import "./chunk-3EQ7SXB4.js";
import "./chunk-TLVXSEWW.js";
import "./chunk-BIT5ZYAF.js";
import "./chunk-BNOJHT2F.js";
import "./chunk-KV4KW7Z2.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-RBHAPDBG.js";
import "./chunk-S4JGLEPT.js";
import "./chunk-GDZ64OS2.js";
import "./chunk-ERD5ZMZD.js";
import "./chunk-K734PVPB.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareRolePlan
};
