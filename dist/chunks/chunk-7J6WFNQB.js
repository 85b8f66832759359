import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  buildAccessMatrix,
  listOrganizationPrincipals
} from "./chunk-G5JIHOCA.js";
import {
  keyPropertyConditions,
  requestedKeyOf
} from "./chunk-TJWVZCXE.js";
import {
  AccessMatrixTooLargeError
} from "./chunk-BDFDA2XX.js";
import {
  toList
} from "./chunk-5PJNXYGC.js";
import {
  KMS_ACTIONS,
  accessMatrixActionsFor,
  canRotateAutomatically,
  findConditionKey,
  findDuplicateJsonKeys,
  matchWildcard,
  parseConditionOperator,
  parsePrincipal,
  partitionOf
} from "./chunk-A54FERCJ.js";
import {
  OWNERSHIP_TAG_KEY,
  OWNERSHIP_TAG_MANIFEST,
  isServicePrincipal
} from "./chunk-A7NF7W6Z.js";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    typeof options == "function" ? (callback = options, options = {}) : "callback" in options && (callback = options.callback);
    let oldString = this.castInput(oldStr, options), newString = this.castInput(newStr, options), oldTokens = this.removeEmpty(this.tokenize(oldString, options)), newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    let done = (value) => {
      if (value = this.postProcess(value, options), callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return;
      } else
        return value;
    }, newLen = newTokens.length, oldLen = oldTokens.length, editLength = 1, maxEditLength = newLen + oldLen;
    options.maxEditLength != null && (maxEditLength = Math.min(maxEditLength, options.maxEditLength));
    let maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : 1 / 0, abortAfterTimestamp = Date.now() + maxExecutionTime, bestPath = [{ oldPos: -1, lastComponent: void 0 }], newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen)
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    let minDiagonalToConsider = -1 / 0, maxDiagonalToConsider = 1 / 0, execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath, removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        removePath && (bestPath[diagonalPath - 1] = void 0);
        let canAdd = !1;
        if (addPath) {
          let addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        let canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos ? basePath = this.addToPath(addPath, !0, !1, 0, options) : basePath = this.addToPath(removePath, !1, !0, 1, options), newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options), basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen)
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || !0;
        bestPath[diagonalPath] = basePath, basePath.oldPos + 1 >= oldLen && (maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1)), newPos + 1 >= newLen && (minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1));
      }
      editLength++;
    };
    if (callback)
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp)
            return callback(void 0);
          execEditLength() || exec();
        }, 0);
      })();
    else
      for (; editLength <= maxEditLength && Date.now() <= abortAfterTimestamp; ) {
        let ret = execEditLength();
        if (ret)
          return ret;
      }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    let last = path.lastComponent;
    return last && !options.oneChangePerToken && last.added === added && last.removed === removed ? {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
    } : {
      oldPos: path.oldPos + oldPosInc,
      lastComponent: { count: 1, added, removed, previousComponent: last }
    };
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    let newLen = newTokens.length, oldLen = oldTokens.length, oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    for (; newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options); )
      newPos++, oldPos++, commonCount++, options.oneChangePerToken && (basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: !1, removed: !1 });
    return commonCount && !options.oneChangePerToken && (basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: !1, removed: !1 }), basePath.oldPos = oldPos, newPos;
  }
  equals(left, right, options) {
    return options.comparator ? options.comparator(left, right) : left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
  }
  removeEmpty(array) {
    let ret = [];
    for (let i = 0; i < array.length; i++)
      array[i] && ret.push(array[i]);
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return !1;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    let components = [], nextComponent;
    for (; lastComponent; )
      components.push(lastComponent), nextComponent = lastComponent.previousComponent, delete lastComponent.previousComponent, lastComponent = nextComponent;
    components.reverse();
    let componentLen = components.length, componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      let component = components[componentPos];
      if (component.removed)
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count)), oldPos += component.count;
      else {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            let oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          }), component.value = this.join(value);
        } else
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        newPos += component.count, component.added || (oldPos += component.count);
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments), this.tokenize = tokenize;
  }
  equals(left, right, options) {
    return options.ignoreWhitespace ? ((!options.newlineIsToken || !left.includes(`
`)) && (left = left.trim()), (!options.newlineIsToken || !right.includes(`
`)) && (right = right.trim())) : options.ignoreNewlineAtEof && !options.newlineIsToken && (left.endsWith(`
`) && (left = left.slice(0, -1)), right.endsWith(`
`) && (right = right.slice(0, -1))), super.equals(left, right, options);
  }
}, lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  options.stripTrailingCr && (value = value.replace(/\r\n/g, `
`));
  let retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  linesAndNewlines[linesAndNewlines.length - 1] || linesAndNewlines.pop();
  for (let i = 0; i < linesAndNewlines.length; i++) {
    let line = linesAndNewlines[i];
    i % 2 && !options.newlineIsToken ? retLines[retLines.length - 1] += line : retLines.push(line);
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++)
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\")
      return !0;
  return !1;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s))
    return s;
  let result = '"', bytes = new TextEncoder().encode(s), i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i];
    b === 7 ? result += "\\a" : b === 8 ? result += "\\b" : b === 9 ? result += "\\t" : b === 10 ? result += "\\n" : b === 11 ? result += "\\v" : b === 12 ? result += "\\f" : b === 13 ? result += "\\r" : b === 34 ? result += '\\"' : b === 92 ? result += "\\\\" : b >= 32 && b <= 126 ? result += String.fromCharCode(b) : result += "\\" + b.toString(8).padStart(3, "0"), i++;
  }
  return result += '"', result;
}
var INCLUDE_HEADERS = {
  includeIndex: !0,
  includeUnderline: !0,
  includeFileHeaders: !0
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  options ? typeof options == "function" ? optionsObj = { callback: options } : optionsObj = options : optionsObj = {}, typeof optionsObj.context > "u" && (optionsObj.context = 4);
  let context = optionsObj.context;
  if (optionsObj.newlineIsToken)
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  if (optionsObj.callback) {
    let { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      let patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  } else
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  function diffLinesResultToPatch(diff) {
    if (!diff)
      return;
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    let hunks = [], oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      let current = diff[i], lines = current.lines || splitLines(current.value);
      if (current.lines = lines, current.added || current.removed) {
        if (!oldRangeStart) {
          let prev = diff[i - 1];
          oldRangeStart = oldLine, newRangeStart = newLine, prev && (curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [], oldRangeStart -= curRange.length, newRangeStart -= curRange.length);
        }
        for (let line of lines)
          curRange.push((current.added ? "+" : "-") + line);
        current.added ? newLine += lines.length : oldLine += lines.length;
      } else {
        if (oldRangeStart)
          if (lines.length <= context * 2 && i < diff.length - 2)
            for (let line of contextLines(lines))
              curRange.push(line);
          else {
            let contextSize = Math.min(lines.length, context);
            for (let line of contextLines(lines.slice(0, contextSize)))
              curRange.push(line);
            let hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk), oldRangeStart = 0, newRangeStart = 0, curRange = [];
          }
        oldLine += lines.length, newLine += lines.length;
      }
    }
    for (let hunk of hunks)
      for (let i = 0; i < hunk.lines.length; i++)
        hunk.lines[i].endsWith(`
`) ? hunk.lines[i] = hunk.lines[i].slice(0, -1) : (hunk.lines.splice(i + 1, 0, "\\ No newline at end of file"), i++);
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (headerOptions || (headerOptions = INCLUDE_HEADERS), Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit))
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    return patch.map((p) => formatPatch(p, headerOptions)).join(`
`);
  }
  let ret = [];
  if (patch.isGit) {
    if (headerOptions = INCLUDE_HEADERS, !patch.oldFileName)
      throw new Error("oldFileName must be specified for Git patches");
    if (!patch.newFileName)
      throw new Error("newFileName must be specified for Git patches");
    let gitOldName = patch.oldFileName, gitNewName = patch.newFileName;
    patch.isCreate && gitOldName === "/dev/null" ? gitOldName = gitNewName.replace(/^b\//, "a/") : patch.isDelete && gitNewName === "/dev/null" && (gitNewName = gitOldName.replace(/^a\//, "b/")), ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName)), patch.isDelete && ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644")), patch.isCreate && ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644")), patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate && (ret.push("old mode " + patch.oldMode), ret.push("new mode " + patch.newMode)), patch.isRename && (ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, ""))), ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")))), patch.isCopy && (ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, ""))), ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, ""))));
  } else
    headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0 && ret.push("Index: " + patch.oldFileName), headerOptions.includeUnderline && ret.push("===================================================================");
  let hasHunks = patch.hunks.length > 0;
  headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks) && (ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : "")), ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : "")));
  for (let i = 0; i < patch.hunks.length; i++) {
    let hunk = patch.hunks[i], oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart, newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (let line of hunk.lines)
      ret.push(line);
  }
  return ret.join(`
`) + `
`;
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options == "function" && (options = { callback: options }), options?.callback) {
    let { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      callback(patchObj ? formatPatch(patchObj, options.headerOptions) : void 0);
    } }));
  } else {
    let patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    return patchObj ? formatPatch(patchObj, options?.headerOptions) : void 0;
  }
}
function splitLines(text) {
  let hasTrailingNl = text.endsWith(`
`), result = text.split(`
`).map((line) => line + `
`);
  return hasTrailingNl ? result.pop() : result.push(result.pop().slice(0, -1)), result;
}

