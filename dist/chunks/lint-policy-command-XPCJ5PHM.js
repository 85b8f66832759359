import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
} from "./chunk-YXPHZGAA.js";
import "./chunk-SO5Y4AU6.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-EI2BIT7Y.js";
import "./chunk-SSO2AXK6.js";
import "./chunk-BFVUAMJO.js";
import "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-H6325ISR.js";
import "./chunk-PRNXWMLY.js";
import "./chunk-PLSQTK65.js";
import "./chunk-LRLGX7QA.js";
import "./chunk-EREDVAD6.js";
import "./chunk-4NPQGR3W.js";
import "./chunk-5PJNXYGC.js";
import "./chunk-A54FERCJ.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-JV3QVPE7.js";
import "./chunk-JIONHZ52.js";
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
