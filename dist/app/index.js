import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-CZEVE7F4.js";
import "../chunks/chunk-5BZOW744.js";
import "../chunks/chunk-MGOT42HD.js";
import "../chunks/chunk-F2SUTSNJ.js";
import "../chunks/chunk-HH6VCJ65.js";
import "../chunks/chunk-N5XFL46V.js";
import "../chunks/chunk-A4JPLLK3.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-GNUHT7F6.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-7J6WFNQB.js";
import "../chunks/chunk-67NWA6VW.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-P6QZPTO3.js";
import "../chunks/chunk-EFAHECC7.js";
import "../chunks/chunk-G5JIHOCA.js";
import "../chunks/chunk-TJWVZCXE.js";
import "../chunks/chunk-BDFDA2XX.js";
import "../chunks/chunk-EUYH6NZ5.js";
import "../chunks/chunk-JQODEOEG.js";
import "../chunks/chunk-LRLGX7QA.js";
import "../chunks/chunk-SRQPVIDI.js";
import "../chunks/chunk-II7W7C4Z.js";
import "../chunks/chunk-5PJNXYGC.js";
import "../chunks/chunk-A54FERCJ.js";
import "../chunks/chunk-A7NF7W6Z.js";
import "../chunks/chunk-JV3QVPE7.js";
import "../chunks/chunk-4OQQTHGJ.js";
import "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
