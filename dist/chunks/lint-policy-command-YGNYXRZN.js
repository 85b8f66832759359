import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
} from "./chunk-36HHVSN7.js";
import "./chunk-SO5Y4AU6.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-EI2BIT7Y.js";
import "./chunk-N3RWHZ77.js";
import "./chunk-BFVUAMJO.js";
import "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-H6325ISR.js";
import "./chunk-YXICCOND.js";
import "./chunk-NORJOEI3.js";
import "./chunk-RAN7QQDC.js";
import "./chunk-7HCURER7.js";
import "./chunk-CPC7E7YC.js";
import "./chunk-HF33O3YI.js";
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