// core/plan/diff-policy-text.ts
function diffPolicyText(before, after) {
  let beforeText = before === void 0 ? "" : `${JSON.stringify(before, null, 2)}
`, afterText = `${JSON.stringify(after, null, 2)}
`;
  return beforeText === afterText ? "" : createTwoFilesPatch(
    "live",
    "desired",
    beforeText,
    afterText,
    void 0,
    void 0,
    { context: 3 }
  ).split(`
`).filter((line) => !line.startsWith("Index:") && !line.startsWith("====")).join(`
`);
}

// core/plan/is-aws-grantee.ts
function isAwsGrantee(grantee) {
  if (isServicePrincipal(grantee)) return !0;
  let parsed = parsePrincipal(grantee);
  return parsed.kind === "assumed-role" ? parsed.role.startsWith("aws:") : parsed.kind === "role" ? /^arn:[a-z-]+:iam::\d{12}:role\/aws-service-role\//.test(grantee) : !1;
}

// core/plan/keep-rule-applies-to.ts
function keepRuleAppliesTo(rule, account, parsed = parsePrincipal(rule.grantee)) {
  return rule.source === "key" ? !0 : !("account" in parsed) || parsed.account === account;
}

// core/plan/create-keep-matcher.ts
function createKeepMatcher(rules, account) {
  if (rules.length === 0) return () => {
  };
  let exact = /* @__PURE__ */ new Map(), roles = /* @__PURE__ */ new Map();
  for (let rule of rules) {
    let parsed = parsePrincipal(rule.grantee);
    if (!keepRuleAppliesTo(rule, account, parsed) || (exact.has(rule.grantee) || exact.set(rule.grantee, rule), parsed.kind !== "role" || isAwsGrantee(rule.grantee))) continue;
    let id = roleId(parsed.partition, parsed.account, parsed.name);
    roles.has(id) || roles.set(id, rule);
  }
  return (grantee) => {
    let same = exact.get(grantee);
    if (same !== void 0) return same;
    let parsed = parsePrincipal(grantee);
    if (parsed.kind === "assumed-role")
      return roles.get(roleId(parsed.partition, parsed.account, parsed.role));
  };
}
function roleId(partition, account, name) {
  return `${partition}\0${account}\0${name}`;
}

