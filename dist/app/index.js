import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-I7RZNPPX.js";
import "../chunks/chunk-U2RK6JQO.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-CIQER4FM.js";
import "../chunks/chunk-O2ZV2RV4.js";
import "../chunks/chunk-47L2FQQ6.js";
import "../chunks/chunk-AW6JWBT3.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-BTE7DNO3.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-JFGDYTOG.js";
import "../chunks/chunk-RY7FEIKO.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-FLXR3R2L.js";
import "../chunks/chunk-UGSVSN4Q.js";
import "../chunks/chunk-DCNAF5DO.js";
import "../chunks/chunk-VHSQRDKW.js";
import "../chunks/chunk-TLTQXDV6.js";
import "../chunks/chunk-GDZ64OS2.js";
import "../chunks/chunk-JVMOQMZE.js";
import "../chunks/chunk-4FOUHYAY.js";
import "../chunks/chunk-S7XVI3TO.js";
import "../chunks/chunk-KLWMBLEF.js";
import "../chunks/chunk-NV4PNK2S.js";
import "../chunks/chunk-YVOF3DXM.js";
import "../chunks/chunk-JSEXNFQO.js";
import "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
