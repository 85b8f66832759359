import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-QCJW5MCW.js";
import "../chunks/chunk-SWOOKLCB.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-7UQ75XYF.js";
import "../chunks/chunk-PUUSUJO2.js";
import "../chunks/chunk-CWYRR4XO.js";
import "../chunks/chunk-UQ64QWTW.js";
import "../chunks/chunk-DCH6RVE7.js";
import "../chunks/chunk-3EQ7SXB4.js";
import "../chunks/chunk-TLVXSEWW.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-BNOJHT2F.js";
import "../chunks/chunk-JAMP4WOP.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-RBHAPDBG.js";
import "../chunks/chunk-7PDCMRVM.js";
import "../chunks/chunk-NDXQVA3D.js";
import "../chunks/chunk-ZMV3RWWW.js";
import "../chunks/chunk-S4JGLEPT.js";
import "../chunks/chunk-GDZ64OS2.js";
import "../chunks/chunk-2NWXIFTJ.js";
import "../chunks/chunk-AUAWH2WI.js";
import "../chunks/chunk-FCQEN57T.js";
import "../chunks/chunk-ST6G34OW.js";
import "../chunks/chunk-ERD5ZMZD.js";
import "../chunks/chunk-K734PVPB.js";
import "../chunks/chunk-JSEXNFQO.js";
import "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
