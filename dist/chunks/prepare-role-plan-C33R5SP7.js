import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  prepareRolePlan
} from "./chunk-6QVW7BAD.js";
import "./chunk-SYSWJXOR.js";
import "./chunk-WUA73PKS.js";
import "./chunk-F4I5NE37.js";
import "./chunk-QYQBAT5I.js";
import "./chunk-3EQ7SXB4.js";
import "./chunk-NHXHU6JS.js";
import "./chunk-VWFXGFL7.js";
import "./chunk-BYMTJQAP.js";
import "./chunk-6AMXRTES.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-BTB2OLG5.js";
export {
  prepareRolePlan
};
