import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-TYE7IOO7.js";
import "../chunks/chunk-HI5MHJYG.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-YY5ZZU2Q.js";
import "../chunks/chunk-CQEX6SXY.js";
import "../chunks/chunk-YUNDOCVV.js";
import "../chunks/chunk-NO7OYAF6.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-WD6DKTZV.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-5P64OQSS.js";
import "../chunks/chunk-RY7FEIKO.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-6LF7ZLXS.js";
import "../chunks/chunk-LY65QLHB.js";
import "../chunks/chunk-KJLWTOLN.js";
import "../chunks/chunk-YVUN5BEX.js";
import "../chunks/chunk-6HQ76LHH.js";
import "../chunks/chunk-GDZ64OS2.js";
import "../chunks/chunk-JFTALXVU.js";
import "../chunks/chunk-C7TG62JC.js";
import "../chunks/chunk-UCAAMFPD.js";
import "../chunks/chunk-25NWGOEL.js";
import "../chunks/chunk-NBKIKN3I.js";
import "../chunks/chunk-FHJPTY4B.js";
import "../chunks/chunk-JSEXNFQO.js";
import "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
