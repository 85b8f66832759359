import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
} from "./chunk-CL3W2FLR.js";
import "./chunk-R7IQ3CKL.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-EI2BIT7Y.js";
import "./chunk-5TA5NQ7V.js";
import "./chunk-BFVUAMJO.js";
import "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-3WSOB2ZG.js";
import "./chunk-GDJDKIZY.js";
import "./chunk-PVIXUV46.js";
import "./chunk-HO3EIDBU.js";
import "./chunk-3WNA67ZV.js";
import "./chunk-YVOF3DXM.js";
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
