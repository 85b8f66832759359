import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
} from "./chunk-XSTHUW5T.js";
import "./chunk-R7IQ3CKL.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-EI2BIT7Y.js";
import "./chunk-JBQ5A2OZ.js";
import "./chunk-BFVUAMJO.js";
import "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-N7WOB3MB.js";
import "./chunk-HUXCVKPI.js";
import "./chunk-6Y5XOGPD.js";
import "./chunk-HO3EIDBU.js";
import "./chunk-LQCUPP2J.js";
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
