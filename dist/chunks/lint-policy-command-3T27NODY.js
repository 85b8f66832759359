import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  ALL_RULE_METADATA,
  LINT_POLICY_HELP,
  findingsSarifText,
  lintPolicyCommand,
  parseFailOn,
  useColor
} from "./chunk-7CAFNBIM.js";
import "./chunk-R7IQ3CKL.js";
import "./chunk-GAWI2FNZ.js";
import "./chunk-SBUXJA52.js";
import "./chunk-EI2BIT7Y.js";
import "./chunk-PUJWH3HI.js";
import "./chunk-BFVUAMJO.js";
import "./chunk-RM26PBYQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-2NWXIFTJ.js";
import "./chunk-AUAWH2WI.js";
import "./chunk-FCQEN57T.js";
import "./chunk-ST6G34OW.js";
import "./chunk-ERD5ZMZD.js";
import "./chunk-K734PVPB.js";
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