// core/plan/is-own-aws-grant.ts
function isOwnAwsGrant(grant, account) {
  let grantee = grant.granteePrincipal;
  if (!isAwsGrantee(grantee)) return !1;
  if (grant.issuingAccount !== void 0) {
    let issuer = parsePrincipal(grant.issuingAccount);
    if (!("account" in issuer) || issuer.account !== account) return !1;
  }
  if (isServicePrincipal(grantee))
    return grant.sourceArn === void 0 || arnAccount(grant.sourceArn) === account;
  let parsed = parsePrincipal(grantee);
  return "account" in parsed && parsed.account === account;
}
function arnAccount(arn) {
  let parts = arn.split(":", 6);
  return parts.length === 6 && parts[0] === "arn" ? parts[4] ?? "" : "";
}

// core/plan/keep-grantee-of.ts
function keepGranteeOf(grantee) {
  let parsed = parsePrincipal(grantee);
  return parsed.kind !== "assumed-role" || !parsed.role.startsWith("aws:") ? grantee : `arn:${parsed.partition}:iam::${parsed.account}:role/${parsed.role}`;
}

// core/plan/diff-grants.ts
function diffGrants(key, desired, live, keep = []) {
  let changes = [], kept = [], base = (grantName) => ({
    address: `grant.${key.name}.${grantName}`,
    key: key.name,
    account: key.account,
    region: key.region,
    ...key.keyId === void 0 ? {} : { keyId: key.keyId }
  }), unmatched = [...live ?? []];
  for (let grant of desired) {
    let spec = grantSpec(grant), same = unmatched.findIndex(
      (candidate) => candidate.name === grant.name && sameGrant(spec, grantSpec(candidate))
    );
    if (same >= 0) {
      unmatched.splice(same, 1);
      continue;
    }
    changes.push({
      ...base(grant.name),
      action: "create-grant",
      before: null,
      after: spec,
      risk: "safe"
    });
  }
  let keepRuleOf = unmatched.length === 0 ? void 0 : createKeepMatcher(keep, key.account);
  for (let grant of unmatched) {
    let aws = isOwnAwsGrant(grant, key.account), rule = aws || !isServicePrincipal(grant.granteePrincipal) ? keepRuleOf?.(grant.granteePrincipal) : void 0;
    if (rule !== void 0) {
      let { address, account, region } = base(grant.name ?? grant.grantId);
      kept.push({
        address,
        key: key.name,
        account,
        region,
        grantId: grant.grantId,
        grant: grantSpec(grant),
        rule: { grantee: rule.grantee, reason: rule.reason, source: rule.source }
      });
      continue;
    }
    let replaced = grant.name !== void 0 && desired.some((candidate) => candidate.name === grant.name), operatedByAws = isAwsGrantee(grant.granteePrincipal), foreign = !aws && operatedByAws, namedOnly = `revoked only when named: --allow-destructive --revoke-grant ${grant.grantId}`, servedAccount = `SourceArn ${grant.sourceArn ?? "absent"}${grant.issuingAccount === void 0 ? "" : `, issued by ${grant.issuingAccount}`}; the key is in ${key.account}`, loses = `${grant.granteePrincipal} loses ${grant.operations.join(", ")} (grant ${grant.grantId})`;
    changes.push({
      ...base(grant.name ?? grant.grantId),
      action: "revoke-grant",
      grantId: grant.grantId,
      before: grantSpec(grant),
      after: null,
      risk: "destructive",
      ...operatedByAws ? { awsGrantee: !0 } : {},
      note: replaced ? `the live grant named ${grant.name ?? ""} differs from the declared one (grantee, operations, constraints or retiring principal): the declared grant is created first, then ${loses}; ${operatedByAws ? `AWS operates this grantee, so the old grant is ${namedOnly}` : "revoke with --allow-destructive"}` : aws ? `grant not declared in the manifest, to a grantee AWS operates: ${loses}. AWS services create such grants for the resources they encrypt (EBS volumes, databases), which break when it is revoked: keep it with \`keep_grants: [{ grantee: ${keepGranteeOf(grant.granteePrincipal)}, reason: ... }]\`; it is revoked only when named: --allow-destructive --revoke-grant ${grant.grantId}` : foreign ? isServicePrincipal(grant.granteePrincipal) ? `grant not declared in the manifest, to a service for a resource of another account or of none (${servedAccount}): ${loses}. A keep rule naming the service does not keep it; AWS operates this grantee, so it is ${namedOnly}` : `grant not declared in the manifest, to a grantee AWS operates for another account (${servedAccount}): ${loses}. Keep it with a \`keep_grants\` entry naming that account's ${keepGranteeOf(grant.granteePrincipal)}; AWS operates this grantee, so it is ${namedOnly}` : `grant not declared in the manifest: ${loses}. Declare it, keep it with \`keep_grants\`, or revoke it with --allow-destructive`
    });
  }
  return { changes, kept };
}
function grantSpec(grant) {
  return {
    name: grant.name ?? "",
    granteePrincipal: grant.granteePrincipal,
    operations: [...new Set(grant.operations)].sort(),
    ...grant.retiringPrincipal === void 0 ? {} : { retiringPrincipal: grant.retiringPrincipal },
    ...grant.encryptionContextSubset === void 0 ? {} : { encryptionContextSubset: grant.encryptionContextSubset },
    ...grant.encryptionContextEquals === void 0 ? {} : { encryptionContextEquals: grant.encryptionContextEquals },
    ...grant.sourceArn === void 0 ? {} : { sourceArn: grant.sourceArn }
  };
}
function sameGrant(a, b) {
  return a.granteePrincipal === b.granteePrincipal && a.retiringPrincipal === b.retiringPrincipal && a.sourceArn === b.sourceArn && a.operations.join() === b.operations.join() && sameConstraint(a.encryptionContextSubset, b.encryptionContextSubset) && sameConstraint(a.encryptionContextEquals, b.encryptionContextEquals);
}
function sameConstraint(a, b) {
  if (a === void 0 || b === void 0) return a === b;
  let keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((name) => Object.hasOwn(b, name) && a[name] === b[name]);
}

