import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-43LQMUVQ.js";
import "../chunks/chunk-42INJ4X3.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-TCU6CQGD.js";
import "../chunks/chunk-YL3V6WHC.js";
import "../chunks/chunk-47L2FQQ6.js";
import "../chunks/chunk-SH6LUJJI.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-VIZ7DJEJ.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-ICKLTRII.js";
import "../chunks/chunk-RY7FEIKO.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-B6AINTCF.js";
import "../chunks/chunk-LY65QLHB.js";
import "../chunks/chunk-MUDM75WN.js";
import "../chunks/chunk-TCM6GUXM.js";
import "../chunks/chunk-YKKJFINS.js";
import "../chunks/chunk-GDZ64OS2.js";
import "../chunks/chunk-PH22LD5N.js";
import "../chunks/chunk-XHXOBLJC.js";
import "../chunks/chunk-APO53WIG.js";
import "../chunks/chunk-52RAXKPE.js";
import "../chunks/chunk-XZH2DBN7.js";
import "../chunks/chunk-LTUZODK2.js";
import "../chunks/chunk-JSEXNFQO.js";
import "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
