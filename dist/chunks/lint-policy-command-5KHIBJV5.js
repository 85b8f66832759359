import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
} from "./chunk-OMN4XT66.js";
import "./chunk-R7IQ3CKL.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-EI2BIT7Y.js";
import "./chunk-27L2DLV2.js";
import "./chunk-BFVUAMJO.js";
import "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-PH22LD5N.js";
import "./chunk-XHXOBLJC.js";
import "./chunk-APO53WIG.js";
import "./chunk-52RAXKPE.js";
import "./chunk-XZH2DBN7.js";
import "./chunk-LTUZODK2.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-OXRK6FS4.js";
import "./chunk-BTB2OLG5.js";
export {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
};