// core/plan/join-notes.ts
function joinNotes(notes) {
  let present = notes.filter((note) => note !== void 0);
  return present.length === 0 ? {} : { note: present.join("; ") };
}

// core/policy/diff-access.ts
function diffAccess(before, after, options) {
  let principals = [
    ...options.principals ?? [],
    ...before === void 0 ? [] : policyPrincipals(before),
    ...policyPrincipals(after)
  ], matrixOptions = { ...options, principals }, beforeEntries = before === void 0 ? void 0 : indexEntries(buildAccessMatrix(before, matrixOptions)), changes = [];
  for (let entry of buildAccessMatrix(after, matrixOptions)) {
    let previous = beforeEntries?.get(cellKey(entry)), afterVerdict = verdictOf(entry), beforeVerdict = previous === void 0 ? void 0 : verdictOf(previous), change = classify(beforeVerdict, afterVerdict);
    change !== void 0 && changes.push({
      principal: entry.principal,
      action: entry.action,
      change,
      before: beforeVerdict,
      after: afterVerdict
    });
  }
  return changes;
}
function classify(before, after) {
  let from = before === void 0 ? 0 : level(before), to = level(after);
  return to > from ? "gains" : to < from ? "loses" : before === void 0 || to === 0 || to === 1 || before.allowed === after.allowed && before.requires.join(",") === after.requires.join(",") ? void 0 : "conditions-change";
}
function level(verdict) {
  return verdict.allowed !== "no" ? 2 : verdict.delegated_to_iam ? 1 : 0;
}
function verdictOf(entry) {
  return {
    allowed: entry.allowed,
    requires: entry.requires,
    delegated_to_iam: entry.delegated_to_iam
  };
}
function indexEntries(entries) {
  return new Map(entries.map((entry) => [cellKey(entry), entry]));
}
function cellKey(entry) {
  return `${entry.principal}
${entry.action}`;
}
function policyPrincipals(policy) {
  return [
    ...listOrganizationPrincipals(policy),
    ...policy.Statement.flatMap(
      (statement) => [statement.Principal, statement.NotPrincipal].flatMap(
        (block) => block === void 0 || block === "*" ? [] : Object.values(block).flatMap((values) => toList(values))
      )
    )
  ];
}

// core/plan/plan-access-diff.ts
function planAccessDiff(before, after, options) {
  try {
    return { access: diffAccess(before, after, options) };
  } catch (error) {
    if (!(error instanceof AccessMatrixTooLargeError)) throw error;
    return {
      access: [],
      unknown: `who gains or loses access was not computed: ${error.message}`
    };
  }
}

// core/policy/count-policy-grants.ts
function countPolicyGrants(policy) {
  let grants = 0;
  for (let statement of policy.Statement) {
    let principals = statement.Principal === void 0 ? 1 : principalCount(statement.Principal), actions = statement.Action === void 0 ? 1 : distinct(statement.Action), resources = statement.Resource === void 0 ? 1 : distinct(statement.Resource);
    grants += Math.max(principals, 1) * Math.max(actions, 1) * Math.max(resources, 1);
  }
  return grants;
}
function distinct(values) {
  return new Set(toList(values)).size;
}
function principalCount(block) {
  return block === "*" ? 1 : Object.values(block).reduce(
    (sum, values) => sum + distinct(values),
    0
  );
}

// core/policy/expand-action-pattern.ts
var ASCII_ONLY = /^[\x00-\x7f]*$/, LONGEST_ACTION = Math.max(...KMS_ACTIONS.map((action) => action.length));
function expandActionPattern(pattern, work) {
  if (!ASCII_ONLY.test(pattern)) return [pattern];
  let written = pattern.toLowerCase();
  if (!pattern.includes("*") && !pattern.includes("?"))
    return [KMS_ACTIONS.find((action) => action.toLowerCase() === written) ?? written];
  let collapsed = "", others = 0;
  for (let char of pattern)
    if (char === "*")
      collapsed.endsWith("*") || (collapsed += char);
    else if (collapsed += char, others += 1, others > LONGEST_ACTION) return [written];
  let matched = KMS_ACTIONS.filter((action) => matchWildcard(collapsed, action, !0, work));
  return matched.length === 0 ? [written] : [...matched].sort();
}

