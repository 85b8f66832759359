import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
} from "./chunk-OJ47MBSM.js";
import "./chunk-R7IQ3CKL.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-EI2BIT7Y.js";
import "./chunk-HPYVDDGT.js";
import "./chunk-BFVUAMJO.js";
import "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-JVMOQMZE.js";
import "./chunk-4FOUHYAY.js";
import "./chunk-S7XVI3TO.js";
import "./chunk-KLWMBLEF.js";
import "./chunk-NV4PNK2S.js";
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
