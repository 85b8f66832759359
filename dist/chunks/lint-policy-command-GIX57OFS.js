import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
} from "./chunk-SCIVIPFZ.js";
import "./chunk-IEI46QYI.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-EI2BIT7Y.js";
import "./chunk-M4B4RJBN.js";
import "./chunk-BFVUAMJO.js";
import "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-XV5LI7TW.js";
import "./chunk-M27RS3TG.js";
import "./chunk-LXNROLER.js";
import "./chunk-BZZ7VMWE.js";
import "./chunk-CPC7E7YC.js";
import "./chunk-QSB7NCUL.js";
import "./chunk-A54FERCJ.js";
import "./chunk-JSEXNFQO.js";
import "./chunk-JV3QVPE7.js";
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