// core/policy/expand-policy-actions.ts
function expandPolicyActions(policy) {
  let expanded = /* @__PURE__ */ new Map(), expand = (patterns) => [
    ...new Set(
      toList(patterns).flatMap((pattern) => {
        let actions = expanded.get(pattern);
        return actions === void 0 && (actions = expandActionPattern(pattern), expanded.set(pattern, actions)), actions;
      })
    )
  ];
  return {
    ...policy,
    Statement: policy.Statement.map((statement) => statement.Action !== void 0 ? { ...statement, Action: expand(statement.Action) } : statement.NotAction !== void 0 ? { ...statement, NotAction: expand(statement.NotAction) } : statement)
  };
}

// core/policy/split-key-policy-statement.ts
function splitKeyPolicyStatement(statement, partition) {
  let principals = principalEntries(statement.Principal ?? statement.NotPrincipal, partition), principalNot = statement.Principal === void 0 && statement.NotPrincipal !== void 0, actions = [
    ...new Set(toList(statement.Action ?? statement.NotAction).map(canonicalAction))
  ], actionNot = statement.Action === void 0 && statement.NotAction !== void 0, resources = [...new Set(toList(statement.Resource ?? statement.NotResource))], resourceNot = statement.Resource === void 0 && statement.NotResource !== void 0, condition = canonicalCondition(statement.Condition), split = (not, values) => not || values.length === 0 ? [values.sort()] : values.map((value) => [value]), atoms = [];
  for (let principal of split(principalNot, principals))
    for (let action of split(actionNot, actions))
      for (let resource of split(resourceNot, resources))
        atoms.push({
          effect: statement.Effect,
          principal: { not: principalNot, values: principal },
          action: { not: actionNot, values: action },
          resource: { not: resourceNot, values: resource },
          condition
        });
  return atoms;
}
function principalEntries(block, partition) {
  if (block === void 0) return [];
  if (block === "*") return ["AWS\0*"];
  let entries = Object.entries(block).flatMap(
    ([type, values]) => toList(values).map((value) => {
      let canonical = type === "AWS" && /^\d{12}$/.test(value) ? `arn:${partition}:iam::${value}:root` : value;
      return `${type}\0${canonical}`;
    })
  );
  return [...new Set(entries)];
}
var actionsByLowerCase = new Map(KMS_ACTIONS.map((action) => [action.toLowerCase(), action]));
function canonicalAction(action) {
  if (!/^[\x00-\x7f]*$/.test(action)) return action;
  let lower = action.toLowerCase(), exact = actionsByLowerCase.get(lower);
  if (exact !== void 0) return exact;
  if (lower === "*" || lower === "kms:*") return lower;
  let literal = lower.split(/[*?]/)[0] ?? "", spelled = KMS_ACTIONS.find((known) => known.toLowerCase().startsWith(literal));
  return spelled === void 0 ? lower : `${spelled.slice(0, literal.length)}${action.slice(literal.length).toLowerCase()}`;
}
function canonicalCondition(condition) {
  if (condition === void 0) return;
  let merged = /* @__PURE__ */ new Map();
  for (let [operatorName, entries] of Object.entries(condition)) {
    let parsed = parseConditionOperator(operatorName), operator = parsed === void 0 ? operatorName : `${parsed.setOperator === void 0 ? "" : `${parsed.setOperator}:`}${parsed.base}${parsed.ifExists ? "IfExists" : ""}`, caseless = parsed?.family === "Bool" || parsed?.family === "Null", keys = merged.get(operator) ?? /* @__PURE__ */ new Map();
    for (let [key, values] of Object.entries(entries)) {
      let canonicalKey = canonicalConditionKey(key), set = /* @__PURE__ */ new Set();
      for (let value of toList(values)) {
        let text = String(value);
        set.add(caseless ? text.toLowerCase() : text);
      }
      let sets = keys.get(canonicalKey);
      sets === void 0 ? keys.set(canonicalKey, [set]) : sets.push(set);
    }
    merged.set(operator, keys);
  }
  if (merged.size === 0) return;
  let block = {};
  for (let operator of [...merged.keys()].sort()) {
    let keys = merged.get(operator) ?? /* @__PURE__ */ new Map(), entries = [];
    for (let key of [...keys.keys()].sort()) {
      let lists = (keys.get(key) ?? []).map((set) => [...set].sort()).sort((a, b) => compareText(JSON.stringify(a), JSON.stringify(b))), [only] = lists;
      entries.push([
        key,
        lists.length === 1 && only !== void 0 ? one(only) : { and: lists.map(one) }
      ]);
    }
    block[operator] = Object.fromEntries(entries);
  }
  return block;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function canonicalConditionKey(key) {
  let known = findConditionKey(key);
  if (known === void 0) return key.toLowerCase();
  let template = known.key.indexOf("${");
  if (template < 0) return known.key;
  let prefix = known.key.slice(0, template), suffix = key.slice(template);
  return `${prefix}${prefix === "kms:EncryptionContext:" ? suffix.toLowerCase() : suffix}`;
}
function one(values) {
  return values.length === 1 ? values[0] : values;
}

// core/policy/normalize-key-policy.ts
function normalizeKeyPolicy(policy, options = {}) {
  let partition = options.partition ?? "aws", atoms = /* @__PURE__ */ new Map();
  for (let statement of policy.Statement)
    for (let atom of splitKeyPolicyStatement(statement, partition))
      atoms.set(JSON.stringify(atom), atom);
  let byPrincipals = regroup([...atoms.values()], "principal"), byActions = regroup(byPrincipals, "action"), statements = regroup(byActions, "resource").map(toStatement).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { Version: policy.Version, Statement: statements };
}
function regroup(atoms, element) {
  let groups = /* @__PURE__ */ new Map();
  for (let atom of atoms) {
    let rest = { ...atom, [element]: { not: atom[element].not, values: [] } }, key = JSON.stringify(rest), group = groups.get(key);
    if (group === void 0 || atom[element].not)
      groups.set(atom[element].not ? `${key}${JSON.stringify(atom[element])}` : key, {
        atom,
        values: new Set(atom[element].values)
      });
    else
      for (let value of atom[element].values) group.values.add(value);
  }
  return [...groups.values()].map(({ atom, values }) => ({
    ...atom,
    [element]: { not: atom[element].not, values: [...values].sort() }
  }));
}
function toStatement(atom) {
  let byType = /* @__PURE__ */ new Map();
  for (let entry of atom.principal.values) {
    let [type = "AWS", value = ""] = entry.split("\0"), values = byType.get(type) ?? [];
    values.push(value), byType.set(type, values);
  }
  let principal = Object.fromEntries(
    [...byType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, values]) => [type, one2(values.sort())])
  );
  return {
    Effect: atom.effect,
    ...atom.principal.not ? { NotPrincipal: principal } : { Principal: principal },
    ...atom.action.not ? { NotAction: one2(atom.action.values) } : { Action: one2(atom.action.values) },
    ...atom.resource.not ? { NotResource: one2(atom.resource.values) } : { Resource: one2(atom.resource.values) },
    ...atom.condition === void 0 ? {} : { Condition: atom.condition }
  };
}
function one2(values) {
  return values.length === 1 ? values[0] : values;
}

