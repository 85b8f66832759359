import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  app_default,
  kmsActionApp
} from "../chunks/chunk-TO24LEUT.js";
import "../chunks/chunk-3EQ3J2TQ.js";
import "../chunks/chunk-2TF6NLBZ.js";
import "../chunks/chunk-QYQBAT5I.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-HNICOPMN.js";
import "../chunks/chunk-WY6UKV3D.js";
import "../chunks/chunk-F4I5NE37.js";
import "../chunks/chunk-BYMTJQAP.js";
import "../chunks/chunk-RM4GAYQ3.js";
import "../chunks/chunk-B5XMJ75P.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-BTB2OLG5.js";
export {
  app_default as default,
  kmsActionApp
};
