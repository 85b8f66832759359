import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-PA5OIX72.js";
import "../chunks/chunk-HXU5HRPP.js";
import "../chunks/chunk-MGOT42HD.js";
import "../chunks/chunk-LMRPHUM7.js";
import "../chunks/chunk-I7DQEBZB.js";
import "../chunks/chunk-HVK6E5IJ.js";
import "../chunks/chunk-UCNNSK6Z.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-LLC5A6EU.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-GG4YGABY.js";
import "../chunks/chunk-67NWA6VW.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-XI5LTRTO.js";
import "../chunks/chunk-S47MGNBY.js";
import "../chunks/chunk-NICK7E4T.js";
import "../chunks/chunk-7UHYTYRV.js";
import "../chunks/chunk-BDFDA2XX.js";
import "../chunks/chunk-YXICCOND.js";
import "../chunks/chunk-NORJOEI3.js";
import "../chunks/chunk-RAN7QQDC.js";
import "../chunks/chunk-7HCURER7.js";
import "../chunks/chunk-CPC7E7YC.js";
import "../chunks/chunk-HF33O3YI.js";
import "../chunks/chunk-A54FERCJ.js";
import "../chunks/chunk-A7NF7W6Z.js";
import "../chunks/chunk-JV3QVPE7.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