// core/policy/policies-equivalent.ts
var MAX_COMPARED_GRANTS = 5e4;
function policiesEquivalent(a, b, options = {}) {
  if (a === b || JSON.stringify(a) === JSON.stringify(b)) return !0;
  let expandedA = expandPolicyActions(a), expandedB = expandPolicyActions(b);
  return countPolicyGrants(expandedA) > MAX_COMPARED_GRANTS || countPolicyGrants(expandedB) > MAX_COMPARED_GRANTS ? !1 : JSON.stringify(normalizeKeyPolicy(expandedA, options)) === JSON.stringify(normalizeKeyPolicy(expandedB, options));
}

// core/plan/diff-tags.ts
var OWNERSHIP = /* @__PURE__ */ new Set([OWNERSHIP_TAG_MANIFEST, OWNERSHIP_TAG_KEY]);
function diffTags(desired, live) {
  let set = {};
  for (let [name, value] of Object.entries(desired))
    OWNERSHIP.has(name) || live[name] !== value && (set[name] = value);
  let remove = Object.keys(live).filter(
    (name) => !OWNERSHIP.has(name) && !name.toLowerCase().startsWith("aws:") && !(name in desired)
  ).sort();
  return { set, remove };
}

// core/plan/diff-key.ts
function diffKey(desired, live, options) {
  let base = {
    address: `key.${desired.name}`,
    key: desired.name,
    account: live.account,
    region: live.region,
    keyId: live.id
  }, changes = [];
  if (desired.state === "pending_deletion")
    return live.state !== "PendingDeletion" && live.state !== "PendingReplicaDeletion" && changes.push({
      ...base,
      action: "schedule-deletion",
      before: live.state,
      after: "PendingDeletion",
      windowInDays: desired.deletionWindowInDays,
      risk: "destructive",
      note: `after ${desired.deletionWindowInDays} days the key and every ciphertext under it become unrecoverable; cancel before then with state: enabled`
    }), changes;
  live.state === "PendingDeletion" && changes.push({
    ...base,
    action: "cancel-deletion",
    before: "PendingDeletion",
    after: "Disabled",
    ...live.deletionDate === void 0 ? {} : { deletionDate: live.deletionDate },
    risk: "safe"
  });
  let effectiveState = live.state === "PendingDeletion" ? "Disabled" : live.state;
  if (desired.state === "enabled" && effectiveState === "Disabled" && changes.push({
    ...base,
    action: "enable",
    before: effectiveState,
    after: "Enabled",
    risk: "safe"
  }), desired.state === "disabled" && effectiveState === "Enabled" && changes.push({
    ...base,
    action: "disable",
    before: effectiveState,
    after: "Disabled",
    risk: "disruptive",
    note: "every encrypt and decrypt call with this key fails while it is disabled"
  }), options.adopting) {
    let ownership = Object.fromEntries(
      Object.entries(desired.tags).filter(([name]) => name.startsWith("kms-action:"))
    ), before = Object.fromEntries(
      Object.entries(live.tags).filter(([name]) => name.startsWith("kms-action:"))
    );
    Object.entries(ownership).some(([name, value]) => live.tags[name] !== value) && changes.push({
      ...base,
      action: "adopt",
      before,
      after: ownership,
      risk: "safe",
      note: "the key is tagged as managed by this manifest"
    });
  }
  let repeated = desired.policy === void 0 || live.policyText === void 0 ? [] : findDuplicateJsonKeys(live.policyText);
  if (desired.policy !== void 0 && (live.policy === void 0 || repeated.length > 0 || !policiesEquivalent(live.policy, desired.policy.document))) {
    let { access, unknown } = planAccessDiff(live.policy, desired.policy.document, {
      account: live.account,
      actions: accessMatrixActionsFor(live.keySpec, live.keyUsage),
      partition: live.arn.split(":")[1] ?? "aws",
      key: { arn: live.arn },
      keyProperties: keyPropertyConditions({
        ...live,
        replica: live.multiRegionConfiguration?.type === "REPLICA"
      })
    }), risk = repeated.length > 0 || unknown !== void 0 || access.some((entry) => entry.change !== "gains") ? "disruptive" : "safe";
    changes.push({
      ...base,
      action: "update-policy",
      before: live.policy,
      after: desired.policy.document,
      policyDiff: diffPolicyText(live.policy, desired.policy.document),
      access,
      bypassPolicyLockoutSafetyCheck: desired.bypassPolicyLockoutSafetyCheck,
      risk,
      ...joinNotes([
        repeated[0] === void 0 ? void 0 : repeatedNameNote(repeated[0]),
        unknown
      ])
    });
  }
  if (live.description !== desired.description && changes.push({
    ...base,
    action: "update-description",
    before: live.description,
    after: desired.description,
    risk: "safe"
  }), live.rotation !== void 0 && canRotateAutomatically(live)) {
    let wanted = desired.rotation, periodDiffers = wanted.enabled && live.rotation.periodInDays !== void 0 && live.rotation.periodInDays !== wanted.periodInDays;
    (live.rotation.enabled !== wanted.enabled || periodDiffers) && changes.push({
      ...base,
      action: "update-rotation",
      before: {
        enabled: live.rotation.enabled,
        ...live.rotation.periodInDays === void 0 ? {} : { periodInDays: live.rotation.periodInDays }
      },
      after: wanted.enabled ? { enabled: !0, periodInDays: wanted.periodInDays } : { enabled: !1 },
      risk: "safe"
    });
  }
  let tags = diffTags(desired.tags, live.tags);
  return (Object.keys(tags.set).length > 0 || tags.remove.length > 0) && changes.push({
    ...base,
    action: "tag",
    before: live.tags,
    after: desired.tags,
    set: tags.set,
    remove: tags.remove,
    // Tag-based access conditions (aws:ResourceTag) can stop matching when tags go away.
    risk: tags.remove.length > 0 ? "disruptive" : "safe"
  }), changes;
}
function repeatedNameNote({ name, line, column, first }) {
  return `the live key policy text has \`${name}\` twice in one object (line ${first.line}, column ${first.column} and line ${line}, column ${column}): JSON readers differ on which one counts (RFC 8259 section 4), so who has access today is uncertain (the access diff reads the last one); apply rewrites the policy as declared`;
}

// core/plan/replica-creation.ts
function replicaCreation(key, replica) {
  return {
    region: replica.region,
    description: replica.description,
    ...replica.policy === void 0 ? {} : { policy: replica.policy.document },
    tags: replica.tags,
    bypassPolicyLockoutSafetyCheck: key.bypassPolicyLockoutSafetyCheck
  };
}

// core/plan/diff-replicas.ts
function replicaAddress(key, region) {
  return `key.${key}.replica.${region}`;
}
function diffReplicas(key, primary, liveReplicas) {
  let diff = { changes: [], problems: [], aliased: [], kept: [] }, listed = new Map(
    (primary?.multiRegionConfiguration?.replicas ?? []).map((entry) => [entry.region, entry.arn])
  ), byArn = new Map(liveReplicas.map((replica) => [replica.arn, replica]));
  for (let replica of key.replicas) {
    let arn = listed.get(replica.region), live = arn === void 0 ? void 0 : byArn.get(arn), unfinished = arn === void 0 ? replicaNotListed(key.name, replica, liveReplicas) : replicaBeingCreated(key.name, replica, arn, live);
    if (unfinished !== void 0) {
      unfinished !== "gone" && diff.problems.push(unfinished);
      continue;
    }
    if (diff.aliased.push({
      account: key.account,
      region: replica.region,
      key: {
        name: key.name,
        desiredAliases: replica.aliases,
        frozen: replica.state === "pending_deletion",
        replica: !0,
        ...live === void 0 ? {} : { keyId: live.id }
      }
    }), arn === void 0)
      diff.changes.push(...replicaCreationChanges(key, replica, primary));
    else if (live !== void 0) {
      let existing = replicaChanges(key, replica, live);
      diff.changes.push(...existing.changes), diff.kept.push(...existing.kept);
    }
  }
  let declared = new Set(key.replicas.map((replica) => replica.region));
  for (let [region, arn] of listed)
    declared.has(region) || byArn.get(arn)?.state === "PendingDeletion" || diff.problems.push({
      code: "replica-removal",
      message: `key \`${key.name}\` has a replica in ${region} (${arn}) that the manifest no longer lists`,
      help: `a replica is never deleted by leaving it out: to delete it, list it as \`{ region: ${region}, state: pending_deletion }\` under \`replicas:\` (a destructive change, applied with --allow-destructive); to keep it, list ${region} again`
    });
  return diff;
}
function replicaBeingCreated(name, replica, arn, live) {
  if (!(live !== void 0 && live.state !== "Creating"))
    return live === void 0 && replica.state === "pending_deletion" ? "gone" : {
      code: "replica-creating",
      message: live === void 0 ? `key \`${name}\` lists a replica in ${replica.region} (${arn}), but ${replica.region} cannot describe it yet (NotFoundException): AWS is still creating it, or has just deleted it` : `key \`${name}\` has a replica in ${replica.region} (${arn}) in state Creating: AWS has not finished creating it`,
      help: `AWS finishes a new replica within seconds to a few minutes (eventual consistency); nothing is planned for it until then, so that it is not created twice. Run plan or apply again in a few minutes; if this persists, check the replica with \`aws kms describe-key --key-id ${arn} --region ${replica.region}\``
    };
}
function replicaNotListed(name, replica, liveReplicas) {
  let found = liveReplicas.find((entry) => entry.region === replica.region);
  if (found === void 0) return;
  if (replica.state === "pending_deletion" && found.state === "PendingDeletion") return "gone";
  let { region } = replica, arn = found.arn;
  return {
    code: "replica-creating",
    message: `key \`${name}\` has a replica in ${region} (${arn}), but its primary does not list it yet: AWS is still creating it`,
    help: "AWS lists a new replica on its primary within seconds to a few minutes (eventual consistency); nothing is planned for it until then, so that it is not created twice (ReplicateKey would answer AlreadyExistsException). Run plan or apply again in a few minutes"
  };
}
function replicaCreationChanges(key, replica, primary) {
  if (replica.state === "pending_deletion") return [];
  let address = replicaAddress(key.name, replica.region), access = replicaAccess(key, replica), changes = [
    {
      address,
      key: key.name,
      account: key.account,
      region: primary?.region ?? key.region,
      ...primary === void 0 ? {} : { keyId: primary.id },
      action: "create-replica",
      replicaRegion: replica.region,
      before: null,
      after: replica.region,
      replica: replicaCreation(key, replica),
      access: access.access,
      // Who the replica's policy lets in was not computed: never safe (as a create).
      risk: access.unknown === void 0 ? "safe" : "disruptive",
      ...access.unknown === void 0 ? {} : { note: access.unknown }
    }
  ];
  return replica.state === "disabled" && changes.push({
    address,
    key: key.name,
    account: key.account,
    region: replica.region,
    action: "disable",
    before: "Enabled",
    after: "Disabled",
    risk: "safe",
    note: "the new replica is created disabled"
  }), changes;
}
function replicaAccess(key, replica) {
  if (replica.policy === void 0) return { access: [] };
  let location = { account: key.account, region: replica.region };
  return planAccessDiff(void 0, replica.policy.document, {
    account: key.account,
    actions: accessMatrixActionsFor(key.keySpec, key.keyUsage),
    partition: partitionOf(location),
    key: requestedKeyOf(location),
    keyProperties: keyPropertyConditions({ ...key, replica: !0 })
  });
}
function replicaChanges(key, replica, live) {
  let asKey = {
    ...key,
    region: replica.region,
    description: replica.description,
    tags: replica.tags,
    aliases: replica.aliases,
    deletionWindowInDays: replica.deletionWindowInDays,
    state: replica.state,
    replicas: [],
    replicaRegions: [],
    grants: []
  };
  replica.policy === void 0 ? delete asKey.policy : asKey.policy = replica.policy;
  let withoutRotation = { ...live, rotation: void 0 }, changes = diffKey(asKey, withoutRotation, { adopting: !1 }), address = replicaAddress(key.name, replica.region), kept = [];
  if (replica.state !== "pending_deletion" && live.state !== "PendingDeletion") {
    let grants = replicaGrantRevocations(key, replica.region, live);
    changes.push(...grants.changes), kept = grants.kept.map((grant) => ({ ...grant, address }));
  }
  return { changes: changes.map((change) => ({ ...change, address })), kept };
}
function replicaGrantRevocations(key, region, live) {
  let target = { name: key.name, account: live.account, region: live.region, keyId: live.id }, diff = diffGrants(target, [], live.grants, key.keepGrants);
  return { changes: diff.changes.map(
    (change) => change.action === "revoke-grant" ? {
      ...change,
      note: `grant on the ${region} replica, not declared in the manifest (a replica declares no grants; grants are never replicated): ${change.before.granteePrincipal} loses ${change.before.operations.join(", ")} on this replica (grant ${change.grantId}); ${change.awsGrantee === !0 ? `AWS operates this grantee: keep it with the key's \`keep_grants\`, or revoke it by naming it: --allow-destructive --revoke-grant ${change.grantId}` : "keep it with the key's `keep_grants`, or revoke it with --allow-destructive"}`
    } : change
  ), kept: diff.kept };
}

export {
  isAwsGrantee,
  isOwnAwsGrant,
  diffPolicyText,
  keepRuleAppliesTo,
  keepGranteeOf,
  diffGrants,
  joinNotes,
  diffAccess,
  planAccessDiff,
  countPolicyGrants,
  expandPolicyActions,
  splitKeyPolicyStatement,
  normalizeKeyPolicy,
  MAX_COMPARED_GRANTS,
  policiesEquivalent,
  diffKey,
  replicaAddress,
  diffReplicas
};
