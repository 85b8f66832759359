import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  Octokit,
  RequestError,
  createTokenAuth,
  getUserAgent,
  paginateRest,
  request,
  restEndpointMethods,
  retry,
  throttling
} from "./chunk-OT2EWRKC.js";
import {
  createAwsPlanner
} from "./chunk-CZEVE7F4.js";
import {
  require_dist
} from "./chunk-SRQPVIDI.js";
import {
  errorMessage
} from "./chunk-OXRK6FS4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BTB2OLG5.js";

// node_modules/pino-std-serializers/lib/err-helpers.js
var require_err_helpers = __commonJS({
  "node_modules/pino-std-serializers/lib/err-helpers.js"(exports2, module2) {
    "use strict";
    var isErrorLike = (err) => err && typeof err.message == "string", getErrorCause = (err) => {
      if (!err) return;
      let cause = err.cause;
      if (typeof cause == "function") {
        let causeResult = err.cause();
        return isErrorLike(causeResult) ? causeResult : void 0;
      } else
        return isErrorLike(cause) ? cause : void 0;
    }, _stackWithCauses = (err, seen) => {
      if (!isErrorLike(err)) return "";
      let stack = err.stack || "";
      if (seen.has(err))
        return stack + `
causes have become circular...`;
      let cause = getErrorCause(err);
      return cause ? (seen.add(err), stack + `
caused by: ` + _stackWithCauses(cause, seen)) : stack;
    }, stackWithCauses = (err) => _stackWithCauses(err, /* @__PURE__ */ new Set()), _messageWithCauses = (err, seen, skip) => {
      if (!isErrorLike(err)) return "";
      let message = skip ? "" : err.message || "";
      if (seen.has(err))
        return message + ": ...";
      let cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        let skipIfVErrorStyleCause = typeof err.cause == "function";
        return message + (skipIfVErrorStyleCause ? "" : ": ") + _messageWithCauses(cause, seen, skipIfVErrorStyleCause);
      } else
        return message;
    }, messageWithCauses = (err) => _messageWithCauses(err, /* @__PURE__ */ new Set());
    module2.exports = {
      isErrorLike,
      getErrorCause,
      stackWithCauses,
      messageWithCauses
    };
  }
});

// node_modules/pino-std-serializers/lib/err-proto.js
var require_err_proto = __commonJS({
  "node_modules/pino-std-serializers/lib/err-proto.js"(exports2, module2) {
    "use strict";
    var seen = /* @__PURE__ */ Symbol("circular-ref-tag"), rawSymbol = /* @__PURE__ */ Symbol("pino-raw-err-ref"), pinoErrProto = Object.create({}, {
      type: {
        enumerable: !0,
        writable: !0,
        value: void 0
      },
      message: {
        enumerable: !0,
        writable: !0,
        value: void 0
      },
      stack: {
        enumerable: !0,
        writable: !0,
        value: void 0
      },
      aggregateErrors: {
        enumerable: !0,
        writable: !0,
        value: void 0
      },
      raw: {
        enumerable: !1,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoErrProto, rawSymbol, {
      writable: !0,
      value: {}
    });
    module2.exports = {
      pinoErrProto,
      pinoErrorSymbols: {
        seen,
        rawSymbol
      }
    };
  }
});

// node_modules/pino-std-serializers/lib/err.js
var require_err = __commonJS({
  "node_modules/pino-std-serializers/lib/err.js"(exports2, module2) {
    "use strict";
    module2.exports = errSerializer;
    var { messageWithCauses, stackWithCauses, isErrorLike } = require_err_helpers(), { pinoErrProto, pinoErrorSymbols } = require_err_proto(), { seen } = pinoErrorSymbols, { toString } = Object.prototype;
    function errSerializer(err) {
      if (!isErrorLike(err))
        return err;
      err[seen] = void 0;
      let _err = Object.create(pinoErrProto);
      _err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name, _err.message = messageWithCauses(err), _err.stack = stackWithCauses(err), Array.isArray(err.errors) && (_err.aggregateErrors = err.errors.map((err2) => errSerializer(err2)));
      for (let key in err)
        if (_err[key] === void 0) {
          let val = err[key];
          isErrorLike(val) ? key !== "cause" && !Object.prototype.hasOwnProperty.call(val, seen) && (_err[key] = errSerializer(val)) : _err[key] = val;
        }
      return delete err[seen], _err.raw = err, _err;
    }
  }
});

// node_modules/pino-std-serializers/lib/err-with-cause.js
var require_err_with_cause = __commonJS({
  "node_modules/pino-std-serializers/lib/err-with-cause.js"(exports2, module2) {
    "use strict";
    module2.exports = errWithCauseSerializer;
    var { isErrorLike } = require_err_helpers(), { pinoErrProto, pinoErrorSymbols } = require_err_proto(), { seen } = pinoErrorSymbols, { toString } = Object.prototype;
    function errWithCauseSerializer(err) {
      if (!isErrorLike(err))
        return err;
      err[seen] = void 0;
      let _err = Object.create(pinoErrProto);
      _err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name, _err.message = err.message, _err.stack = err.stack, Array.isArray(err.errors) && (_err.aggregateErrors = err.errors.map((err2) => errWithCauseSerializer(err2))), isErrorLike(err.cause) && !Object.prototype.hasOwnProperty.call(err.cause, seen) && (_err.cause = errWithCauseSerializer(err.cause));
      for (let key in err)
        if (_err[key] === void 0) {
          let val = err[key];
          isErrorLike(val) ? Object.prototype.hasOwnProperty.call(val, seen) || (_err[key] = errWithCauseSerializer(val)) : _err[key] = val;
        }
      return delete err[seen], _err.raw = err, _err;
    }
  }
});

// node_modules/pino-std-serializers/lib/req.js
var require_req = __commonJS({
  "node_modules/pino-std-serializers/lib/req.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      mapHttpRequest,
      reqSerializer
    };
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-req-ref"), pinoReqProto = Object.create({}, {
      id: {
        enumerable: !0,
        writable: !0,
        value: ""
      },
      method: {
        enumerable: !0,
        writable: !0,
        value: ""
      },
      url: {
        enumerable: !0,
        writable: !0,
        value: ""
      },
      query: {
        enumerable: !0,
        writable: !0,
        value: ""
      },
      params: {
        enumerable: !0,
        writable: !0,
        value: ""
      },
      headers: {
        enumerable: !0,
        writable: !0,
        value: {}
      },
      remoteAddress: {
        enumerable: !0,
        writable: !0,
        value: ""
      },
      remotePort: {
        enumerable: !0,
        writable: !0,
        value: ""
      },
      raw: {
        enumerable: !1,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoReqProto, rawSymbol, {
      writable: !0,
      value: {}
    });
    function reqSerializer(req) {
      let connection = req.info || req.socket, _req = Object.create(pinoReqProto);
      if (_req.id = typeof req.id == "function" ? req.id() : req.id || (req.info ? req.info.id : void 0), _req.method = req.method, req.originalUrl)
        _req.url = req.originalUrl;
      else {
        let path2 = req.path;
        _req.url = typeof path2 == "string" ? path2 : req.url ? req.url.path || req.url : void 0;
      }
      return req.query && (_req.query = req.query), req.params && (_req.params = req.params), _req.headers = req.headers, _req.remoteAddress = connection && connection.remoteAddress, _req.remotePort = connection && connection.remotePort, _req.raw = req.raw || req, _req;
    }
    function mapHttpRequest(req) {
      return {
        req: reqSerializer(req)
      };
    }
  }
});

// node_modules/pino-std-serializers/lib/res.js
var require_res = __commonJS({
  "node_modules/pino-std-serializers/lib/res.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      mapHttpResponse,
      resSerializer
    };
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-res-ref"), pinoResProto = Object.create({}, {
      statusCode: {
        enumerable: !0,
        writable: !0,
        value: 0
      },
      headers: {
        enumerable: !0,
        writable: !0,
        value: ""
      },
      raw: {
        enumerable: !1,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoResProto, rawSymbol, {
      writable: !0,
      value: {}
    });
    function resSerializer(res) {
      let _res = Object.create(pinoResProto);
      return _res.statusCode = res.headersSent ? res.statusCode : null, _res.headers = res.getHeaders ? res.getHeaders() : res._headers, _res.raw = res, _res;
    }
    function mapHttpResponse(res) {
      return {
        res: resSerializer(res)
      };
    }
  }
});

// node_modules/pino-std-serializers/index.js
var require_pino_std_serializers = __commonJS({
  "node_modules/pino-std-serializers/index.js"(exports2, module2) {
    "use strict";
    var errSerializer = require_err(), errWithCauseSerializer = require_err_with_cause(), reqSerializers = require_req(), resSerializers = require_res();
    module2.exports = {
      err: errSerializer,
      errWithCause: errWithCauseSerializer,
      mapHttpRequest: reqSerializers.mapHttpRequest,
      mapHttpResponse: resSerializers.mapHttpResponse,
      req: reqSerializers.reqSerializer,
      res: resSerializers.resSerializer,
      wrapErrorSerializer: function(customSerializer) {
        return customSerializer === errSerializer ? customSerializer : function(err) {
          return customSerializer(errSerializer(err));
        };
      },
      wrapRequestSerializer: function(customSerializer) {
        return customSerializer === reqSerializers.reqSerializer ? customSerializer : function(req) {
          return customSerializer(reqSerializers.reqSerializer(req));
        };
      },
      wrapResponseSerializer: function(customSerializer) {
        return customSerializer === resSerializers.resSerializer ? customSerializer : function(res) {
          return customSerializer(resSerializers.resSerializer(res));
        };
      }
    };
  }
});

// node_modules/pino/lib/caller.js
var require_caller = __commonJS({
  "node_modules/pino/lib/caller.js"(exports2, module2) {
    "use strict";
    var util = __require("node:util"), getCallSites = util.getCallSites ?? util.getCallSite;
    function noOpPrepareStackTrace(_, stack) {
      return stack;
    }
    module2.exports = function() {
      if (getCallSites)
        return getCallSites().slice(2).map((callSite) => callSite.scriptName);
      let originalPrepare = Error.prepareStackTrace;
      Error.prepareStackTrace = noOpPrepareStackTrace;
      let stack = new Error().stack;
      if (Error.prepareStackTrace = originalPrepare, !Array.isArray(stack))
        return;
      let entries = stack.slice(2), fileNames = [];
      for (let entry of entries)
        entry && fileNames.push(entry.getFileName());
      return fileNames;
    };
  }
});

// node_modules/@pinojs/redact/index.js
var require_redact = __commonJS({
  "node_modules/@pinojs/redact/index.js"(exports2, module2) {
    "use strict";
    function deepClone(obj) {
      if (obj === null || typeof obj != "object")
        return obj;
      if (obj instanceof Date)
        return new Date(obj.getTime());
      if (obj instanceof Array) {
        let cloned = [];
        for (let i = 0; i < obj.length; i++)
          cloned[i] = deepClone(obj[i]);
        return cloned;
      }
      if (typeof obj == "object") {
        let cloned = Object.create(Object.getPrototypeOf(obj));
        for (let key in obj)
          Object.prototype.hasOwnProperty.call(obj, key) && (cloned[key] = deepClone(obj[key]));
        return cloned;
      }
      return obj;
    }
    function parsePath(path2) {
      let parts = [], current = "", inBrackets = !1, inQuotes = !1, quoteChar = "";
      for (let i = 0; i < path2.length; i++) {
        let char = path2[i];
        !inBrackets && char === "." ? current && (parts.push(current), current = "") : char === "[" ? (current && (parts.push(current), current = ""), inBrackets = !0) : char === "]" && inBrackets ? (parts.push(current), current = "", inBrackets = !1, inQuotes = !1) : (char === '"' || char === "'") && inBrackets ? inQuotes ? char === quoteChar ? (inQuotes = !1, quoteChar = "") : current += char : (inQuotes = !0, quoteChar = char) : current += char;
      }
      return current && parts.push(current), parts;
    }
    function setValue(obj, parts, value) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        let key = parts[i];
        if (typeof current != "object" || current === null || !(key in current) || typeof current[key] != "object" || current[key] === null)
          return !1;
        current = current[key];
      }
      let lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current))
          for (let i = 0; i < current.length; i++)
            current[i] = value;
        else if (typeof current == "object" && current !== null)
          for (let key in current)
            Object.prototype.hasOwnProperty.call(current, key) && (current[key] = value);
      } else
        typeof current == "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey) && (current[lastKey] = value);
      return !0;
    }
    function removeKey(obj, parts) {
      let current = obj;
      for (let i = 0; i < parts.length - 1; i++) {
        let key = parts[i];
        if (typeof current != "object" || current === null || !(key in current) || typeof current[key] != "object" || current[key] === null)
          return !1;
        current = current[key];
      }
      let lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current))
          for (let i = 0; i < current.length; i++)
            current[i] = void 0;
        else if (typeof current == "object" && current !== null)
          for (let key in current)
            Object.prototype.hasOwnProperty.call(current, key) && delete current[key];
      } else
        typeof current == "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey) && delete current[lastKey];
      return !0;
    }
    var PATH_NOT_FOUND = /* @__PURE__ */ Symbol("PATH_NOT_FOUND");
    function getValueIfExists(obj, parts) {
      let current = obj;
      for (let part of parts) {
        if (current == null || typeof current != "object" || current === null || !(part in current))
          return PATH_NOT_FOUND;
        current = current[part];
      }
      return current;
    }
    function getValue(obj, parts) {
      let current = obj;
      for (let part of parts) {
        if (current == null || typeof current != "object" || current === null)
          return;
        current = current[part];
      }
      return current;
    }
    function redactPaths(obj, paths, censor, remove = !1) {
      for (let path2 of paths) {
        let parts = parsePath(path2);
        if (parts.includes("*"))
          redactWildcardPath(obj, parts, censor, path2, remove);
        else if (remove)
          removeKey(obj, parts);
        else {
          let value = getValueIfExists(obj, parts);
          if (value === PATH_NOT_FOUND)
            continue;
          let actualCensor = typeof censor == "function" ? censor(value, parts) : censor;
          setValue(obj, parts, actualCensor);
        }
      }
    }
    function redactWildcardPath(obj, parts, censor, originalPath, remove = !1) {
      let wildcardIndex = parts.indexOf("*");
      if (wildcardIndex === parts.length - 1) {
        let parentParts = parts.slice(0, -1), current = obj;
        for (let part of parentParts) {
          if (current == null || typeof current != "object" || current === null) return;
          current = current[part];
        }
        if (Array.isArray(current))
          if (remove)
            for (let i = 0; i < current.length; i++)
              current[i] = void 0;
          else
            for (let i = 0; i < current.length; i++) {
              let indexPath = [...parentParts, i.toString()], actualCensor = typeof censor == "function" ? censor(current[i], indexPath) : censor;
              current[i] = actualCensor;
            }
        else if (typeof current == "object" && current !== null)
          if (remove) {
            let keysToDelete = [];
            for (let key in current)
              Object.prototype.hasOwnProperty.call(current, key) && keysToDelete.push(key);
            for (let key of keysToDelete)
              delete current[key];
          } else
            for (let key in current) {
              let keyPath = [...parentParts, key], actualCensor = typeof censor == "function" ? censor(current[key], keyPath) : censor;
              current[key] = actualCensor;
            }
      } else
        redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove);
    }
    function redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove = !1) {
      let beforeWildcard = parts.slice(0, wildcardIndex), afterWildcard = parts.slice(wildcardIndex + 1), pathArray = [];
      function traverse(current, pathLength) {
        if (pathLength === beforeWildcard.length) {
          if (Array.isArray(current))
            for (let i = 0; i < current.length; i++)
              pathArray[pathLength] = i.toString(), traverse(current[i], pathLength + 1);
          else if (typeof current == "object" && current !== null)
            for (let key in current)
              pathArray[pathLength] = key, traverse(current[key], pathLength + 1);
        } else if (pathLength < beforeWildcard.length) {
          let nextKey = beforeWildcard[pathLength];
          current && typeof current == "object" && current !== null && nextKey in current && (pathArray[pathLength] = nextKey, traverse(current[nextKey], pathLength + 1));
        } else if (afterWildcard.includes("*"))
          redactWildcardPath(current, afterWildcard, typeof censor == "function" ? (value, path2) => {
            let fullPath = [...pathArray.slice(0, pathLength), ...path2];
            return censor(value, fullPath);
          } : censor, originalPath, remove);
        else if (remove)
          removeKey(current, afterWildcard);
        else {
          let actualCensor = typeof censor == "function" ? censor(getValue(current, afterWildcard), [...pathArray.slice(0, pathLength), ...afterWildcard]) : censor;
          setValue(current, afterWildcard, actualCensor);
        }
      }
      if (beforeWildcard.length === 0)
        traverse(obj, 0);
      else {
        let current = obj;
        for (let i = 0; i < beforeWildcard.length; i++) {
          let part = beforeWildcard[i];
          if (current == null || typeof current != "object" || current === null) return;
          current = current[part], pathArray[i] = part;
        }
        current != null && traverse(current, beforeWildcard.length);
      }
    }
    function buildPathStructure(pathsToClone) {
      if (pathsToClone.length === 0)
        return null;
      let pathStructure = /* @__PURE__ */ new Map();
      for (let path2 of pathsToClone) {
        let parts = parsePath(path2), current = pathStructure;
        for (let i = 0; i < parts.length; i++) {
          let part = parts[i];
          current.has(part) || current.set(part, /* @__PURE__ */ new Map()), current = current.get(part);
        }
      }
      return pathStructure;
    }
    function selectiveClone(obj, pathStructure) {
      if (!pathStructure)
        return obj;
      function cloneSelectively(source, pathMap, depth = 0) {
        if (!pathMap || pathMap.size === 0 || source === null || typeof source != "object")
          return source;
        if (source instanceof Date)
          return new Date(source.getTime());
        if (Array.isArray(source)) {
          let cloned2 = [];
          for (let i = 0; i < source.length; i++) {
            let indexStr = i.toString();
            pathMap.has(indexStr) || pathMap.has("*") ? cloned2[i] = cloneSelectively(source[i], pathMap.get(indexStr) || pathMap.get("*")) : cloned2[i] = source[i];
          }
          return cloned2;
        }
        let cloned = Object.create(Object.getPrototypeOf(source));
        for (let key in source)
          Object.prototype.hasOwnProperty.call(source, key) && (pathMap.has(key) || pathMap.has("*") ? cloned[key] = cloneSelectively(source[key], pathMap.get(key) || pathMap.get("*")) : cloned[key] = source[key]);
        return cloned;
      }
      return cloneSelectively(obj, pathStructure);
    }
    function validatePath(path2) {
      if (typeof path2 != "string")
        throw new Error("Paths must be (non-empty) strings");
      if (path2 === "")
        throw new Error("Invalid redaction path ()");
      if (path2.includes(".."))
        throw new Error(`Invalid redaction path (${path2})`);
      if (path2.includes(","))
        throw new Error(`Invalid redaction path (${path2})`);
      let bracketCount = 0, inQuotes = !1, quoteChar = "";
      for (let i = 0; i < path2.length; i++) {
        let char = path2[i];
        if ((char === '"' || char === "'") && bracketCount > 0)
          inQuotes ? char === quoteChar && (inQuotes = !1, quoteChar = "") : (inQuotes = !0, quoteChar = char);
        else if (char === "[" && !inQuotes)
          bracketCount++;
        else if (char === "]" && !inQuotes && (bracketCount--, bracketCount < 0))
          throw new Error(`Invalid redaction path (${path2})`);
      }
      if (bracketCount !== 0)
        throw new Error(`Invalid redaction path (${path2})`);
    }
    function validatePaths(paths) {
      if (!Array.isArray(paths))
        throw new TypeError("paths must be an array");
      for (let path2 of paths)
        validatePath(path2);
    }
    function slowRedact(options2 = {}) {
      let {
        paths = [],
        censor = "[REDACTED]",
        serialize = JSON.stringify,
        strict = !0,
        remove = !1
      } = options2;
      validatePaths(paths);
      let pathStructure = buildPathStructure(paths);
      return function(obj) {
        if (strict && (obj === null || typeof obj != "object") && (obj == null || typeof obj != "object"))
          return serialize ? serialize(obj) : obj;
        let cloned = selectiveClone(obj, pathStructure), original = obj, actualCensor = censor;
        return typeof censor == "function" && (actualCensor = censor), redactPaths(cloned, paths, actualCensor, remove), serialize === !1 ? (cloned.restore = function() {
          return deepClone(original);
        }, cloned) : typeof serialize == "function" ? serialize(cloned) : JSON.stringify(cloned);
      };
    }
    module2.exports = slowRedact;
  }
});

// node_modules/pino/lib/symbols.js
var require_symbols = __commonJS({
  "node_modules/pino/lib/symbols.js"(exports2, module2) {
    "use strict";
    var setLevelSym = /* @__PURE__ */ Symbol("pino.setLevel"), getLevelSym = /* @__PURE__ */ Symbol("pino.getLevel"), levelValSym = /* @__PURE__ */ Symbol("pino.levelVal"), levelCompSym = /* @__PURE__ */ Symbol("pino.levelComp"), useLevelLabelsSym = /* @__PURE__ */ Symbol("pino.useLevelLabels"), useOnlyCustomLevelsSym = /* @__PURE__ */ Symbol("pino.useOnlyCustomLevels"), mixinSym = /* @__PURE__ */ Symbol("pino.mixin"), lsCacheSym = /* @__PURE__ */ Symbol("pino.lsCache"), chindingsSym = /* @__PURE__ */ Symbol("pino.chindings"), asJsonSym = /* @__PURE__ */ Symbol("pino.asJson"), writeSym = /* @__PURE__ */ Symbol("pino.write"), redactFmtSym = /* @__PURE__ */ Symbol("pino.redactFmt"), timeSym = /* @__PURE__ */ Symbol("pino.time"), timeSliceIndexSym = /* @__PURE__ */ Symbol("pino.timeSliceIndex"), streamSym = /* @__PURE__ */ Symbol("pino.stream"), stringifySym = /* @__PURE__ */ Symbol("pino.stringify"), stringifySafeSym = /* @__PURE__ */ Symbol("pino.stringifySafe"), stringifiersSym = /* @__PURE__ */ Symbol("pino.stringifiers"), endSym = /* @__PURE__ */ Symbol("pino.end"), formatOptsSym = /* @__PURE__ */ Symbol("pino.formatOpts"), messageKeySym = /* @__PURE__ */ Symbol("pino.messageKey"), errorKeySym = /* @__PURE__ */ Symbol("pino.errorKey"), nestedKeySym = /* @__PURE__ */ Symbol("pino.nestedKey"), nestedKeyStrSym = /* @__PURE__ */ Symbol("pino.nestedKeyStr"), mixinMergeStrategySym = /* @__PURE__ */ Symbol("pino.mixinMergeStrategy"), msgPrefixSym = /* @__PURE__ */ Symbol("pino.msgPrefix"), wildcardFirstSym = /* @__PURE__ */ Symbol("pino.wildcardFirst"), serializersSym = /* @__PURE__ */ Symbol.for("pino.serializers"), formattersSym = /* @__PURE__ */ Symbol.for("pino.formatters"), hooksSym = /* @__PURE__ */ Symbol.for("pino.hooks"), needsMetadataGsym = /* @__PURE__ */ Symbol.for("pino.metadata"), transportUsesMultistreamSym = /* @__PURE__ */ Symbol.for("pino.transport.usesMultistream");
    module2.exports = {
      setLevelSym,
      getLevelSym,
      levelValSym,
      levelCompSym,
      useLevelLabelsSym,
      mixinSym,
      lsCacheSym,
      chindingsSym,
      asJsonSym,
      writeSym,
      serializersSym,
      redactFmtSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      wildcardFirstSym,
      needsMetadataGsym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    };
  }
});

// node_modules/pino/lib/redaction.js
var require_redaction = __commonJS({
  "node_modules/pino/lib/redaction.js"(exports2, module2) {
    "use strict";
    var Redact = require_redact(), { redactFmtSym, wildcardFirstSym } = require_symbols(), rx = /[^.[\]]+|\[([^[\]]*?)\]/g, CENSOR = "[Redacted]", strict = !1;
    function redaction(opts, serialize) {
      let { paths, censor, remove } = handle(opts), shape = paths.reduce((o, str) => {
        rx.lastIndex = 0;
        let first = rx.exec(str), next = rx.exec(str), ns = first[1] !== void 0 ? first[1].replace(/^(?:"|'|`)(.*)(?:"|'|`)$/, "$1") : first[0];
        if (ns === "*" && (ns = wildcardFirstSym), next === null)
          return o[ns] = null, o;
        if (o[ns] === null)
          return o;
        let { index } = next, nextPath = `${str.substr(index, str.length - 1)}`;
        return o[ns] = o[ns] || [], ns !== wildcardFirstSym && o[ns].length === 0 && o[ns].push(...o[wildcardFirstSym] || []), ns === wildcardFirstSym && Object.keys(o).forEach(function(k) {
          o[k] && o[k].push(nextPath);
        }), o[ns].push(nextPath), o;
      }, /* @__PURE__ */ Object.create(null)), result = Object.assign(/* @__PURE__ */ Object.create(null), {
        [redactFmtSym]: Redact({ paths, censor, serialize, strict, remove })
      }), topCensor = (...args) => serialize(typeof censor == "function" ? censor(...args) : censor);
      return [...Object.keys(shape), ...Object.getOwnPropertySymbols(shape)].reduce((o, k) => {
        if (shape[k] === null)
          o[k] = (value) => topCensor(value, [k]);
        else {
          let wrappedCensor = typeof censor == "function" ? (value, path2) => censor(value, [k, ...path2]) : censor;
          o[k] = Redact({
            paths: shape[k],
            censor: wrappedCensor,
            serialize,
            strict,
            remove
          });
        }
        return o;
      }, result);
    }
    function handle(opts) {
      if (Array.isArray(opts))
        return opts = { paths: opts, censor: CENSOR }, opts;
      let { paths, censor = CENSOR, remove } = opts;
      if (Array.isArray(paths) === !1)
        throw Error("pino \u2013 redact must contain an array of strings");
      return remove === !0 && (censor = void 0), { paths, censor, remove };
    }
    module2.exports = redaction;
  }
});

// node_modules/pino/lib/time.js
var require_time = __commonJS({
  "node_modules/pino/lib/time.js"(exports2, module2) {
    "use strict";
    var nullTime = () => "", epochTime = () => `,"time":${Date.now()}`, unixTime = () => `,"time":${Math.round(Date.now() / 1e3)}`, isoTime = () => `,"time":"${new Date(Date.now()).toISOString()}"`, NS_PER_MS = 1000000n, NS_PER_SEC = 1000000000n, startWallTimeNs = BigInt(Date.now()) * NS_PER_MS, startHrTime = process.hrtime.bigint(), isoTimeNano = () => {
      let elapsedNs = process.hrtime.bigint() - startHrTime, currentTimeNs = startWallTimeNs + elapsedNs, secondsSinceEpoch = currentTimeNs / NS_PER_SEC, nanosWithinSecond = currentTimeNs % NS_PER_SEC, msSinceEpoch = Number(secondsSinceEpoch * 1000n + nanosWithinSecond / 1000000n), date = new Date(msSinceEpoch), year = date.getUTCFullYear(), month = (date.getUTCMonth() + 1).toString().padStart(2, "0"), day = date.getUTCDate().toString().padStart(2, "0"), hours = date.getUTCHours().toString().padStart(2, "0"), minutes = date.getUTCMinutes().toString().padStart(2, "0"), seconds = date.getUTCSeconds().toString().padStart(2, "0");
      return `,"time":"${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${nanosWithinSecond.toString().padStart(9, "0")}Z"`;
    };
    module2.exports = { nullTime, epochTime, unixTime, isoTime, isoTimeNano };
  }
});

// node_modules/quick-format-unescaped/index.js
var require_quick_format_unescaped = __commonJS({
  "node_modules/quick-format-unescaped/index.js"(exports2, module2) {
    "use strict";
    function tryStringify(o) {
      try {
        return JSON.stringify(o);
      } catch {
        return '"[Circular]"';
      }
    }
    module2.exports = format;
    function format(f, args, opts) {
      var ss = opts && opts.stringify || tryStringify, offset = 1;
      if (typeof f == "object" && f !== null) {
        var len = args.length + offset;
        if (len === 1) return f;
        var objects = new Array(len);
        objects[0] = ss(f);
        for (var index = 1; index < len; index++)
          objects[index] = ss(args[index]);
        return objects.join(" ");
      }
      if (typeof f != "string")
        return f;
      var argLen = args.length;
      if (argLen === 0) return f;
      for (var str = "", a = 1 - offset, lastPos = -1, flen = f && f.length || 0, i = 0; i < flen; ) {
        if (f.charCodeAt(i) === 37 && i + 1 < flen) {
          switch (lastPos = lastPos > -1 ? lastPos : 0, f.charCodeAt(i + 1)) {
            case 100:
            // 'd'
            case 102:
              if (a >= argLen || args[a] == null) break;
              lastPos < i && (str += f.slice(lastPos, i)), str += Number(args[a]), lastPos = i + 2, i++;
              break;
            case 105:
              if (a >= argLen || args[a] == null) break;
              lastPos < i && (str += f.slice(lastPos, i)), str += Math.floor(Number(args[a])), lastPos = i + 2, i++;
              break;
            case 79:
            // 'O'
            case 111:
            // 'o'
            case 106:
              if (a >= argLen || args[a] === void 0) break;
              lastPos < i && (str += f.slice(lastPos, i));
              var type = typeof args[a];
              if (type === "string") {
                str += "'" + args[a] + "'", lastPos = i + 2, i++;
                break;
              }
              if (type === "function") {
                str += args[a].name || "<anonymous>", lastPos = i + 2, i++;
                break;
              }
              str += ss(args[a]), lastPos = i + 2, i++;
              break;
            case 115:
              if (a >= argLen)
                break;
              lastPos < i && (str += f.slice(lastPos, i)), str += String(args[a]), lastPos = i + 2, i++;
              break;
            case 37:
              lastPos < i && (str += f.slice(lastPos, i)), str += "%", lastPos = i + 2, i++, a--;
              break;
          }
          ++a;
        }
        ++i;
      }
      return lastPos === -1 ? f : (lastPos < flen && (str += f.slice(lastPos)), str);
    }
  }
});

// node_modules/atomic-sleep/index.js
var require_atomic_sleep = __commonJS({
  "node_modules/atomic-sleep/index.js"(exports2, module2) {
    "use strict";
    if (typeof SharedArrayBuffer < "u" && typeof Atomics < "u") {
      let sleep = function(ms) {
        if ((ms > 0 && ms < 1 / 0) === !1)
          throw typeof ms != "number" && typeof ms != "bigint" ? TypeError("sleep: ms must be a number") : RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        Atomics.wait(nil, 0, 0, Number(ms));
      }, nil = new Int32Array(new SharedArrayBuffer(4));
      module2.exports = sleep;
    } else {
      let sleep = function(ms) {
        if ((ms > 0 && ms < 1 / 0) === !1)
          throw typeof ms != "number" && typeof ms != "bigint" ? TypeError("sleep: ms must be a number") : RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        let target = Date.now() + Number(ms);
        for (; target > Date.now(); )
          ;
      };
      module2.exports = sleep;
    }
  }
});

// node_modules/sonic-boom/index.js
var require_sonic_boom = __commonJS({
  "node_modules/sonic-boom/index.js"(exports2, module2) {
    "use strict";
    var fs = __require("fs"), EventEmitter = __require("events"), inherits = __require("util").inherits, path2 = __require("path"), sleep = require_atomic_sleep(), assert = __require("assert"), BUSY_WRITE_TIMEOUT = 100, kEmptyBuffer = Buffer.allocUnsafe(0), MAX_WRITE = 16 * 1024, kContentModeBuffer = "buffer", kContentModeUtf8 = "utf8", [major, minor] = (process.versions.node || "0.0").split(".").map(Number), kCopyBuffer = major >= 22 && minor >= 7;
    function openFile(file, sonic) {
      sonic._opening = !0, sonic._writing = !0, sonic._asyncDrainScheduled = !1;
      function fileOpened(err, fd) {
        if (err) {
          sonic._reopening = !1, sonic._writing = !1, sonic._opening = !1, sonic.sync ? process.nextTick(() => {
            sonic.listenerCount("error") > 0 && sonic.emit("error", err);
          }) : sonic.emit("error", err);
          return;
        }
        let reopening = sonic._reopening;
        sonic.fd = fd, sonic.file = file, sonic._reopening = !1, sonic._opening = !1, sonic._writing = !1, sonic.sync ? process.nextTick(() => sonic.emit("ready")) : sonic.emit("ready"), !sonic.destroyed && (!sonic._writing && sonic._len > sonic.minLength || sonic._flushPending ? sonic._actualWrite() : reopening && process.nextTick(() => sonic.emit("drain")));
      }
      let flags = sonic.append ? "a" : "w", mode = sonic.mode;
      if (sonic.sync)
        try {
          sonic.mkdir && fs.mkdirSync(path2.dirname(file), { recursive: !0 });
          let fd = fs.openSync(file, flags, mode);
          fileOpened(null, fd);
        } catch (err) {
          throw fileOpened(err), err;
        }
      else sonic.mkdir ? fs.mkdir(path2.dirname(file), { recursive: !0 }, (err) => {
        if (err) return fileOpened(err);
        fs.open(file, flags, mode, fileOpened);
      }) : fs.open(file, flags, mode, fileOpened);
    }
    function SonicBoom(opts) {
      if (!(this instanceof SonicBoom))
        return new SonicBoom(opts);
      let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = !0, mkdir, retryEAGAIN, fsync, contentMode, mode } = opts || {};
      fd = fd || dest, this._len = 0, this.fd = -1, this._bufs = [], this._lens = [], this._writing = !1, this._ending = !1, this._reopening = !1, this._asyncDrainScheduled = !1, this._flushPending = !1, this._hwm = Math.max(minLength || 0, 16387), this.file = null, this.destroyed = !1, this.minLength = minLength || 0, this.maxLength = maxLength || 0, this.maxWrite = maxWrite || MAX_WRITE, this._periodicFlush = periodicFlush || 0, this._periodicFlushTimer = void 0, this.sync = sync || !1, this.writable = !0, this._fsync = fsync || !1, this.append = append || !1, this.mode = mode, this.retryEAGAIN = retryEAGAIN || (() => !0), this.mkdir = mkdir || !1;
      let fsWriteSync, fsWrite;
      if (contentMode === kContentModeBuffer)
        this._writingBuf = kEmptyBuffer, this.write = writeBuffer, this.flush = flushBuffer, this.flushSync = flushBufferSync, this._actualWrite = actualWriteBuffer, fsWriteSync = () => fs.writeSync(this.fd, this._writingBuf), fsWrite = () => fs.write(this.fd, this._writingBuf, this.release);
      else if (contentMode === void 0 || contentMode === kContentModeUtf8)
        this._writingBuf = "", this.write = write, this.flush = flush, this.flushSync = flushSync, this._actualWrite = actualWrite, fsWriteSync = () => Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8"), fsWrite = () => Buffer.isBuffer(this._writingBuf) ? fs.write(this.fd, this._writingBuf, this.release) : fs.write(this.fd, this._writingBuf, "utf8", this.release);
      else
        throw new Error(`SonicBoom supports "${kContentModeUtf8}" and "${kContentModeBuffer}", but passed ${contentMode}`);
      if (typeof fd == "number")
        this.fd = fd, process.nextTick(() => this.emit("ready"));
      else if (typeof fd == "string")
        openFile(fd, this);
      else
        throw new Error("SonicBoom supports only file descriptors and files");
      if (this.minLength >= this.maxWrite)
        throw new Error(`minLength should be smaller than maxWrite (${this.maxWrite})`);
      this.release = (err, n) => {
        if (err) {
          if ((err.code === "EAGAIN" || err.code === "EBUSY") && this.retryEAGAIN(err, this._writingBuf.length, this._len - this._writingBuf.length))
            if (this.sync)
              try {
                sleep(BUSY_WRITE_TIMEOUT), this.release(void 0, 0);
              } catch (err2) {
                this.release(err2);
              }
            else
              setTimeout(fsWrite, BUSY_WRITE_TIMEOUT);
          else
            this._writing = !1, this.emit("error", err);
          return;
        }
        this.emit("write", n);
        let releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n);
        if (this._len = releasedBufObj.len, this._writingBuf = releasedBufObj.writingBuf, this._writingBuf.length) {
          if (!this.sync) {
            fsWrite();
            return;
          }
          try {
            do {
              let n2 = fsWriteSync(), releasedBufObj2 = releaseWritingBuf(this._writingBuf, this._len, n2);
              this._len = releasedBufObj2.len, this._writingBuf = releasedBufObj2.writingBuf;
            } while (this._writingBuf.length);
          } catch (err2) {
            this.release(err2);
            return;
          }
        }
        this._fsync && fs.fsyncSync(this.fd);
        let len = this._len;
        this._reopening ? (this._writing = !1, this._reopening = !1, this.reopen()) : len > this.minLength ? this._actualWrite() : this._ending ? len > 0 ? this._actualWrite() : (this._writing = !1, actualClose(this)) : (this._writing = !1, this.sync ? this._asyncDrainScheduled || (this._asyncDrainScheduled = !0, process.nextTick(emitDrain, this)) : this.emit("drain"));
      }, this.on("newListener", function(name) {
        name === "drain" && (this._asyncDrainScheduled = !1);
      }), this._periodicFlush !== 0 && (this._periodicFlushTimer = setInterval(() => this.flush(null), this._periodicFlush), this._periodicFlushTimer.unref());
    }
    function releaseWritingBuf(writingBuf, len, n) {
      return typeof writingBuf == "string" && (writingBuf = Buffer.from(writingBuf)), len = Math.max(len - n, 0), writingBuf = writingBuf.subarray(n), { writingBuf, len };
    }
    function emitDrain(sonic) {
      sonic.listenerCount("drain") > 0 && (sonic._asyncDrainScheduled = !1, sonic.emit("drain"));
    }
    inherits(SonicBoom, EventEmitter);
    function mergeBuf(bufs, len) {
      return bufs.length === 0 ? kEmptyBuffer : bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, len);
    }
    function write(data) {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      data = "" + data;
      let dataLen = Buffer.byteLength(data), len = this._len + dataLen, bufs = this._bufs;
      return this.maxLength && len > this.maxLength ? (this.emit("drop", data), this._len < this._hwm) : (bufs.length === 0 || Buffer.byteLength(bufs[bufs.length - 1]) + dataLen > this.maxWrite ? bufs.push(data) : bufs[bufs.length - 1] += data, this._len = len, !this._writing && this._len >= this.minLength && this._actualWrite(), this._len < this._hwm);
    }
    function writeBuffer(data) {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      let len = this._len + data.length, bufs = this._bufs, lens = this._lens;
      return this.maxLength && len > this.maxLength ? (this.emit("drop", data), this._len < this._hwm) : (bufs.length === 0 || lens[lens.length - 1] + data.length > this.maxWrite ? (bufs.push([data]), lens.push(data.length)) : (bufs[bufs.length - 1].push(data), lens[lens.length - 1] += data.length), this._len = len, !this._writing && this._len >= this.minLength && this._actualWrite(), this._len < this._hwm);
    }
    function callFlushCallbackOnDrain(cb) {
      this._flushPending = !0;
      let onDrain = () => {
        if (this._fsync)
          this._flushPending = !1, cb();
        else
          try {
            fs.fsync(this.fd, (err) => {
              this._flushPending = !1, cb(err);
            });
          } catch (err) {
            cb(err);
          }
        this.off("error", onError);
      }, onError = (err) => {
        this._flushPending = !1, cb(err), this.off("drain", onDrain);
      };
      this.once("drain", onDrain), this.once("error", onError);
    }
    function flush(cb) {
      if (cb != null && typeof cb != "function")
        throw new Error("flush cb must be a function");
      if (this.destroyed) {
        let error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb?.();
        return;
      }
      cb && callFlushCallbackOnDrain.call(this, cb), !this._writing && (this._bufs.length === 0 && this._bufs.push(""), this._actualWrite());
    }
    function flushBuffer(cb) {
      if (cb != null && typeof cb != "function")
        throw new Error("flush cb must be a function");
      if (this.destroyed) {
        let error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb?.();
        return;
      }
      cb && callFlushCallbackOnDrain.call(this, cb), !this._writing && (this._bufs.length === 0 && (this._bufs.push([]), this._lens.push(0)), this._actualWrite());
    }
    SonicBoom.prototype.reopen = function(file) {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      if (this._opening) {
        this.once("ready", () => {
          this.reopen(file);
        });
        return;
      }
      if (this._ending)
        return;
      if (!this.file)
        throw new Error("Unable to reopen a file descriptor, you must pass a file to SonicBoom");
      if (file && (this.file = file), this._reopening = !0, this._writing)
        return;
      let fd = this.fd;
      this.once("ready", () => {
        fd !== this.fd && fs.close(fd, (err) => {
          if (err)
            return this.emit("error", err);
        });
      }), openFile(this.file, this);
    };
    SonicBoom.prototype.end = function() {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      if (this._opening) {
        this.once("ready", () => {
          this.end();
        });
        return;
      }
      this._ending || (this._ending = !0, !this._writing && (this._len > 0 && this.fd >= 0 ? this._actualWrite() : actualClose(this)));
    };
    function flushSync() {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      if (this.fd < 0)
        throw new Error("sonic boom is not ready yet");
      !this._writing && this._writingBuf.length > 0 && (this._bufs.unshift(this._writingBuf), this._writingBuf = "");
      let buf = "";
      for (; this._bufs.length || buf.length; ) {
        buf.length <= 0 && (buf = this._bufs[0]);
        try {
          let n = Buffer.isBuffer(buf) ? fs.writeSync(this.fd, buf) : fs.writeSync(this.fd, buf, "utf8"), releasedBufObj = releaseWritingBuf(buf, this._len, n);
          buf = releasedBufObj.writingBuf, this._len = releasedBufObj.len, buf.length <= 0 && this._bufs.shift();
        } catch (err) {
          if ((err.code === "EAGAIN" || err.code === "EBUSY") && !this.retryEAGAIN(err, buf.length, this._len - buf.length))
            throw err;
          sleep(BUSY_WRITE_TIMEOUT);
        }
      }
      try {
        fs.fsyncSync(this.fd);
      } catch {
      }
    }
    function flushBufferSync() {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      if (this.fd < 0)
        throw new Error("sonic boom is not ready yet");
      !this._writing && this._writingBuf.length > 0 && (this._bufs.unshift([this._writingBuf]), this._writingBuf = kEmptyBuffer);
      let buf = kEmptyBuffer;
      for (; this._bufs.length || buf.length; ) {
        buf.length <= 0 && (buf = mergeBuf(this._bufs[0], this._lens[0]));
        try {
          let n = fs.writeSync(this.fd, buf);
          buf = buf.subarray(n), this._len = Math.max(this._len - n, 0), buf.length <= 0 && (this._bufs.shift(), this._lens.shift());
        } catch (err) {
          if ((err.code === "EAGAIN" || err.code === "EBUSY") && !this.retryEAGAIN(err, buf.length, this._len - buf.length))
            throw err;
          sleep(BUSY_WRITE_TIMEOUT);
        }
      }
    }
    SonicBoom.prototype.destroy = function() {
      this.destroyed || actualClose(this);
    };
    function actualWrite() {
      let release = this.release;
      if (this._writing = !0, this._writingBuf = this._writingBuf.length ? this._writingBuf : this._bufs.shift() || "", this.sync)
        try {
          let written = Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8");
          release(null, written);
        } catch (err) {
          release(err);
        }
      else
        fs.write(this.fd, this._writingBuf, release);
    }
    function actualWriteBuffer() {
      let release = this.release;
      if (this._writing = !0, this._writingBuf = this._writingBuf.length ? this._writingBuf : mergeBuf(this._bufs.shift(), this._lens.shift()), this.sync)
        try {
          let written = fs.writeSync(this.fd, this._writingBuf);
          release(null, written);
        } catch (err) {
          release(err);
        }
      else
        kCopyBuffer && (this._writingBuf = Buffer.from(this._writingBuf)), fs.write(this.fd, this._writingBuf, release);
    }
    function actualClose(sonic) {
      if (sonic.fd === -1) {
        sonic.once("ready", actualClose.bind(null, sonic));
        return;
      }
      sonic._periodicFlushTimer !== void 0 && clearInterval(sonic._periodicFlushTimer), sonic.destroyed = !0, sonic._bufs = [], sonic._lens = [], assert(typeof sonic.fd == "number", `sonic.fd must be a number, got ${typeof sonic.fd}`);
      try {
        fs.fsync(sonic.fd, closeWrapped);
      } catch {
      }
      function closeWrapped() {
        sonic.fd !== 1 && sonic.fd !== 2 ? fs.close(sonic.fd, done) : done();
      }
      function done(err) {
        if (err) {
          sonic.emit("error", err);
          return;
        }
        sonic._ending && !sonic._writing && sonic.emit("finish"), sonic.emit("close");
      }
    }
    SonicBoom.SonicBoom = SonicBoom;
    SonicBoom.default = SonicBoom;
    module2.exports = SonicBoom;
  }
});

// node_modules/on-exit-leak-free/index.js
var require_on_exit_leak_free = __commonJS({
  "node_modules/on-exit-leak-free/index.js"(exports2, module2) {
    "use strict";
    var refs = {
      exit: [],
      beforeExit: []
    }, functions = {
      exit: onExit,
      beforeExit: onBeforeExit
    }, registry;
    function ensureRegistry() {
      registry === void 0 && (registry = new FinalizationRegistry(clear));
    }
    function install(event) {
      refs[event].length > 0 || process.on(event, functions[event]);
    }
    function uninstall(event) {
      refs[event].length > 0 || (process.removeListener(event, functions[event]), refs.exit.length === 0 && refs.beforeExit.length === 0 && (registry = void 0));
    }
    function onExit() {
      callRefs("exit");
    }
    function onBeforeExit() {
      callRefs("beforeExit");
    }
    function callRefs(event) {
      for (let ref of refs[event]) {
        let obj = ref.deref(), fn = ref.fn;
        obj !== void 0 && fn(obj, event);
      }
      refs[event] = [];
    }
    function clear(ref) {
      for (let event of ["exit", "beforeExit"]) {
        let index = refs[event].indexOf(ref);
        refs[event].splice(index, index + 1), uninstall(event);
      }
    }
    function _register(event, obj, fn) {
      if (obj === void 0)
        throw new Error("the object can't be undefined");
      install(event);
      let ref = new WeakRef(obj);
      ref.fn = fn, ensureRegistry(), registry.register(obj, ref), refs[event].push(ref);
    }
    function register(obj, fn) {
      _register("exit", obj, fn);
    }
    function registerBeforeExit(obj, fn) {
      _register("beforeExit", obj, fn);
    }
    function unregister(obj) {
      if (registry !== void 0) {
        registry.unregister(obj);
        for (let event of ["exit", "beforeExit"])
          refs[event] = refs[event].filter((ref) => {
            let _obj = ref.deref();
            return _obj && _obj !== obj;
          }), uninstall(event);
      }
    }
    module2.exports = {
      register,
      registerBeforeExit,
      unregister
    };
  }
});

// node_modules/thread-stream/package.json
var require_package = __commonJS({
  "node_modules/thread-stream/package.json"(exports2, module2) {
    module2.exports = {
      name: "thread-stream",
      version: "4.2.1",
      description: "A streaming way to send data to a Node.js Worker Thread",
      main: "index.js",
      types: "index.d.ts",
      engines: {
        node: ">=20"
      },
      dependencies: {
        "real-require": "^1.0.0"
      },
      devDependencies: {
        "@types/node": "^26.1.1",
        "@yao-pkg/pkg": "^6.0.0",
        borp: "^1.0.0",
        desm: "^1.3.0",
        eslint: "^9.39.1",
        fastbench: "^1.0.1",
        neostandard: "^0.13.0",
        "pino-elasticsearch": "^9.0.0",
        "sonic-boom": "^5.0.0",
        "ts-node": "^10.8.0",
        tsd: "^0.33.0",
        typescript: "~5.7.3"
      },
      scripts: {
        build: "tsc --noEmit",
        lint: "eslint",
        test: 'npm run lint && npm run build && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:ci": 'npm run lint && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:types": "tsd",
        "test:yarn": 'npm run transpile && borp --expose-gc --pattern "test/*.test.js"',
        transpile: "sh ./test/ts/transpile.sh"
      },
      tsd: {
        directory: "test/types"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/mcollina/thread-stream.git"
      },
      keywords: [
        "worker",
        "thread",
        "threads",
        "stream"
      ],
      author: "Matteo Collina <hello@matteocollina.com>",
      license: "MIT",
      bugs: {
        url: "https://github.com/mcollina/thread-stream/issues"
      },
      homepage: "https://github.com/mcollina/thread-stream#readme"
    };
  }
});

// node_modules/thread-stream/lib/wait.js
var require_wait = __commonJS({
  "node_modules/thread-stream/lib/wait.js"(exports2, module2) {
    "use strict";
    function wait2(state, index, expected, timeout, done) {
      let max = timeout === 1 / 0 ? 1 / 0 : Date.now() + timeout, check = (previous) => {
        let current = Atomics.load(state, index);
        if (current >= expected) {
          done(null, "ok");
          return;
        }
        if (previous !== void 0 && current !== previous) {
          done(null, "not-equal");
          return;
        }
        if (max !== 1 / 0 && Date.now() > max) {
          done(null, "timed-out");
          return;
        }
        let remaining = max === 1 / 0 ? 1e4 : Math.min(1e4, Math.max(1, max - Date.now())), result = Atomics.waitAsync(state, index, current, remaining);
        result.async ? result.value.then((res) => {
          if (res === "ok") {
            let latest = Atomics.load(state, index);
            done(null, latest >= expected ? "ok" : "not-equal");
            return;
          }
          check(current);
        }) : setImmediate(done, null, "not-equal");
      };
      check();
    }
    function waitDiff(state, index, expected, timeout, done) {
      let max = timeout === 1 / 0 ? 1 / 0 : Date.now() + timeout, check = () => {
        if (Atomics.load(state, index) !== expected) {
          done(null, "ok");
          return;
        }
        if (max !== 1 / 0 && Date.now() > max) {
          done(null, "timed-out");
          return;
        }
        let remaining = max === 1 / 0 ? 1e4 : Math.min(1e4, Math.max(1, max - Date.now())), result = Atomics.waitAsync(state, index, expected, remaining);
        result.async ? result.value.then((res) => {
          if (res === "ok") {
            done(null, "ok");
            return;
          }
          check();
        }) : setImmediate(check);
      };
      check();
    }
    module2.exports = { wait: wait2, waitDiff };
  }
});

// node_modules/thread-stream/lib/indexes.js
var require_indexes = __commonJS({
  "node_modules/thread-stream/lib/indexes.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      WRITE_INDEX: 4,
      READ_INDEX: 8,
      SEQ_INDEX: 2
    };
  }
});

// node_modules/thread-stream/index.js
var require_thread_stream = __commonJS({
  "node_modules/thread-stream/index.js"(exports2, module2) {
    "use strict";
    var { version } = require_package(), { EventEmitter } = __require("events"), { Worker } = __require("worker_threads"), { join } = __require("path"), { pathToFileURL: pathToFileURL2 } = __require("url"), { wait: wait2 } = require_wait(), {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    } = require_indexes(), buffer = __require("buffer"), assert = __require("assert"), kImpl = /* @__PURE__ */ Symbol("kImpl"), MAX_STRING = buffer.constants.MAX_STRING_LENGTH;
    function noop() {
    }
    function updateState(stream, fn) {
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1), fn(), Atomics.add(stream[kImpl].state, SEQ_INDEX, 1), Atomics.notify(stream[kImpl].state, SEQ_INDEX);
    }
    function resetIndexes(stream) {
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, READ_INDEX, 0), Atomics.store(stream[kImpl].state, WRITE_INDEX, 0);
      }), Atomics.notify(stream[kImpl].state, READ_INDEX);
    }
    var FakeWeakRef = class {
      constructor(value) {
        this._value = value;
      }
      deref() {
        return this._value;
      }
    }, FakeFinalizationRegistry = class {
      register() {
      }
      unregister() {
      }
    }, FinalizationRegistry2 = process.env.NODE_V8_COVERAGE ? FakeFinalizationRegistry : global.FinalizationRegistry || FakeFinalizationRegistry, WeakRef2 = process.env.NODE_V8_COVERAGE ? FakeWeakRef : global.WeakRef || FakeWeakRef, registry = new FinalizationRegistry2((worker) => {
      worker.exited || worker.terminate();
    });
    function createWorker(stream, opts) {
      let { filename, workerData } = opts, toExecute = ("__bundlerPathsOverrides" in globalThis ? globalThis.__bundlerPathsOverrides : {})["thread-stream-worker"] || join(__dirname, "lib", "worker.js"), worker = new Worker(toExecute, {
        ...opts.workerOpts,
        name: opts.workerOpts?.name || "thread-stream",
        trackUnmanagedFds: !1,
        workerData: {
          filename: filename.indexOf("file://") === 0 ? filename : pathToFileURL2(filename).href,
          dataBuf: stream[kImpl].dataBuf,
          stateBuf: stream[kImpl].stateBuf,
          workerData: {
            $context: {
              threadStreamVersion: version
            },
            ...workerData
          }
        }
      });
      return worker.stream = new FakeWeakRef(stream), worker.on("message", onWorkerMessage), worker.on("exit", onWorkerExit), registry.register(stream, worker), worker;
    }
    function drain(stream) {
      assert(!stream[kImpl].sync), stream[kImpl].needDrain && (stream[kImpl].needDrain = !1, stream.emit("drain"));
    }
    function nextFlush(stream) {
      for (; ; ) {
        let writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (stream.destroyed || writeIndex < 0)
          return;
        let leftover = stream[kImpl].data.length - writeIndex;
        if (leftover > 0) {
          if (stream[kImpl].bufLen === 0) {
            stream[kImpl].flushing = !1, stream[kImpl].ending ? end(stream) : stream[kImpl].needDrain && process.nextTick(drain, stream);
            return;
          }
          write(stream, leftover, noop);
          continue;
        }
        if (leftover === 0) {
          if (writeIndex === 0 && stream[kImpl].bufLen === 0)
            return;
          waitForRead(stream, () => {
            stream.destroyed || (resetIndexes(stream), nextFlush(stream));
          });
          return;
        }
        destroy(stream, new Error("overwritten"));
        return;
      }
    }
    function onWorkerMessage(msg) {
      let stream = this.stream.deref();
      if (stream === void 0) {
        this.exited = !0, this.terminate();
        return;
      }
      if (msg?.code != null)
        switch (msg.code) {
          case "READY":
            stream[kImpl].ending || (this.stream = new WeakRef2(stream)), waitForRead(stream, () => {
              stream[kImpl].ready = !0, stream.emit("ready");
            });
            break;
          case "ERROR":
            destroy(stream, msg.err);
            break;
          case "EVENT":
            Array.isArray(msg.args) ? stream.emit(msg.name, ...msg.args) : stream.emit(msg.name, msg.args);
            break;
          case "FLUSHED": {
            if (msg.context !== "thread-stream") {
              destroy(stream, new Error("this should not happen: " + msg.code));
              break;
            }
            let cb = stream[kImpl].flushCallbacks.get(msg.id);
            cb && (stream[kImpl].flushCallbacks.delete(msg.id), process.nextTick(cb));
            break;
          }
          case "WARNING":
            process.emitWarning(msg.err);
            break;
          default:
            destroy(stream, new Error("this should not happen: " + msg.code));
        }
    }
    function onWorkerExit(code) {
      let stream = this.stream.deref();
      stream !== void 0 && (registry.unregister(stream), stream.worker.exited = !0, stream.worker.off("exit", onWorkerExit), destroy(stream, code !== 0 ? new Error("the worker thread exited") : null));
    }
    var ThreadStream = class extends EventEmitter {
      constructor(opts = {}) {
        if (super(), opts.bufferSize < 4)
          throw new Error("bufferSize must at least fit a 4-byte utf-8 char");
        this[kImpl] = {}, this[kImpl].stateBuf = new SharedArrayBuffer(128), this[kImpl].state = new Int32Array(this[kImpl].stateBuf), this[kImpl].dataBuf = new SharedArrayBuffer(opts.bufferSize || 4 * 1024 * 1024), this[kImpl].data = Buffer.from(this[kImpl].dataBuf), this[kImpl].sync = opts.sync || !1, this[kImpl].ending = !1, this[kImpl].ended = !1, this[kImpl].needDrain = !1, this[kImpl].destroyed = !1, this[kImpl].flushing = !1, this[kImpl].ready = !1, this[kImpl].finished = !1, this[kImpl].errored = null, this[kImpl].closed = !1, this[kImpl].buf = [], this[kImpl].bufHead = 0, this[kImpl].bufLen = 0, this[kImpl].flushCallbacks = /* @__PURE__ */ new Map(), this[kImpl].nextFlushId = 0, this[kImpl].flushRetainCount = 0, this[kImpl].userRef = !0, this.worker = createWorker(this, opts), this.on("message", (message, transferList) => {
          this.worker.postMessage(message, transferList);
        });
      }
      write(data) {
        let dataBuf = Buffer.isBuffer(data) ? data : Buffer.from(data);
        if (this[kImpl].destroyed)
          return error(this, new Error("the worker has exited")), !1;
        if (this[kImpl].ending)
          return error(this, new Error("the worker is ending")), !1;
        if (this[kImpl].flushing && this[kImpl].bufLen + dataBuf.length >= MAX_STRING)
          try {
            writeSync(this), this[kImpl].flushing = !0;
          } catch (err) {
            return destroy(this, err), !1;
          }
        if (this[kImpl].buf.push(dataBuf), this[kImpl].bufLen += dataBuf.length, this[kImpl].sync)
          try {
            return writeSync(this), !0;
          } catch (err) {
            return destroy(this, err), !1;
          }
        return this[kImpl].flushing || (this[kImpl].flushing = !0, setImmediate(nextFlush, this)), this[kImpl].needDrain = this[kImpl].data.length - this[kImpl].bufLen - Atomics.load(this[kImpl].state, WRITE_INDEX) <= 0, !this[kImpl].needDrain;
      }
      end() {
        this[kImpl].destroyed || (this[kImpl].ending = !0, this.worker.stream = new FakeWeakRef(this), end(this));
      }
      flush(cb) {
        let userCb = typeof cb == "function" ? cb : null;
        cb = userCb || noop, userCb && retainWorkerForPendingFlush(this);
        let finished = !1, done = (err) => {
          finished || (finished = !0, userCb && releaseWorkerForPendingFlush(this), cb(err));
        };
        flushBuffer(this, (err) => {
          if (err) {
            process.nextTick(done, err);
            return;
          }
          requestWorkerFlush(this, done);
        });
      }
      flushSync() {
        this[kImpl].destroyed || (writeSync(this), flushSync(this));
      }
      unref() {
        this[kImpl].userRef = !1, this[kImpl].flushRetainCount === 0 && this.worker.unref();
      }
      ref() {
        this[kImpl].userRef = !0, this.worker.ref();
      }
      get ready() {
        return this[kImpl].ready;
      }
      get destroyed() {
        return this[kImpl].destroyed;
      }
      get closed() {
        return this[kImpl].closed;
      }
      get writable() {
        return !this[kImpl].destroyed && !this[kImpl].ending;
      }
      get writableEnded() {
        return this[kImpl].ending;
      }
      get writableFinished() {
        return this[kImpl].finished;
      }
      get writableNeedDrain() {
        return this[kImpl].needDrain;
      }
      get writableObjectMode() {
        return !1;
      }
      get writableErrored() {
        return this[kImpl].errored;
      }
    };
    function flushBuffer(stream, cb) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].sync && (stream[kImpl].flushing || stream[kImpl].bufLen > 0)) {
        setImmediate(flushBuffer, stream, cb);
        return;
      }
      waitForRead(stream, cb);
    }
    function waitForRead(stream, cb) {
      let writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      wait2(stream[kImpl].state, READ_INDEX, writeIndex, 1 / 0, (err, res) => {
        if (err) {
          destroy(stream, err), cb(err);
          return;
        }
        if (res !== "ok") {
          waitForRead(stream, cb);
          return;
        }
        cb();
      });
    }
    function retainWorkerForPendingFlush(stream) {
      stream[kImpl].flushRetainCount === 0 && stream.worker.ref(), stream[kImpl].flushRetainCount++;
    }
    function releaseWorkerForPendingFlush(stream) {
      stream[kImpl].flushRetainCount !== 0 && (stream[kImpl].flushRetainCount--, stream[kImpl].flushRetainCount === 0 && !stream[kImpl].userRef && stream.worker.unref());
    }
    function requestWorkerFlush(stream, cb) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].ready) {
        let onReady = () => {
          cleanup(), requestWorkerFlush(stream, cb);
        }, onClose = () => {
          cleanup(), process.nextTick(cb, new Error("the worker has exited"));
        }, cleanup = () => {
          stream.off("ready", onReady), stream.off("close", onClose);
        };
        stream.once("ready", onReady), stream.once("close", onClose);
        return;
      }
      let id = ++stream[kImpl].nextFlushId;
      stream[kImpl].flushCallbacks.set(id, cb);
      try {
        stream.worker.postMessage({
          code: "FLUSH",
          context: "thread-stream",
          id
        });
      } catch (err) {
        stream[kImpl].flushCallbacks.delete(id), destroy(stream, err), process.nextTick(cb, err);
      }
    }
    function failPendingFlushCallbacks(stream, err) {
      let callbacks = stream[kImpl].flushCallbacks;
      if (callbacks.size === 0)
        return;
      let flushErr = err || new Error("the worker has exited");
      for (let cb of callbacks.values())
        process.nextTick(cb, flushErr);
      callbacks.clear();
    }
    function error(stream, err) {
      setImmediate(() => {
        stream.emit("error", err);
      });
    }
    function destroy(stream, err) {
      stream[kImpl].destroyed || (stream[kImpl].destroyed = !0, failPendingFlushCallbacks(stream, err), err && (stream[kImpl].errored = err, error(stream, err)), stream.worker.exited ? setImmediate(() => {
        stream[kImpl].closed = !0, stream.emit("close");
      }) : stream.worker.terminate().catch(() => {
      }).then(() => {
        stream[kImpl].closed = !0, stream.emit("close");
      }));
    }
    function write(stream, maxBytes, cb) {
      let offset = Atomics.load(stream[kImpl].state, WRITE_INDEX), remaining = maxBytes;
      for (; remaining > 0 && stream[kImpl].bufLen !== 0; ) {
        let head = stream[kImpl].bufHead, buf = stream[kImpl].buf[head];
        if (buf.length <= remaining) {
          buf.copy(stream[kImpl].data, offset), offset += buf.length, remaining -= buf.length, stream[kImpl].bufLen -= buf.length, stream[kImpl].bufHead = head + 1, stream[kImpl].bufHead === stream[kImpl].buf.length ? (stream[kImpl].buf.length = 0, stream[kImpl].bufHead = 0) : stream[kImpl].bufHead >= 1024 && stream[kImpl].bufHead * 2 >= stream[kImpl].buf.length && (stream[kImpl].buf.splice(0, stream[kImpl].bufHead), stream[kImpl].bufHead = 0);
          continue;
        }
        buf.copy(stream[kImpl].data, offset, 0, remaining), stream[kImpl].buf[head] = buf.subarray(remaining), stream[kImpl].bufLen -= remaining, offset += remaining, remaining = 0;
      }
      return updateState(stream, () => {
        Atomics.store(stream[kImpl].state, WRITE_INDEX, offset);
      }), cb(), !0;
    }
    function end(stream) {
      if (!(stream[kImpl].ended || !stream[kImpl].ending || stream[kImpl].flushing)) {
        stream[kImpl].ended = !0;
        try {
          stream.flushSync();
          let readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
          updateState(stream, () => {
            Atomics.store(stream[kImpl].state, WRITE_INDEX, -1);
          });
          let spins = 0;
          for (; readIndex !== -1; ) {
            if (Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3), readIndex = Atomics.load(stream[kImpl].state, READ_INDEX), readIndex === -2) {
              destroy(stream, new Error("end() failed"));
              return;
            }
            if (++spins === 10) {
              destroy(stream, new Error("end() took too long (10s)"));
              return;
            }
          }
          process.nextTick(() => {
            stream[kImpl].finished = !0, stream.emit("finish");
          });
        } catch (err) {
          destroy(stream, err);
        }
      }
    }
    function writeSync(stream) {
      let cb = () => {
        stream[kImpl].ending ? end(stream) : stream[kImpl].needDrain && process.nextTick(drain, stream);
      };
      for (stream[kImpl].flushing = !1; stream[kImpl].bufLen !== 0; ) {
        let writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (writeIndex < 0)
          throw new Error("_writeSync failed");
        let leftover = stream[kImpl].data.length - writeIndex;
        if (leftover === 0) {
          flushSync(stream), resetIndexes(stream);
          continue;
        } else if (leftover < 0)
          throw new Error("overwritten");
        write(stream, leftover, cb);
      }
    }
    function flushSync(stream) {
      if (stream[kImpl].flushing)
        throw new Error("unable to flush while flushing");
      let writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX), spins = 0;
      for (; ; ) {
        let readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        if (readIndex === -2)
          throw Error("_flushSync failed");
        if (readIndex !== writeIndex)
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
        else
          break;
        if (++spins === 10)
          throw new Error("_flushSync took too long (10s)");
      }
    }
    module2.exports = ThreadStream;
  }
});

// node_modules/pino/lib/transport.js
var require_transport = __commonJS({
  "node_modules/pino/lib/transport.js"(exports2, module2) {
    "use strict";
    var { createRequire: createRequire2 } = __require("module"), { existsSync: existsSync2 } = __require("node:fs"), getCallers = require_caller(), { join, isAbsolute, sep } = __require("node:path"), { fileURLToPath } = __require("node:url"), sleep = require_atomic_sleep(), onExit = require_on_exit_leak_free(), ThreadStream = require_thread_stream(), { transportUsesMultistreamSym } = require_symbols();
    function setupOnExit(stream) {
      onExit.register(stream, autoEnd), onExit.registerBeforeExit(stream, flush), stream.on("close", function() {
        onExit.unregister(stream);
      });
    }
    function hasPreloadFlags() {
      let execArgv = process.execArgv;
      for (let i = 0; i < execArgv.length; i++) {
        let arg = execArgv[i];
        if (arg === "--import" || arg === "--require" || arg === "-r" || arg.startsWith("--import=") || arg.startsWith("--require=") || arg.startsWith("-r="))
          return !0;
      }
      return !1;
    }
    function sanitizeNodeOptions(nodeOptions) {
      let tokens = nodeOptions.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g);
      if (!tokens)
        return nodeOptions;
      let sanitized = [], changed = !1;
      for (let i = 0; i < tokens.length; i++) {
        let token = tokens[i];
        if (token === "--require" || token === "-r" || token === "--import") {
          let next = tokens[i + 1];
          if (next && shouldDropPreload(next)) {
            changed = !0, i++;
            continue;
          }
          sanitized.push(token), next && (sanitized.push(next), i++);
          continue;
        }
        if (token.startsWith("--require=") || token.startsWith("-r=") || token.startsWith("--import=")) {
          let value = token.slice(token.indexOf("=") + 1);
          if (shouldDropPreload(value)) {
            changed = !0;
            continue;
          }
        }
        sanitized.push(token);
      }
      return changed ? sanitized.join(" ") : nodeOptions;
    }
    function shouldDropPreload(value) {
      let unquoted = stripQuotes(value);
      if (!unquoted)
        return !1;
      let path2 = unquoted;
      if (path2.startsWith("file://"))
        try {
          path2 = fileURLToPath(path2);
        } catch {
          return !1;
        }
      return isAbsolute(path2) && !existsSync2(path2);
    }
    function stripQuotes(value) {
      let first = value[0], last = value[value.length - 1];
      return first === '"' && last === '"' || first === "'" && last === "'" ? value.slice(1, -1) : value;
    }
    function buildStream(filename, workerData, workerOpts, sync, name) {
      if (!workerOpts.execArgv && hasPreloadFlags() && __require.main === void 0 && (workerOpts = {
        ...workerOpts,
        execArgv: []
      }), !workerOpts.env && process.env.NODE_OPTIONS) {
        let nodeOptions = sanitizeNodeOptions(process.env.NODE_OPTIONS);
        nodeOptions !== process.env.NODE_OPTIONS && (workerOpts = {
          ...workerOpts,
          env: {
            ...process.env,
            NODE_OPTIONS: nodeOptions
          }
        });
      }
      workerOpts = { ...workerOpts, name };
      let stream = new ThreadStream({
        filename,
        workerData,
        workerOpts,
        sync
      });
      stream.on("ready", onReady), stream.on("close", function() {
        process.removeListener("exit", onExit2);
      }), process.on("exit", onExit2);
      function onReady() {
        process.removeListener("exit", onExit2), stream.unref(), workerOpts.autoEnd !== !1 && setupOnExit(stream);
      }
      function onExit2() {
        stream.closed || (stream.flushSync(), sleep(100), stream.end());
      }
      return stream;
    }
    function autoEnd(stream) {
      stream.ref(), stream.flushSync(), stream.end(), stream.once("close", function() {
        stream.unref();
      });
    }
    function flush(stream) {
      stream.flushSync();
    }
    function transport(fullOptions) {
      let { pipeline, targets, levels, dedupe, worker = {}, caller = getCallers(), sync = !1 } = fullOptions, options2 = {
        ...fullOptions.options
      }, usesMultistream = !1, callers = typeof caller == "string" ? [caller] : caller, bundlerOverrides = typeof globalThis == "object" && Object.prototype.hasOwnProperty.call(globalThis, "__bundlerPathsOverrides") && globalThis.__bundlerPathsOverrides && typeof globalThis.__bundlerPathsOverrides == "object" ? globalThis.__bundlerPathsOverrides : /* @__PURE__ */ Object.create(null), target = fullOptions.target;
      if (target && targets)
        throw new Error("only one of target or targets can be specified");
      if (targets) {
        target = bundlerOverrides["pino-worker"] || join(__dirname, "worker.js"), options2.targets = targets.filter((dest) => dest.target).map((dest) => ({
          ...dest,
          target: fixTarget(dest.target)
        })), options2.pipelines = targets.filter((dest) => dest.pipeline).map((dest) => dest.pipeline.map((t) => ({
          ...t,
          level: dest.level,
          // duplicate the pipeline `level` property defined in the upper level
          target: fixTarget(t.target)
        })));
        let targetsHaveLevel = options2.targets.some((t) => t.level != null), pipelinesHaveLevel = options2.pipelines.some((p) => p.some((t) => t.level != null));
        usesMultistream = options2.targets.length + options2.pipelines.length > 1 || targetsHaveLevel || pipelinesHaveLevel;
      } else pipeline && (target = bundlerOverrides["pino-worker"] || join(__dirname, "worker.js"), options2.pipelines = [pipeline.map((dest) => ({
        ...dest,
        target: fixTarget(dest.target)
      }))]);
      levels && (options2.levels = levels), dedupe && (options2.dedupe = dedupe), options2.pinoWillSendConfig = !0;
      let name = targets || pipeline ? "pino.transport" : target, stream = buildStream(fixTarget(target), options2, worker, sync, name);
      return usesMultistream && (stream[transportUsesMultistreamSym] = !0), stream;
      function fixTarget(origin) {
        if (origin = bundlerOverrides[origin] || origin, isAbsolute(origin) || origin.indexOf("file://") === 0)
          return origin;
        if (origin === "pino/file")
          return join(__dirname, "..", "file.js");
        let fixTarget2;
        for (let filePath of callers)
          try {
            let context = filePath === "node:repl" ? process.cwd() + sep : filePath;
            fixTarget2 = createRequire2(context).resolve(origin);
            break;
          } catch {
            continue;
          }
        if (!fixTarget2)
          throw new Error(`unable to determine transport target for "${origin}"`);
        return fixTarget2;
      }
    }
    module2.exports = transport;
  }
});

// node_modules/pino/lib/tools.js
var require_tools = __commonJS({
  "node_modules/pino/lib/tools.js"(exports2, module2) {
    "use strict";
    var diagChan = __require("node:diagnostics_channel"), format = require_quick_format_unescaped(), { mapHttpRequest, mapHttpResponse } = require_pino_std_serializers(), SonicBoom = require_sonic_boom(), onExit = require_on_exit_leak_free(), {
      lsCacheSym,
      chindingsSym,
      writeSym,
      serializersSym,
      formatOptsSym,
      endSym,
      stringifiersSym,
      stringifySym,
      stringifySafeSym,
      wildcardFirstSym,
      nestedKeySym,
      formattersSym,
      messageKeySym,
      errorKeySym,
      nestedKeyStrSym,
      msgPrefixSym
    } = require_symbols(), { isMainThread } = __require("worker_threads"), transport = require_transport(), [nodeMajor] = process.versions.node.split(".").map((v) => Number(v)), asJsonChan = diagChan.tracingChannel("pino_asJson"), asString = nodeMajor >= 25 ? (str) => JSON.stringify(str) : _asString;
    function noop() {
    }
    function genLog(level, hook6) {
      if (!hook6) return LOG;
      return function(...args) {
        hook6.call(this, args, LOG, level);
      };
      function LOG(o, ...n) {
        if (typeof o == "object") {
          let msg = o;
          o !== null && (o.method && o.headers && o.socket ? o = mapHttpRequest(o) : typeof o.setHeader == "function" && (o = mapHttpResponse(o)));
          let formatParams;
          msg === null && n.length === 0 ? formatParams = [null] : (msg = n.shift(), formatParams = n), typeof this[msgPrefixSym] == "string" && msg !== void 0 && msg !== null && (msg = this[msgPrefixSym] + msg), this[writeSym](o, format(msg, formatParams, this[formatOptsSym]), level);
        } else {
          let msg = o === void 0 ? n.shift() : o;
          typeof this[msgPrefixSym] == "string" && msg !== void 0 && msg !== null && (msg = this[msgPrefixSym] + msg), this[writeSym](null, format(msg, n, this[formatOptsSym]), level);
        }
      }
    }
    function _asString(str) {
      let result = "", last = 0, found = !1, point = 255, l = str.length;
      if (l > 100)
        return JSON.stringify(str);
      for (var i = 0; i < l && point >= 32; i++)
        point = str.charCodeAt(i), (point === 34 || point === 92) && (result += str.slice(last, i) + "\\", last = i, found = !0);
      return found ? result += str.slice(last) : result = str, point < 32 ? JSON.stringify(str) : '"' + result + '"';
    }
    function asJson(obj, msg, num, time) {
      if (asJsonChan.hasSubscribers === !1)
        return _asJson.call(this, obj, msg, num, time);
      let store = { instance: this, arguments };
      return asJsonChan.traceSync(_asJson, store, this, obj, msg, num, time);
    }
    function _asJson(obj, msg, num, time) {
      let stringify2 = this[stringifySym], stringifySafe = this[stringifySafeSym], stringifiers = this[stringifiersSym], end = this[endSym], chindings = this[chindingsSym], serializers = this[serializersSym], formatters = this[formattersSym], messageKey = this[messageKeySym], errorKey = this[errorKeySym], data = this[lsCacheSym][num] + time;
      data = data + chindings;
      let value;
      formatters.log && (obj = formatters.log(obj));
      let wildcardStringifier = stringifiers[wildcardFirstSym], propStr = "";
      for (let key in obj)
        if (value = obj[key], Object.prototype.hasOwnProperty.call(obj, key) && value !== void 0) {
          serializers[key] ? value = serializers[key](value) : key === errorKey && serializers.err && (value = serializers.err(value));
          let stringifier = stringifiers[key] || wildcardStringifier;
          switch (typeof value) {
            case "undefined":
            case "function":
              continue;
            case "number":
              Number.isFinite(value) === !1 && (value = null);
            // this case explicitly falls through to the next one
            case "boolean":
              stringifier && (value = stringifier(value));
              break;
            case "string":
              value = (stringifier || asString)(value);
              break;
            default:
              value = (stringifier || stringify2)(value, stringifySafe);
          }
          if (value === void 0) continue;
          let strKey = asString(key);
          propStr += "," + strKey + ":" + value;
        }
      let msgStr = "";
      if (msg !== void 0) {
        value = serializers[messageKey] ? serializers[messageKey](msg) : msg;
        let stringifier = stringifiers[messageKey] || wildcardStringifier;
        switch (typeof value) {
          case "function":
            break;
          case "number":
            Number.isFinite(value) === !1 && (value = null);
          // this case explicitly falls through to the next one
          case "boolean":
            stringifier && (value = stringifier(value)), msgStr = ',"' + messageKey + '":' + value;
            break;
          case "string":
            value = (stringifier || asString)(value), msgStr = ',"' + messageKey + '":' + value;
            break;
          default:
            value = (stringifier || stringify2)(value, stringifySafe), msgStr = ',"' + messageKey + '":' + value;
        }
      }
      return this[nestedKeySym] && propStr ? data + this[nestedKeyStrSym] + propStr.slice(1) + "}" + msgStr + end : data + propStr + msgStr + end;
    }
    function asChindings(instance, bindings) {
      let value, data = instance[chindingsSym], stringify2 = instance[stringifySym], stringifySafe = instance[stringifySafeSym], stringifiers = instance[stringifiersSym], wildcardStringifier = stringifiers[wildcardFirstSym], serializers = instance[serializersSym], formatter = instance[formattersSym].bindings;
      bindings = formatter(bindings);
      for (let key in bindings)
        if (value = bindings[key], ((key.length < 5 || key !== "level" && key !== "serializers" && key !== "formatters" && key !== "customLevels") && bindings.hasOwnProperty(key) && value !== void 0) === !0) {
          if (value = serializers[key] ? serializers[key](value) : value, value = (stringifiers[key] || wildcardStringifier || stringify2)(value, stringifySafe), value === void 0) continue;
          data += "," + asString(key) + ":" + value;
        }
      return data;
    }
    function hasBeenTampered(stream) {
      return stream.write !== stream.constructor.prototype.write;
    }
    function buildSafeSonicBoom(opts) {
      let stream = new SonicBoom(opts);
      return stream.on("error", filterBrokenPipe), !opts.sync && isMainThread && (onExit.register(stream, autoEnd), stream.on("close", function() {
        onExit.unregister(stream);
      })), stream;
      function filterBrokenPipe(err) {
        if (err.code === "EPIPE") {
          stream.write = noop, stream.end = noop, stream.flushSync = noop, stream.destroy = noop;
          return;
        }
        stream.removeListener("error", filterBrokenPipe), stream.emit("error", err);
      }
    }
    function autoEnd(stream, eventName) {
      stream.destroyed || (eventName === "beforeExit" ? (stream.flush(), stream.on("drain", function() {
        stream.end();
      })) : stream.flushSync());
    }
    function createArgsNormalizer(defaultOptions2) {
      return function(instance, caller, opts = {}, stream) {
        if (typeof opts == "string")
          stream = buildSafeSonicBoom({ dest: opts }), opts = {};
        else if (typeof stream == "string") {
          if (opts && opts.transport)
            throw Error("only one of option.transport or stream can be specified");
          stream = buildSafeSonicBoom({ dest: stream });
        } else if (opts instanceof SonicBoom || opts.writable || opts._writableState)
          stream = opts, opts = {};
        else if (opts.transport) {
          if (opts.transport instanceof SonicBoom || opts.transport.writable || opts.transport._writableState)
            throw Error("option.transport do not allow stream, please pass to option directly. e.g. pino(transport)");
          if (opts.transport.targets && opts.transport.targets.length && opts.formatters && typeof opts.formatters.level == "function")
            throw Error("option.transport.targets do not allow custom level formatters");
          let customLevels;
          opts.customLevels && (customLevels = opts.useOnlyCustomLevels ? opts.customLevels : Object.assign({}, opts.levels, opts.customLevels)), stream = transport({ caller, ...opts.transport, levels: customLevels });
        }
        if (opts = Object.assign({}, defaultOptions2, opts), opts.serializers = Object.assign(/* @__PURE__ */ Object.create(null), defaultOptions2.serializers, opts.serializers), opts.formatters = Object.assign({}, defaultOptions2.formatters, opts.formatters), opts.prettyPrint)
          throw new Error("prettyPrint option is no longer supported, see the pino-pretty package (https://github.com/pinojs/pino-pretty)");
        let { enabled, onChild } = opts;
        return enabled === !1 && (opts.level = "silent"), onChild || (opts.onChild = noop), stream || (hasBeenTampered(process.stdout) ? stream = process.stdout : stream = buildSafeSonicBoom({ fd: process.stdout.fd || 1 })), { opts, stream };
      };
    }
    function stringify(obj, stringifySafeFn) {
      try {
        return JSON.stringify(obj);
      } catch {
        try {
          return (stringifySafeFn || this[stringifySafeSym])(obj);
        } catch {
          return '"[unable to serialize, circular reference is too complex to analyze]"';
        }
      }
    }
    function buildFormatters(level, bindings, log) {
      return {
        level,
        bindings,
        log
      };
    }
    function normalizeDestFileDescriptor(destination) {
      let fd = Number(destination);
      return typeof destination == "string" && Number.isFinite(fd) ? fd : destination === void 0 ? 1 : destination;
    }
    module2.exports = {
      noop,
      buildSafeSonicBoom,
      asChindings,
      asJson,
      genLog,
      createArgsNormalizer,
      stringify,
      buildFormatters,
      normalizeDestFileDescriptor
    };
  }
});

// node_modules/pino/lib/constants.js
var require_constants = __commonJS({
  "node_modules/pino/lib/constants.js"(exports2, module2) {
    var DEFAULT_LEVELS = {
      trace: 10,
      debug: 20,
      info: 30,
      warn: 40,
      error: 50,
      fatal: 60
    }, SORTING_ORDER = {
      ASC: "ASC",
      DESC: "DESC"
    };
    module2.exports = {
      DEFAULT_LEVELS,
      SORTING_ORDER
    };
  }
});

// node_modules/pino/lib/levels.js
var require_levels = __commonJS({
  "node_modules/pino/lib/levels.js"(exports2, module2) {
    "use strict";
    var {
      lsCacheSym,
      levelValSym,
      useOnlyCustomLevelsSym,
      streamSym,
      formattersSym,
      hooksSym,
      levelCompSym
    } = require_symbols(), { noop, genLog } = require_tools(), { DEFAULT_LEVELS, SORTING_ORDER } = require_constants(), levelMethods = {
      fatal: (hook6) => {
        let logFatal = genLog(DEFAULT_LEVELS.fatal, hook6);
        return function(...args) {
          let stream = this[streamSym];
          if (logFatal.call(this, ...args), typeof stream.flushSync == "function")
            try {
              stream.flushSync();
            } catch {
            }
        };
      },
      error: (hook6) => genLog(DEFAULT_LEVELS.error, hook6),
      warn: (hook6) => genLog(DEFAULT_LEVELS.warn, hook6),
      info: (hook6) => genLog(DEFAULT_LEVELS.info, hook6),
      debug: (hook6) => genLog(DEFAULT_LEVELS.debug, hook6),
      trace: (hook6) => genLog(DEFAULT_LEVELS.trace, hook6)
    }, nums = Object.keys(DEFAULT_LEVELS).reduce((o, k) => (o[DEFAULT_LEVELS[k]] = k, o), {}), initialLsCache = Object.keys(nums).reduce((o, k) => (o[k] = '{"level":' + Number(k), o), {});
    function genLsCache(instance) {
      let formatter = instance[formattersSym].level, { labels } = instance.levels, cache = {};
      for (let label in labels) {
        let level = formatter(labels[label], Number(label));
        cache[label] = JSON.stringify(level).slice(0, -1);
      }
      return instance[lsCacheSym] = cache, instance;
    }
    function isStandardLevel(level, useOnlyCustomLevels) {
      if (useOnlyCustomLevels)
        return !1;
      switch (level) {
        case "fatal":
        case "error":
        case "warn":
        case "info":
        case "debug":
        case "trace":
          return !0;
        default:
          return !1;
      }
    }
    function setLevel(level) {
      let { labels, values } = this.levels;
      if (typeof level == "number") {
        if (labels[level] === void 0) throw Error("unknown level value" + level);
        level = labels[level];
      }
      if (values[level] === void 0) throw Error("unknown level " + level);
      let preLevelVal = this[levelValSym], levelVal = this[levelValSym] = values[level], useOnlyCustomLevelsVal = this[useOnlyCustomLevelsSym], levelComparison = this[levelCompSym], hook6 = this[hooksSym].logMethod;
      for (let key in values) {
        if (levelComparison(values[key], levelVal) === !1) {
          this[key] = noop;
          continue;
        }
        this[key] = isStandardLevel(key, useOnlyCustomLevelsVal) ? levelMethods[key](hook6) : genLog(values[key], hook6);
      }
      this.emit(
        "level-change",
        level,
        levelVal,
        labels[preLevelVal],
        preLevelVal,
        this
      );
    }
    function getLevel(level) {
      let { levels, levelVal } = this;
      return levels && levels.labels ? levels.labels[levelVal] : "";
    }
    function isLevelEnabled(logLevel) {
      let { values } = this.levels, logLevelVal = values[logLevel];
      return logLevelVal !== void 0 && this[levelCompSym](logLevelVal, this[levelValSym]);
    }
    function compareLevel(direction, current, expected) {
      return direction === SORTING_ORDER.DESC ? current <= expected : current >= expected;
    }
    function genLevelComparison(levelComparison) {
      return typeof levelComparison == "string" ? compareLevel.bind(null, levelComparison) : levelComparison;
    }
    function mappings(customLevels = null, useOnlyCustomLevels = !1) {
      let customNums = customLevels ? Object.keys(customLevels).reduce((o, k) => (o[customLevels[k]] = k, o), {}) : null, labels = Object.assign(
        Object.create(Object.prototype, { Infinity: { value: "silent" } }),
        useOnlyCustomLevels ? null : nums,
        customNums
      ), values = Object.assign(
        Object.create(Object.prototype, { silent: { value: 1 / 0 } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      return { labels, values };
    }
    function assertDefaultLevelFound(defaultLevel, customLevels, useOnlyCustomLevels) {
      if (typeof defaultLevel == "number") {
        if (![].concat(
          Object.keys(customLevels || {}).map((key) => customLevels[key]),
          useOnlyCustomLevels ? [] : Object.keys(nums).map((level) => +level),
          1 / 0
        ).includes(defaultLevel))
          throw Error(`default level:${defaultLevel} must be included in custom levels`);
        return;
      }
      let labels = Object.assign(
        Object.create(Object.prototype, { silent: { value: 1 / 0 } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      if (!(defaultLevel in labels))
        throw Error(`default level:${defaultLevel} must be included in custom levels`);
    }
    function assertNoLevelCollisions(levels, customLevels) {
      let { labels, values } = levels;
      for (let k in customLevels) {
        if (k in values)
          throw Error("levels cannot be overridden");
        if (customLevels[k] in labels)
          throw Error("pre-existing level values cannot be used for new levels");
      }
    }
    function assertLevelComparison(levelComparison) {
      if (typeof levelComparison != "function" && !(typeof levelComparison == "string" && Object.values(SORTING_ORDER).includes(levelComparison)))
        throw new Error('Levels comparison should be one of "ASC", "DESC" or "function" type');
    }
    module2.exports = {
      initialLsCache,
      genLsCache,
      levelMethods,
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      assertNoLevelCollisions,
      assertDefaultLevelFound,
      genLevelComparison,
      assertLevelComparison
    };
  }
});

// node_modules/pino/lib/meta.js
var require_meta = __commonJS({
  "node_modules/pino/lib/meta.js"(exports2, module2) {
    "use strict";
    module2.exports = { version: "10.4.0" };
  }
});

// node_modules/pino/lib/proto.js
var require_proto = __commonJS({
  "node_modules/pino/lib/proto.js"(exports2, module2) {
    "use strict";
    var { EventEmitter } = __require("node:events"), {
      lsCacheSym,
      levelValSym,
      setLevelSym,
      getLevelSym,
      chindingsSym,
      mixinSym,
      asJsonSym,
      writeSym,
      mixinMergeStrategySym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      serializersSym,
      formattersSym,
      errorKeySym,
      messageKeySym,
      useOnlyCustomLevelsSym,
      needsMetadataGsym,
      redactFmtSym,
      stringifySym,
      formatOptsSym,
      stringifiersSym,
      msgPrefixSym,
      hooksSym
    } = require_symbols(), {
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      initialLsCache,
      genLsCache,
      assertNoLevelCollisions
    } = require_levels(), {
      asChindings,
      asJson,
      buildFormatters,
      stringify,
      noop
    } = require_tools(), {
      version
    } = require_meta(), redaction = require_redaction(), constructor = class {
    }, prototype = {
      constructor,
      child,
      bindings,
      setBindings,
      flush,
      isLevelEnabled,
      version,
      get level() {
        return this[getLevelSym]();
      },
      set level(lvl) {
        this[setLevelSym](lvl);
      },
      get levelVal() {
        return this[levelValSym];
      },
      set levelVal(n) {
        throw Error("levelVal is read-only");
      },
      get msgPrefix() {
        return this[msgPrefixSym];
      },
      get [Symbol.toStringTag]() {
        return "Pino";
      },
      [lsCacheSym]: initialLsCache,
      [writeSym]: write,
      [asJsonSym]: asJson,
      [getLevelSym]: getLevel,
      [setLevelSym]: setLevel
    };
    Object.setPrototypeOf(prototype, EventEmitter.prototype);
    module2.exports = function() {
      return Object.create(prototype);
    };
    var resetChildingsFormatter = (bindings2) => bindings2;
    function child(bindings2, options2) {
      if (!bindings2)
        throw Error("missing bindings for child Pino");
      let serializers = this[serializersSym], formatters = this[formattersSym], instance = Object.create(this);
      if (options2 == null)
        return instance[formattersSym].bindings !== resetChildingsFormatter && (instance[formattersSym] = buildFormatters(
          formatters.level,
          resetChildingsFormatter,
          formatters.log
        )), instance[chindingsSym] = asChindings(instance, bindings2), this.onChild !== noop && this.onChild(instance), instance;
      if (options2.hasOwnProperty("serializers") === !0) {
        instance[serializersSym] = /* @__PURE__ */ Object.create(null);
        for (let k in serializers)
          instance[serializersSym][k] = serializers[k];
        let parentSymbols = Object.getOwnPropertySymbols(serializers);
        for (var i = 0; i < parentSymbols.length; i++) {
          let ks = parentSymbols[i];
          instance[serializersSym][ks] = serializers[ks];
        }
        for (let bk in options2.serializers)
          instance[serializersSym][bk] = options2.serializers[bk];
        let bindingsSymbols = Object.getOwnPropertySymbols(options2.serializers);
        for (var bi = 0; bi < bindingsSymbols.length; bi++) {
          let bks = bindingsSymbols[bi];
          instance[serializersSym][bks] = options2.serializers[bks];
        }
      } else instance[serializersSym] = serializers;
      if (options2.hasOwnProperty("formatters")) {
        let { level, bindings: chindings, log } = options2.formatters;
        instance[formattersSym] = buildFormatters(
          level || formatters.level,
          chindings || resetChildingsFormatter,
          log || formatters.log
        );
      } else
        instance[formattersSym] = buildFormatters(
          formatters.level,
          resetChildingsFormatter,
          formatters.log
        );
      if (options2.hasOwnProperty("customLevels") === !0 && (assertNoLevelCollisions(this.levels, options2.customLevels), instance.levels = mappings(options2.customLevels, instance[useOnlyCustomLevelsSym]), genLsCache(instance)), typeof options2.redact == "object" && options2.redact !== null || Array.isArray(options2.redact)) {
        instance.redact = options2.redact;
        let stringifiers = redaction(instance.redact, stringify), formatOpts = { stringify: stringifiers[redactFmtSym] };
        instance[stringifySym] = stringify, instance[stringifiersSym] = stringifiers, instance[formatOptsSym] = formatOpts;
      }
      if (typeof options2.msgPrefix == "string" && (instance[msgPrefixSym] = (this[msgPrefixSym] || "") + options2.msgPrefix), instance[chindingsSym] = asChindings(instance, bindings2), options2.level !== void 0 && options2.level !== this.level || options2.hasOwnProperty("customLevels")) {
        let childLevel = options2.level || this.level;
        instance[setLevelSym](childLevel);
      }
      return this.onChild(instance), instance;
    }
    function bindings() {
      let chindingsJson = `{${this[chindingsSym].substr(1)}}`, bindingsFromJson = JSON.parse(chindingsJson);
      return delete bindingsFromJson.pid, delete bindingsFromJson.hostname, bindingsFromJson;
    }
    function setBindings(newBindings) {
      let chindings = asChindings(this, newBindings);
      this[chindingsSym] = chindings;
    }
    function defaultMixinMergeStrategy(mergeObject, mixinObject) {
      return Object.assign(mixinObject, mergeObject);
    }
    function write(_obj, msg, num) {
      let t = this[timeSym](), mixin = this[mixinSym], errorKey = this[errorKeySym], messageKey = this[messageKeySym], mixinMergeStrategy = this[mixinMergeStrategySym] || defaultMixinMergeStrategy, obj, streamWriteHook = this[hooksSym].streamWrite;
      _obj == null ? obj = {} : _obj instanceof Error ? (obj = { [errorKey]: _obj }, msg === void 0 && (msg = _obj.message)) : (obj = _obj, msg === void 0 && _obj[messageKey] === void 0 && _obj[errorKey] && (msg = _obj[errorKey].message)), mixin && (obj = mixinMergeStrategy(obj, mixin(obj, num, this)));
      let s = this[asJsonSym](obj, msg, num, t), stream = this[streamSym];
      stream[needsMetadataGsym] === !0 && (stream.lastLevel = num, stream.lastObj = obj, stream.lastMsg = msg, stream.lastTime = t.slice(this[timeSliceIndexSym]), stream.lastLogger = this), stream.write(streamWriteHook ? streamWriteHook(s) : s);
    }
    function flush(cb) {
      if (cb != null && typeof cb != "function")
        throw Error("callback must be a function");
      let stream = this[streamSym];
      typeof stream.flush == "function" ? stream.flush(cb || noop) : cb && cb();
    }
  }
});

// node_modules/safe-stable-stringify/index.js
var require_safe_stable_stringify = __commonJS({
  "node_modules/safe-stable-stringify/index.js"(exports2, module2) {
    "use strict";
    var { hasOwnProperty } = Object.prototype, stringify = configure();
    stringify.configure = configure;
    stringify.stringify = stringify;
    stringify.default = stringify;
    exports2.stringify = stringify;
    exports2.configure = configure;
    module2.exports = stringify;
    var strEscapeSequencesRegExp = /[\u0000-\u001f\u0022\u005c\ud800-\udfff]/;
    function strEscape(str) {
      return str.length < 5e3 && !strEscapeSequencesRegExp.test(str) ? `"${str}"` : JSON.stringify(str);
    }
    function sort(array, comparator) {
      if (array.length > 200 || comparator)
        return array.sort(comparator);
      for (let i = 1; i < array.length; i++) {
        let currentValue = array[i], position = i;
        for (; position !== 0 && array[position - 1] > currentValue; )
          array[position] = array[position - 1], position--;
        array[position] = currentValue;
      }
      return array;
    }
    var typedArrayPrototypeGetSymbolToStringTag = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(
        Object.getPrototypeOf(
          new Int8Array()
        )
      ),
      Symbol.toStringTag
    ).get;
    function isTypedArrayWithEntries(value) {
      return typedArrayPrototypeGetSymbolToStringTag.call(value) !== void 0 && value.length !== 0;
    }
    function stringifyTypedArray(array, separator, maximumBreadth) {
      array.length < maximumBreadth && (maximumBreadth = array.length);
      let whitespace = separator === "," ? "" : " ", res = `"0":${whitespace}${array[0]}`;
      for (let i = 1; i < maximumBreadth; i++)
        res += `${separator}"${i}":${whitespace}${array[i]}`;
      return res;
    }
    function getCircularValueOption(options2) {
      if (hasOwnProperty.call(options2, "circularValue")) {
        let circularValue = options2.circularValue;
        if (typeof circularValue == "string")
          return `"${circularValue}"`;
        if (circularValue == null)
          return circularValue;
        if (circularValue === Error || circularValue === TypeError)
          return {
            toString() {
              throw new TypeError("Converting circular structure to JSON");
            }
          };
        throw new TypeError('The "circularValue" argument must be of type string or the value null or undefined');
      }
      return '"[Circular]"';
    }
    function getDeterministicOption(options2) {
      let value;
      if (hasOwnProperty.call(options2, "deterministic") && (value = options2.deterministic, typeof value != "boolean" && typeof value != "function"))
        throw new TypeError('The "deterministic" argument must be of type boolean or comparator function');
      return value === void 0 ? !0 : value;
    }
    function getBooleanOption(options2, key) {
      let value;
      if (hasOwnProperty.call(options2, key) && (value = options2[key], typeof value != "boolean"))
        throw new TypeError(`The "${key}" argument must be of type boolean`);
      return value === void 0 ? !0 : value;
    }
    function getPositiveIntegerOption(options2, key) {
      let value;
      if (hasOwnProperty.call(options2, key)) {
        if (value = options2[key], typeof value != "number")
          throw new TypeError(`The "${key}" argument must be of type number`);
        if (!Number.isInteger(value))
          throw new TypeError(`The "${key}" argument must be an integer`);
        if (value < 1)
          throw new RangeError(`The "${key}" argument must be >= 1`);
      }
      return value === void 0 ? 1 / 0 : value;
    }
    function getItemCount(number) {
      return number === 1 ? "1 item" : `${number} items`;
    }
    function getUniqueReplacerSet(replacerArray) {
      let replacerSet = /* @__PURE__ */ new Set();
      for (let value of replacerArray)
        (typeof value == "string" || typeof value == "number") && replacerSet.add(String(value));
      return replacerSet;
    }
    function getStrictOption(options2) {
      if (hasOwnProperty.call(options2, "strict")) {
        let value = options2.strict;
        if (typeof value != "boolean")
          throw new TypeError('The "strict" argument must be of type boolean');
        if (value)
          return (value2) => {
            let message = `Object can not safely be stringified. Received type ${typeof value2}`;
            throw typeof value2 != "function" && (message += ` (${value2.toString()})`), new Error(message);
          };
      }
    }
    function configure(options2) {
      options2 = { ...options2 };
      let fail = getStrictOption(options2);
      fail && (options2.bigint === void 0 && (options2.bigint = !1), "circularValue" in options2 || (options2.circularValue = Error));
      let circularValue = getCircularValueOption(options2), bigint = getBooleanOption(options2, "bigint"), deterministic = getDeterministicOption(options2), comparator = typeof deterministic == "function" ? deterministic : void 0, maximumDepth = getPositiveIntegerOption(options2, "maximumDepth"), maximumBreadth = getPositiveIntegerOption(options2, "maximumBreadth");
      function stringifyFnReplacer(key, parent, stack, replacer, spacer, indentation) {
        let value = parent[key];
        switch (typeof value == "object" && value !== null && typeof value.toJSON == "function" && (value = value.toJSON(key)), value = replacer.call(parent, key, value), typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null)
              return "null";
            if (stack.indexOf(value) !== -1)
              return circularValue;
            let res = "", join = ",", originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0)
                return "[]";
              if (maximumDepth < stack.length + 1)
                return '"[Array]"';
              stack.push(value), spacer !== "" && (indentation += spacer, res += `
${indentation}`, join = `,
${indentation}`);
              let maximumValuesToStringify = Math.min(value.length, maximumBreadth), i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                let tmp2 = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null", res += join;
              }
              let tmp = stringifyFnReplacer(String(i), value, stack, replacer, spacer, indentation);
              if (res += tmp !== void 0 ? tmp : "null", value.length - 1 > maximumBreadth) {
                let removedKeys = value.length - maximumBreadth - 1;
                res += `${join}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              return spacer !== "" && (res += `
${originalIndentation}`), stack.pop(), `[${res}]`;
            }
            let keys = Object.keys(value), keyLength = keys.length;
            if (keyLength === 0)
              return "{}";
            if (maximumDepth < stack.length + 1)
              return '"[Object]"';
            let whitespace = "", separator = "";
            spacer !== "" && (indentation += spacer, join = `,
${indentation}`, whitespace = " ");
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            deterministic && !isTypedArrayWithEntries(value) && (keys = sort(keys, comparator)), stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              let key2 = keys[i], tmp = stringifyFnReplacer(key2, value, stack, replacer, spacer, indentation);
              tmp !== void 0 && (res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`, separator = join);
            }
            if (keyLength > maximumBreadth) {
              let removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":${whitespace}"${getItemCount(removedKeys)} not stringified"`, separator = join;
            }
            return spacer !== "" && separator.length > 1 && (res = `
${indentation}${res}
${originalIndentation}`), stack.pop(), `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === !0 ? "true" : "false";
          case "undefined":
            return;
          case "bigint":
            if (bigint)
              return String(value);
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifyArrayReplacer(key, value, stack, replacer, spacer, indentation) {
        switch (typeof value == "object" && value !== null && typeof value.toJSON == "function" && (value = value.toJSON(key)), typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null)
              return "null";
            if (stack.indexOf(value) !== -1)
              return circularValue;
            let originalIndentation = indentation, res = "", join = ",";
            if (Array.isArray(value)) {
              if (value.length === 0)
                return "[]";
              if (maximumDepth < stack.length + 1)
                return '"[Array]"';
              stack.push(value), spacer !== "" && (indentation += spacer, res += `
${indentation}`, join = `,
${indentation}`);
              let maximumValuesToStringify = Math.min(value.length, maximumBreadth), i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                let tmp2 = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null", res += join;
              }
              let tmp = stringifyArrayReplacer(String(i), value[i], stack, replacer, spacer, indentation);
              if (res += tmp !== void 0 ? tmp : "null", value.length - 1 > maximumBreadth) {
                let removedKeys = value.length - maximumBreadth - 1;
                res += `${join}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              return spacer !== "" && (res += `
${originalIndentation}`), stack.pop(), `[${res}]`;
            }
            stack.push(value);
            let whitespace = "";
            spacer !== "" && (indentation += spacer, join = `,
${indentation}`, whitespace = " ");
            let separator = "";
            for (let key2 of replacer) {
              let tmp = stringifyArrayReplacer(key2, value[key2], stack, replacer, spacer, indentation);
              tmp !== void 0 && (res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`, separator = join);
            }
            return spacer !== "" && separator.length > 1 && (res = `
${indentation}${res}
${originalIndentation}`), stack.pop(), `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === !0 ? "true" : "false";
          case "undefined":
            return;
          case "bigint":
            if (bigint)
              return String(value);
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifyIndent(key, value, stack, spacer, indentation) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null)
              return "null";
            if (typeof value.toJSON == "function") {
              if (value = value.toJSON(key), typeof value != "object")
                return stringifyIndent(key, value, stack, spacer, indentation);
              if (value === null)
                return "null";
            }
            if (stack.indexOf(value) !== -1)
              return circularValue;
            let originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0)
                return "[]";
              if (maximumDepth < stack.length + 1)
                return '"[Array]"';
              stack.push(value), indentation += spacer;
              let res2 = `
${indentation}`, join2 = `,
${indentation}`, maximumValuesToStringify = Math.min(value.length, maximumBreadth), i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                let tmp2 = stringifyIndent(String(i), value[i], stack, spacer, indentation);
                res2 += tmp2 !== void 0 ? tmp2 : "null", res2 += join2;
              }
              let tmp = stringifyIndent(String(i), value[i], stack, spacer, indentation);
              if (res2 += tmp !== void 0 ? tmp : "null", value.length - 1 > maximumBreadth) {
                let removedKeys = value.length - maximumBreadth - 1;
                res2 += `${join2}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              return res2 += `
${originalIndentation}`, stack.pop(), `[${res2}]`;
            }
            let keys = Object.keys(value), keyLength = keys.length;
            if (keyLength === 0)
              return "{}";
            if (maximumDepth < stack.length + 1)
              return '"[Object]"';
            indentation += spacer;
            let join = `,
${indentation}`, res = "", separator = "", maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            isTypedArrayWithEntries(value) && (res += stringifyTypedArray(value, join, maximumBreadth), keys = keys.slice(value.length), maximumPropertiesToStringify -= value.length, separator = join), deterministic && (keys = sort(keys, comparator)), stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              let key2 = keys[i], tmp = stringifyIndent(key2, value[key2], stack, spacer, indentation);
              tmp !== void 0 && (res += `${separator}${strEscape(key2)}: ${tmp}`, separator = join);
            }
            if (keyLength > maximumBreadth) {
              let removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...": "${getItemCount(removedKeys)} not stringified"`, separator = join;
            }
            return separator !== "" && (res = `
${indentation}${res}
${originalIndentation}`), stack.pop(), `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === !0 ? "true" : "false";
          case "undefined":
            return;
          case "bigint":
            if (bigint)
              return String(value);
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifySimple(key, value, stack) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null)
              return "null";
            if (typeof value.toJSON == "function") {
              if (value = value.toJSON(key), typeof value != "object")
                return stringifySimple(key, value, stack);
              if (value === null)
                return "null";
            }
            if (stack.indexOf(value) !== -1)
              return circularValue;
            let res = "", hasLength = value.length !== void 0;
            if (hasLength && Array.isArray(value)) {
              if (value.length === 0)
                return "[]";
              if (maximumDepth < stack.length + 1)
                return '"[Array]"';
              stack.push(value);
              let maximumValuesToStringify = Math.min(value.length, maximumBreadth), i = 0;
              for (; i < maximumValuesToStringify - 1; i++) {
                let tmp2 = stringifySimple(String(i), value[i], stack);
                res += tmp2 !== void 0 ? tmp2 : "null", res += ",";
              }
              let tmp = stringifySimple(String(i), value[i], stack);
              if (res += tmp !== void 0 ? tmp : "null", value.length - 1 > maximumBreadth) {
                let removedKeys = value.length - maximumBreadth - 1;
                res += `,"... ${getItemCount(removedKeys)} not stringified"`;
              }
              return stack.pop(), `[${res}]`;
            }
            let keys = Object.keys(value), keyLength = keys.length;
            if (keyLength === 0)
              return "{}";
            if (maximumDepth < stack.length + 1)
              return '"[Object]"';
            let separator = "", maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            hasLength && isTypedArrayWithEntries(value) && (res += stringifyTypedArray(value, ",", maximumBreadth), keys = keys.slice(value.length), maximumPropertiesToStringify -= value.length, separator = ","), deterministic && (keys = sort(keys, comparator)), stack.push(value);
            for (let i = 0; i < maximumPropertiesToStringify; i++) {
              let key2 = keys[i], tmp = stringifySimple(key2, value[key2], stack);
              tmp !== void 0 && (res += `${separator}${strEscape(key2)}:${tmp}`, separator = ",");
            }
            if (keyLength > maximumBreadth) {
              let removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":"${getItemCount(removedKeys)} not stringified"`;
            }
            return stack.pop(), `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === !0 ? "true" : "false";
          case "undefined":
            return;
          case "bigint":
            if (bigint)
              return String(value);
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringify2(value, replacer, space) {
        if (arguments.length > 1) {
          let spacer = "";
          if (typeof space == "number" ? spacer = " ".repeat(Math.min(space, 10)) : typeof space == "string" && (spacer = space.slice(0, 10)), replacer != null) {
            if (typeof replacer == "function")
              return stringifyFnReplacer("", { "": value }, [], replacer, spacer, "");
            if (Array.isArray(replacer))
              return stringifyArrayReplacer("", value, [], getUniqueReplacerSet(replacer), spacer, "");
          }
          if (spacer.length !== 0)
            return stringifyIndent("", value, [], spacer, "");
        }
        return stringifySimple("", value, []);
      }
      return stringify2;
    }
  }
});

// node_modules/pino/lib/multistream.js
var require_multistream = __commonJS({
  "node_modules/pino/lib/multistream.js"(exports2, module2) {
    "use strict";
    var metadata = /* @__PURE__ */ Symbol.for("pino.metadata"), { DEFAULT_LEVELS } = require_constants(), DEFAULT_INFO_LEVEL = DEFAULT_LEVELS.info;
    function multistream(streamsArray, opts) {
      streamsArray = streamsArray || [], opts = opts || { dedupe: !1 };
      let streamLevels = Object.create(DEFAULT_LEVELS);
      streamLevels.silent = 1 / 0, opts.levels && typeof opts.levels == "object" && Object.keys(opts.levels).forEach((i) => {
        streamLevels[i] = opts.levels[i];
      });
      let res = {
        write,
        add,
        remove,
        emit,
        flushSync,
        end,
        minLevel: 0,
        lastId: 0,
        streams: [],
        clone,
        [metadata]: !0,
        streamLevels
      };
      return Array.isArray(streamsArray) ? streamsArray.forEach(add, res) : add.call(res, streamsArray), streamsArray = null, res;
      function write(data) {
        let dest, level = typeof this.lastLevel == "string" ? (this.streamLevels || streamLevels)[this.lastLevel] : this.lastLevel, { streams } = this, recordedLevel = 0, stream;
        for (let i = initLoopVar(streams.length, opts.dedupe); checkLoopVar(i, streams.length, opts.dedupe); i = adjustLoopVar(i, opts.dedupe))
          if (dest = streams[i], dest.level <= level) {
            if (recordedLevel !== 0 && recordedLevel !== dest.level)
              break;
            if (stream = dest.stream, stream[metadata]) {
              let { lastTime, lastMsg, lastObj, lastLogger } = this;
              stream.lastLevel = level, stream.lastTime = lastTime, stream.lastMsg = lastMsg, stream.lastObj = lastObj, stream.lastLogger = lastLogger;
            }
            stream.write(data), opts.dedupe && (recordedLevel = dest.level);
          } else if (!opts.dedupe)
            break;
      }
      function emit(...args) {
        for (let { stream } of this.streams)
          typeof stream.emit == "function" && stream.emit(...args);
      }
      function flushSync() {
        for (let { stream } of this.streams)
          typeof stream.flushSync == "function" && stream.flushSync();
      }
      function add(dest) {
        if (!dest)
          return this;
        let isStream = typeof dest.write == "function" || dest.stream, stream_ = dest.write ? dest : dest.stream;
        if (!isStream)
          throw Error("stream object needs to implement either StreamEntry or DestinationStream interface");
        let { streams, streamLevels: streamLevels2 } = this, level;
        typeof dest.levelVal == "number" ? level = dest.levelVal : typeof dest.level == "string" ? level = streamLevels2[dest.level] : typeof dest.level == "number" ? level = dest.level : level = DEFAULT_INFO_LEVEL;
        let dest_ = {
          stream: stream_,
          level,
          levelVal: void 0,
          id: ++res.lastId
        };
        return streams.unshift(dest_), streams.sort(compareByLevel), this.minLevel = streams[0].level, this;
      }
      function remove(id) {
        let { streams } = this, index = streams.findIndex((s) => s.id === id);
        return index >= 0 && (streams.splice(index, 1), streams.sort(compareByLevel), this.minLevel = streams.length > 0 ? streams[0].level : -1), this;
      }
      function end() {
        for (let { stream } of this.streams)
          typeof stream.flushSync == "function" && stream.flushSync(), stream.end();
      }
      function clone(level) {
        let streams = new Array(this.streams.length);
        for (let i = 0; i < streams.length; i++)
          streams[i] = {
            level,
            stream: this.streams[i].stream
          };
        return {
          write,
          add,
          remove,
          emit,
          flushSync,
          end,
          minLevel: level,
          streams,
          clone,
          [metadata]: !0,
          streamLevels
        };
      }
    }
    function compareByLevel(a, b) {
      return a.level - b.level;
    }
    function initLoopVar(length, dedupe) {
      return dedupe ? length - 1 : 0;
    }
    function adjustLoopVar(i, dedupe) {
      return dedupe ? i - 1 : i + 1;
    }
    function checkLoopVar(i, length, dedupe) {
      return dedupe ? i >= 0 : i < length;
    }
    module2.exports = multistream;
  }
});

// node_modules/pino/pino.js
var require_pino = __commonJS({
  "node_modules/pino/pino.js"(exports2, module2) {
    "use strict";
    var os = __require("node:os"), stdSerializers = require_pino_std_serializers(), caller = require_caller(), redaction = require_redaction(), time = require_time(), proto = require_proto(), symbols = require_symbols(), { configure } = require_safe_stable_stringify(), { assertDefaultLevelFound, mappings, genLsCache, genLevelComparison, assertLevelComparison } = require_levels(), { DEFAULT_LEVELS, SORTING_ORDER } = require_constants(), {
      createArgsNormalizer,
      asChindings,
      buildSafeSonicBoom,
      buildFormatters,
      stringify,
      normalizeDestFileDescriptor,
      noop
    } = require_tools(), { version } = require_meta(), {
      chindingsSym,
      redactFmtSym,
      serializersSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      setLevelSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      mixinSym,
      levelCompSym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    } = symbols, { epochTime, nullTime } = time, { pid } = process, hostname = os.hostname(), defaultErrorSerializer = stdSerializers.err, defaultOptions2 = {
      level: "info",
      levelComparison: SORTING_ORDER.ASC,
      levels: DEFAULT_LEVELS,
      messageKey: "msg",
      errorKey: "err",
      nestedKey: null,
      enabled: !0,
      base: { pid, hostname },
      serializers: Object.assign(/* @__PURE__ */ Object.create(null), {
        err: defaultErrorSerializer
      }),
      formatters: Object.assign(/* @__PURE__ */ Object.create(null), {
        bindings(bindings) {
          return bindings;
        },
        level(label, number) {
          return { level: number };
        }
      }),
      hooks: {
        logMethod: void 0,
        streamWrite: void 0
      },
      timestamp: epochTime,
      name: void 0,
      redact: null,
      customLevels: null,
      useOnlyCustomLevels: !1,
      depthLimit: 5,
      edgeLimit: 100
    }, normalize = createArgsNormalizer(defaultOptions2), serializers = Object.assign(/* @__PURE__ */ Object.create(null), stdSerializers);
    function pino2(...args) {
      let instance = {}, { opts, stream } = normalize(instance, caller(), ...args);
      opts.level && typeof opts.level == "string" && DEFAULT_LEVELS[opts.level.toLowerCase()] !== void 0 && (opts.level = opts.level.toLowerCase());
      let {
        redact,
        crlf,
        serializers: serializers2,
        timestamp,
        messageKey,
        errorKey,
        nestedKey,
        base,
        name,
        level,
        customLevels,
        levelComparison,
        mixin,
        mixinMergeStrategy,
        useOnlyCustomLevels,
        formatters,
        hooks,
        depthLimit,
        edgeLimit,
        onChild,
        msgPrefix
      } = opts, stringifySafe = configure({
        maximumDepth: depthLimit,
        maximumBreadth: edgeLimit
      }), allFormatters = buildFormatters(
        formatters.level,
        formatters.bindings,
        formatters.log
      ), stringifyFn = stringify.bind({
        [stringifySafeSym]: stringifySafe
      }), stringifiers = redact ? Object.assign(/* @__PURE__ */ Object.create(null), redaction(redact, stringifyFn)) : /* @__PURE__ */ Object.create(null), formatOpts = redact ? { stringify: stringifiers[redactFmtSym] } : { stringify: stringifyFn }, end = "}" + (crlf ? `\r
` : `
`), coreChindings = asChindings.bind(null, {
        [chindingsSym]: "",
        [serializersSym]: serializers2,
        [stringifiersSym]: stringifiers,
        [stringifySym]: stringify,
        [stringifySafeSym]: stringifySafe,
        [formattersSym]: allFormatters
      }), chindings = "";
      base !== null && (name === void 0 ? chindings = coreChindings(base) : chindings = coreChindings(Object.assign({}, base, { name })));
      let time2 = timestamp instanceof Function ? timestamp : timestamp ? epochTime : nullTime, timeSliceIndex = time2().indexOf(":") + 1;
      if (useOnlyCustomLevels && !customLevels) throw Error("customLevels is required if useOnlyCustomLevels is set true");
      if (mixin && typeof mixin != "function") throw Error(`Unknown mixin type "${typeof mixin}" - expected "function"`);
      if (msgPrefix && typeof msgPrefix != "string") throw Error(`Unknown msgPrefix type "${typeof msgPrefix}" - expected "string"`);
      assertDefaultLevelFound(level, customLevels, useOnlyCustomLevels);
      let levels = mappings(customLevels, useOnlyCustomLevels);
      if (stream && stream[transportUsesMultistreamSym] === !0) {
        let sampleLabel = typeof level == "string" ? level : void 0;
        (!sampleLabel || levels[sampleLabel] === void 0) && (sampleLabel = Object.keys(levels)[0]);
        let sampleNumber = levels[sampleLabel], ok = !1;
        try {
          let formatted = formatters.level(sampleLabel, sampleNumber);
          ok = formatted && typeof formatted == "object" && formatted.level === sampleNumber;
        } catch {
          ok = !1;
        }
        ok || process.emitWarning(
          'custom formatters.level detected with multiple transport targets/pipelines; ensure logs include a numeric "level" field or they may be dropped',
          { code: "PINO_TRANSPORT_MULTI_TARGETS_LEVEL_FORMATTER" }
        );
      }
      typeof stream.emit == "function" && stream.emit("message", { code: "PINO_CONFIG", config: { levels, messageKey, errorKey } }), assertLevelComparison(levelComparison);
      let levelCompFunc = genLevelComparison(levelComparison);
      return Object.assign(instance, {
        levels,
        [levelCompSym]: levelCompFunc,
        [useOnlyCustomLevelsSym]: useOnlyCustomLevels,
        [streamSym]: stream,
        [timeSym]: time2,
        [timeSliceIndexSym]: timeSliceIndex,
        [stringifySym]: stringify,
        [stringifySafeSym]: stringifySafe,
        [stringifiersSym]: stringifiers,
        [endSym]: end,
        [formatOptsSym]: formatOpts,
        [messageKeySym]: messageKey,
        [errorKeySym]: errorKey,
        [nestedKeySym]: nestedKey,
        // protect against injection
        [nestedKeyStrSym]: nestedKey ? `,${JSON.stringify(nestedKey)}:{` : "",
        [serializersSym]: serializers2,
        [mixinSym]: mixin,
        [mixinMergeStrategySym]: mixinMergeStrategy,
        [chindingsSym]: chindings,
        [formattersSym]: allFormatters,
        [hooksSym]: hooks,
        silent: noop,
        onChild,
        [msgPrefixSym]: msgPrefix
      }), Object.setPrototypeOf(instance, proto()), genLsCache(instance), instance[setLevelSym](level), instance;
    }
    module2.exports = pino2;
    module2.exports.destination = (dest = process.stdout.fd) => typeof dest == "object" ? (dest.dest = normalizeDestFileDescriptor(dest.dest || process.stdout.fd), buildSafeSonicBoom(dest)) : buildSafeSonicBoom({ dest: normalizeDestFileDescriptor(dest), minLength: 0 });
    module2.exports.transport = require_transport();
    module2.exports.multistream = require_multistream();
    module2.exports.levels = mappings();
    module2.exports.stdSerializers = serializers;
    module2.exports.stdTimeFunctions = Object.assign({}, time);
    module2.exports.symbols = symbols;
    module2.exports.version = version;
    module2.exports.default = pino2;
    module2.exports.pino = pino2;
  }
});

// node_modules/colorette/index.cjs
var require_colorette = __commonJS({
  "node_modules/colorette/index.cjs"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var tty = __require("tty");
    function _interopNamespace(e) {
      if (e && e.__esModule) return e;
      var n = /* @__PURE__ */ Object.create(null);
      return e && Object.keys(e).forEach(function(k) {
        if (k !== "default") {
          var d = Object.getOwnPropertyDescriptor(e, k);
          Object.defineProperty(n, k, d.get ? d : {
            enumerable: !0,
            get: function() {
              return e[k];
            }
          });
        }
      }), n.default = e, Object.freeze(n);
    }
    var tty__namespace = /* @__PURE__ */ _interopNamespace(tty), {
      env = {},
      argv = [],
      platform = ""
    } = typeof process > "u" ? {} : process, isDisabled = "NO_COLOR" in env || argv.includes("--no-color"), isForced = "FORCE_COLOR" in env || argv.includes("--color"), isWindows = platform === "win32", isDumbTerminal = env.TERM === "dumb", isCompatibleTerminal = tty__namespace && tty__namespace.isatty && tty__namespace.isatty(1) && env.TERM && !isDumbTerminal, isCI = "CI" in env && ("GITHUB_ACTIONS" in env || "GITLAB_CI" in env || "CIRCLECI" in env), isColorSupported = !isDisabled && (isForced || isWindows && !isDumbTerminal || isCompatibleTerminal || isCI), replaceClose = (index, string, close, replace, head = string.substring(0, index) + replace, tail = string.substring(index + close.length), next = tail.indexOf(close)) => head + (next < 0 ? tail : replaceClose(next, tail, close, replace)), clearBleed = (index, string, open, close, replace) => index < 0 ? open + string + close : open + replaceClose(index, string, close, replace) + close, filterEmpty = (open, close, replace = open, at = open.length + 1) => (string) => string || !(string === "" || string === void 0) ? clearBleed(
      ("" + string).indexOf(close, at),
      string,
      open,
      close,
      replace
    ) : "", init2 = (open, close, replace) => filterEmpty(`\x1B[${open}m`, `\x1B[${close}m`, replace), colors = {
      reset: init2(0, 0),
      bold: init2(1, 22, "\x1B[22m\x1B[1m"),
      dim: init2(2, 22, "\x1B[22m\x1B[2m"),
      italic: init2(3, 23),
      underline: init2(4, 24),
      inverse: init2(7, 27),
      hidden: init2(8, 28),
      strikethrough: init2(9, 29),
      black: init2(30, 39),
      red: init2(31, 39),
      green: init2(32, 39),
      yellow: init2(33, 39),
      blue: init2(34, 39),
      magenta: init2(35, 39),
      cyan: init2(36, 39),
      white: init2(37, 39),
      gray: init2(90, 39),
      bgBlack: init2(40, 49),
      bgRed: init2(41, 49),
      bgGreen: init2(42, 49),
      bgYellow: init2(43, 49),
      bgBlue: init2(44, 49),
      bgMagenta: init2(45, 49),
      bgCyan: init2(46, 49),
      bgWhite: init2(47, 49),
      blackBright: init2(90, 39),
      redBright: init2(91, 39),
      greenBright: init2(92, 39),
      yellowBright: init2(93, 39),
      blueBright: init2(94, 39),
      magentaBright: init2(95, 39),
      cyanBright: init2(96, 39),
      whiteBright: init2(97, 39),
      bgBlackBright: init2(100, 49),
      bgRedBright: init2(101, 49),
      bgGreenBright: init2(102, 49),
      bgYellowBright: init2(103, 49),
      bgBlueBright: init2(104, 49),
      bgMagentaBright: init2(105, 49),
      bgCyanBright: init2(106, 49),
      bgWhiteBright: init2(107, 49)
    }, createColors = ({ useColor = isColorSupported } = {}) => useColor ? colors : Object.keys(colors).reduce(
      (colors2, key) => ({ ...colors2, [key]: String }),
      {}
    ), {
      reset,
      bold,
      dim,
      italic,
      underline,
      inverse,
      hidden,
      strikethrough,
      black,
      red,
      green,
      yellow,
      blue,
      magenta,
      cyan,
      white,
      gray,
      bgBlack,
      bgRed,
      bgGreen,
      bgYellow,
      bgBlue,
      bgMagenta,
      bgCyan,
      bgWhite,
      blackBright,
      redBright,
      greenBright,
      yellowBright,
      blueBright,
      magentaBright,
      cyanBright,
      whiteBright,
      bgBlackBright,
      bgRedBright,
      bgGreenBright,
      bgYellowBright,
      bgBlueBright,
      bgMagentaBright,
      bgCyanBright,
      bgWhiteBright
    } = createColors();
    exports2.bgBlack = bgBlack;
    exports2.bgBlackBright = bgBlackBright;
    exports2.bgBlue = bgBlue;
    exports2.bgBlueBright = bgBlueBright;
    exports2.bgCyan = bgCyan;
    exports2.bgCyanBright = bgCyanBright;
    exports2.bgGreen = bgGreen;
    exports2.bgGreenBright = bgGreenBright;
    exports2.bgMagenta = bgMagenta;
    exports2.bgMagentaBright = bgMagentaBright;
    exports2.bgRed = bgRed;
    exports2.bgRedBright = bgRedBright;
    exports2.bgWhite = bgWhite;
    exports2.bgWhiteBright = bgWhiteBright;
    exports2.bgYellow = bgYellow;
    exports2.bgYellowBright = bgYellowBright;
    exports2.black = black;
    exports2.blackBright = blackBright;
    exports2.blue = blue;
    exports2.blueBright = blueBright;
    exports2.bold = bold;
    exports2.createColors = createColors;
    exports2.cyan = cyan;
    exports2.cyanBright = cyanBright;
    exports2.dim = dim;
    exports2.gray = gray;
    exports2.green = green;
    exports2.greenBright = greenBright;
    exports2.hidden = hidden;
    exports2.inverse = inverse;
    exports2.isColorSupported = isColorSupported;
    exports2.italic = italic;
    exports2.magenta = magenta;
    exports2.magentaBright = magentaBright;
    exports2.red = red;
    exports2.redBright = redBright;
    exports2.reset = reset;
    exports2.strikethrough = strikethrough;
    exports2.underline = underline;
    exports2.white = white;
    exports2.whiteBright = whiteBright;
    exports2.yellow = yellow;
    exports2.yellowBright = yellowBright;
  }
});

// node_modules/wrappy/wrappy.js
var require_wrappy = __commonJS({
  "node_modules/wrappy/wrappy.js"(exports2, module2) {
    module2.exports = wrappy;
    function wrappy(fn, cb) {
      if (fn && cb) return wrappy(fn)(cb);
      if (typeof fn != "function")
        throw new TypeError("need wrapper function");
      return Object.keys(fn).forEach(function(k) {
        wrapper[k] = fn[k];
      }), wrapper;
      function wrapper() {
        for (var args = new Array(arguments.length), i = 0; i < args.length; i++)
          args[i] = arguments[i];
        var ret = fn.apply(this, args), cb2 = args[args.length - 1];
        return typeof ret == "function" && ret !== cb2 && Object.keys(cb2).forEach(function(k) {
          ret[k] = cb2[k];
        }), ret;
      }
    }
  }
});

// node_modules/once/once.js
var require_once = __commonJS({
  "node_modules/once/once.js"(exports2, module2) {
    var wrappy = require_wrappy();
    module2.exports = wrappy(once);
    module2.exports.strict = wrappy(onceStrict);
    once.proto = once(function() {
      Object.defineProperty(Function.prototype, "once", {
        value: function() {
          return once(this);
        },
        configurable: !0
      }), Object.defineProperty(Function.prototype, "onceStrict", {
        value: function() {
          return onceStrict(this);
        },
        configurable: !0
      });
    });
    function once(fn) {
      var f = function() {
        return f.called ? f.value : (f.called = !0, f.value = fn.apply(this, arguments));
      };
      return f.called = !1, f;
    }
    function onceStrict(fn) {
      var f = function() {
        if (f.called)
          throw new Error(f.onceError);
        return f.called = !0, f.value = fn.apply(this, arguments);
      }, name = fn.name || "Function wrapped with `once`";
      return f.onceError = name + " shouldn't be called more than once", f.called = !1, f;
    }
  }
});

// node_modules/end-of-stream/index.js
var require_end_of_stream = __commonJS({
  "node_modules/end-of-stream/index.js"(exports2, module2) {
    var once = require_once(), noop = function() {
    }, qnt = global.Bare ? queueMicrotask : process.nextTick.bind(process), isRequest = function(stream) {
      return stream.setHeader && typeof stream.abort == "function";
    }, isChildProcess = function(stream) {
      return stream.stdio && Array.isArray(stream.stdio) && stream.stdio.length === 3;
    }, eos = function(stream, opts, callback) {
      if (typeof opts == "function") return eos(stream, null, opts);
      opts || (opts = {}), callback = once(callback || noop);
      var ws = stream._writableState, rs = stream._readableState, readable = opts.readable || opts.readable !== !1 && stream.readable, writable = opts.writable || opts.writable !== !1 && stream.writable, cancelled = !1, onlegacyfinish = function() {
        stream.writable || onfinish();
      }, onfinish = function() {
        writable = !1, readable || callback.call(stream);
      }, onend = function() {
        readable = !1, writable || callback.call(stream);
      }, onexit = function(exitCode) {
        callback.call(stream, exitCode ? new Error("exited with error code: " + exitCode) : null);
      }, onerror = function(err) {
        callback.call(stream, err);
      }, onclose = function() {
        qnt(onclosenexttick);
      }, onclosenexttick = function() {
        if (!cancelled) {
          if (readable && !(rs && rs.ended && !rs.destroyed)) return callback.call(stream, new Error("premature close"));
          if (writable && !(ws && ws.ended && !ws.destroyed)) return callback.call(stream, new Error("premature close"));
        }
      }, onrequest = function() {
        stream.req.on("finish", onfinish);
      };
      return isRequest(stream) ? (stream.on("complete", onfinish), stream.on("abort", onclose), stream.req ? onrequest() : stream.on("request", onrequest)) : writable && !ws && (stream.on("end", onlegacyfinish), stream.on("close", onlegacyfinish)), isChildProcess(stream) && stream.on("exit", onexit), stream.on("end", onend), stream.on("finish", onfinish), opts.error !== !1 && stream.on("error", onerror), stream.on("close", onclose), function() {
        cancelled = !0, stream.removeListener("complete", onfinish), stream.removeListener("abort", onclose), stream.removeListener("request", onrequest), stream.req && stream.req.removeListener("finish", onfinish), stream.removeListener("end", onlegacyfinish), stream.removeListener("close", onlegacyfinish), stream.removeListener("finish", onfinish), stream.removeListener("exit", onexit), stream.removeListener("end", onend), stream.removeListener("error", onerror), stream.removeListener("close", onclose);
      };
    };
    module2.exports = eos;
  }
});

// node_modules/pump/index.js
var require_pump = __commonJS({
  "node_modules/pump/index.js"(exports2, module2) {
    var once = require_once(), eos = require_end_of_stream(), fs;
    try {
      fs = __require("fs");
    } catch {
    }
    var noop = function() {
    }, ancient = typeof process > "u" ? !1 : /^v?\.0/.test(process.version), isFn = function(fn) {
      return typeof fn == "function";
    }, isFS = function(stream) {
      return !ancient || !fs ? !1 : (stream instanceof (fs.ReadStream || noop) || stream instanceof (fs.WriteStream || noop)) && isFn(stream.close);
    }, isRequest = function(stream) {
      return stream.setHeader && isFn(stream.abort);
    }, destroyer = function(stream, reading, writing, callback) {
      callback = once(callback);
      var closed = !1;
      stream.on("close", function() {
        closed = !0;
      }), eos(stream, { readable: reading, writable: writing }, function(err) {
        if (err) return callback(err);
        closed = !0, callback();
      });
      var destroyed = !1;
      return function(err) {
        if (!closed && !destroyed) {
          if (destroyed = !0, isFS(stream)) return stream.close(noop);
          if (isRequest(stream)) return stream.abort();
          if (isFn(stream.destroy)) return stream.destroy();
          callback(err || new Error("stream was destroyed"));
        }
      };
    }, call = function(fn) {
      fn();
    }, pipe = function(from, to) {
      return from.pipe(to);
    }, pump = function() {
      var streams = Array.prototype.slice.call(arguments), callback = isFn(streams[streams.length - 1] || noop) && streams.pop() || noop;
      if (Array.isArray(streams[0]) && (streams = streams[0]), streams.length < 2) throw new Error("pump requires two streams per minimum");
      var error, destroys = streams.map(function(stream, i) {
        var reading = i < streams.length - 1, writing = i > 0;
        return destroyer(stream, reading, writing, function(err) {
          error || (error = err), err && destroys.forEach(call), !reading && (destroys.forEach(call), callback(error));
        });
      });
      return streams.reduce(pipe);
    };
    module2.exports = pump;
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports2, module2) {
    "use strict";
    var { Transform: Transform2 } = __require("stream"), { StringDecoder } = __require("string_decoder"), kLast = /* @__PURE__ */ Symbol("last"), kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list;
      if (this.overflow) {
        if (list = this[kDecoder].write(chunk).split(this.matcher), list.length === 1) return cb();
        list.shift(), this.overflow = !1;
      } else
        this[kLast] += this[kDecoder].write(chunk), list = this[kLast].split(this.matcher);
      this[kLast] = list.pop();
      for (let i = 0; i < list.length; i++)
        try {
          push(this, this.mapper(list[i]));
        } catch (error) {
          return cb(error);
        }
      if (this.overflow = this[kLast].length > this.maxLength, this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      if (this[kLast] += this[kDecoder].end(), this[kLast])
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      cb();
    }
    function push(self, val) {
      val !== void 0 && self.push(val);
    }
    function noop(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options2) {
      switch (matcher = matcher || /\r?\n/, mapper = mapper || noop, options2 = options2 || {}, arguments.length) {
        case 1:
          typeof matcher == "function" ? (mapper = matcher, matcher = /\r?\n/) : typeof matcher == "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split] && (options2 = matcher, matcher = /\r?\n/);
          break;
        case 2:
          typeof matcher == "function" ? (options2 = mapper, mapper = matcher, matcher = /\r?\n/) : typeof mapper == "object" && (options2 = mapper, mapper = noop);
      }
      options2 = Object.assign({}, options2), options2.autoDestroy = !0, options2.transform = transform, options2.flush = flush, options2.readableObjectMode = !0;
      let stream = new Transform2(options2);
      return stream[kLast] = "", stream[kDecoder] = new StringDecoder("utf8"), stream.matcher = matcher, stream.mapper = mapper, stream.maxLength = options2.maxLength, stream.skipOverflow = options2.skipOverflow || !1, stream.overflow = !1, stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = !1, cb(err);
      }, stream;
    }
    module2.exports = split;
  }
});

// node_modules/pino-abstract-transport/index.js
var require_pino_abstract_transport = __commonJS({
  "node_modules/pino-abstract-transport/index.js"(exports2, module2) {
    "use strict";
    var metadata = /* @__PURE__ */ Symbol.for("pino.metadata"), split = require_split2(), { Duplex } = __require("stream"), { parentPort, workerData } = __require("worker_threads");
    function createDeferred() {
      let resolve3, reject, promise = new Promise((_resolve2, _reject) => {
        resolve3 = _resolve2, reject = _reject;
      });
      return promise.resolve = resolve3, promise.reject = reject, promise;
    }
    module2.exports = function(fn, opts = {}) {
      let waitForConfig = opts.expectPinoConfig === !0 && workerData?.workerData?.pinoWillSendConfig === !0, parseLines = opts.parse === "lines", parseLine = typeof opts.parseLine == "function" ? opts.parseLine : JSON.parse, close = opts.close || defaultClose, stream = split(function(line) {
        let value;
        try {
          value = parseLine(line);
        } catch (error) {
          this.emit("unknown", line, error);
          return;
        }
        if (value === null) {
          this.emit("unknown", line, "Null value ignored");
          return;
        }
        return typeof value != "object" && (value = {
          data: value,
          time: Date.now()
        }), stream[metadata] && (stream.lastTime = value.time, stream.lastLevel = value.level, stream.lastObj = value), parseLines ? line : value;
      }, { autoDestroy: !0 });
      if (stream._destroy = function(err, cb) {
        let promise = close(err, cb);
        promise && typeof promise.then == "function" && promise.then(cb, cb);
      }, opts.expectPinoConfig === !0 && workerData?.workerData?.pinoWillSendConfig !== !0 && setImmediate(() => {
        stream.emit("error", new Error("This transport is not compatible with the current version of pino. Please upgrade pino to the latest version."));
      }), opts.metadata !== !1 && (stream[metadata] = !0, stream.lastTime = 0, stream.lastLevel = 0, stream.lastObj = null), waitForConfig) {
        let pinoConfig = {}, configReceived = createDeferred();
        return parentPort.on("message", function handleMessage(message) {
          message.code === "PINO_CONFIG" && (pinoConfig = message.config, configReceived.resolve(), parentPort.off("message", handleMessage));
        }), Object.defineProperties(stream, {
          levels: {
            get() {
              return pinoConfig.levels;
            }
          },
          messageKey: {
            get() {
              return pinoConfig.messageKey;
            }
          },
          errorKey: {
            get() {
              return pinoConfig.errorKey;
            }
          }
        }), configReceived.then(finish);
      }
      return finish();
      function finish() {
        let res = fn(stream);
        if (res && typeof res.catch == "function")
          res.catch((err) => {
            stream.destroy(err);
          }), res = null;
        else if (opts.enablePipelining && res)
          return Duplex.from({ writable: stream, readable: res });
        return stream;
      }
    };
    function defaultClose(err, cb) {
      process.nextTick(cb, err);
    }
  }
});

// node_modules/pino-pretty/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/pino-pretty/lib/constants.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      DATE_FORMAT: "yyyy-mm-dd HH:MM:ss.l o",
      DATE_FORMAT_SIMPLE: "HH:MM:ss.l",
      /**
       * @type {K_ERROR_LIKE_KEYS}
       */
      ERROR_LIKE_KEYS: ["err", "error"],
      MESSAGE_KEY: "msg",
      LEVEL_KEY: "level",
      LEVEL_LABEL: "levelLabel",
      TIMESTAMP_KEY: "time",
      LEVELS: {
        default: "USERLVL",
        60: "FATAL",
        50: "ERROR",
        40: "WARN",
        30: "INFO",
        20: "DEBUG",
        10: "TRACE"
      },
      LEVEL_NAMES: {
        fatal: 60,
        error: 50,
        warn: 40,
        info: 30,
        debug: 20,
        trace: 10
      },
      // Object keys that probably came from a logger like Pino or Bunyan.
      LOGGER_KEYS: [
        "pid",
        "hostname",
        "name",
        "level",
        "time",
        "timestamp",
        "caller"
      ]
    };
  }
});

// node_modules/pino-pretty/lib/utils/get-level-label-data.js
var require_get_level_label_data = __commonJS({
  "node_modules/pino-pretty/lib/utils/get-level-label-data.js"(exports2, module2) {
    "use strict";
    module2.exports = getLevelLabelData;
    var { LEVELS, LEVEL_NAMES } = require_constants2();
    function getLevelLabelData(useOnlyCustomProps, customLevels, customLevelNames) {
      let levels = useOnlyCustomProps ? customLevels || LEVELS : Object.assign({}, LEVELS, customLevels), levelNames = useOnlyCustomProps ? customLevelNames || LEVEL_NAMES : Object.assign({}, LEVEL_NAMES, customLevelNames);
      return function(level) {
        let levelNum = "default";
        return Number.isInteger(+level) ? levelNum = Object.prototype.hasOwnProperty.call(levels, level) ? level : levelNum : levelNum = Object.prototype.hasOwnProperty.call(levelNames, level.toLowerCase()) ? levelNames[level.toLowerCase()] : levelNum, [levels[levelNum], levelNum];
      };
    }
  }
});

// node_modules/pino-pretty/lib/colors.js
var require_colors = __commonJS({
  "node_modules/pino-pretty/lib/colors.js"(exports2, module2) {
    "use strict";
    var nocolor = (input) => input, plain = {
      default: nocolor,
      60: nocolor,
      50: nocolor,
      40: nocolor,
      30: nocolor,
      20: nocolor,
      10: nocolor,
      message: nocolor,
      greyMessage: nocolor,
      property: nocolor
    }, { createColors } = require_colorette(), getLevelLabelData = require_get_level_label_data(), availableColors = createColors({ useColor: !0 }), { white, bgRed, red, yellow, green, blue, gray, cyan, magenta } = availableColors, colored = {
      default: white,
      60: bgRed,
      50: red,
      40: yellow,
      30: green,
      20: blue,
      10: gray,
      message: cyan,
      greyMessage: gray,
      property: magenta
    };
    function resolveCustomColoredColorizer(customColors) {
      return customColors.reduce(
        function(agg, [level, color]) {
          return agg[level] = typeof availableColors[color] == "function" ? availableColors[color] : white, agg;
        },
        { default: white, message: cyan, greyMessage: gray, property: magenta }
      );
    }
    function colorizeLevel(useOnlyCustomProps) {
      return function(level, colorizer, { customLevels, customLevelNames } = {}) {
        let [levelStr, levelNum] = getLevelLabelData(useOnlyCustomProps, customLevels, customLevelNames)(level);
        return Object.prototype.hasOwnProperty.call(colorizer, levelNum) ? colorizer[levelNum](levelStr) : colorizer.default(levelStr);
      };
    }
    function plainColorizer(useOnlyCustomProps) {
      let newPlainColorizer = colorizeLevel(useOnlyCustomProps), customColoredColorizer = function(level, opts) {
        return newPlainColorizer(level, plain, opts);
      };
      return customColoredColorizer.message = plain.message, customColoredColorizer.greyMessage = plain.greyMessage, customColoredColorizer.property = plain.property, customColoredColorizer.colors = createColors({ useColor: !1 }), customColoredColorizer;
    }
    function coloredColorizer(useOnlyCustomProps) {
      let newColoredColorizer = colorizeLevel(useOnlyCustomProps), customColoredColorizer = function(level, opts) {
        return newColoredColorizer(level, colored, opts);
      };
      return customColoredColorizer.message = colored.message, customColoredColorizer.property = colored.property, customColoredColorizer.greyMessage = colored.greyMessage, customColoredColorizer.colors = availableColors, customColoredColorizer;
    }
    function customColoredColorizerFactory(customColors, useOnlyCustomProps) {
      let onlyCustomColored = resolveCustomColoredColorizer(customColors), customColored = useOnlyCustomProps ? onlyCustomColored : Object.assign({}, colored, onlyCustomColored), colorizeLevelCustom = colorizeLevel(useOnlyCustomProps), customColoredColorizer = function(level, opts) {
        return colorizeLevelCustom(level, customColored, opts);
      };
      return customColoredColorizer.colors = availableColors, customColoredColorizer.message = customColoredColorizer.message || customColored.message, customColoredColorizer.property = customColoredColorizer.property || customColored.property, customColoredColorizer.greyMessage = customColoredColorizer.greyMessage || customColored.greyMessage, customColoredColorizer;
    }
    module2.exports = function(useColors = !1, customColors, useOnlyCustomProps) {
      return useColors && customColors !== void 0 ? customColoredColorizerFactory(customColors, useOnlyCustomProps) : useColors ? coloredColorizer(useOnlyCustomProps) : plainColorizer(useOnlyCustomProps);
    };
  }
});

// node_modules/pino-pretty/node_modules/sonic-boom/index.js
var require_sonic_boom2 = __commonJS({
  "node_modules/pino-pretty/node_modules/sonic-boom/index.js"(exports2, module2) {
    "use strict";
    var fs = __require("node:fs"), EventEmitter = __require("node:events"), inherits = __require("node:util").inherits, path2 = __require("node:path"), assert = __require("node:assert"), sleep = require_atomic_sleep(), BUSY_WRITE_TIMEOUT = 100, kEmptyBuffer = Buffer.allocUnsafe(0), MAX_WRITE = 16 * 1024, kContentModeBuffer = "buffer", kContentModeUtf8 = "utf8", kFlush = /* @__PURE__ */ Symbol("kFlush"), kFlushSyncIdle = 0, kFlushSyncRetry = 1, kFlushSyncInWriteEvent = 2, kFlushSyncInFlight = 3;
    function isIgnorableFsyncError(err) {
      switch (err?.code) {
        case "EBADF":
        case "EINVAL":
        case "ENOTSUP":
        case "EOPNOTSUPP":
        case "EROFS":
          return !0;
        default:
          return !1;
      }
    }
    var [major, minor] = (process.versions.node || "0.0").split(".").map(Number), kCopyBuffer = major >= 22 && minor >= 7;
    function openFile(file, sonic) {
      sonic._opening = !0, sonic._writing = !0, sonic._asyncDrainScheduled = !1;
      function fileOpened(err, fd) {
        if (err) {
          sonic._reopening = !1, sonic._writing = !1, sonic._opening = !1, sonic.sync ? process.nextTick(() => {
            sonic.listenerCount("error") > 0 && sonic.emit("error", err);
          }) : sonic.emit("error", err);
          return;
        }
        let reopening = sonic._reopening;
        sonic.fd = fd, sonic.file = file, sonic._reopening = !1, sonic._opening = !1, sonic._writing = !1, sonic.sync ? process.nextTick(() => sonic.emit("ready")) : sonic.emit("ready"), !sonic.destroyed && (!sonic._writing && (sonic._len > sonic.minLength || sonic._flushPending) ? sonic._actualWrite() : reopening && !sonic._writing && process.nextTick(emitDrain, sonic));
      }
      let flags = sonic.append ? "a" : "w", mode = sonic.mode;
      if (sonic.sync)
        try {
          sonic.mkdir && fs.mkdirSync(path2.dirname(file), { recursive: !0 });
          let fd = fs.openSync(file, flags, mode);
          fileOpened(null, fd);
        } catch (err) {
          throw fileOpened(err), err;
        }
      else sonic.mkdir ? fs.mkdir(path2.dirname(file), { recursive: !0 }, (err) => {
        if (err) return fileOpened(err);
        fs.open(file, flags, mode, fileOpened);
      }) : fs.open(file, flags, mode, fileOpened);
    }
    function SonicBoom(opts) {
      if (!(this instanceof SonicBoom))
        return new SonicBoom(opts);
      let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = !0, mkdir, retryEAGAIN, maxWriteRetries, fsync, contentMode, mode } = opts || {};
      fd = fd || dest, this._len = 0, this.fd = -1, this._bufs = [], this._lens = [], this._writing = !1, this._ending = !1, this._reopening = !1, this._asyncDrainScheduled = !1, this._flushPending = 0, this._flushInProgress = 0, this._emittingFlush = !1, this._emittingWrite = !1, this._retryTimer = null, this._hwm = Math.max(minLength || 0, 16387), this.file = null, this.destroyed = !1, this.minLength = minLength || 0, this.maxLength = maxLength || 0, this.maxWrite = maxWrite || MAX_WRITE, this._periodicFlush = periodicFlush || 0, this._periodicFlushTimer = void 0, this.sync = sync || !1, this.writable = !0, this._fsync = fsync || !1, this.append = append || !1, this.mode = mode, this.retryEAGAIN = retryEAGAIN || (() => !0), this.maxWriteRetries = maxWriteRetries || 0, this._writeRetries = 0, this.mkdir = mkdir || !1;
      let fsWriteSync, fsWrite;
      if (contentMode === kContentModeBuffer)
        this._writingBuf = kEmptyBuffer, this.write = writeBuffer, this.flush = flushBuffer, this.flushSync = flushBufferSync, this._actualWrite = actualWriteBuffer, fsWriteSync = () => fs.writeSync(this.fd, this._writingBuf), fsWrite = () => fs.write(this.fd, this._writingBuf, this.release);
      else if (contentMode === void 0 || contentMode === kContentModeUtf8)
        this._writingBuf = "", this.write = write, this.flush = flush, this.flushSync = flushSync, this._actualWrite = actualWrite, fsWriteSync = () => Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8"), fsWrite = () => Buffer.isBuffer(this._writingBuf) ? fs.write(this.fd, this._writingBuf, this.release) : fs.write(this.fd, this._writingBuf, "utf8", this.release);
      else
        throw new Error(`SonicBoom supports "${kContentModeUtf8}" and "${kContentModeBuffer}", but passed ${contentMode}`);
      if (typeof fd == "number")
        this.fd = fd, process.nextTick(() => this.emit("ready"));
      else if (typeof fd == "string")
        openFile(fd, this);
      else
        throw new Error("SonicBoom supports only file descriptors and files");
      if (this.minLength >= this.maxWrite)
        throw new Error(`minLength should be smaller than maxWrite (${this.maxWrite})`);
      this.release = (err, n) => {
        if (err) {
          let isRetryableErr = err.code === "EAGAIN" || err.code === "EBUSY";
          isRetryableErr && this._writeRetries++;
          let retriesExhausted = this.maxWriteRetries > 0 && this._writeRetries > this.maxWriteRetries;
          if (isRetryableErr && !retriesExhausted && this.retryEAGAIN(err, this._writingBuf.length, this._len - this._writingBuf.length))
            if (this.sync)
              try {
                sleep(BUSY_WRITE_TIMEOUT), this.release(void 0, 0);
              } catch (err2) {
                this.release(err2);
              }
            else
              this._retryTimer = setTimeout(() => {
                this._retryTimer = null, fsWrite();
              }, BUSY_WRITE_TIMEOUT);
          else
            this._writing = !1, this.emit("error", err);
          return;
        }
        n > 0 && (this._writeRetries = 0);
        let releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n);
        this._len = releasedBufObj.len, this._writingBuf = releasedBufObj.writingBuf, this._emittingWrite = !0;
        try {
          this.emit("write", n);
        } finally {
          this._emittingWrite = !1;
        }
        if (this.destroyed) {
          this._writing = !1, this._flushPending > 0 && (this._len === 0 ? scheduleDrain(this) : this.emit(kFlush, new Error("SonicBoom destroyed")));
          return;
        }
        if (this._writingBuf.length) {
          if (!this.sync) {
            fsWrite();
            return;
          }
          try {
            do {
              let n2 = fsWriteSync(), releasedBufObj2 = releaseWritingBuf(this._writingBuf, this._len, n2);
              this._len = releasedBufObj2.len, this._writingBuf = releasedBufObj2.writingBuf;
            } while (this._writingBuf.length);
          } catch (err2) {
            this.release(err2);
            return;
          }
        }
        this._fsync && fs.fsyncSync(this.fd);
        let len = this._len;
        this._reopening ? (this._writing = !1, this._reopening = !1, this.reopen()) : len > 0 && (len > this.minLength || this._flushPending) ? this._actualWrite() : this._ending ? len > 0 ? this._actualWrite() : (this._writing = !1, finishEnding(this)) : (this._writing = !1, scheduleDrain(this));
      }, this.on("newListener", function(name) {
        (name === "drain" || name === kFlush) && (this._asyncDrainScheduled = !1);
      }), this._periodicFlush !== 0 && (this._periodicFlushTimer = setInterval(() => {
        this._flushPending === 0 && this._flushInProgress === 0 && this.flush(null);
      }, this._periodicFlush), this._periodicFlushTimer.unref());
    }
    function releaseWritingBuf(writingBuf, len, n) {
      return typeof writingBuf == "string" && (writingBuf = Buffer.from(writingBuf)), len = Math.max(len - n, 0), writingBuf = writingBuf.subarray(n), { writingBuf, len };
    }
    function scheduleDrain(sonic) {
      sonic.sync ? sonic._asyncDrainScheduled || (sonic._asyncDrainScheduled = !0, process.nextTick(emitDrain, sonic)) : emitDrain(sonic);
    }
    function emitDrain(sonic) {
      (sonic.listenerCount("drain") > 0 || sonic.listenerCount(kFlush) > 0) && (sonic._asyncDrainScheduled = !1, !sonic._writing && (emitFlush(sonic), !(sonic._writing || sonic.destroyed) && sonic.listenerCount("drain") > 0 && sonic.emit("drain")));
    }
    function emitFlush(sonic) {
      if (!sonic._emittingFlush) {
        sonic._emittingFlush = !0;
        try {
          sonic.emit(kFlush);
        } finally {
          sonic._emittingFlush = !1;
        }
      }
    }
    function finishEnding(sonic) {
      if (!(!sonic._ending || sonic._writing || sonic.destroyed)) {
        if (sonic._len > 0) {
          sonic._actualWrite();
          return;
        }
        sonic._flushPending > 0 && emitFlush(sonic), sonic._flushPending === 0 && sonic._flushInProgress === 0 && !sonic._writing && sonic._len === 0 && actualClose(sonic);
      }
    }
    inherits(SonicBoom, EventEmitter);
    function mergeBuf(bufs, len) {
      return bufs.length === 0 ? kEmptyBuffer : bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, len);
    }
    function write(data) {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      data = "" + data;
      let dataLen = Buffer.byteLength(data), len = this._len + dataLen, bufs = this._bufs;
      return this.maxLength && len > this.maxLength ? (this.emit("drop", data), this._len < this._hwm) : (bufs.length === 0 || Buffer.byteLength(bufs[bufs.length - 1]) + dataLen > this.maxWrite ? bufs.push(data) : bufs[bufs.length - 1] += data, this._len = len, !this._writing && this._len >= this.minLength && this._actualWrite(), this._len < this._hwm);
    }
    function writeBuffer(data) {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      let len = this._len + data.length, bufs = this._bufs, lens = this._lens;
      return this.maxLength && len > this.maxLength ? (this.emit("drop", data), this._len < this._hwm) : (bufs.length === 0 || lens[lens.length - 1] + data.length > this.maxWrite ? (bufs.push([data]), lens.push(data.length)) : (bufs[bufs.length - 1].push(data), lens[lens.length - 1] += data.length), this._len = len, !this._writing && this._len >= this.minLength && this._actualWrite(), this._len < this._hwm);
    }
    function callFlushCallbackOnDrain(cb) {
      this._flushPending++;
      let waiting = !0, completed = !1, flushing = !1, stopWaiting = () => waiting ? (waiting = !1, this.off(kFlush, onDrain), this.off("error", onError), !0) : !1, complete = (err, finish = !0) => {
        if (!completed) {
          completed = !0, flushing && this._flushInProgress--;
          try {
            cb(err);
          } finally {
            finish && finishEnding(this);
          }
        }
      }, onDrain = (err) => {
        if (stopWaiting()) {
          if (this._flushPending--, err) {
            complete(err, !1);
            return;
          }
          if (this._flushInProgress++, flushing = !0, !this._fsync && !this.destroyed)
            try {
              fs.fsync(this.fd, (err2) => {
                if (isIgnorableFsyncError(err2)) {
                  complete();
                  return;
                }
                complete(err2);
              });
            } catch (err2) {
              complete(err2);
            }
          else
            complete();
        }
      }, onError = (err) => {
        stopWaiting() && (this._flushPending--, complete(err, !1));
      };
      this.once(kFlush, onDrain), this.once("error", onError);
    }
    function flush(cb) {
      if (cb != null && typeof cb != "function")
        throw new Error("flush cb must be a function");
      if (this.destroyed) {
        let error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0 && !this._writing && this._len === 0) {
        cb?.();
        return;
      }
      cb && callFlushCallbackOnDrain.call(this, cb), !this._writing && (this._bufs.length === 0 && this._bufs.push(""), this._actualWrite());
    }
    function flushBuffer(cb) {
      if (cb != null && typeof cb != "function")
        throw new Error("flush cb must be a function");
      if (this.destroyed) {
        let error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0 && !this._writing && this._len === 0) {
        cb?.();
        return;
      }
      cb && callFlushCallbackOnDrain.call(this, cb), !this._writing && (this._bufs.length === 0 && (this._bufs.push([]), this._lens.push(0)), this._actualWrite());
    }
    SonicBoom.prototype.reopen = function(file) {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      if (this._opening) {
        this.once("ready", () => {
          this.destroyed || this.reopen(file);
        });
        return;
      }
      if (this._ending)
        return;
      if (!this.file)
        throw new Error("Unable to reopen a file descriptor, you must pass a file to SonicBoom");
      if (file && (this.file = file), this._reopening = !0, this._writing)
        return;
      let fd = this.fd;
      this.once("ready", () => {
        fd !== this.fd && fs.close(fd, (err) => {
          if (err)
            return this.emit("error", err);
        });
      }), openFile(this.file, this);
    };
    SonicBoom.prototype.end = function() {
      if (this.destroyed)
        throw new Error("SonicBoom destroyed");
      if (this._opening) {
        this.once("ready", () => {
          this.destroyed || this.end();
        });
        return;
      }
      this._ending || (this._ending = !0, !this._writing && (this._len > 0 && this.fd >= 0 ? this._actualWrite() : finishEnding(this)));
    };
    function beginFlushSync(sonic) {
      if (sonic.destroyed)
        throw new Error("SonicBoom destroyed");
      if (sonic.fd < 0)
        throw new Error("sonic boom is not ready yet");
      return !sonic._writing || sonic._opening ? kFlushSyncIdle : sonic._retryTimer !== null ? (clearTimeout(sonic._retryTimer), sonic._retryTimer = null, kFlushSyncRetry) : sonic._emittingWrite ? kFlushSyncInWriteEvent : kFlushSyncInFlight;
    }
    function endFlushSyncRetry(sonic) {
      sonic._writing = !1, process.nextTick(() => {
        sonic.destroyed || sonic._writing || (sonic._reopening ? (sonic._reopening = !1, sonic.reopen()) : sonic._ending ? finishEnding(sonic) : sonic._len > 0 && (sonic._len > sonic.minLength || sonic._flushPending) ? sonic._actualWrite() : emitDrain(sonic));
      });
    }
    function flushSync() {
      let state = beginFlushSync(this);
      try {
        state !== kFlushSyncInFlight && this._writingBuf.length > 0 && (this._bufs.unshift(this._writingBuf), this._writingBuf = "");
        let buf = "";
        for (; this._bufs.length || buf.length; ) {
          buf.length <= 0 && (buf = this._bufs[0]);
          try {
            let n = Buffer.isBuffer(buf) ? fs.writeSync(this.fd, buf) : fs.writeSync(this.fd, buf, "utf8");
            this._writeRetries = 0;
            let releasedBufObj = releaseWritingBuf(buf, this._len, n);
            buf = releasedBufObj.writingBuf, this._len = releasedBufObj.len, buf.length <= 0 && this._bufs.shift();
          } catch (err) {
            let shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
            shouldRetry && this._writeRetries++;
            let retriesExhausted = this.maxWriteRetries > 0 && this._writeRetries > this.maxWriteRetries;
            if (!shouldRetry || retriesExhausted || !this.retryEAGAIN(err, buf.length, this._len - buf.length))
              throw err;
            sleep(BUSY_WRITE_TIMEOUT);
          }
        }
      } finally {
        state === kFlushSyncRetry && endFlushSyncRetry(this);
      }
      try {
        fs.fsyncSync(this.fd);
      } catch {
      }
    }
    function flushBufferSync() {
      let state = beginFlushSync(this);
      try {
        state !== kFlushSyncInFlight && this._writingBuf.length > 0 && (this._bufs.unshift([this._writingBuf]), this._lens.unshift(this._writingBuf.length), this._writingBuf = kEmptyBuffer);
        let buf = kEmptyBuffer;
        for (; this._bufs.length || buf.length; ) {
          buf.length <= 0 && (buf = mergeBuf(this._bufs[0], this._lens[0]));
          try {
            let n = fs.writeSync(this.fd, buf);
            this._writeRetries = 0, buf = buf.subarray(n), this._len = Math.max(this._len - n, 0), buf.length <= 0 && (this._bufs.shift(), this._lens.shift());
          } catch (err) {
            let shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
            shouldRetry && this._writeRetries++;
            let retriesExhausted = this.maxWriteRetries > 0 && this._writeRetries > this.maxWriteRetries;
            if (!shouldRetry || retriesExhausted || !this.retryEAGAIN(err, buf.length, this._len - buf.length))
              throw err;
            sleep(BUSY_WRITE_TIMEOUT);
          }
        }
      } finally {
        state === kFlushSyncRetry && endFlushSyncRetry(this);
      }
    }
    SonicBoom.prototype.destroy = function() {
      if (this.destroyed)
        return;
      let opening = this._opening;
      actualClose(this), opening && this._flushPending > 0 && this.emit("error", new Error("SonicBoom destroyed"));
    };
    function actualWrite() {
      let release = this.release;
      if (this._writing = !0, this._writingBuf = this._writingBuf.length ? this._writingBuf : this._bufs.shift() || "", this.sync)
        try {
          let written = Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8");
          release(null, written);
        } catch (err) {
          release(err);
        }
      else
        fs.write(this.fd, this._writingBuf, release);
    }
    function actualWriteBuffer() {
      let release = this.release;
      if (this._writing = !0, this._writingBuf = this._writingBuf.length ? this._writingBuf : mergeBuf(this._bufs.shift(), this._lens.shift()), this.sync)
        try {
          let written = fs.writeSync(this.fd, this._writingBuf);
          release(null, written);
        } catch (err) {
          release(err);
        }
      else
        kCopyBuffer && (this._writingBuf = Buffer.from(this._writingBuf)), fs.write(this.fd, this._writingBuf, release);
    }
    function actualClose(sonic) {
      if (sonic.destroyed)
        return;
      if (sonic.fd === -1) {
        sonic.destroyed = !0, sonic.once("ready", () => {
          sonic.destroyed = !1, actualClose(sonic);
        });
        return;
      }
      sonic._periodicFlushTimer !== void 0 && clearInterval(sonic._periodicFlushTimer), sonic.destroyed = !0, sonic._bufs = [], sonic._lens = [], sonic._retryTimer !== null && (clearTimeout(sonic._retryTimer), sonic._retryTimer = null, sonic._writing = !1), sonic._flushPending > 0 && !sonic._writing && sonic.emit(kFlush, new Error("SonicBoom destroyed")), assert(typeof sonic.fd == "number", `sonic.fd must be a number, got ${typeof sonic.fd}`);
      try {
        fs.fsync(sonic.fd, closeWrapped);
      } catch {
      }
      function closeWrapped() {
        sonic.fd !== 1 && sonic.fd !== 2 ? fs.close(sonic.fd, done) : done();
      }
      function done(err) {
        if (err) {
          sonic.emit("error", err);
          return;
        }
        sonic._ending && !sonic._writing && sonic.emit("finish"), sonic.emit("close");
      }
    }
    SonicBoom.SonicBoom = SonicBoom;
    SonicBoom.default = SonicBoom;
    module2.exports = SonicBoom;
  }
});

// node_modules/pino-pretty/lib/utils/noop.js
var require_noop = __commonJS({
  "node_modules/pino-pretty/lib/utils/noop.js"(exports2, module2) {
    "use strict";
    module2.exports = function() {
    };
  }
});

// node_modules/pino-pretty/lib/utils/build-safe-sonic-boom.js
var require_build_safe_sonic_boom = __commonJS({
  "node_modules/pino-pretty/lib/utils/build-safe-sonic-boom.js"(exports2, module2) {
    "use strict";
    module2.exports = buildSafeSonicBoom;
    var { isMainThread } = __require("node:worker_threads"), SonicBoom = require_sonic_boom2(), noop = require_noop();
    function buildSafeSonicBoom(opts) {
      let stream = new SonicBoom(opts);
      return stream.on("error", filterBrokenPipe), !opts.sync && isMainThread && setupOnExit(stream), stream;
      function filterBrokenPipe(err) {
        if (err.code === "EPIPE") {
          stream.write = noop, stream.end = noop, stream.flushSync = noop, stream.destroy = noop;
          return;
        }
        stream.removeListener("error", filterBrokenPipe);
      }
    }
    function setupOnExit(stream) {
      if (global.WeakRef && global.WeakMap && global.FinalizationRegistry) {
        let onExit = require_on_exit_leak_free();
        onExit.register(stream, autoEnd), stream.on("close", function() {
          onExit.unregister(stream);
        });
      }
    }
    function autoEnd(stream, eventName) {
      stream.destroyed || (eventName === "beforeExit" ? (stream.flush(), stream.on("drain", function() {
        stream.end();
      })) : stream.flushSync());
    }
  }
});

// node_modules/pino-pretty/lib/utils/is-valid-date.js
var require_is_valid_date = __commonJS({
  "node_modules/pino-pretty/lib/utils/is-valid-date.js"(exports2, module2) {
    "use strict";
    module2.exports = isValidDate;
    function isValidDate(date) {
      return date instanceof Date && !Number.isNaN(date.getTime());
    }
  }
});

// node_modules/pino-pretty/lib/utils/create-date.js
var require_create_date = __commonJS({
  "node_modules/pino-pretty/lib/utils/create-date.js"(exports2, module2) {
    "use strict";
    module2.exports = createDate;
    var isValidDate = require_is_valid_date();
    function createDate(epoch) {
      let date = new Date(epoch);
      return isValidDate(date) || (date = /* @__PURE__ */ new Date(+epoch)), date;
    }
  }
});

// node_modules/pino-pretty/lib/utils/split-property-key.js
var require_split_property_key = __commonJS({
  "node_modules/pino-pretty/lib/utils/split-property-key.js"(exports2, module2) {
    "use strict";
    module2.exports = splitPropertyKey;
    function splitPropertyKey(key) {
      let result = [], backslash = !1, segment = "";
      for (let i = 0; i < key.length; i++) {
        let c = key.charAt(i);
        if (c === "\\") {
          backslash = !0;
          continue;
        }
        if (backslash) {
          backslash = !1, segment += c;
          continue;
        }
        if (c === ".") {
          result.push(segment), segment = "";
          continue;
        }
        segment += c;
      }
      return segment.length && result.push(segment), result;
    }
  }
});

// node_modules/pino-pretty/lib/utils/get-property-value.js
var require_get_property_value = __commonJS({
  "node_modules/pino-pretty/lib/utils/get-property-value.js"(exports2, module2) {
    "use strict";
    module2.exports = getPropertyValue;
    var splitPropertyKey = require_split_property_key();
    function getPropertyValue(obj, property) {
      let props = Array.isArray(property) ? property : splitPropertyKey(property);
      for (let prop of props) {
        if (!Object.prototype.hasOwnProperty.call(obj, prop))
          return;
        obj = obj[prop];
      }
      return obj;
    }
  }
});

// node_modules/pino-pretty/lib/utils/delete-log-property.js
var require_delete_log_property = __commonJS({
  "node_modules/pino-pretty/lib/utils/delete-log-property.js"(exports2, module2) {
    "use strict";
    module2.exports = deleteLogProperty;
    var getPropertyValue = require_get_property_value(), splitPropertyKey = require_split_property_key();
    function deleteLogProperty(log, property) {
      let props = splitPropertyKey(property), propToDelete = props.pop();
      log = getPropertyValue(log, props), log !== null && typeof log == "object" && Object.prototype.hasOwnProperty.call(log, propToDelete) && delete log[propToDelete];
    }
  }
});

// node_modules/fast-copy/dist/cjs/index.cjs
var require_cjs = __commonJS({
  "node_modules/fast-copy/dist/cjs/index.cjs"(exports2) {
    "use strict";
    var MaxDepthExceededError = class extends RangeError {
      constructor(maxDepth) {
        super(`Maximum copy depth of ${String(maxDepth)} exceeded; the value copied is nested too deeply.`), this.maxDepth = maxDepth, this.name = "MaxDepthExceededError";
      }
    }, toStringFunction = Function.prototype.toString, toStringObject = Object.prototype.toString;
    function getCleanClone(prototype) {
      if (!prototype)
        return /* @__PURE__ */ Object.create(null);
      let Constructor = prototype.constructor;
      if (Constructor === Object)
        return prototype === Object.prototype ? {} : Object.create(prototype);
      if (typeof Constructor == "function" && ~toStringFunction.call(Constructor).indexOf("[native code]"))
        try {
          return new Constructor();
        } catch {
        }
      return Object.create(prototype);
    }
    function getTag(value) {
      let stringTag = value[Symbol.toStringTag];
      if (stringTag)
        return stringTag;
      let type = toStringObject.call(value);
      return type.substring(8, type.length - 1);
    }
    var sliceTypedArray = Object.getPrototypeOf(Int8Array.prototype).slice, IS_ARRAY_PROTOTYPE_STANDARD = Object.getPrototypeOf(Array.prototype) === Object.prototype;
    function copyOwnDescriptor(original, clone, property, state, assignable) {
      let ownDescriptor = Object.getOwnPropertyDescriptor(original, property) || {
        configurable: !0,
        enumerable: !0,
        value: original[property],
        writable: !0
      }, descriptor;
      if (ownDescriptor.writable === void 0 || ownDescriptor.get || ownDescriptor.set)
        descriptor = ownDescriptor;
      else {
        let { configurable, enumerable, writable } = ownDescriptor, value = state.copier(ownDescriptor.value, state);
        if (assignable) {
          if (configurable && enumerable && writable && !(property in clone)) {
            clone[property] = value;
            return;
          }
          if (property === "length" && writable && Array.isArray(clone) && clone.length === value)
            return;
        }
        descriptor = { configurable, enumerable, value, writable };
      }
      try {
        Object.defineProperty(clone, property, descriptor);
      } catch {
        try {
          Object.defineProperty(clone, property, Object.setPrototypeOf(descriptor, null));
        } catch {
          clone[property] = descriptor.get ? descriptor.get() : descriptor.value;
        }
      }
    }
    function defineOwnValue(clone, property, value) {
      Object.defineProperty(clone, property, {
        configurable: !0,
        enumerable: !0,
        value,
        writable: !0
      });
    }
    function copyOwnPropertiesStrict(value, clone, state, names, start, assignable) {
      for (let index = start; index < names.length; ++index)
        copyOwnDescriptor(value, clone, names[index], state, assignable);
      for (let symbol of Object.getOwnPropertySymbols(value))
        copyOwnDescriptor(value, clone, symbol, state, assignable);
      return clone;
    }
    function copyArray(array, state) {
      let clone = new state.Constructor();
      state.cache.set(array, clone);
      for (let index = 0; index < array.length; ++index)
        clone[index] = state.copier(array[index], state);
      return clone;
    }
    function copyArrayStrict(array, state) {
      let clone = new state.Constructor();
      return state.cache.set(array, clone), copyOwnPropertiesStrict(array, clone, state, Object.getOwnPropertyNames(array), 0, IS_ARRAY_PROTOTYPE_STANDARD && state.Constructor === Array);
    }
    function copyArrayBuffer(arrayBuffer, state) {
      if (ArrayBuffer.isView(arrayBuffer))
        return sliceTypedArray.call(arrayBuffer, 0);
      if (arrayBuffer.resizable || arrayBuffer.growable) {
        let maxByteLength = arrayBuffer.maxByteLength, clone = new state.Constructor(arrayBuffer.byteLength, { maxByteLength });
        return new Uint8Array(clone).set(new Uint8Array(arrayBuffer)), clone;
      }
      return !arrayBuffer.byteLength && getTag(arrayBuffer) === "SharedArrayBuffer" ? new state.Constructor(0) : arrayBuffer.slice(0);
    }
    function copyArrayBufferStrict(arrayBuffer, state) {
      let clone = copyArrayBuffer(arrayBuffer, state);
      state.cache.set(arrayBuffer, clone);
      let start = ArrayBuffer.isView(clone) && clone.length || 0;
      return copyOwnPropertiesStrict(arrayBuffer, clone, state, Object.getOwnPropertyNames(arrayBuffer), start, !1);
    }
    function copyBlob(blob, _state) {
      return blob.slice(0, blob.size, blob.type);
    }
    var copyBlobStrict = createStrictHandler(copyBlob);
    function copyDataView(dataView, state) {
      return new state.Constructor(state.copier(dataView.buffer, state), dataView.byteOffset, dataView.byteLength);
    }
    function copyDataViewStrict(dataView, state) {
      let { buffer } = dataView, { cache, Constructor } = state, bufferCopied = cache.has(buffer), bufferClone = bufferCopied ? cache.get(buffer) : state.copier(buffer, state);
      if (!bufferCopied && cache.has(dataView))
        return cache.get(dataView);
      let clone = new Constructor(bufferClone, dataView.byteOffset, dataView.byteLength);
      return state.cache.set(dataView, clone), copyOwnPropertiesStrict(dataView, clone, state, Object.getOwnPropertyNames(dataView), 0, !1);
    }
    function copyDate(date, state) {
      return new state.Constructor(date.getTime());
    }
    var copyDateStrict = createStrictHandler(copyDate);
    function copyMap(map, state) {
      let clone = new state.Constructor();
      state.cache.set(map, clone);
      for (let [key, value] of map)
        clone.set(key != null && typeof key == "object" ? state.copier(key, state) : key, state.copier(value, state));
      return clone;
    }
    function copyMapStrict(map, state) {
      return copyOwnPropertiesStrict(map, copyMap(map, state), state, Object.getOwnPropertyNames(map), 0, !1);
    }
    function copyObject(object, state) {
      let clone = getCleanClone(state.prototype);
      state.cache.set(object, clone);
      for (let key of Object.keys(object)) {
        let value = state.copier(object[key], state);
        if (key === "__proto__")
          defineOwnValue(clone, key, value);
        else
          try {
            clone[key] = value;
          } catch {
            defineOwnValue(clone, key, value);
          }
      }
      for (let symbol of Object.getOwnPropertySymbols(object))
        if (Object.prototype.propertyIsEnumerable.call(object, symbol)) {
          let value = state.copier(object[symbol], state);
          try {
            clone[symbol] = value;
          } catch {
            defineOwnValue(clone, symbol, value);
          }
        }
      return clone;
    }
    function copyObjectStrict(object, state) {
      let { prototype } = state, clone = getCleanClone(prototype);
      return state.cache.set(object, clone), copyOwnPropertiesStrict(object, clone, state, Object.getOwnPropertyNames(object), 0, prototype === Object.prototype || prototype === null);
    }
    function copyPrimitiveWrapper(primitiveObject, state) {
      return new state.Constructor(primitiveObject.valueOf());
    }
    var copyPrimitiveWrapperStrict = createStrictHandler(copyPrimitiveWrapper);
    function copyRegExp(regExp, state) {
      let clone = new state.Constructor(regExp.source, regExp.flags);
      return clone.lastIndex = regExp.lastIndex, clone;
    }
    var copyRegExpStrict = createStrictHandler(copyRegExp);
    function copySelf(value, _state) {
      return value;
    }
    function copySet(set2, state) {
      let clone = new state.Constructor();
      state.cache.set(set2, clone);
      for (let value of set2)
        clone.add(state.copier(value, state));
      return clone;
    }
    function copySetStrict(set2, state) {
      return copyOwnPropertiesStrict(set2, copySet(set2, state), state, Object.getOwnPropertyNames(set2), 0, !1);
    }
    function createStrictHandler(handler) {
      return (value, state) => {
        let clone = handler(value, state);
        return state.cache.set(value, clone), copyOwnPropertiesStrict(value, clone, state, Object.getOwnPropertyNames(value), 0, !1);
      };
    }
    function copyStringStrict(string, state) {
      let clone = copyPrimitiveWrapper(string, state);
      state.cache.set(string, clone);
      let { length } = string, names = Object.getOwnPropertyNames(string), start = names[length] === "length" ? length + 1 : length;
      return copyOwnPropertiesStrict(string, clone, state, names, start, !1);
    }
    var DEFAULT_MAX_DEPTH = 1e3;
    function createDefaultCache() {
      return /* @__PURE__ */ new WeakMap();
    }
    function getOptions({ createCache: createCacheOverride, maxDepth, methods: methodsOverride, strict }) {
      let defaultMethods = {
        array: strict ? copyArrayStrict : copyArray,
        arrayBuffer: strict ? copyArrayBufferStrict : copyArrayBuffer,
        asyncGenerator: copySelf,
        blob: strict ? copyBlobStrict : copyBlob,
        dataView: strict ? copyDataViewStrict : copyDataView,
        date: strict ? copyDateStrict : copyDate,
        error: copySelf,
        generator: copySelf,
        map: strict ? copyMapStrict : copyMap,
        object: strict ? copyObjectStrict : copyObject,
        regExp: strict ? copyRegExpStrict : copyRegExp,
        set: strict ? copySetStrict : copySet
      }, methods = methodsOverride ? Object.assign(defaultMethods, methodsOverride) : defaultMethods, copiers = getTagSpecificCopiers(methods, strict), createCache = createCacheOverride || createDefaultCache;
      if (!copiers.Object || !copiers.Array)
        throw new Error("An object and array copier must be provided.");
      return {
        createCache,
        copiers,
        maxDepth: maxDepth ?? DEFAULT_MAX_DEPTH,
        methods,
        strict: !!strict
      };
    }
    function getTagSpecificCopiers(methods, strict) {
      let copyPrimitive = strict ? copyPrimitiveWrapperStrict : copyPrimitiveWrapper;
      return Object.assign(/* @__PURE__ */ Object.create(null), {
        Arguments: methods.object,
        Array: methods.array,
        ArrayBuffer: methods.arrayBuffer,
        AsyncGenerator: methods.asyncGenerator,
        BigInt64Array: methods.arrayBuffer,
        BigUint64Array: methods.arrayBuffer,
        Blob: methods.blob,
        Boolean: copyPrimitive,
        DataView: methods.dataView,
        Date: methods.date,
        Error: methods.error,
        Float32Array: methods.arrayBuffer,
        Float64Array: methods.arrayBuffer,
        Generator: methods.generator,
        Int8Array: methods.arrayBuffer,
        Int16Array: methods.arrayBuffer,
        Int32Array: methods.arrayBuffer,
        Map: methods.map,
        Number: copyPrimitive,
        Object: methods.object,
        Promise: copySelf,
        RegExp: methods.regExp,
        Set: methods.set,
        SharedArrayBuffer: methods.arrayBuffer,
        String: strict ? copyStringStrict : copyPrimitiveWrapper,
        WeakMap: copySelf,
        WeakSet: copySelf,
        Uint8Array: methods.arrayBuffer,
        Uint8ClampedArray: methods.arrayBuffer,
        Uint16Array: methods.arrayBuffer,
        Uint32Array: methods.arrayBuffer
      });
    }
    function createCopier(options2 = {}) {
      let { createCache, copiers, maxDepth } = getOptions(options2), { Array: copyArray2, Object: copyObject2 } = copiers;
      function copier(value, state) {
        if (state.prototype = state.Constructor = void 0, !value || typeof value != "object")
          return value;
        if (state.cache.has(value))
          return state.cache.get(value);
        if (++state.depth > maxDepth)
          throw new MaxDepthExceededError(maxDepth);
        state.prototype = Object.getPrototypeOf(value), state.Constructor = state.prototype && state.prototype.constructor;
        let clone;
        if (!state.Constructor || state.Constructor === Object)
          clone = copyObject2(value, state);
        else if (Array.isArray(value))
          clone = copyArray2(value, state);
        else {
          let tagSpecificCopier = copiers[getTag(value)];
          tagSpecificCopier ? clone = tagSpecificCopier(value, state) : clone = typeof value.then == "function" ? value : copyObject2(value, state);
        }
        return --state.depth, clone;
      }
      return function(value) {
        return copier(value, {
          Constructor: void 0,
          cache: createCache(),
          copier,
          depth: 0,
          prototype: void 0
        });
      };
    }
    var copyStrict = createCopier({ strict: !0 }), copy = createCopier();
    exports2.MaxDepthExceededError = MaxDepthExceededError;
    exports2.copy = copy;
    exports2.copyStrict = copyStrict;
    exports2.createCopier = createCopier;
  }
});

// node_modules/pino-pretty/lib/utils/filter-log.js
var require_filter_log = __commonJS({
  "node_modules/pino-pretty/lib/utils/filter-log.js"(exports2, module2) {
    "use strict";
    module2.exports = filterLog;
    var { createCopier } = require_cjs(), fastCopy = createCopier({}), deleteLogProperty = require_delete_log_property(), getPropertyValue = require_get_property_value(), splitPropertyKey = require_split_property_key();
    function hasLogProperty(log, property) {
      let props = splitPropertyKey(property);
      if (props.length === 0)
        return !1;
      let current = log;
      for (let prop of props) {
        if (current === null || typeof current != "object" || !Object.prototype.hasOwnProperty.call(current, prop))
          return !1;
        current = current[prop];
      }
      return !0;
    }
    function setLogProperty(log, property, value) {
      let props = splitPropertyKey(property), last = props.pop(), current = log;
      for (let prop of props)
        (current[prop] === null || typeof current[prop] != "object") && (current[prop] = {}), current = current[prop];
      current[last] = value;
    }
    function filterLog({ log, context }) {
      let { ignoreKeys, includeKeys } = context, logCopy = fastCopy(log);
      if (includeKeys) {
        let logIncluded = {};
        return includeKeys.forEach((key) => {
          hasLogProperty(logCopy, key) && setLogProperty(logIncluded, key, getPropertyValue(logCopy, key));
        }), logIncluded;
      }
      return ignoreKeys.forEach((ignoreKey) => {
        deleteLogProperty(logCopy, ignoreKey);
      }), logCopy;
    }
  }
});

// node_modules/dateformat/lib/dateformat.js
var require_dateformat = __commonJS({
  "node_modules/dateformat/lib/dateformat.js"(exports2, module2) {
    "use strict";
    function _typeof(obj) {
      "@babel/helpers - typeof";
      return typeof Symbol == "function" && typeof Symbol.iterator == "symbol" ? _typeof = function(obj2) {
        return typeof obj2;
      } : _typeof = function(obj2) {
        return obj2 && typeof Symbol == "function" && obj2.constructor === Symbol && obj2 !== Symbol.prototype ? "symbol" : typeof obj2;
      }, _typeof(obj);
    }
    (function(global2) {
      var _arguments = arguments, dateFormat = /* @__PURE__ */ (function() {
        var token = /d{1,4}|D{3,4}|m{1,4}|yy(?:yy)?|([HhMsTt])\1?|W{1,2}|[LlopSZN]|"[^"]*"|'[^']*'/g, timezone = /\b(?:[PMCEA][SDP]T|(?:Pacific|Mountain|Central|Eastern|Atlantic) (?:Standard|Daylight|Prevailing) Time|(?:GMT|UTC)(?:[-+]\d{4})?)\b/g, timezoneClip = /[^-+\dA-Z]/g;
        return function(date, mask, utc, gmt) {
          if (_arguments.length === 1 && kindOf(date) === "string" && !/\d/.test(date) && (mask = date, date = void 0), date = date || date === 0 ? date : /* @__PURE__ */ new Date(), date instanceof Date || (date = new Date(date)), isNaN(date))
            throw TypeError("Invalid date");
          mask = String(dateFormat.masks[mask] || mask || dateFormat.masks.default);
          var maskSlice = mask.slice(0, 4);
          (maskSlice === "UTC:" || maskSlice === "GMT:") && (mask = mask.slice(4), utc = !0, maskSlice === "GMT:" && (gmt = !0));
          var _ = function() {
            return utc ? "getUTC" : "get";
          }, _d = function() {
            return date[_() + "Date"]();
          }, D = function() {
            return date[_() + "Day"]();
          }, _m = function() {
            return date[_() + "Month"]();
          }, y = function() {
            return date[_() + "FullYear"]();
          }, _H = function() {
            return date[_() + "Hours"]();
          }, _M = function() {
            return date[_() + "Minutes"]();
          }, _s = function() {
            return date[_() + "Seconds"]();
          }, _L = function() {
            return date[_() + "Milliseconds"]();
          }, _o = function() {
            return utc ? 0 : date.getTimezoneOffset();
          }, _W = function() {
            return getWeek(date);
          }, _N = function() {
            return getDayOfWeek(date);
          }, flags = { d: function() {
            return _d();
          }, dd: function() {
            return pad(_d());
          }, ddd: function() {
            return dateFormat.i18n.dayNames[D()];
          }, DDD: function() {
            return getDayName({ y: y(), m: _m(), d: _d(), _: _(), dayName: dateFormat.i18n.dayNames[D()], short: !0 });
          }, dddd: function() {
            return dateFormat.i18n.dayNames[D() + 7];
          }, DDDD: function() {
            return getDayName({ y: y(), m: _m(), d: _d(), _: _(), dayName: dateFormat.i18n.dayNames[D() + 7] });
          }, m: function() {
            return _m() + 1;
          }, mm: function() {
            return pad(_m() + 1);
          }, mmm: function() {
            return dateFormat.i18n.monthNames[_m()];
          }, mmmm: function() {
            return dateFormat.i18n.monthNames[_m() + 12];
          }, yy: function() {
            return String(y()).slice(2);
          }, yyyy: function() {
            return pad(y(), 4);
          }, h: function() {
            return _H() % 12 || 12;
          }, hh: function() {
            return pad(_H() % 12 || 12);
          }, H: function() {
            return _H();
          }, HH: function() {
            return pad(_H());
          }, M: function() {
            return _M();
          }, MM: function() {
            return pad(_M());
          }, s: function() {
            return _s();
          }, ss: function() {
            return pad(_s());
          }, l: function() {
            return pad(_L(), 3);
          }, L: function() {
            return pad(Math.floor(_L() / 10));
          }, t: function() {
            return _H() < 12 ? dateFormat.i18n.timeNames[0] : dateFormat.i18n.timeNames[1];
          }, tt: function() {
            return _H() < 12 ? dateFormat.i18n.timeNames[2] : dateFormat.i18n.timeNames[3];
          }, T: function() {
            return _H() < 12 ? dateFormat.i18n.timeNames[4] : dateFormat.i18n.timeNames[5];
          }, TT: function() {
            return _H() < 12 ? dateFormat.i18n.timeNames[6] : dateFormat.i18n.timeNames[7];
          }, Z: function() {
            return gmt ? "GMT" : utc ? "UTC" : (String(date).match(timezone) || [""]).pop().replace(timezoneClip, "").replace(/GMT\+0000/g, "UTC");
          }, o: function() {
            return (_o() > 0 ? "-" : "+") + pad(Math.floor(Math.abs(_o()) / 60) * 100 + Math.abs(_o()) % 60, 4);
          }, p: function() {
            return (_o() > 0 ? "-" : "+") + pad(Math.floor(Math.abs(_o()) / 60), 2) + ":" + pad(Math.floor(Math.abs(_o()) % 60), 2);
          }, S: function() {
            return ["th", "st", "nd", "rd"][_d() % 10 > 3 ? 0 : (_d() % 100 - _d() % 10 != 10) * _d() % 10];
          }, W: function() {
            return _W();
          }, WW: function() {
            return pad(_W());
          }, N: function() {
            return _N();
          } };
          return mask.replace(token, function(match) {
            return match in flags ? flags[match]() : match.slice(1, match.length - 1);
          });
        };
      })();
      dateFormat.masks = { default: "ddd mmm dd yyyy HH:MM:ss", shortDate: "m/d/yy", paddedShortDate: "mm/dd/yyyy", mediumDate: "mmm d, yyyy", longDate: "mmmm d, yyyy", fullDate: "dddd, mmmm d, yyyy", shortTime: "h:MM TT", mediumTime: "h:MM:ss TT", longTime: "h:MM:ss TT Z", isoDate: "yyyy-mm-dd", isoTime: "HH:MM:ss", isoDateTime: "yyyy-mm-dd'T'HH:MM:sso", isoUtcDateTime: "UTC:yyyy-mm-dd'T'HH:MM:ss'Z'", expiresHeaderFormat: "ddd, dd mmm yyyy HH:MM:ss Z" }, dateFormat.i18n = { dayNames: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], monthNames: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], timeNames: ["a", "p", "am", "pm", "A", "P", "AM", "PM"] };
      var pad = function(val, len) {
        for (val = String(val), len = len || 2; val.length < len; )
          val = "0" + val;
        return val;
      }, getDayName = function(_ref) {
        var y = _ref.y, m = _ref.m, d = _ref.d, _ = _ref._, dayName = _ref.dayName, _ref$short = _ref.short, _short = _ref$short === void 0 ? !1 : _ref$short, today = /* @__PURE__ */ new Date(), yesterday = /* @__PURE__ */ new Date();
        yesterday.setDate(yesterday[_ + "Date"]() - 1);
        var tomorrow = /* @__PURE__ */ new Date();
        tomorrow.setDate(tomorrow[_ + "Date"]() + 1);
        var today_d = function() {
          return today[_ + "Date"]();
        }, today_m = function() {
          return today[_ + "Month"]();
        }, today_y = function() {
          return today[_ + "FullYear"]();
        }, yesterday_d = function() {
          return yesterday[_ + "Date"]();
        }, yesterday_m = function() {
          return yesterday[_ + "Month"]();
        }, yesterday_y = function() {
          return yesterday[_ + "FullYear"]();
        }, tomorrow_d = function() {
          return tomorrow[_ + "Date"]();
        }, tomorrow_m = function() {
          return tomorrow[_ + "Month"]();
        }, tomorrow_y = function() {
          return tomorrow[_ + "FullYear"]();
        };
        return today_y() === y && today_m() === m && today_d() === d ? _short ? "Tdy" : "Today" : yesterday_y() === y && yesterday_m() === m && yesterday_d() === d ? _short ? "Ysd" : "Yesterday" : tomorrow_y() === y && tomorrow_m() === m && tomorrow_d() === d ? _short ? "Tmw" : "Tomorrow" : dayName;
      }, getWeek = function(date) {
        var targetThursday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
        targetThursday.setDate(targetThursday.getDate() - (targetThursday.getDay() + 6) % 7 + 3);
        var firstThursday = new Date(targetThursday.getFullYear(), 0, 4);
        firstThursday.setDate(firstThursday.getDate() - (firstThursday.getDay() + 6) % 7 + 3);
        var ds = targetThursday.getTimezoneOffset() - firstThursday.getTimezoneOffset();
        targetThursday.setHours(targetThursday.getHours() - ds);
        var weekDiff = (targetThursday - firstThursday) / (864e5 * 7);
        return 1 + Math.floor(weekDiff);
      }, getDayOfWeek = function(date) {
        var dow = date.getDay();
        return dow === 0 && (dow = 7), dow;
      }, kindOf = function(val) {
        return val === null ? "null" : val === void 0 ? "undefined" : _typeof(val) !== "object" ? _typeof(val) : Array.isArray(val) ? "array" : {}.toString.call(val).slice(8, -1).toLowerCase();
      };
      typeof define == "function" && define.amd ? define(function() {
        return dateFormat;
      }) : (typeof exports2 > "u" ? "undefined" : _typeof(exports2)) === "object" ? module2.exports = dateFormat : global2.dateFormat = dateFormat;
    })(void 0);
  }
});

// node_modules/pino-pretty/lib/utils/format-time.js
var require_format_time = __commonJS({
  "node_modules/pino-pretty/lib/utils/format-time.js"(exports2, module2) {
    "use strict";
    module2.exports = formatTime;
    var {
      DATE_FORMAT,
      DATE_FORMAT_SIMPLE
    } = require_constants2(), dateformat = require_dateformat(), createDate = require_create_date(), isValidDate = require_is_valid_date();
    function formatTime(epoch, translateTime = !1) {
      if (translateTime === !1)
        return epoch;
      let instant = createDate(epoch);
      if (!isValidDate(instant))
        return epoch;
      if (translateTime === !0)
        return dateformat(instant, DATE_FORMAT_SIMPLE);
      let upperFormat = translateTime.toUpperCase();
      if (upperFormat === "SYS:STANDARD")
        return dateformat(instant, DATE_FORMAT);
      let prefix = upperFormat.substr(0, 4);
      return prefix === "SYS:" || prefix === "UTC:" ? prefix === "UTC:" ? dateformat(instant, translateTime) : dateformat(instant, translateTime.slice(4)) : dateformat(instant, `UTC:${translateTime}`);
    }
  }
});

// node_modules/pino-pretty/lib/utils/handle-custom-levels-names-opts.js
var require_handle_custom_levels_names_opts = __commonJS({
  "node_modules/pino-pretty/lib/utils/handle-custom-levels-names-opts.js"(exports2, module2) {
    "use strict";
    module2.exports = handleCustomLevelsNamesOpts;
    function handleCustomLevelsNamesOpts(cLevels) {
      return cLevels ? typeof cLevels == "string" ? cLevels.split(",").reduce((agg, value, idx) => {
        let [levelName, levelNum = idx] = value.split(":");
        return agg[levelName.toLowerCase()] = levelNum, agg;
      }, {}) : Object.prototype.toString.call(cLevels) === "[object Object]" ? Object.keys(cLevels).reduce((agg, levelName) => (agg[levelName.toLowerCase()] = cLevels[levelName], agg), {}) : {} : {};
    }
  }
});

// node_modules/pino-pretty/lib/utils/handle-custom-levels-opts.js
var require_handle_custom_levels_opts = __commonJS({
  "node_modules/pino-pretty/lib/utils/handle-custom-levels-opts.js"(exports2, module2) {
    "use strict";
    module2.exports = handleCustomLevelsOpts;
    function handleCustomLevelsOpts(cLevels) {
      return cLevels ? typeof cLevels == "string" ? cLevels.split(",").reduce(
        (agg, value, idx) => {
          let [levelName, levelNum = idx] = value.split(":");
          return agg[levelNum] = levelName.toUpperCase(), agg;
        },
        { default: "USERLVL" }
      ) : Object.prototype.toString.call(cLevels) === "[object Object]" ? Object.keys(cLevels).reduce((agg, levelName) => (agg[cLevels[levelName]] = levelName.toUpperCase(), agg), { default: "USERLVL" }) : {} : {};
    }
  }
});

// node_modules/pino-pretty/lib/utils/interpret-conditionals.js
var require_interpret_conditionals = __commonJS({
  "node_modules/pino-pretty/lib/utils/interpret-conditionals.js"(exports2, module2) {
    "use strict";
    module2.exports = interpretConditionals;
    var getPropertyValue = require_get_property_value();
    function interpretConditionals(messageFormat, log) {
      return messageFormat = messageFormat.replace(/{if (.*?)}([\s\S]*?){end}/g, replacer), messageFormat = messageFormat.replace(/{if (.*?)}/g, ""), messageFormat = messageFormat.replace(/{end}/g, ""), messageFormat = messageFormat.replace(/[^\S\r\n]+/g, " "), messageFormat = messageFormat.replace(/\n[^\S\r\n]*\n/g, `
`), messageFormat.trim();
      function replacer(_, key, value) {
        let propertyValue = getPropertyValue(log, key);
        return propertyValue && value.includes(key) ? value.replace(new RegExp("{" + key + "}", "g"), propertyValue) : "";
      }
    }
  }
});

// node_modules/pino-pretty/lib/utils/is-object.js
var require_is_object = __commonJS({
  "node_modules/pino-pretty/lib/utils/is-object.js"(exports2, module2) {
    "use strict";
    module2.exports = isObject;
    function isObject(input) {
      return Object.prototype.toString.apply(input) === "[object Object]";
    }
  }
});

// node_modules/pino-pretty/lib/utils/join-lines-with-indentation.js
var require_join_lines_with_indentation = __commonJS({
  "node_modules/pino-pretty/lib/utils/join-lines-with-indentation.js"(exports2, module2) {
    "use strict";
    module2.exports = joinLinesWithIndentation;
    function joinLinesWithIndentation({ input, ident = "    ", eol = `
` }) {
      let lines = input.split(/\r?\n/);
      for (let i = 1; i < lines.length; i += 1)
        lines[i] = ident + lines[i];
      return lines.join(eol);
    }
  }
});

// node_modules/pino-pretty/lib/utils/parse-factory-options.js
var require_parse_factory_options = __commonJS({
  "node_modules/pino-pretty/lib/utils/parse-factory-options.js"(exports2, module2) {
    "use strict";
    module2.exports = parseFactoryOptions;
    var {
      LEVEL_NAMES
    } = require_constants2(), colors = require_colors(), handleCustomLevelsOpts = require_handle_custom_levels_opts(), handleCustomLevelsNamesOpts = require_handle_custom_levels_names_opts(), handleLevelLabelData = require_get_level_label_data();
    function parseFactoryOptions(options2) {
      let EOL = options2.crlf ? `\r
` : `
`, IDENT = "    ", {
        customPrettifiers,
        errorLikeObjectKeys,
        hideObject,
        levelFirst,
        levelKey,
        levelLabel,
        messageFormat,
        messageKey,
        minimumLevel,
        singleLine,
        timestampKey,
        translateTime
      } = options2, errorProps = options2.errorProps.split(","), useOnlyCustomProps = options2.useOnlyCustomProps, customLevels = handleCustomLevelsOpts(options2.customLevels), customLevelNames = handleCustomLevelsNamesOpts(options2.customLevels), getLevelLabelData = handleLevelLabelData(useOnlyCustomProps, customLevels, customLevelNames), customColors;
      if (options2.customColors)
        if (typeof options2.customColors == "string")
          customColors = options2.customColors.split(",").reduce((agg, value) => {
            let [level, color] = value.split(":"), levelNum = (useOnlyCustomProps ? options2.customLevels : customLevelNames[level] !== void 0) ? customLevelNames[level] : LEVEL_NAMES[level], colorIdx = levelNum !== void 0 ? levelNum : level;
            return agg.push([colorIdx, color]), agg;
          }, []);
        else if (typeof options2.customColors == "object")
          customColors = Object.keys(options2.customColors).reduce((agg, value) => {
            let [level, color] = [value, options2.customColors[value]], levelNum = (useOnlyCustomProps ? options2.customLevels : customLevelNames[level] !== void 0) ? customLevelNames[level] : LEVEL_NAMES[level], colorIdx = levelNum !== void 0 ? levelNum : level;
            return agg.push([colorIdx, color]), agg;
          }, []);
        else
          throw new Error("options.customColors must be of type string or object.");
      let customProperties = { customLevels, customLevelNames };
      useOnlyCustomProps === !0 && !options2.customLevels && (customProperties.customLevels = void 0, customProperties.customLevelNames = void 0);
      let includeKeys = options2.include !== void 0 ? new Set(options2.include.split(",")) : void 0, ignoreKeys = !includeKeys && options2.ignore ? new Set(options2.ignore.split(",")) : void 0, colorizer = colors(options2.colorize, customColors, useOnlyCustomProps), objectColorizer = options2.colorizeObjects ? colorizer : colors(!1, [], !1);
      return {
        EOL,
        IDENT,
        colorizer,
        customColors,
        customLevelNames,
        customLevels,
        customPrettifiers,
        customProperties,
        errorLikeObjectKeys,
        errorProps,
        getLevelLabelData,
        hideObject,
        ignoreKeys,
        includeKeys,
        levelFirst,
        levelKey,
        levelLabel,
        messageFormat,
        messageKey,
        minimumLevel,
        objectColorizer,
        singleLine,
        timestampKey,
        translateTime,
        useOnlyCustomProps
      };
    }
  }
});

// node_modules/fast-safe-stringify/index.js
var require_fast_safe_stringify = __commonJS({
  "node_modules/fast-safe-stringify/index.js"(exports2, module2) {
    module2.exports = stringify;
    stringify.default = stringify;
    stringify.stable = deterministicStringify;
    stringify.stableStringify = deterministicStringify;
    var LIMIT_REPLACE_NODE = "[...]", CIRCULAR_REPLACE_NODE = "[Circular]", arr = [], replacerStack = [];
    function defaultOptions2() {
      return {
        depthLimit: Number.MAX_SAFE_INTEGER,
        edgesLimit: Number.MAX_SAFE_INTEGER
      };
    }
    function stringify(obj, replacer, spacer, options2) {
      typeof options2 > "u" && (options2 = defaultOptions2()), decirc(obj, "", 0, [], void 0, 0, options2);
      var res;
      try {
        replacerStack.length === 0 ? res = JSON.stringify(obj, replacer, spacer) : res = JSON.stringify(obj, replaceGetterValues(replacer), spacer);
      } catch {
        return JSON.stringify("[unable to serialize, circular reference is too complex to analyze]");
      } finally {
        for (; arr.length !== 0; ) {
          var part = arr.pop();
          part.length === 4 ? Object.defineProperty(part[0], part[1], part[3]) : part[0][part[1]] = part[2];
        }
      }
      return res;
    }
    function setReplace(replace, val, k, parent) {
      var propertyDescriptor = Object.getOwnPropertyDescriptor(parent, k);
      propertyDescriptor.get !== void 0 ? propertyDescriptor.configurable ? (Object.defineProperty(parent, k, { value: replace }), arr.push([parent, k, val, propertyDescriptor])) : replacerStack.push([val, k, replace]) : (parent[k] = replace, arr.push([parent, k, val]));
    }
    function decirc(val, k, edgeIndex, stack, parent, depth, options2) {
      depth += 1;
      var i;
      if (typeof val == "object" && val !== null) {
        for (i = 0; i < stack.length; i++)
          if (stack[i] === val) {
            setReplace(CIRCULAR_REPLACE_NODE, val, k, parent);
            return;
          }
        if (typeof options2.depthLimit < "u" && depth > options2.depthLimit) {
          setReplace(LIMIT_REPLACE_NODE, val, k, parent);
          return;
        }
        if (typeof options2.edgesLimit < "u" && edgeIndex + 1 > options2.edgesLimit) {
          setReplace(LIMIT_REPLACE_NODE, val, k, parent);
          return;
        }
        if (stack.push(val), Array.isArray(val))
          for (i = 0; i < val.length; i++)
            decirc(val[i], i, i, stack, val, depth, options2);
        else {
          var keys = Object.keys(val);
          for (i = 0; i < keys.length; i++) {
            var key = keys[i];
            decirc(val[key], key, i, stack, val, depth, options2);
          }
        }
        stack.pop();
      }
    }
    function compareFunction(a, b) {
      return a < b ? -1 : a > b ? 1 : 0;
    }
    function deterministicStringify(obj, replacer, spacer, options2) {
      typeof options2 > "u" && (options2 = defaultOptions2());
      var tmp = deterministicDecirc(obj, "", 0, [], void 0, 0, options2) || obj, res;
      try {
        replacerStack.length === 0 ? res = JSON.stringify(tmp, replacer, spacer) : res = JSON.stringify(tmp, replaceGetterValues(replacer), spacer);
      } catch {
        return JSON.stringify("[unable to serialize, circular reference is too complex to analyze]");
      } finally {
        for (; arr.length !== 0; ) {
          var part = arr.pop();
          part.length === 4 ? Object.defineProperty(part[0], part[1], part[3]) : part[0][part[1]] = part[2];
        }
      }
      return res;
    }
    function deterministicDecirc(val, k, edgeIndex, stack, parent, depth, options2) {
      depth += 1;
      var i;
      if (typeof val == "object" && val !== null) {
        for (i = 0; i < stack.length; i++)
          if (stack[i] === val) {
            setReplace(CIRCULAR_REPLACE_NODE, val, k, parent);
            return;
          }
        try {
          if (typeof val.toJSON == "function")
            return;
        } catch {
          return;
        }
        if (typeof options2.depthLimit < "u" && depth > options2.depthLimit) {
          setReplace(LIMIT_REPLACE_NODE, val, k, parent);
          return;
        }
        if (typeof options2.edgesLimit < "u" && edgeIndex + 1 > options2.edgesLimit) {
          setReplace(LIMIT_REPLACE_NODE, val, k, parent);
          return;
        }
        if (stack.push(val), Array.isArray(val))
          for (i = 0; i < val.length; i++)
            deterministicDecirc(val[i], i, i, stack, val, depth, options2);
        else {
          var tmp = {}, keys = Object.keys(val).sort(compareFunction);
          for (i = 0; i < keys.length; i++) {
            var key = keys[i];
            deterministicDecirc(val[key], key, i, stack, val, depth, options2), tmp[key] = val[key];
          }
          if (typeof parent < "u")
            arr.push([parent, k, val]), parent[k] = tmp;
          else
            return tmp;
        }
        stack.pop();
      }
    }
    function replaceGetterValues(replacer) {
      return replacer = typeof replacer < "u" ? replacer : function(k, v) {
        return v;
      }, function(key, val) {
        if (replacerStack.length > 0)
          for (var i = 0; i < replacerStack.length; i++) {
            var part = replacerStack[i];
            if (part[1] === key && part[0] === val) {
              val = part[2], replacerStack.splice(i, 1);
              break;
            }
          }
        return replacer.call(this, key, val);
      };
    }
  }
});

// node_modules/pino-pretty/lib/utils/strip-unsafe-control-chars.js
var require_strip_unsafe_control_chars = __commonJS({
  "node_modules/pino-pretty/lib/utils/strip-unsafe-control-chars.js"(exports2, module2) {
    "use strict";
    module2.exports = stripUnsafeControlChars;
    var unsafeControlChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
    function stripUnsafeControlChars(input) {
      return String(input).replace(unsafeControlChars, "");
    }
  }
});

// node_modules/pino-pretty/lib/utils/prettify-error.js
var require_prettify_error = __commonJS({
  "node_modules/pino-pretty/lib/utils/prettify-error.js"(exports2, module2) {
    "use strict";
    module2.exports = prettifyError;
    var joinLinesWithIndentation = require_join_lines_with_indentation(), stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyError({ keyName, lines, eol, ident, sanitizeStack = !0 }) {
      let result = "", joinedLines = joinLinesWithIndentation({ input: lines, ident, eol }), safeKeyName = stripUnsafeControlChars(keyName), splitLines = `${ident}${safeKeyName}: ${joinedLines}${eol}`.split(eol);
      for (let j = 0; j < splitLines.length; j += 1) {
        j !== 0 && (result += eol);
        let line = splitLines[j];
        if (/^\s*"stack"/.test(line)) {
          let matches = /^(\s*"stack":)\s*(".*"),?$/.exec(line);
          if (matches && matches.length === 3) {
            let indentSize = /^\s*/.exec(line)[0].length + 4, indentation = " ".repeat(indentSize), stackMessage = matches[2], parsedStack = JSON.parse(stackMessage), stack = sanitizeStack ? stripUnsafeControlChars(parsedStack) : parsedStack;
            result += matches[1] + eol + indentation + stack.replace(/\n/g, eol + indentation);
          } else
            result += line;
        } else
          result += line;
      }
      return result;
    }
  }
});

// node_modules/pino-pretty/lib/utils/prettify-object.js
var require_prettify_object = __commonJS({
  "node_modules/pino-pretty/lib/utils/prettify-object.js"(exports2, module2) {
    "use strict";
    module2.exports = prettifyObject;
    var {
      LOGGER_KEYS
    } = require_constants2(), stringifySafe = require_fast_safe_stringify(), joinLinesWithIndentation = require_join_lines_with_indentation(), prettifyError = require_prettify_error(), stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyObject({
      log,
      excludeLoggerKeys = !0,
      skipKeys = [],
      context
    }) {
      let {
        EOL: eol,
        IDENT: ident,
        customPrettifiers,
        errorLikeObjectKeys: errorLikeKeys,
        objectColorizer,
        singleLine,
        colorizer
      } = context, keysToIgnore = [].concat(skipKeys);
      excludeLoggerKeys === !0 && Array.prototype.push.apply(keysToIgnore, LOGGER_KEYS);
      let result = "", { plain, errors } = Object.entries(log).reduce(({ plain: plain2, errors: errors2 }, [k, v]) => {
        if (keysToIgnore.includes(k) === !1) {
          let pretty = typeof customPrettifiers[k] == "function" ? customPrettifiers[k](v, k, log, { colors: colorizer.colors }) : v;
          errorLikeKeys.includes(k) ? errors2[k] = pretty : plain2[k] = pretty;
        }
        return { plain: plain2, errors: errors2 };
      }, { plain: {}, errors: {} });
      return singleLine ? (Object.keys(plain).length > 0 && (result += objectColorizer.greyMessage(stringifySafe(plain))), result += eol, result = result.replace(/\\\\/gi, "\\")) : Object.entries(plain).forEach(([keyName, keyValue]) => {
        let lines = typeof customPrettifiers[keyName] == "function" ? keyValue : stringifySafe(keyValue, null, 2);
        if (lines === void 0) return;
        lines = lines.replace(/\\\\/gi, "\\");
        let joinedLines = joinLinesWithIndentation({ input: lines, ident, eol }), safeKeyName = stripUnsafeControlChars(keyName);
        result += `${ident}${objectColorizer.property(safeKeyName)}:${joinedLines.startsWith(eol) ? "" : " "}${joinedLines}${eol}`;
      }), Object.entries(errors).forEach(([keyName, keyValue]) => {
        let hasCustomPrettifier = typeof customPrettifiers[keyName] == "function", lines = hasCustomPrettifier ? keyValue : stringifySafe(keyValue, null, 2);
        lines !== void 0 && (result += prettifyError({ keyName, lines, eol, ident, sanitizeStack: !hasCustomPrettifier }));
      }), result;
    }
  }
});

// node_modules/pino-pretty/lib/utils/prettify-error-log.js
var require_prettify_error_log = __commonJS({
  "node_modules/pino-pretty/lib/utils/prettify-error-log.js"(exports2, module2) {
    "use strict";
    module2.exports = prettifyErrorLog;
    var {
      LOGGER_KEYS
    } = require_constants2(), isObject = require_is_object(), joinLinesWithIndentation = require_join_lines_with_indentation(), prettifyObject = require_prettify_object(), stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyErrorLog({ log, context }) {
      let {
        EOL: eol,
        IDENT: ident,
        errorProps: errorProperties,
        messageKey
      } = context, stack = stripUnsafeControlChars(log.stack), joinedLines = joinLinesWithIndentation({ input: stack, ident, eol }), result = `${ident}${joinedLines}${eol}`;
      if (errorProperties.length > 0) {
        let excludeProperties = LOGGER_KEYS.concat(messageKey, "type", "stack"), propertiesToPrint;
        errorProperties[0] === "*" ? propertiesToPrint = Object.keys(log).filter((k) => excludeProperties.includes(k) === !1) : propertiesToPrint = errorProperties.filter((k) => excludeProperties.includes(k) === !1);
        for (let i = 0; i < propertiesToPrint.length; i += 1) {
          let key = propertiesToPrint[i];
          if (!(key in log)) continue;
          let safeKey = stripUnsafeControlChars(key);
          if (isObject(log[key])) {
            let prettifiedObject = prettifyObject({
              log: log[key],
              excludeLoggerKeys: !1,
              context: {
                ...context,
                IDENT: ident + ident
              }
            });
            result = `${result}${ident}${safeKey}: {${eol}${prettifiedObject}${ident}}${eol}`;
            continue;
          }
          let value = stripUnsafeControlChars(log[key]);
          result = `${result}${ident}${safeKey}: ${value}${eol}`;
        }
      }
      return result;
    }
  }
});

// node_modules/pino-pretty/lib/utils/prettify-level.js
var require_prettify_level = __commonJS({
  "node_modules/pino-pretty/lib/utils/prettify-level.js"(exports2, module2) {
    "use strict";
    module2.exports = prettifyLevel;
    var getPropertyValue = require_get_property_value();
    function prettifyLevel({ log, context }) {
      let {
        colorizer,
        customLevels,
        customLevelNames,
        levelKey,
        getLevelLabelData
      } = context, prettifier = context.customPrettifiers?.level, output = getPropertyValue(log, levelKey);
      if (output === void 0) return;
      let labelColorized = colorizer(output, { customLevels, customLevelNames });
      if (prettifier) {
        let [label] = getLevelLabelData(output);
        return prettifier(output, levelKey, log, { label, labelColorized, colors: colorizer.colors });
      }
      return labelColorized;
    }
  }
});

// node_modules/pino-pretty/lib/utils/prettify-message.js
var require_prettify_message = __commonJS({
  "node_modules/pino-pretty/lib/utils/prettify-message.js"(exports2, module2) {
    "use strict";
    module2.exports = prettifyMessage;
    var {
      LEVELS
    } = require_constants2(), getPropertyValue = require_get_property_value(), interpretConditionals = require_interpret_conditionals(), stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyMessage({ log, context }) {
      let {
        colorizer,
        customLevels,
        levelKey,
        levelLabel,
        messageFormat,
        messageKey,
        useOnlyCustomProps
      } = context;
      if (messageFormat && typeof messageFormat == "string") {
        let parsedMessageFormat = interpretConditionals(messageFormat, log), message = String(parsedMessageFormat).replace(
          /{([^{}]+)}/g,
          function(match, p1) {
            let level;
            if (p1 === levelLabel && (level = getPropertyValue(log, levelKey)) !== void 0)
              return (useOnlyCustomProps ? customLevels === void 0 : customLevels[level] === void 0) ? LEVELS[level] : customLevels[level];
            let value = getPropertyValue(log, p1);
            return value !== void 0 ? value : "";
          }
        );
        return colorizer.message(stripUnsafeControlChars(message));
      }
      if (messageFormat && typeof messageFormat == "function") {
        let msg = messageFormat(log, messageKey, levelLabel, { colors: colorizer.colors });
        return colorizer.message(msg);
      }
      if (messageKey in log && !(typeof log[messageKey] != "string" && typeof log[messageKey] != "number" && typeof log[messageKey] != "boolean"))
        return colorizer.message(stripUnsafeControlChars(log[messageKey]));
    }
  }
});

// node_modules/pino-pretty/lib/utils/prettify-metadata.js
var require_prettify_metadata = __commonJS({
  "node_modules/pino-pretty/lib/utils/prettify-metadata.js"(exports2, module2) {
    "use strict";
    module2.exports = prettifyMetadata;
    var stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyMetadata({ log, context }) {
      let { customPrettifiers: prettifiers, colorizer } = context, line = "";
      if (log.name || log.pid || log.hostname) {
        if (line += "(", log.name && (line += prettifiers.name ? prettifiers.name(log.name, "name", log, { colors: colorizer.colors }) : stripUnsafeControlChars(log.name)), log.pid) {
          let prettyPid = prettifiers.pid ? prettifiers.pid(log.pid, "pid", log, { colors: colorizer.colors }) : stripUnsafeControlChars(log.pid);
          log.name && log.pid ? line += "/" + prettyPid : line += prettyPid;
        }
        if (log.hostname) {
          let prettyHostname = prettifiers.hostname ? prettifiers.hostname(log.hostname, "hostname", log, { colors: colorizer.colors }) : stripUnsafeControlChars(log.hostname);
          line += `${line === "(" ? "on" : " on"} ${prettyHostname}`;
        }
        line += ")";
      }
      if (log.caller) {
        let prettyCaller = prettifiers.caller ? prettifiers.caller(log.caller, "caller", log, { colors: colorizer.colors }) : stripUnsafeControlChars(log.caller);
        line += `${line === "" ? "" : " "}<${prettyCaller}>`;
      }
      if (line !== "")
        return line;
    }
  }
});

// node_modules/pino-pretty/lib/utils/prettify-time.js
var require_prettify_time = __commonJS({
  "node_modules/pino-pretty/lib/utils/prettify-time.js"(exports2, module2) {
    "use strict";
    module2.exports = prettifyTime;
    var formatTime = require_format_time(), stripUnsafeControlChars = require_strip_unsafe_control_chars();
    function prettifyTime({ log, context }) {
      let {
        timestampKey,
        translateTime: translateFormat
      } = context, prettifier = context.customPrettifiers?.time, time = null;
      if (timestampKey in log ? time = log[timestampKey] : "timestamp" in log && (time = log.timestamp), time === null) return;
      let output = translateFormat ? formatTime(time, translateFormat) : time;
      return prettifier ? prettifier(output) : `[${stripUnsafeControlChars(output)}]`;
    }
  }
});

// node_modules/pino-pretty/lib/utils/index.js
var require_utils = __commonJS({
  "node_modules/pino-pretty/lib/utils/index.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      buildSafeSonicBoom: require_build_safe_sonic_boom(),
      createDate: require_create_date(),
      deleteLogProperty: require_delete_log_property(),
      filterLog: require_filter_log(),
      formatTime: require_format_time(),
      getPropertyValue: require_get_property_value(),
      handleCustomLevelsNamesOpts: require_handle_custom_levels_names_opts(),
      handleCustomLevelsOpts: require_handle_custom_levels_opts(),
      interpretConditionals: require_interpret_conditionals(),
      isObject: require_is_object(),
      isValidDate: require_is_valid_date(),
      joinLinesWithIndentation: require_join_lines_with_indentation(),
      noop: require_noop(),
      parseFactoryOptions: require_parse_factory_options(),
      prettifyErrorLog: require_prettify_error_log(),
      prettifyError: require_prettify_error(),
      prettifyLevel: require_prettify_level(),
      prettifyMessage: require_prettify_message(),
      prettifyMetadata: require_prettify_metadata(),
      prettifyObject: require_prettify_object(),
      prettifyTime: require_prettify_time(),
      splitPropertyKey: require_split_property_key(),
      stripUnsafeControlChars: require_strip_unsafe_control_chars(),
      getLevelLabelData: require_get_level_label_data()
    };
  }
});

// node_modules/secure-json-parse/index.js
var require_secure_json_parse = __commonJS({
  "node_modules/secure-json-parse/index.js"(exports2, module2) {
    "use strict";
    var hasBuffer = typeof Buffer < "u", suspectProtoRx = /"(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])"\s*:/, suspectConstructorRx = /"(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)"\s*:/;
    function _parse(text, reviver, options2) {
      options2 == null && reviver !== null && typeof reviver == "object" && (options2 = reviver, reviver = void 0), hasBuffer && Buffer.isBuffer(text) && (text = text.toString()), text && text.charCodeAt(0) === 65279 && (text = text.slice(1));
      let obj = JSON.parse(text, reviver);
      if (obj === null || typeof obj != "object")
        return obj;
      let protoAction = options2 && options2.protoAction || "error", constructorAction = options2 && options2.constructorAction || "error";
      if (protoAction === "ignore" && constructorAction === "ignore")
        return obj;
      if (protoAction !== "ignore" && constructorAction !== "ignore") {
        if (suspectProtoRx.test(text) === !1 && suspectConstructorRx.test(text) === !1)
          return obj;
      } else if (protoAction !== "ignore" && constructorAction === "ignore") {
        if (suspectProtoRx.test(text) === !1)
          return obj;
      } else if (suspectConstructorRx.test(text) === !1)
        return obj;
      return filter(obj, { protoAction, constructorAction, safe: options2 && options2.safe });
    }
    function filter(obj, { protoAction = "error", constructorAction = "error", safe } = {}) {
      let next = [obj];
      for (; next.length; ) {
        let nodes = next;
        next = [];
        for (let node of nodes) {
          if (protoAction !== "ignore" && Object.prototype.hasOwnProperty.call(node, "__proto__")) {
            if (safe === !0)
              return null;
            if (protoAction === "error")
              throw new SyntaxError("Object contains forbidden prototype property");
            delete node.__proto__;
          }
          if (constructorAction !== "ignore" && Object.prototype.hasOwnProperty.call(node, "constructor") && node.constructor !== null && typeof node.constructor == "object" && Object.prototype.hasOwnProperty.call(node.constructor, "prototype")) {
            if (safe === !0)
              return null;
            if (constructorAction === "error")
              throw new SyntaxError("Object contains forbidden prototype property");
            delete node.constructor;
          }
          for (let key in node) {
            let value = node[key];
            value && typeof value == "object" && next.push(value);
          }
        }
      }
      return obj;
    }
    function parse(text, reviver, options2) {
      let { stackTraceLimit } = Error;
      Error.stackTraceLimit = 0;
      try {
        return _parse(text, reviver, options2);
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
    }
    function safeParse(text, reviver) {
      let { stackTraceLimit } = Error;
      Error.stackTraceLimit = 0;
      let result;
      try {
        result = _parse(text, reviver, { safe: !0 });
      } catch {
        result = void 0;
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
      return result;
    }
    module2.exports = parse;
    module2.exports.default = parse;
    module2.exports.parse = parse;
    module2.exports.safeParse = safeParse;
    module2.exports.scan = filter;
  }
});

// node_modules/pino-pretty/lib/pretty.js
var require_pretty = __commonJS({
  "node_modules/pino-pretty/lib/pretty.js"(exports2, module2) {
    "use strict";
    module2.exports = pretty;
    var sjs = require_secure_json_parse(), isObject = require_is_object(), prettifyErrorLog = require_prettify_error_log(), prettifyLevel = require_prettify_level(), prettifyMessage = require_prettify_message(), prettifyMetadata = require_prettify_metadata(), prettifyObject = require_prettify_object(), prettifyTime = require_prettify_time(), filterLog = require_filter_log(), {
      LEVELS,
      LEVEL_KEY,
      LEVEL_NAMES
    } = require_constants2(), jsonParser = (input) => {
      try {
        return { value: sjs.parse(input, { protoAction: "remove" }) };
      } catch (err) {
        return { err };
      }
    };
    function pretty(inputData) {
      let log;
      if (isObject(inputData))
        log = inputData;
      else {
        let parsed = jsonParser(inputData);
        if (parsed.err || !isObject(parsed.value))
          return inputData + this.EOL;
        log = parsed.value;
      }
      if (this.minimumLevel) {
        let condition;
        this.useOnlyCustomProps ? condition = this.customLevels : condition = this.customLevelNames[this.minimumLevel] !== void 0;
        let minimum;
        if (condition ? minimum = this.customLevelNames[this.minimumLevel] : minimum = LEVEL_NAMES[this.minimumLevel], minimum || (minimum = typeof this.minimumLevel == "string" ? LEVEL_NAMES[this.minimumLevel] : LEVEL_NAMES[LEVELS[this.minimumLevel].toLowerCase()]), log[this.levelKey === void 0 ? LEVEL_KEY : this.levelKey] < minimum) return;
      }
      let prettifiedMessage = prettifyMessage({ log, context: this.context });
      (this.ignoreKeys || this.includeKeys) && (log = filterLog({ log, context: this.context }));
      let prettifiedLevel = prettifyLevel({
        log,
        context: {
          ...this.context,
          // This is odd. The colorizer ends up relying on the value of
          // `customProperties` instead of the original `customLevels` and
          // `customLevelNames`.
          ...this.context.customProperties
        }
      }), prettifiedMetadata = prettifyMetadata({ log, context: this.context }), prettifiedTime = prettifyTime({ log, context: this.context }), line = "";
      if (this.levelFirst && prettifiedLevel && (line = `${prettifiedLevel}`), prettifiedTime && line === "" ? line = `${prettifiedTime}` : prettifiedTime && (line = `${line} ${prettifiedTime}`), !this.levelFirst && prettifiedLevel && (line.length > 0 ? line = `${line} ${prettifiedLevel}` : line = prettifiedLevel), prettifiedMetadata && (line.length > 0 ? line = `${line} ${prettifiedMetadata}:` : line = prettifiedMetadata), line.endsWith(":") === !1 && line !== "" && (line += ":"), prettifiedMessage !== void 0 && (line.length > 0 ? line = `${line} ${prettifiedMessage}` : line = prettifiedMessage), line.length > 0 && !this.singleLine && (line += this.EOL), log.type === "Error" && typeof log.stack == "string") {
        let prettifiedErrorLog = prettifyErrorLog({ log, context: this.context });
        this.singleLine && (line += this.EOL), line += prettifiedErrorLog;
      } else if (this.hideObject === !1) {
        let skipKeys = [
          this.messageKey,
          this.levelKey,
          this.timestampKey
        ].map((key) => key.replaceAll(/\\/g, "")).filter((key) => typeof log[key] == "string" || typeof log[key] == "number" || typeof log[key] == "boolean"), prettifiedObject = prettifyObject({
          log,
          skipKeys,
          context: this.context
        });
        this.singleLine && !/^\s$/.test(prettifiedObject) && (line += " "), line += prettifiedObject;
      }
      return line;
    }
  }
});

// node_modules/pino-pretty/index.js
var require_pino_pretty = __commonJS({
  "node_modules/pino-pretty/index.js"(exports2, module2) {
    "use strict";
    var { isColorSupported } = require_colorette(), pump = require_pump(), { Transform: Transform2 } = __require("node:stream"), abstractTransport = require_pino_abstract_transport(), colors = require_colors(), {
      ERROR_LIKE_KEYS,
      LEVEL_KEY,
      LEVEL_LABEL,
      MESSAGE_KEY,
      TIMESTAMP_KEY
    } = require_constants2(), {
      buildSafeSonicBoom,
      parseFactoryOptions
    } = require_utils(), pretty = require_pretty(), defaultOptions2 = {
      colorize: isColorSupported,
      colorizeObjects: !0,
      crlf: !1,
      customColors: null,
      customLevels: null,
      customPrettifiers: {},
      errorLikeObjectKeys: ERROR_LIKE_KEYS,
      errorProps: "",
      hideObject: !1,
      ignore: "hostname",
      include: void 0,
      levelFirst: !1,
      levelKey: LEVEL_KEY,
      levelLabel: LEVEL_LABEL,
      messageFormat: null,
      messageKey: MESSAGE_KEY,
      minimumLevel: void 0,
      singleLine: !1,
      timestampKey: TIMESTAMP_KEY,
      translateTime: !0,
      useOnlyCustomProps: !0
    };
    function normalizeBoolean(value) {
      return value === "true" ? !0 : value === "false" ? !1 : value;
    }
    function normalizeBooleanOptions(options2) {
      let normalized = { ...options2 }, booleanOptions = [
        "colorize",
        "colorizeObjects",
        "crlf",
        "hideObject",
        "levelFirst",
        "singleLine",
        "useOnlyCustomProps"
      ];
      for (let key of booleanOptions)
        key in normalized && (normalized[key] = normalizeBoolean(normalized[key]));
      return "translateTime" in normalized && (normalized.translateTime === "true" || normalized.translateTime === "false") && (normalized.translateTime = normalizeBoolean(normalized.translateTime)), normalized;
    }
    function prettyFactory2(options2) {
      let mergedOptions = Object.assign({}, defaultOptions2, options2), normalizedOptions = normalizeBooleanOptions(mergedOptions), context = parseFactoryOptions(normalizedOptions);
      return pretty.bind({ ...context, context });
    }
    function build(opts = {}) {
      let pretty2 = prettyFactory2(opts), destination;
      return abstractTransport(function(source) {
        source.on("message", function pinoConfigListener(message) {
          !message || message.code !== "PINO_CONFIG" || (Object.assign(opts, {
            messageKey: message.config.messageKey,
            errorLikeObjectKeys: Array.from(/* @__PURE__ */ new Set([...opts.errorLikeObjectKeys || ERROR_LIKE_KEYS, message.config.errorKey])),
            customLevels: message.config.levels.values
          }), pretty2 = prettyFactory2(opts), source.off("message", pinoConfigListener));
        });
        let stream = new Transform2({
          objectMode: !0,
          autoDestroy: !0,
          transform(chunk, enc, cb) {
            let line = pretty2(chunk);
            cb(null, line);
          }
        });
        return typeof opts.destination == "object" && typeof opts.destination.write == "function" ? destination = opts.destination : destination = buildSafeSonicBoom({
          dest: opts.destination || 1,
          append: opts.append,
          mkdir: opts.mkdir,
          sync: opts.sync
          // by default sonic will be async
        }), source.on("unknown", function(line) {
          destination.write(line + `
`);
        }), pump(source, stream, destination), stream;
      }, {
        parse: "lines",
        close(err, cb) {
          destination.on("close", () => {
            cb(err);
          });
        }
      });
    }
    module2.exports = build;
    module2.exports.build = build;
    module2.exports.PinoPretty = build;
    module2.exports.prettyFactory = prettyFactory2;
    module2.exports.colorizerFactory = colors;
    module2.exports.isColorSupported = isColorSupported;
    module2.exports.default = build;
  }
});

// node_modules/bottleneck/lib/parser.js
var require_parser = __commonJS({
  "node_modules/bottleneck/lib/parser.js"(exports2) {
    "use strict";
    exports2.load = function(received, defaults, onto = {}) {
      var k, ref, v;
      for (k in defaults)
        v = defaults[k], onto[k] = (ref = received[k]) != null ? ref : v;
      return onto;
    };
    exports2.overwrite = function(received, defaults, onto = {}) {
      var k, v;
      for (k in received)
        v = received[k], defaults[k] !== void 0 && (onto[k] = v);
      return onto;
    };
  }
});

// node_modules/bottleneck/lib/DLList.js
var require_DLList = __commonJS({
  "node_modules/bottleneck/lib/DLList.js"(exports2, module2) {
    "use strict";
    var DLList;
    DLList = class {
      constructor(incr, decr) {
        this.incr = incr, this.decr = decr, this._first = null, this._last = null, this.length = 0;
      }
      push(value) {
        var node;
        this.length++, typeof this.incr == "function" && this.incr(), node = {
          value,
          prev: this._last,
          next: null
        }, this._last != null ? (this._last.next = node, this._last = node) : this._first = this._last = node;
      }
      shift() {
        var value;
        if (this._first != null)
          return this.length--, typeof this.decr == "function" && this.decr(), value = this._first.value, (this._first = this._first.next) != null ? this._first.prev = null : this._last = null, value;
      }
      first() {
        if (this._first != null)
          return this._first.value;
      }
      getArray() {
        var node, ref, results;
        for (node = this._first, results = []; node != null; )
          results.push((ref = node, node = node.next, ref.value));
        return results;
      }
      forEachShift(cb) {
        var node;
        for (node = this.shift(); node != null; )
          cb(node), node = this.shift();
      }
      debug() {
        var node, ref, ref1, ref2, results;
        for (node = this._first, results = []; node != null; )
          results.push((ref = node, node = node.next, {
            value: ref.value,
            prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
            next: (ref2 = ref.next) != null ? ref2.value : void 0
          }));
        return results;
      }
    };
    module2.exports = DLList;
  }
});

// node_modules/bottleneck/lib/Events.js
var require_Events = __commonJS({
  "node_modules/bottleneck/lib/Events.js"(exports2, module2) {
    "use strict";
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Events2;
    Events2 = class {
      constructor(instance) {
        if (this.instance = instance, this._events = {}, this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null)
          throw new Error("An Emitter already exists for this object");
        this.instance.on = (name, cb) => this._addListener(name, "many", cb), this.instance.once = (name, cb) => this._addListener(name, "once", cb), this.instance.removeAllListeners = (name = null) => name != null ? delete this._events[name] : this._events = {};
      }
      _addListener(name, status, cb) {
        var base;
        return (base = this._events)[name] == null && (base[name] = []), this._events[name].push({
          cb,
          status
        }), this.instance;
      }
      listenerCount(name) {
        return this._events[name] != null ? this._events[name].length : 0;
      }
      trigger(name, ...args) {
        var _this = this;
        return _asyncToGenerator2(function* () {
          var e, promises;
          try {
            return name !== "debug" && _this.trigger("debug", `Event triggered: ${name}`, args), _this._events[name] == null ? void 0 : (_this._events[name] = _this._events[name].filter(function(listener) {
              return listener.status !== "none";
            }), promises = _this._events[name].map(
              /* @__PURE__ */ (function() {
                var _ref = _asyncToGenerator2(function* (listener) {
                  var e2, returned;
                  if (listener.status !== "none") {
                    listener.status === "once" && (listener.status = "none");
                    try {
                      return returned = typeof listener.cb == "function" ? listener.cb(...args) : void 0, typeof returned?.then == "function" ? yield returned : returned;
                    } catch (error) {
                      return e2 = error, _this.trigger("error", e2), null;
                    }
                  }
                });
                return function(_x) {
                  return _ref.apply(this, arguments);
                };
              })()
            ), (yield Promise.all(promises)).find(function(x) {
              return x != null;
            }));
          } catch (error) {
            return e = error, _this.trigger("error", e), null;
          }
        })();
      }
    };
    module2.exports = Events2;
  }
});

// node_modules/bottleneck/lib/Queues.js
var require_Queues = __commonJS({
  "node_modules/bottleneck/lib/Queues.js"(exports2, module2) {
    "use strict";
    var DLList, Events2, Queues;
    DLList = require_DLList();
    Events2 = require_Events();
    Queues = class {
      constructor(num_priorities) {
        var i;
        this.Events = new Events2(this), this._length = 0, this._lists = function() {
          var j, ref, results;
          for (results = [], i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j)
            results.push(new DLList(() => this.incr(), () => this.decr()));
          return results;
        }.call(this);
      }
      incr() {
        if (this._length++ === 0)
          return this.Events.trigger("leftzero");
      }
      decr() {
        if (--this._length === 0)
          return this.Events.trigger("zero");
      }
      push(job) {
        return this._lists[job.options.priority].push(job);
      }
      queued(priority) {
        return priority != null ? this._lists[priority].length : this._length;
      }
      shiftAll(fn) {
        return this._lists.forEach(function(list) {
          return list.forEachShift(fn);
        });
      }
      getFirst(arr = this._lists) {
        var j, len, list;
        for (j = 0, len = arr.length; j < len; j++)
          if (list = arr[j], list.length > 0)
            return list;
        return [];
      }
      shiftLastFrom(priority) {
        return this.getFirst(this._lists.slice(priority).reverse()).shift();
      }
    };
    module2.exports = Queues;
  }
});

// node_modules/bottleneck/lib/BottleneckError.js
var require_BottleneckError = __commonJS({
  "node_modules/bottleneck/lib/BottleneckError.js"(exports2, module2) {
    "use strict";
    var BottleneckError;
    BottleneckError = class extends Error {
    };
    module2.exports = BottleneckError;
  }
});

// node_modules/bottleneck/lib/Job.js
var require_Job = __commonJS({
  "node_modules/bottleneck/lib/Job.js"(exports2, module2) {
    "use strict";
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var BottleneckError, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser2;
    NUM_PRIORITIES = 10;
    DEFAULT_PRIORITY = 5;
    parser2 = require_parser();
    BottleneckError = require_BottleneckError();
    Job = class {
      constructor(task, args, options2, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
        this.task = task, this.args = args, this.rejectOnDrop = rejectOnDrop, this.Events = Events2, this._states = _states, this.Promise = Promise2, this.options = parser2.load(options2, jobDefaults), this.options.priority = this._sanitizePriority(this.options.priority), this.options.id === jobDefaults.id && (this.options.id = `${this.options.id}-${this._randomIndex()}`), this.promise = new this.Promise((_resolve2, _reject) => {
          this._resolve = _resolve2, this._reject = _reject;
        }), this.retryCount = 0;
      }
      _sanitizePriority(priority) {
        var sProperty;
        return sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority, sProperty < 0 ? 0 : sProperty > NUM_PRIORITIES - 1 ? NUM_PRIORITIES - 1 : sProperty;
      }
      _randomIndex() {
        return Math.random().toString(36).slice(2);
      }
      doDrop({
        error,
        message = "This job has been dropped by Bottleneck"
      } = {}) {
        return this._states.remove(this.options.id) ? (this.rejectOnDrop && this._reject(error ?? new BottleneckError(message)), this.Events.trigger("dropped", {
          args: this.args,
          options: this.options,
          task: this.task,
          promise: this.promise
        }), !0) : !1;
      }
      _assertStatus(expected) {
        var status;
        if (status = this._states.jobStatus(this.options.id), !(status === expected || expected === "DONE" && status === null))
          throw new BottleneckError(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
      }
      doReceive() {
        return this._states.start(this.options.id), this.Events.trigger("received", {
          args: this.args,
          options: this.options
        });
      }
      doQueue(reachedHWM, blocked) {
        return this._assertStatus("RECEIVED"), this._states.next(this.options.id), this.Events.trigger("queued", {
          args: this.args,
          options: this.options,
          reachedHWM,
          blocked
        });
      }
      doRun() {
        return this.retryCount === 0 ? (this._assertStatus("QUEUED"), this._states.next(this.options.id)) : this._assertStatus("EXECUTING"), this.Events.trigger("scheduled", {
          args: this.args,
          options: this.options
        });
      }
      doExecute(chained, clearGlobalState, run2, free) {
        var _this = this;
        return _asyncToGenerator2(function* () {
          var error, eventInfo, passed;
          _this.retryCount === 0 ? (_this._assertStatus("RUNNING"), _this._states.next(_this.options.id)) : _this._assertStatus("EXECUTING"), eventInfo = {
            args: _this.args,
            options: _this.options,
            retryCount: _this.retryCount
          }, _this.Events.trigger("executing", eventInfo);
          try {
            if (passed = yield chained != null ? chained.schedule(_this.options, _this.task, ..._this.args) : _this.task(..._this.args), clearGlobalState())
              return _this.doDone(eventInfo), yield free(_this.options, eventInfo), _this._assertStatus("DONE"), _this._resolve(passed);
          } catch (error1) {
            return error = error1, _this._onFailure(error, eventInfo, clearGlobalState, run2, free);
          }
        })();
      }
      doExpire(clearGlobalState, run2, free) {
        var error, eventInfo;
        return this._states.jobStatus(this.options.id === "RUNNING") && this._states.next(this.options.id), this._assertStatus("EXECUTING"), eventInfo = {
          args: this.args,
          options: this.options,
          retryCount: this.retryCount
        }, error = new BottleneckError(`This job timed out after ${this.options.expiration} ms.`), this._onFailure(error, eventInfo, clearGlobalState, run2, free);
      }
      _onFailure(error, eventInfo, clearGlobalState, run2, free) {
        var _this2 = this;
        return _asyncToGenerator2(function* () {
          var retry2, retryAfter;
          if (clearGlobalState())
            return retry2 = yield _this2.Events.trigger("failed", error, eventInfo), retry2 != null ? (retryAfter = ~~retry2, _this2.Events.trigger("retry", `Retrying ${_this2.options.id} after ${retryAfter} ms`, eventInfo), _this2.retryCount++, run2(retryAfter)) : (_this2.doDone(eventInfo), yield free(_this2.options, eventInfo), _this2._assertStatus("DONE"), _this2._reject(error));
        })();
      }
      doDone(eventInfo) {
        return this._assertStatus("EXECUTING"), this._states.next(this.options.id), this.Events.trigger("done", eventInfo);
      }
    };
    module2.exports = Job;
  }
});

// node_modules/bottleneck/lib/LocalDatastore.js
var require_LocalDatastore = __commonJS({
  "node_modules/bottleneck/lib/LocalDatastore.js"(exports2, module2) {
    "use strict";
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var BottleneckError, LocalDatastore, parser2;
    parser2 = require_parser();
    BottleneckError = require_BottleneckError();
    LocalDatastore = class {
      constructor(instance, storeOptions, storeInstanceOptions) {
        this.instance = instance, this.storeOptions = storeOptions, this.clientId = this.instance._randomIndex(), parser2.load(storeInstanceOptions, storeInstanceOptions, this), this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now(), this._running = 0, this._done = 0, this._unblockTime = 0, this.ready = this.Promise.resolve(), this.clients = {}, this._startHeartbeat();
      }
      _startHeartbeat() {
        var base;
        return this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null) ? typeof (base = this.heartbeat = setInterval(() => {
          var amount, incr, maximum, now, reservoir;
          if (now = Date.now(), this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval && (this._lastReservoirRefresh = now, this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount, this.instance._drainAll(this.computeCapacity())), this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
            var _this$storeOptions = this.storeOptions;
            if (amount = _this$storeOptions.reservoirIncreaseAmount, maximum = _this$storeOptions.reservoirIncreaseMaximum, reservoir = _this$storeOptions.reservoir, this._lastReservoirIncrease = now, incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount, incr > 0)
              return this.storeOptions.reservoir += incr, this.instance._drainAll(this.computeCapacity());
          }
        }, this.heartbeatInterval)).unref == "function" ? base.unref() : void 0 : clearInterval(this.heartbeat);
      }
      __publish__(message) {
        var _this = this;
        return _asyncToGenerator2(function* () {
          return yield _this.yieldLoop(), _this.instance.Events.trigger("message", message.toString());
        })();
      }
      __disconnect__(flush) {
        var _this2 = this;
        return _asyncToGenerator2(function* () {
          return yield _this2.yieldLoop(), clearInterval(_this2.heartbeat), _this2.Promise.resolve();
        })();
      }
      yieldLoop(t = 0) {
        return new this.Promise(function(resolve3, reject) {
          return setTimeout(resolve3, t);
        });
      }
      computePenalty() {
        var ref;
        return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
      }
      __updateSettings__(options2) {
        var _this3 = this;
        return _asyncToGenerator2(function* () {
          return yield _this3.yieldLoop(), parser2.overwrite(options2, options2, _this3.storeOptions), _this3._startHeartbeat(), _this3.instance._drainAll(_this3.computeCapacity()), !0;
        })();
      }
      __running__() {
        var _this4 = this;
        return _asyncToGenerator2(function* () {
          return yield _this4.yieldLoop(), _this4._running;
        })();
      }
      __queued__() {
        var _this5 = this;
        return _asyncToGenerator2(function* () {
          return yield _this5.yieldLoop(), _this5.instance.queued();
        })();
      }
      __done__() {
        var _this6 = this;
        return _asyncToGenerator2(function* () {
          return yield _this6.yieldLoop(), _this6._done;
        })();
      }
      __groupCheck__(time) {
        var _this7 = this;
        return _asyncToGenerator2(function* () {
          return yield _this7.yieldLoop(), _this7._nextRequest + _this7.timeout < time;
        })();
      }
      computeCapacity() {
        var maxConcurrent, reservoir, _this$storeOptions2 = this.storeOptions;
        return maxConcurrent = _this$storeOptions2.maxConcurrent, reservoir = _this$storeOptions2.reservoir, maxConcurrent != null && reservoir != null ? Math.min(maxConcurrent - this._running, reservoir) : maxConcurrent != null ? maxConcurrent - this._running : reservoir ?? null;
      }
      conditionsCheck(weight) {
        var capacity;
        return capacity = this.computeCapacity(), capacity == null || weight <= capacity;
      }
      __incrementReservoir__(incr) {
        var _this8 = this;
        return _asyncToGenerator2(function* () {
          var reservoir;
          return yield _this8.yieldLoop(), reservoir = _this8.storeOptions.reservoir += incr, _this8.instance._drainAll(_this8.computeCapacity()), reservoir;
        })();
      }
      __currentReservoir__() {
        var _this9 = this;
        return _asyncToGenerator2(function* () {
          return yield _this9.yieldLoop(), _this9.storeOptions.reservoir;
        })();
      }
      isBlocked(now) {
        return this._unblockTime >= now;
      }
      check(weight, now) {
        return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
      }
      __check__(weight) {
        var _this10 = this;
        return _asyncToGenerator2(function* () {
          var now;
          return yield _this10.yieldLoop(), now = Date.now(), _this10.check(weight, now);
        })();
      }
      __register__(index, weight, expiration) {
        var _this11 = this;
        return _asyncToGenerator2(function* () {
          var now, wait2;
          return yield _this11.yieldLoop(), now = Date.now(), _this11.conditionsCheck(weight) ? (_this11._running += weight, _this11.storeOptions.reservoir != null && (_this11.storeOptions.reservoir -= weight), wait2 = Math.max(_this11._nextRequest - now, 0), _this11._nextRequest = now + wait2 + _this11.storeOptions.minTime, {
            success: !0,
            wait: wait2,
            reservoir: _this11.storeOptions.reservoir
          }) : {
            success: !1
          };
        })();
      }
      strategyIsBlock() {
        return this.storeOptions.strategy === 3;
      }
      __submit__(queueLength, weight) {
        var _this12 = this;
        return _asyncToGenerator2(function* () {
          var blocked, now, reachedHWM;
          if (yield _this12.yieldLoop(), _this12.storeOptions.maxConcurrent != null && weight > _this12.storeOptions.maxConcurrent)
            throw new BottleneckError(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${_this12.storeOptions.maxConcurrent}`);
          return now = Date.now(), reachedHWM = _this12.storeOptions.highWater != null && queueLength === _this12.storeOptions.highWater && !_this12.check(weight, now), blocked = _this12.strategyIsBlock() && (reachedHWM || _this12.isBlocked(now)), blocked && (_this12._unblockTime = now + _this12.computePenalty(), _this12._nextRequest = _this12._unblockTime + _this12.storeOptions.minTime, _this12.instance._dropAllQueued()), {
            reachedHWM,
            blocked,
            strategy: _this12.storeOptions.strategy
          };
        })();
      }
      __free__(index, weight) {
        var _this13 = this;
        return _asyncToGenerator2(function* () {
          return yield _this13.yieldLoop(), _this13._running -= weight, _this13._done += weight, _this13.instance._drainAll(_this13.computeCapacity()), {
            running: _this13._running
          };
        })();
      }
    };
    module2.exports = LocalDatastore;
  }
});

// node_modules/bottleneck/lib/lua.json
var require_lua = __commonJS({
  "node_modules/bottleneck/lib/lua.json"(exports2, module2) {
    module2.exports = {
      "blacklist_client.lua": `local blacklist = ARGV[num_static_argv + 1]

if redis.call('zscore', client_last_seen_key, blacklist) then
  redis.call('zadd', client_last_seen_key, 0, blacklist)
end


return {}
`,
      "check.lua": `local weight = tonumber(ARGV[num_static_argv + 1])

local capacity = process_tick(now, false)['capacity']
local nextRequest = tonumber(redis.call('hget', settings_key, 'nextRequest'))

return conditions_check(capacity, weight) and nextRequest - now <= 0
`,
      "conditions_check.lua": `local conditions_check = function (capacity, weight)
  return capacity == nil or weight <= capacity
end
`,
      "current_reservoir.lua": `return process_tick(now, false)['reservoir']
`,
      "done.lua": `process_tick(now, false)

return tonumber(redis.call('hget', settings_key, 'done'))
`,
      "free.lua": `local index = ARGV[num_static_argv + 1]

redis.call('zadd', job_expirations_key, 0, index)

return process_tick(now, false)['running']
`,
      "get_time.lua": `redis.replicate_commands()

local get_time = function ()
  local time = redis.call('time')

  return tonumber(time[1]..string.sub(time[2], 1, 3))
end
`,
      "group_check.lua": `return not (redis.call('exists', settings_key) == 1)
`,
      "heartbeat.lua": `process_tick(now, true)
`,
      "increment_reservoir.lua": `local incr = tonumber(ARGV[num_static_argv + 1])

redis.call('hincrby', settings_key, 'reservoir', incr)

local reservoir = process_tick(now, true)['reservoir']

local groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))
refresh_expiration(0, 0, groupTimeout)

return reservoir
`,
      "init.lua": `local clear = tonumber(ARGV[num_static_argv + 1])
local limiter_version = ARGV[num_static_argv + 2]
local num_local_argv = num_static_argv + 2

if clear == 1 then
  redis.call('del', unpack(KEYS))
end

if redis.call('exists', settings_key) == 0 then
  -- Create
  local args = {'hmset', settings_key}

  for i = num_local_argv + 1, #ARGV do
    table.insert(args, ARGV[i])
  end

  redis.call(unpack(args))
  redis.call('hmset', settings_key,
    'nextRequest', now,
    'lastReservoirRefresh', now,
    'lastReservoirIncrease', now,
    'running', 0,
    'done', 0,
    'unblockTime', 0,
    'capacityPriorityCounter', 0
  )

else
  -- Apply migrations
  local settings = redis.call('hmget', settings_key,
    'id',
    'version'
  )
  local id = settings[1]
  local current_version = settings[2]

  if current_version ~= limiter_version then
    local version_digits = {}
    for k, v in string.gmatch(current_version, "([^.]+)") do
      table.insert(version_digits, tonumber(k))
    end

    -- 2.10.0
    if version_digits[2] < 10 then
      redis.call('hsetnx', settings_key, 'reservoirRefreshInterval', '')
      redis.call('hsetnx', settings_key, 'reservoirRefreshAmount', '')
      redis.call('hsetnx', settings_key, 'lastReservoirRefresh', '')
      redis.call('hsetnx', settings_key, 'done', 0)
      redis.call('hset', settings_key, 'version', '2.10.0')
    end

    -- 2.11.1
    if version_digits[2] < 11 or (version_digits[2] == 11 and version_digits[3] < 1) then
      if redis.call('hstrlen', settings_key, 'lastReservoirRefresh') == 0 then
        redis.call('hmset', settings_key,
          'lastReservoirRefresh', now,
          'version', '2.11.1'
        )
      end
    end

    -- 2.14.0
    if version_digits[2] < 14 then
      local old_running_key = 'b_'..id..'_running'
      local old_executing_key = 'b_'..id..'_executing'

      if redis.call('exists', old_running_key) == 1 then
        redis.call('rename', old_running_key, job_weights_key)
      end
      if redis.call('exists', old_executing_key) == 1 then
        redis.call('rename', old_executing_key, job_expirations_key)
      end
      redis.call('hset', settings_key, 'version', '2.14.0')
    end

    -- 2.15.2
    if version_digits[2] < 15 or (version_digits[2] == 15 and version_digits[3] < 2) then
      redis.call('hsetnx', settings_key, 'capacityPriorityCounter', 0)
      redis.call('hset', settings_key, 'version', '2.15.2')
    end

    -- 2.17.0
    if version_digits[2] < 17 then
      redis.call('hsetnx', settings_key, 'clientTimeout', 10000)
      redis.call('hset', settings_key, 'version', '2.17.0')
    end

    -- 2.18.0
    if version_digits[2] < 18 then
      redis.call('hsetnx', settings_key, 'reservoirIncreaseInterval', '')
      redis.call('hsetnx', settings_key, 'reservoirIncreaseAmount', '')
      redis.call('hsetnx', settings_key, 'reservoirIncreaseMaximum', '')
      redis.call('hsetnx', settings_key, 'lastReservoirIncrease', now)
      redis.call('hset', settings_key, 'version', '2.18.0')
    end

  end

  process_tick(now, false)
end

local groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))
refresh_expiration(0, 0, groupTimeout)

return {}
`,
      "process_tick.lua": `local process_tick = function (now, always_publish)

  local compute_capacity = function (maxConcurrent, running, reservoir)
    if maxConcurrent ~= nil and reservoir ~= nil then
      return math.min((maxConcurrent - running), reservoir)
    elseif maxConcurrent ~= nil then
      return maxConcurrent - running
    elseif reservoir ~= nil then
      return reservoir
    else
      return nil
    end
  end

  local settings = redis.call('hmget', settings_key,
    'id',
    'maxConcurrent',
    'running',
    'reservoir',
    'reservoirRefreshInterval',
    'reservoirRefreshAmount',
    'lastReservoirRefresh',
    'reservoirIncreaseInterval',
    'reservoirIncreaseAmount',
    'reservoirIncreaseMaximum',
    'lastReservoirIncrease',
    'capacityPriorityCounter',
    'clientTimeout'
  )
  local id = settings[1]
  local maxConcurrent = tonumber(settings[2])
  local running = tonumber(settings[3])
  local reservoir = tonumber(settings[4])
  local reservoirRefreshInterval = tonumber(settings[5])
  local reservoirRefreshAmount = tonumber(settings[6])
  local lastReservoirRefresh = tonumber(settings[7])
  local reservoirIncreaseInterval = tonumber(settings[8])
  local reservoirIncreaseAmount = tonumber(settings[9])
  local reservoirIncreaseMaximum = tonumber(settings[10])
  local lastReservoirIncrease = tonumber(settings[11])
  local capacityPriorityCounter = tonumber(settings[12])
  local clientTimeout = tonumber(settings[13])

  local initial_capacity = compute_capacity(maxConcurrent, running, reservoir)

  --
  -- Process 'running' changes
  --
  local expired = redis.call('zrangebyscore', job_expirations_key, '-inf', '('..now)

  if #expired > 0 then
    redis.call('zremrangebyscore', job_expirations_key, '-inf', '('..now)

    local flush_batch = function (batch, acc)
      local weights = redis.call('hmget', job_weights_key, unpack(batch))
                      redis.call('hdel',  job_weights_key, unpack(batch))
      local clients = redis.call('hmget', job_clients_key, unpack(batch))
                      redis.call('hdel',  job_clients_key, unpack(batch))

      -- Calculate sum of removed weights
      for i = 1, #weights do
        acc['total'] = acc['total'] + (tonumber(weights[i]) or 0)
      end

      -- Calculate sum of removed weights by client
      local client_weights = {}
      for i = 1, #clients do
        local removed = tonumber(weights[i]) or 0
        if removed > 0 then
          acc['client_weights'][clients[i]] = (acc['client_weights'][clients[i]] or 0) + removed
        end
      end
    end

    local acc = {
      ['total'] = 0,
      ['client_weights'] = {}
    }
    local batch_size = 1000

    -- Compute changes to Zsets and apply changes to Hashes
    for i = 1, #expired, batch_size do
      local batch = {}
      for j = i, math.min(i + batch_size - 1, #expired) do
        table.insert(batch, expired[j])
      end

      flush_batch(batch, acc)
    end

    -- Apply changes to Zsets
    if acc['total'] > 0 then
      redis.call('hincrby', settings_key, 'done', acc['total'])
      running = tonumber(redis.call('hincrby', settings_key, 'running', -acc['total']))
    end

    for client, weight in pairs(acc['client_weights']) do
      redis.call('zincrby', client_running_key, -weight, client)
    end
  end

  --
  -- Process 'reservoir' changes
  --
  local reservoirRefreshActive = reservoirRefreshInterval ~= nil and reservoirRefreshAmount ~= nil
  if reservoirRefreshActive and now >= lastReservoirRefresh + reservoirRefreshInterval then
    reservoir = reservoirRefreshAmount
    redis.call('hmset', settings_key,
      'reservoir', reservoir,
      'lastReservoirRefresh', now
    )
  end

  local reservoirIncreaseActive = reservoirIncreaseInterval ~= nil and reservoirIncreaseAmount ~= nil
  if reservoirIncreaseActive and now >= lastReservoirIncrease + reservoirIncreaseInterval then
    local num_intervals = math.floor((now - lastReservoirIncrease) / reservoirIncreaseInterval)
    local incr = reservoirIncreaseAmount * num_intervals
    if reservoirIncreaseMaximum ~= nil then
      incr = math.min(incr, reservoirIncreaseMaximum - (reservoir or 0))
    end
    if incr > 0 then
      reservoir = (reservoir or 0) + incr
    end
    redis.call('hmset', settings_key,
      'reservoir', reservoir,
      'lastReservoirIncrease', lastReservoirIncrease + (num_intervals * reservoirIncreaseInterval)
    )
  end

  --
  -- Clear unresponsive clients
  --
  local unresponsive = redis.call('zrangebyscore', client_last_seen_key, '-inf', (now - clientTimeout))
  local unresponsive_lookup = {}
  local terminated_clients = {}
  for i = 1, #unresponsive do
    unresponsive_lookup[unresponsive[i]] = true
    if tonumber(redis.call('zscore', client_running_key, unresponsive[i])) == 0 then
      table.insert(terminated_clients, unresponsive[i])
    end
  end
  if #terminated_clients > 0 then
    redis.call('zrem', client_running_key,         unpack(terminated_clients))
    redis.call('hdel', client_num_queued_key,      unpack(terminated_clients))
    redis.call('zrem', client_last_registered_key, unpack(terminated_clients))
    redis.call('zrem', client_last_seen_key,       unpack(terminated_clients))
  end

  --
  -- Broadcast capacity changes
  --
  local final_capacity = compute_capacity(maxConcurrent, running, reservoir)

  if always_publish or (initial_capacity ~= nil and final_capacity == nil) then
    -- always_publish or was not unlimited, now unlimited
    redis.call('publish', 'b_'..id, 'capacity:'..(final_capacity or ''))

  elseif initial_capacity ~= nil and final_capacity ~= nil and final_capacity > initial_capacity then
    -- capacity was increased
    -- send the capacity message to the limiter having the lowest number of running jobs
    -- the tiebreaker is the limiter having not registered a job in the longest time

    local lowest_concurrency_value = nil
    local lowest_concurrency_clients = {}
    local lowest_concurrency_last_registered = {}
    local client_concurrencies = redis.call('zrange', client_running_key, 0, -1, 'withscores')

    for i = 1, #client_concurrencies, 2 do
      local client = client_concurrencies[i]
      local concurrency = tonumber(client_concurrencies[i+1])

      if (
        lowest_concurrency_value == nil or lowest_concurrency_value == concurrency
      ) and (
        not unresponsive_lookup[client]
      ) and (
        tonumber(redis.call('hget', client_num_queued_key, client)) > 0
      ) then
        lowest_concurrency_value = concurrency
        table.insert(lowest_concurrency_clients, client)
        local last_registered = tonumber(redis.call('zscore', client_last_registered_key, client))
        table.insert(lowest_concurrency_last_registered, last_registered)
      end
    end

    if #lowest_concurrency_clients > 0 then
      local position = 1
      local earliest = lowest_concurrency_last_registered[1]

      for i,v in ipairs(lowest_concurrency_last_registered) do
        if v < earliest then
          position = i
          earliest = v
        end
      end

      local next_client = lowest_concurrency_clients[position]
      redis.call('publish', 'b_'..id,
        'capacity-priority:'..(final_capacity or '')..
        ':'..next_client..
        ':'..capacityPriorityCounter
      )
      redis.call('hincrby', settings_key, 'capacityPriorityCounter', '1')
    else
      redis.call('publish', 'b_'..id, 'capacity:'..(final_capacity or ''))
    end
  end

  return {
    ['capacity'] = final_capacity,
    ['running'] = running,
    ['reservoir'] = reservoir
  }
end
`,
      "queued.lua": `local clientTimeout = tonumber(redis.call('hget', settings_key, 'clientTimeout'))
local valid_clients = redis.call('zrangebyscore', client_last_seen_key, (now - clientTimeout), 'inf')
local client_queued = redis.call('hmget', client_num_queued_key, unpack(valid_clients))

local sum = 0
for i = 1, #client_queued do
  sum = sum + tonumber(client_queued[i])
end

return sum
`,
      "refresh_expiration.lua": `local refresh_expiration = function (now, nextRequest, groupTimeout)

  if groupTimeout ~= nil then
    local ttl = (nextRequest + groupTimeout) - now

    for i = 1, #KEYS do
      redis.call('pexpire', KEYS[i], ttl)
    end
  end

end
`,
      "refs.lua": `local settings_key = KEYS[1]
local job_weights_key = KEYS[2]
local job_expirations_key = KEYS[3]
local job_clients_key = KEYS[4]
local client_running_key = KEYS[5]
local client_num_queued_key = KEYS[6]
local client_last_registered_key = KEYS[7]
local client_last_seen_key = KEYS[8]

local now = tonumber(ARGV[1])
local client = ARGV[2]

local num_static_argv = 2
`,
      "register.lua": `local index = ARGV[num_static_argv + 1]
local weight = tonumber(ARGV[num_static_argv + 2])
local expiration = tonumber(ARGV[num_static_argv + 3])

local state = process_tick(now, false)
local capacity = state['capacity']
local reservoir = state['reservoir']

local settings = redis.call('hmget', settings_key,
  'nextRequest',
  'minTime',
  'groupTimeout'
)
local nextRequest = tonumber(settings[1])
local minTime = tonumber(settings[2])
local groupTimeout = tonumber(settings[3])

if conditions_check(capacity, weight) then

  redis.call('hincrby', settings_key, 'running', weight)
  redis.call('hset', job_weights_key, index, weight)
  if expiration ~= nil then
    redis.call('zadd', job_expirations_key, now + expiration, index)
  end
  redis.call('hset', job_clients_key, index, client)
  redis.call('zincrby', client_running_key, weight, client)
  redis.call('hincrby', client_num_queued_key, client, -1)
  redis.call('zadd', client_last_registered_key, now, client)

  local wait = math.max(nextRequest - now, 0)
  local newNextRequest = now + wait + minTime

  if reservoir == nil then
    redis.call('hset', settings_key,
      'nextRequest', newNextRequest
    )
  else
    reservoir = reservoir - weight
    redis.call('hmset', settings_key,
      'reservoir', reservoir,
      'nextRequest', newNextRequest
    )
  end

  refresh_expiration(now, newNextRequest, groupTimeout)

  return {true, wait, reservoir}

else
  return {false}
end
`,
      "register_client.lua": `local queued = tonumber(ARGV[num_static_argv + 1])

-- Could have been re-registered concurrently
if not redis.call('zscore', client_last_seen_key, client) then
  redis.call('zadd', client_running_key, 0, client)
  redis.call('hset', client_num_queued_key, client, queued)
  redis.call('zadd', client_last_registered_key, 0, client)
end

redis.call('zadd', client_last_seen_key, now, client)

return {}
`,
      "running.lua": `return process_tick(now, false)['running']
`,
      "submit.lua": `local queueLength = tonumber(ARGV[num_static_argv + 1])
local weight = tonumber(ARGV[num_static_argv + 2])

local capacity = process_tick(now, false)['capacity']

local settings = redis.call('hmget', settings_key,
  'id',
  'maxConcurrent',
  'highWater',
  'nextRequest',
  'strategy',
  'unblockTime',
  'penalty',
  'minTime',
  'groupTimeout'
)
local id = settings[1]
local maxConcurrent = tonumber(settings[2])
local highWater = tonumber(settings[3])
local nextRequest = tonumber(settings[4])
local strategy = tonumber(settings[5])
local unblockTime = tonumber(settings[6])
local penalty = tonumber(settings[7])
local minTime = tonumber(settings[8])
local groupTimeout = tonumber(settings[9])

if maxConcurrent ~= nil and weight > maxConcurrent then
  return redis.error_reply('OVERWEIGHT:'..weight..':'..maxConcurrent)
end

local reachedHWM = (highWater ~= nil and queueLength == highWater
  and not (
    conditions_check(capacity, weight)
    and nextRequest - now <= 0
  )
)

local blocked = strategy == 3 and (reachedHWM or unblockTime >= now)

if blocked then
  local computedPenalty = penalty
  if computedPenalty == nil then
    if minTime == 0 then
      computedPenalty = 5000
    else
      computedPenalty = 15 * minTime
    end
  end

  local newNextRequest = now + computedPenalty + minTime

  redis.call('hmset', settings_key,
    'unblockTime', now + computedPenalty,
    'nextRequest', newNextRequest
  )

  local clients_queued_reset = redis.call('hkeys', client_num_queued_key)
  local queued_reset = {}
  for i = 1, #clients_queued_reset do
    table.insert(queued_reset, clients_queued_reset[i])
    table.insert(queued_reset, 0)
  end
  redis.call('hmset', client_num_queued_key, unpack(queued_reset))

  redis.call('publish', 'b_'..id, 'blocked:')

  refresh_expiration(now, newNextRequest, groupTimeout)
end

if not blocked and not reachedHWM then
  redis.call('hincrby', client_num_queued_key, client, 1)
end

return {reachedHWM, blocked, strategy}
`,
      "update_settings.lua": `local args = {'hmset', settings_key}

for i = num_static_argv + 1, #ARGV do
  table.insert(args, ARGV[i])
end

redis.call(unpack(args))

process_tick(now, true)

local groupTimeout = tonumber(redis.call('hget', settings_key, 'groupTimeout'))
refresh_expiration(0, 0, groupTimeout)

return {}
`,
      "validate_client.lua": `if not redis.call('zscore', client_last_seen_key, client) then
  return redis.error_reply('UNKNOWN_CLIENT')
end

redis.call('zadd', client_last_seen_key, now, client)
`,
      "validate_keys.lua": `if not (redis.call('exists', settings_key) == 1) then
  return redis.error_reply('SETTINGS_KEY_NOT_FOUND')
end
`
    };
  }
});

// node_modules/bottleneck/lib/Scripts.js
var require_Scripts = __commonJS({
  "node_modules/bottleneck/lib/Scripts.js"(exports2) {
    "use strict";
    var headers, lua, templates;
    lua = require_lua();
    headers = {
      refs: lua["refs.lua"],
      validate_keys: lua["validate_keys.lua"],
      validate_client: lua["validate_client.lua"],
      refresh_expiration: lua["refresh_expiration.lua"],
      process_tick: lua["process_tick.lua"],
      conditions_check: lua["conditions_check.lua"],
      get_time: lua["get_time.lua"]
    };
    exports2.allKeys = function(id) {
      return [
        /*
        HASH
        */
        `b_${id}_settings`,
        /*
        HASH
        job index -> weight
        */
        `b_${id}_job_weights`,
        /*
        ZSET
        job index -> expiration
        */
        `b_${id}_job_expirations`,
        /*
        HASH
        job index -> client
        */
        `b_${id}_job_clients`,
        /*
        ZSET
        client -> sum running
        */
        `b_${id}_client_running`,
        /*
        HASH
        client -> num queued
        */
        `b_${id}_client_num_queued`,
        /*
        ZSET
        client -> last job registered
        */
        `b_${id}_client_last_registered`,
        /*
        ZSET
        client -> last seen
        */
        `b_${id}_client_last_seen`
      ];
    };
    templates = {
      init: {
        keys: exports2.allKeys,
        headers: ["process_tick"],
        refresh_expiration: !0,
        code: lua["init.lua"]
      },
      group_check: {
        keys: exports2.allKeys,
        headers: [],
        refresh_expiration: !1,
        code: lua["group_check.lua"]
      },
      register_client: {
        keys: exports2.allKeys,
        headers: ["validate_keys"],
        refresh_expiration: !1,
        code: lua["register_client.lua"]
      },
      blacklist_client: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client"],
        refresh_expiration: !1,
        code: lua["blacklist_client.lua"]
      },
      heartbeat: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: !1,
        code: lua["heartbeat.lua"]
      },
      update_settings: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: !0,
        code: lua["update_settings.lua"]
      },
      running: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: !1,
        code: lua["running.lua"]
      },
      queued: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client"],
        refresh_expiration: !1,
        code: lua["queued.lua"]
      },
      done: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: !1,
        code: lua["done.lua"]
      },
      check: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
        refresh_expiration: !1,
        code: lua["check.lua"]
      },
      submit: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
        refresh_expiration: !0,
        code: lua["submit.lua"]
      },
      register: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick", "conditions_check"],
        refresh_expiration: !0,
        code: lua["register.lua"]
      },
      free: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: !0,
        code: lua["free.lua"]
      },
      current_reservoir: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: !1,
        code: lua["current_reservoir.lua"]
      },
      increment_reservoir: {
        keys: exports2.allKeys,
        headers: ["validate_keys", "validate_client", "process_tick"],
        refresh_expiration: !0,
        code: lua["increment_reservoir.lua"]
      }
    };
    exports2.names = Object.keys(templates);
    exports2.keys = function(name, id) {
      return templates[name].keys(id);
    };
    exports2.payload = function(name) {
      var template;
      return template = templates[name], Array.prototype.concat(headers.refs, template.headers.map(function(h) {
        return headers[h];
      }), template.refresh_expiration ? headers.refresh_expiration : "", template.code).join(`
`);
    };
  }
});

// node_modules/bottleneck/lib/RedisConnection.js
var require_RedisConnection = __commonJS({
  "node_modules/bottleneck/lib/RedisConnection.js"(exports, module) {
    "use strict";
    function asyncGeneratorStep(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Events, RedisConnection, Scripts, parser;
    parser = require_parser();
    Events = require_Events();
    Scripts = require_Scripts();
    RedisConnection = function() {
      class RedisConnection {
        constructor(options = {}) {
          parser.load(options, this.defaults, this), this.Redis == null && (this.Redis = eval("require")("redis")), this.Events == null && (this.Events = new Events(this)), this.terminated = !1, this.client == null && (this.client = this.Redis.createClient(this.clientOptions)), this.subscriber = this.client.duplicate(), this.limiters = {}, this.shas = {}, this.ready = this.Promise.all([this._setup(this.client, !1), this._setup(this.subscriber, !0)]).then(() => this._loadScripts()).then(() => ({
            client: this.client,
            subscriber: this.subscriber
          }));
        }
        _setup(client, sub) {
          return client.setMaxListeners(0), new this.Promise((resolve3, reject) => (client.on("error", (e) => this.Events.trigger("error", e)), sub && client.on("message", (channel, message) => {
            var ref;
            return (ref = this.limiters[channel]) != null ? ref._store.onMessage(channel, message) : void 0;
          }), client.ready ? resolve3() : client.once("ready", resolve3)));
        }
        _loadScript(name) {
          return new this.Promise((resolve3, reject) => {
            var payload;
            return payload = Scripts.payload(name), this.client.multi([["script", "load", payload]]).exec((err, replies) => err != null ? reject(err) : (this.shas[name] = replies[0], resolve3(replies[0])));
          });
        }
        _loadScripts() {
          return this.Promise.all(Scripts.names.map((k) => this._loadScript(k)));
        }
        __runCommand__(cmd) {
          var _this = this;
          return _asyncToGenerator(function* () {
            return yield _this.ready, new _this.Promise((resolve3, reject) => _this.client.multi([cmd]).exec_atomic(function(err, replies) {
              return err != null ? reject(err) : resolve3(replies[0]);
            }));
          })();
        }
        __addLimiter__(instance) {
          return this.Promise.all([instance.channel(), instance.channel_client()].map((channel) => new this.Promise((resolve3, reject) => {
            var handler;
            return handler = (chan) => {
              if (chan === channel)
                return this.subscriber.removeListener("subscribe", handler), this.limiters[channel] = instance, resolve3();
            }, this.subscriber.on("subscribe", handler), this.subscriber.subscribe(channel);
          })));
        }
        __removeLimiter__(instance) {
          var _this2 = this;
          return this.Promise.all([instance.channel(), instance.channel_client()].map(
            /* @__PURE__ */ (function() {
              var _ref = _asyncToGenerator(function* (channel) {
                return _this2.terminated || (yield new _this2.Promise((resolve3, reject) => _this2.subscriber.unsubscribe(channel, function(err, chan) {
                  if (err != null)
                    return reject(err);
                  if (chan === channel)
                    return resolve3();
                }))), delete _this2.limiters[channel];
              });
              return function(_x) {
                return _ref.apply(this, arguments);
              };
            })()
          ));
        }
        __scriptArgs__(name, id, args, cb) {
          var keys;
          return keys = Scripts.keys(name, id), [this.shas[name], keys.length].concat(keys, args, cb);
        }
        __scriptFn__(name) {
          return this.client.evalsha.bind(this.client);
        }
        disconnect(flush = !0) {
          var i, k, len, ref;
          for (ref = Object.keys(this.limiters), i = 0, len = ref.length; i < len; i++)
            k = ref[i], clearInterval(this.limiters[k]._store.heartbeat);
          return this.limiters = {}, this.terminated = !0, this.client.end(flush), this.subscriber.end(flush), this.Promise.resolve();
        }
      }
      return RedisConnection.prototype.datastore = "redis", RedisConnection.prototype.defaults = {
        Redis: null,
        clientOptions: {},
        client: null,
        Promise,
        Events: null
      }, RedisConnection;
    }.call(void 0);
    module.exports = RedisConnection;
  }
});

// node_modules/bottleneck/lib/IORedisConnection.js
var require_IORedisConnection = __commonJS({
  "node_modules/bottleneck/lib/IORedisConnection.js"(exports, module) {
    "use strict";
    function _slicedToArray(arr, i) {
      return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _nonIterableRest();
    }
    function _nonIterableRest() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
    function _iterableToArrayLimit(arr, i) {
      var _arr = [], _n = !0, _d = !1, _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done) && (_arr.push(_s.value), !(i && _arr.length === i)); _n = !0)
          ;
      } catch (err) {
        _d = !0, _e = err;
      } finally {
        try {
          !_n && _i.return != null && _i.return();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _arrayWithHoles(arr) {
      if (Array.isArray(arr)) return arr;
    }
    function asyncGeneratorStep(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Events, IORedisConnection, Scripts, parser;
    parser = require_parser();
    Events = require_Events();
    Scripts = require_Scripts();
    IORedisConnection = function() {
      class IORedisConnection {
        constructor(options = {}) {
          parser.load(options, this.defaults, this), this.Redis == null && (this.Redis = eval("require")("ioredis")), this.Events == null && (this.Events = new Events(this)), this.terminated = !1, this.clusterNodes != null ? (this.client = new this.Redis.Cluster(this.clusterNodes, this.clientOptions), this.subscriber = new this.Redis.Cluster(this.clusterNodes, this.clientOptions)) : this.client != null && this.client.duplicate == null ? this.subscriber = new this.Redis.Cluster(this.client.startupNodes, this.client.options) : (this.client == null && (this.client = new this.Redis(this.clientOptions)), this.subscriber = this.client.duplicate()), this.limiters = {}, this.ready = this.Promise.all([this._setup(this.client, !1), this._setup(this.subscriber, !0)]).then(() => (this._loadScripts(), {
            client: this.client,
            subscriber: this.subscriber
          }));
        }
        _setup(client, sub) {
          return client.setMaxListeners(0), new this.Promise((resolve3, reject) => (client.on("error", (e) => this.Events.trigger("error", e)), sub && client.on("message", (channel, message) => {
            var ref;
            return (ref = this.limiters[channel]) != null ? ref._store.onMessage(channel, message) : void 0;
          }), client.status === "ready" ? resolve3() : client.once("ready", resolve3)));
        }
        _loadScripts() {
          return Scripts.names.forEach((name) => this.client.defineCommand(name, {
            lua: Scripts.payload(name)
          }));
        }
        __runCommand__(cmd) {
          var _this = this;
          return _asyncToGenerator(function* () {
            var _, deleted;
            yield _this.ready;
            var _ref = yield _this.client.pipeline([cmd]).exec(), _ref2 = _slicedToArray(_ref, 1), _ref2$ = _slicedToArray(_ref2[0], 2);
            return _ = _ref2$[0], deleted = _ref2$[1], deleted;
          })();
        }
        __addLimiter__(instance) {
          return this.Promise.all([instance.channel(), instance.channel_client()].map((channel) => new this.Promise((resolve3, reject) => this.subscriber.subscribe(channel, () => (this.limiters[channel] = instance, resolve3())))));
        }
        __removeLimiter__(instance) {
          var _this2 = this;
          return [instance.channel(), instance.channel_client()].forEach(
            /* @__PURE__ */ (function() {
              var _ref3 = _asyncToGenerator(function* (channel) {
                return _this2.terminated || (yield _this2.subscriber.unsubscribe(channel)), delete _this2.limiters[channel];
              });
              return function(_x) {
                return _ref3.apply(this, arguments);
              };
            })()
          );
        }
        __scriptArgs__(name, id, args, cb) {
          var keys;
          return keys = Scripts.keys(name, id), [keys.length].concat(keys, args, cb);
        }
        __scriptFn__(name) {
          return this.client[name].bind(this.client);
        }
        disconnect(flush = !0) {
          var i, k, len, ref;
          for (ref = Object.keys(this.limiters), i = 0, len = ref.length; i < len; i++)
            k = ref[i], clearInterval(this.limiters[k]._store.heartbeat);
          return this.limiters = {}, this.terminated = !0, flush ? this.Promise.all([this.client.quit(), this.subscriber.quit()]) : (this.client.disconnect(), this.subscriber.disconnect(), this.Promise.resolve());
        }
      }
      return IORedisConnection.prototype.datastore = "ioredis", IORedisConnection.prototype.defaults = {
        Redis: null,
        clientOptions: {},
        clusterNodes: null,
        client: null,
        Promise,
        Events: null
      }, IORedisConnection;
    }.call(void 0);
    module.exports = IORedisConnection;
  }
});

// node_modules/bottleneck/lib/RedisDatastore.js
var require_RedisDatastore = __commonJS({
  "node_modules/bottleneck/lib/RedisDatastore.js"(exports2, module2) {
    "use strict";
    function _slicedToArray2(arr, i) {
      return _arrayWithHoles2(arr) || _iterableToArrayLimit2(arr, i) || _nonIterableRest2();
    }
    function _nonIterableRest2() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
    function _iterableToArrayLimit2(arr, i) {
      var _arr = [], _n = !0, _d = !1, _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done) && (_arr.push(_s.value), !(i && _arr.length === i)); _n = !0)
          ;
      } catch (err) {
        _d = !0, _e = err;
      } finally {
        try {
          !_n && _i.return != null && _i.return();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _arrayWithHoles2(arr) {
      if (Array.isArray(arr)) return arr;
    }
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var BottleneckError, IORedisConnection2, RedisConnection2, RedisDatastore, parser2;
    parser2 = require_parser();
    BottleneckError = require_BottleneckError();
    RedisConnection2 = require_RedisConnection();
    IORedisConnection2 = require_IORedisConnection();
    RedisDatastore = class {
      constructor(instance, storeOptions, storeInstanceOptions) {
        this.instance = instance, this.storeOptions = storeOptions, this.originalId = this.instance.id, this.clientId = this.instance._randomIndex(), parser2.load(storeInstanceOptions, storeInstanceOptions, this), this.clients = {}, this.capacityPriorityCounters = {}, this.sharedConnection = this.connection != null, this.connection == null && (this.connection = this.instance.datastore === "redis" ? new RedisConnection2({
          Redis: this.Redis,
          clientOptions: this.clientOptions,
          Promise: this.Promise,
          Events: this.instance.Events
        }) : this.instance.datastore === "ioredis" ? new IORedisConnection2({
          Redis: this.Redis,
          clientOptions: this.clientOptions,
          clusterNodes: this.clusterNodes,
          Promise: this.Promise,
          Events: this.instance.Events
        }) : void 0), this.instance.connection = this.connection, this.instance.datastore = this.connection.datastore, this.ready = this.connection.ready.then((clients) => (this.clients = clients, this.runScript("init", this.prepareInitSettings(this.clearDatastore)))).then(() => this.connection.__addLimiter__(this.instance)).then(() => this.runScript("register_client", [this.instance.queued()])).then(() => {
          var base;
          return typeof (base = this.heartbeat = setInterval(() => this.runScript("heartbeat", []).catch((e) => this.instance.Events.trigger("error", e)), this.heartbeatInterval)).unref == "function" && base.unref(), this.clients;
        });
      }
      __publish__(message) {
        var _this = this;
        return _asyncToGenerator2(function* () {
          var client, _ref = yield _this.ready;
          return client = _ref.client, client.publish(_this.instance.channel(), `message:${message.toString()}`);
        })();
      }
      onMessage(channel, message) {
        var _this2 = this;
        return _asyncToGenerator2(function* () {
          var capacity, counter, data, drained, e, newCapacity, pos, priorityClient, rawCapacity, type;
          try {
            pos = message.indexOf(":");
            var _ref2 = [message.slice(0, pos), message.slice(pos + 1)];
            if (type = _ref2[0], data = _ref2[1], type === "capacity")
              return yield _this2.instance._drainAll(data.length > 0 ? ~~data : void 0);
            if (type === "capacity-priority") {
              var _data$split = data.split(":"), _data$split2 = _slicedToArray2(_data$split, 3);
              return rawCapacity = _data$split2[0], priorityClient = _data$split2[1], counter = _data$split2[2], capacity = rawCapacity.length > 0 ? ~~rawCapacity : void 0, priorityClient === _this2.clientId ? (drained = yield _this2.instance._drainAll(capacity), newCapacity = capacity != null ? capacity - (drained || 0) : "", yield _this2.clients.client.publish(_this2.instance.channel(), `capacity-priority:${newCapacity}::${counter}`)) : priorityClient === "" ? (clearTimeout(_this2.capacityPriorityCounters[counter]), delete _this2.capacityPriorityCounters[counter], _this2.instance._drainAll(capacity)) : _this2.capacityPriorityCounters[counter] = setTimeout(
                /* @__PURE__ */ _asyncToGenerator2(function* () {
                  var e2;
                  try {
                    return delete _this2.capacityPriorityCounters[counter], yield _this2.runScript("blacklist_client", [priorityClient]), yield _this2.instance._drainAll(capacity);
                  } catch (error) {
                    return e2 = error, _this2.instance.Events.trigger("error", e2);
                  }
                }),
                1e3
              );
            } else {
              if (type === "message")
                return _this2.instance.Events.trigger("message", data);
              if (type === "blocked")
                return yield _this2.instance._dropAllQueued();
            }
          } catch (error) {
            return e = error, _this2.instance.Events.trigger("error", e);
          }
        })();
      }
      __disconnect__(flush) {
        return clearInterval(this.heartbeat), this.sharedConnection ? this.connection.__removeLimiter__(this.instance) : this.connection.disconnect(flush);
      }
      runScript(name, args) {
        var _this3 = this;
        return _asyncToGenerator2(function* () {
          return name === "init" || name === "register_client" || (yield _this3.ready), new _this3.Promise((resolve3, reject) => {
            var all_args, arr;
            return all_args = [Date.now(), _this3.clientId].concat(args), _this3.instance.Events.trigger("debug", `Calling Redis script: ${name}.lua`, all_args), arr = _this3.connection.__scriptArgs__(name, _this3.originalId, all_args, function(err, replies) {
              return err != null ? reject(err) : resolve3(replies);
            }), _this3.connection.__scriptFn__(name)(...arr);
          }).catch((e) => e.message === "SETTINGS_KEY_NOT_FOUND" ? name === "heartbeat" ? _this3.Promise.resolve() : _this3.runScript("init", _this3.prepareInitSettings(!1)).then(() => _this3.runScript(name, args)) : e.message === "UNKNOWN_CLIENT" ? _this3.runScript("register_client", [_this3.instance.queued()]).then(() => _this3.runScript(name, args)) : _this3.Promise.reject(e));
        })();
      }
      prepareArray(arr) {
        var i, len, results, x;
        for (results = [], i = 0, len = arr.length; i < len; i++)
          x = arr[i], results.push(x != null ? x.toString() : "");
        return results;
      }
      prepareObject(obj) {
        var arr, k, v;
        arr = [];
        for (k in obj)
          v = obj[k], arr.push(k, v != null ? v.toString() : "");
        return arr;
      }
      prepareInitSettings(clear) {
        var args;
        return args = this.prepareObject(Object.assign({}, this.storeOptions, {
          id: this.originalId,
          version: this.instance.version,
          groupTimeout: this.timeout,
          clientTimeout: this.clientTimeout
        })), args.unshift(clear ? 1 : 0, this.instance.version), args;
      }
      convertBool(b) {
        return !!b;
      }
      __updateSettings__(options2) {
        var _this4 = this;
        return _asyncToGenerator2(function* () {
          return yield _this4.runScript("update_settings", _this4.prepareObject(options2)), parser2.overwrite(options2, options2, _this4.storeOptions);
        })();
      }
      __running__() {
        return this.runScript("running", []);
      }
      __queued__() {
        return this.runScript("queued", []);
      }
      __done__() {
        return this.runScript("done", []);
      }
      __groupCheck__() {
        var _this5 = this;
        return _asyncToGenerator2(function* () {
          return _this5.convertBool(yield _this5.runScript("group_check", []));
        })();
      }
      __incrementReservoir__(incr) {
        return this.runScript("increment_reservoir", [incr]);
      }
      __currentReservoir__() {
        return this.runScript("current_reservoir", []);
      }
      __check__(weight) {
        var _this6 = this;
        return _asyncToGenerator2(function* () {
          return _this6.convertBool(yield _this6.runScript("check", _this6.prepareArray([weight])));
        })();
      }
      __register__(index, weight, expiration) {
        var _this7 = this;
        return _asyncToGenerator2(function* () {
          var reservoir, success, wait2, _ref4 = yield _this7.runScript("register", _this7.prepareArray([index, weight, expiration])), _ref5 = _slicedToArray2(_ref4, 3);
          return success = _ref5[0], wait2 = _ref5[1], reservoir = _ref5[2], {
            success: _this7.convertBool(success),
            wait: wait2,
            reservoir
          };
        })();
      }
      __submit__(queueLength, weight) {
        var _this8 = this;
        return _asyncToGenerator2(function* () {
          var blocked, e, maxConcurrent, overweight, reachedHWM, strategy;
          try {
            var _ref6 = yield _this8.runScript("submit", _this8.prepareArray([queueLength, weight])), _ref7 = _slicedToArray2(_ref6, 3);
            return reachedHWM = _ref7[0], blocked = _ref7[1], strategy = _ref7[2], {
              reachedHWM: _this8.convertBool(reachedHWM),
              blocked: _this8.convertBool(blocked),
              strategy
            };
          } catch (error) {
            if (e = error, e.message.indexOf("OVERWEIGHT") === 0) {
              var _e$message$split = e.message.split(":"), _e$message$split2 = _slicedToArray2(_e$message$split, 3);
              throw overweight = _e$message$split2[0], weight = _e$message$split2[1], maxConcurrent = _e$message$split2[2], new BottleneckError(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${maxConcurrent}`);
            } else
              throw e;
          }
        })();
      }
      __free__(index, weight) {
        var _this9 = this;
        return _asyncToGenerator2(function* () {
          var running;
          return running = yield _this9.runScript("free", _this9.prepareArray([index])), {
            running
          };
        })();
      }
    };
    module2.exports = RedisDatastore;
  }
});

// node_modules/bottleneck/lib/States.js
var require_States = __commonJS({
  "node_modules/bottleneck/lib/States.js"(exports2, module2) {
    "use strict";
    var BottleneckError, States;
    BottleneckError = require_BottleneckError();
    States = class {
      constructor(status1) {
        this.status = status1, this._jobs = {}, this.counts = this.status.map(function() {
          return 0;
        });
      }
      next(id) {
        var current, next;
        if (current = this._jobs[id], next = current + 1, current != null && next < this.status.length)
          return this.counts[current]--, this.counts[next]++, this._jobs[id]++;
        if (current != null)
          return this.counts[current]--, delete this._jobs[id];
      }
      start(id) {
        var initial;
        return initial = 0, this._jobs[id] = initial, this.counts[initial]++;
      }
      remove(id) {
        var current;
        return current = this._jobs[id], current != null && (this.counts[current]--, delete this._jobs[id]), current != null;
      }
      jobStatus(id) {
        var ref;
        return (ref = this.status[this._jobs[id]]) != null ? ref : null;
      }
      statusJobs(status) {
        var k, pos, ref, results, v;
        if (status != null) {
          if (pos = this.status.indexOf(status), pos < 0)
            throw new BottleneckError(`status must be one of ${this.status.join(", ")}`);
          ref = this._jobs, results = [];
          for (k in ref)
            v = ref[k], v === pos && results.push(k);
          return results;
        } else
          return Object.keys(this._jobs);
      }
      statusCounts() {
        return this.counts.reduce((acc, v, i) => (acc[this.status[i]] = v, acc), {});
      }
    };
    module2.exports = States;
  }
});

// node_modules/bottleneck/lib/Sync.js
var require_Sync = __commonJS({
  "node_modules/bottleneck/lib/Sync.js"(exports2, module2) {
    "use strict";
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var DLList, Sync;
    DLList = require_DLList();
    Sync = class {
      constructor(name, Promise2) {
        this.schedule = this.schedule.bind(this), this.name = name, this.Promise = Promise2, this._running = 0, this._queue = new DLList();
      }
      isEmpty() {
        return this._queue.length === 0;
      }
      _tryToRun() {
        var _this = this;
        return _asyncToGenerator2(function* () {
          var args, cb, error, reject, resolve3, returned, task;
          if (_this._running < 1 && _this._queue.length > 0) {
            _this._running++;
            var _this$_queue$shift = _this._queue.shift();
            return task = _this$_queue$shift.task, args = _this$_queue$shift.args, resolve3 = _this$_queue$shift.resolve, reject = _this$_queue$shift.reject, cb = yield _asyncToGenerator2(function* () {
              try {
                return returned = yield task(...args), function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                return error = error1, function() {
                  return reject(error);
                };
              }
            })(), _this._running--, _this._tryToRun(), cb();
          }
        })();
      }
      schedule(task, ...args) {
        var promise, reject, resolve3;
        return resolve3 = reject = null, promise = new this.Promise(function(_resolve2, _reject) {
          return resolve3 = _resolve2, reject = _reject;
        }), this._queue.push({
          task,
          args,
          resolve: resolve3,
          reject
        }), this._tryToRun(), promise;
      }
    };
    module2.exports = Sync;
  }
});

// node_modules/bottleneck/lib/version.json
var require_version = __commonJS({
  "node_modules/bottleneck/lib/version.json"(exports2, module2) {
    module2.exports = { version: "2.19.5" };
  }
});

// node_modules/bottleneck/lib/Group.js
var require_Group = __commonJS({
  "node_modules/bottleneck/lib/Group.js"(exports2, module2) {
    "use strict";
    function _slicedToArray2(arr, i) {
      return _arrayWithHoles2(arr) || _iterableToArrayLimit2(arr, i) || _nonIterableRest2();
    }
    function _nonIterableRest2() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
    function _iterableToArrayLimit2(arr, i) {
      var _arr = [], _n = !0, _d = !1, _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done) && (_arr.push(_s.value), !(i && _arr.length === i)); _n = !0)
          ;
      } catch (err) {
        _d = !0, _e = err;
      } finally {
        try {
          !_n && _i.return != null && _i.return();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _arrayWithHoles2(arr) {
      if (Array.isArray(arr)) return arr;
    }
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Events2, Group, IORedisConnection2, RedisConnection2, Scripts2, parser2;
    parser2 = require_parser();
    Events2 = require_Events();
    RedisConnection2 = require_RedisConnection();
    IORedisConnection2 = require_IORedisConnection();
    Scripts2 = require_Scripts();
    Group = function() {
      class Group2 {
        constructor(limiterOptions = {}) {
          this.deleteKey = this.deleteKey.bind(this), this.limiterOptions = limiterOptions, parser2.load(this.limiterOptions, this.defaults, this), this.Events = new Events2(this), this.instances = {}, this.Bottleneck = require_Bottleneck(), this._startAutoCleanup(), this.sharedConnection = this.connection != null, this.connection == null && (this.limiterOptions.datastore === "redis" ? this.connection = new RedisConnection2(Object.assign({}, this.limiterOptions, {
            Events: this.Events
          })) : this.limiterOptions.datastore === "ioredis" && (this.connection = new IORedisConnection2(Object.assign({}, this.limiterOptions, {
            Events: this.Events
          }))));
        }
        key(key = "") {
          var ref;
          return (ref = this.instances[key]) != null ? ref : (() => {
            var limiter;
            return limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
              id: `${this.id}-${key}`,
              timeout: this.timeout,
              connection: this.connection
            })), this.Events.trigger("created", limiter, key), limiter;
          })();
        }
        deleteKey(key = "") {
          var _this = this;
          return _asyncToGenerator2(function* () {
            var deleted, instance;
            return instance = _this.instances[key], _this.connection && (deleted = yield _this.connection.__runCommand__(["del", ...Scripts2.allKeys(`${_this.id}-${key}`)])), instance != null && (delete _this.instances[key], yield instance.disconnect()), instance != null || deleted > 0;
          })();
        }
        limiters() {
          var k, ref, results, v;
          ref = this.instances, results = [];
          for (k in ref)
            v = ref[k], results.push({
              key: k,
              limiter: v
            });
          return results;
        }
        keys() {
          return Object.keys(this.instances);
        }
        clusterKeys() {
          var _this2 = this;
          return _asyncToGenerator2(function* () {
            var cursor, end, found, i, k, keys, len, next, start;
            if (_this2.connection == null)
              return _this2.Promise.resolve(_this2.keys());
            for (keys = [], cursor = null, start = `b_${_this2.id}-`.length, end = 9; cursor !== 0; ) {
              var _ref = yield _this2.connection.__runCommand__(["scan", cursor ?? 0, "match", `b_${_this2.id}-*_settings`, "count", 1e4]), _ref2 = _slicedToArray2(_ref, 2);
              for (next = _ref2[0], found = _ref2[1], cursor = ~~next, i = 0, len = found.length; i < len; i++)
                k = found[i], keys.push(k.slice(start, -end));
            }
            return keys;
          })();
        }
        _startAutoCleanup() {
          var _this3 = this, base;
          return clearInterval(this.interval), typeof (base = this.interval = setInterval(
            /* @__PURE__ */ _asyncToGenerator2(function* () {
              var e, k, ref, results, time, v;
              time = Date.now(), ref = _this3.instances, results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  (yield v._store.__groupCheck__(time)) ? results.push(_this3.deleteKey(k)) : results.push(void 0);
                } catch (error) {
                  e = error, results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }),
            this.timeout / 2
          )).unref == "function" ? base.unref() : void 0;
        }
        updateSettings(options2 = {}) {
          if (parser2.overwrite(options2, this.defaults, this), parser2.overwrite(options2, options2, this.limiterOptions), options2.timeout != null)
            return this._startAutoCleanup();
        }
        disconnect(flush = !0) {
          var ref;
          if (!this.sharedConnection)
            return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
        }
      }
      return Group2.prototype.defaults = {
        timeout: 1e3 * 60 * 5,
        connection: null,
        Promise,
        id: "group-key"
      }, Group2;
    }.call(void 0);
    module2.exports = Group;
  }
});

// node_modules/bottleneck/lib/Batcher.js
var require_Batcher = __commonJS({
  "node_modules/bottleneck/lib/Batcher.js"(exports2, module2) {
    "use strict";
    var Batcher, Events2, parser2;
    parser2 = require_parser();
    Events2 = require_Events();
    Batcher = function() {
      class Batcher2 {
        constructor(options2 = {}) {
          this.options = options2, parser2.load(this.options, this.defaults, this), this.Events = new Events2(this), this._arr = [], this._resetPromise(), this._lastFlush = Date.now();
        }
        _resetPromise() {
          return this._promise = new this.Promise((res, rej) => this._resolve = res);
        }
        _flush() {
          return clearTimeout(this._timeout), this._lastFlush = Date.now(), this._resolve(), this.Events.trigger("batch", this._arr), this._arr = [], this._resetPromise();
        }
        add(data) {
          var ret;
          return this._arr.push(data), ret = this._promise, this._arr.length === this.maxSize ? this._flush() : this.maxTime != null && this._arr.length === 1 && (this._timeout = setTimeout(() => this._flush(), this.maxTime)), ret;
        }
      }
      return Batcher2.prototype.defaults = {
        maxTime: null,
        maxSize: null,
        Promise
      }, Batcher2;
    }.call(void 0);
    module2.exports = Batcher;
  }
});

// node_modules/bottleneck/lib/Bottleneck.js
var require_Bottleneck = __commonJS({
  "node_modules/bottleneck/lib/Bottleneck.js"(exports2, module2) {
    "use strict";
    function _slicedToArray2(arr, i) {
      return _arrayWithHoles2(arr) || _iterableToArrayLimit2(arr, i) || _nonIterableRest2();
    }
    function _iterableToArrayLimit2(arr, i) {
      var _arr = [], _n = !0, _d = !1, _e = void 0;
      try {
        for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done) && (_arr.push(_s.value), !(i && _arr.length === i)); _n = !0)
          ;
      } catch (err) {
        _d = !0, _e = err;
      } finally {
        try {
          !_n && _i.return != null && _i.return();
        } finally {
          if (_d) throw _e;
        }
      }
      return _arr;
    }
    function _toArray(arr) {
      return _arrayWithHoles2(arr) || _iterableToArray(arr) || _nonIterableRest2();
    }
    function _nonIterableRest2() {
      throw new TypeError("Invalid attempt to destructure non-iterable instance");
    }
    function _iterableToArray(iter) {
      if (Symbol.iterator in Object(iter) || Object.prototype.toString.call(iter) === "[object Arguments]") return Array.from(iter);
    }
    function _arrayWithHoles2(arr) {
      if (Array.isArray(arr)) return arr;
    }
    function asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, key, arg) {
      try {
        var info = gen[key](arg), value = info.value;
      } catch (error) {
        reject(error);
        return;
      }
      info.done ? resolve3(value) : Promise.resolve(value).then(_next, _throw);
    }
    function _asyncToGenerator2(fn) {
      return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve3, reject) {
          var gen = fn.apply(self, args);
          function _next(value) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "next", value);
          }
          function _throw(err) {
            asyncGeneratorStep2(gen, resolve3, reject, _next, _throw, "throw", err);
          }
          _next(void 0);
        });
      };
    }
    var Bottleneck2, DEFAULT_PRIORITY, Events2, Job, LocalDatastore, NUM_PRIORITIES, Queues, RedisDatastore, States, Sync, parser2, splice = [].splice;
    NUM_PRIORITIES = 10;
    DEFAULT_PRIORITY = 5;
    parser2 = require_parser();
    Queues = require_Queues();
    Job = require_Job();
    LocalDatastore = require_LocalDatastore();
    RedisDatastore = require_RedisDatastore();
    Events2 = require_Events();
    States = require_States();
    Sync = require_Sync();
    Bottleneck2 = function() {
      class Bottleneck3 {
        constructor(options2 = {}, ...invalid) {
          var storeInstanceOptions, storeOptions;
          this._addToQueue = this._addToQueue.bind(this), this._validateOptions(options2, invalid), parser2.load(options2, this.instanceDefaults, this), this._queues = new Queues(NUM_PRIORITIES), this._scheduled = {}, this._states = new States(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : [])), this._limiter = null, this.Events = new Events2(this), this._submitLock = new Sync("submit", this.Promise), this._registerLock = new Sync("register", this.Promise), storeOptions = parser2.load(options2, this.storeDefaults, {}), this._store = function() {
            if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null)
              return storeInstanceOptions = parser2.load(options2, this.redisStoreDefaults, {}), new RedisDatastore(this, storeOptions, storeInstanceOptions);
            if (this.datastore === "local")
              return storeInstanceOptions = parser2.load(options2, this.localStoreDefaults, {}), new LocalDatastore(this, storeOptions, storeInstanceOptions);
            throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
          }.call(this), this._queues.on("leftzero", () => {
            var ref;
            return (ref = this._store.heartbeat) != null && typeof ref.ref == "function" ? ref.ref() : void 0;
          }), this._queues.on("zero", () => {
            var ref;
            return (ref = this._store.heartbeat) != null && typeof ref.unref == "function" ? ref.unref() : void 0;
          });
        }
        _validateOptions(options2, invalid) {
          if (!(options2 != null && typeof options2 == "object" && invalid.length === 0))
            throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
        }
        ready() {
          return this._store.ready;
        }
        clients() {
          return this._store.clients;
        }
        channel() {
          return `b_${this.id}`;
        }
        channel_client() {
          return `b_${this.id}_${this._store.clientId}`;
        }
        publish(message) {
          return this._store.__publish__(message);
        }
        disconnect(flush = !0) {
          return this._store.__disconnect__(flush);
        }
        chain(_limiter) {
          return this._limiter = _limiter, this;
        }
        queued(priority) {
          return this._queues.queued(priority);
        }
        clusterQueued() {
          return this._store.__queued__();
        }
        empty() {
          return this.queued() === 0 && this._submitLock.isEmpty();
        }
        running() {
          return this._store.__running__();
        }
        done() {
          return this._store.__done__();
        }
        jobStatus(id) {
          return this._states.jobStatus(id);
        }
        jobs(status) {
          return this._states.statusJobs(status);
        }
        counts() {
          return this._states.statusCounts();
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        check(weight = 1) {
          return this._store.__check__(weight);
        }
        _clearGlobalState(index) {
          return this._scheduled[index] != null ? (clearTimeout(this._scheduled[index].expiration), delete this._scheduled[index], !0) : !1;
        }
        _free(index, job, options2, eventInfo) {
          var _this = this;
          return _asyncToGenerator2(function* () {
            var e, running;
            try {
              var _ref = yield _this._store.__free__(index, options2.weight);
              if (running = _ref.running, _this.Events.trigger("debug", `Freed ${options2.id}`, eventInfo), running === 0 && _this.empty())
                return _this.Events.trigger("idle");
            } catch (error1) {
              return e = error1, _this.Events.trigger("error", e);
            }
          })();
        }
        _run(index, job, wait2) {
          var clearGlobalState, free, run2;
          return job.doRun(), clearGlobalState = this._clearGlobalState.bind(this, index), run2 = this._run.bind(this, index, job), free = this._free.bind(this, index, job), this._scheduled[index] = {
            timeout: setTimeout(() => job.doExecute(this._limiter, clearGlobalState, run2, free), wait2),
            expiration: job.options.expiration != null ? setTimeout(function() {
              return job.doExpire(clearGlobalState, run2, free);
            }, wait2 + job.options.expiration) : void 0,
            job
          };
        }
        _drainOne(capacity) {
          return this._registerLock.schedule(() => {
            var args, index, next, options2, queue;
            if (this.queued() === 0)
              return this.Promise.resolve(null);
            queue = this._queues.getFirst();
            var _next2 = next = queue.first();
            return options2 = _next2.options, args = _next2.args, capacity != null && options2.weight > capacity ? this.Promise.resolve(null) : (this.Events.trigger("debug", `Draining ${options2.id}`, {
              args,
              options: options2
            }), index = this._randomIndex(), this._store.__register__(index, options2.weight, options2.expiration).then(({
              success,
              wait: wait2,
              reservoir
            }) => {
              var empty;
              return this.Events.trigger("debug", `Drained ${options2.id}`, {
                success,
                args,
                options: options2
              }), success ? (queue.shift(), empty = this.empty(), empty && this.Events.trigger("empty"), reservoir === 0 && this.Events.trigger("depleted", empty), this._run(index, next, wait2), this.Promise.resolve(options2.weight)) : this.Promise.resolve(null);
            }));
          });
        }
        _drainAll(capacity, total = 0) {
          return this._drainOne(capacity).then((drained) => {
            var newCapacity;
            return drained != null ? (newCapacity = capacity != null ? capacity - drained : capacity, this._drainAll(newCapacity, total + drained)) : this.Promise.resolve(total);
          }).catch((e) => this.Events.trigger("error", e));
        }
        _dropAllQueued(message) {
          return this._queues.shiftAll(function(job) {
            return job.doDrop({
              message
            });
          });
        }
        stop(options2 = {}) {
          var done, waitForExecuting;
          return options2 = parser2.load(options2, this.stopDefaults), waitForExecuting = (at) => {
            var finished;
            return finished = () => {
              var counts;
              return counts = this._states.counts, counts[0] + counts[1] + counts[2] + counts[3] === at;
            }, new this.Promise((resolve3, reject) => finished() ? resolve3() : this.on("done", () => {
              if (finished())
                return this.removeAllListeners("done"), resolve3();
            }));
          }, done = options2.dropWaitingJobs ? (this._run = function(index, next) {
            return next.doDrop({
              message: options2.dropErrorMessage
            });
          }, this._drainOne = () => this.Promise.resolve(null), this._registerLock.schedule(() => this._submitLock.schedule(() => {
            var k, ref, v;
            ref = this._scheduled;
            for (k in ref)
              v = ref[k], this.jobStatus(v.job.options.id) === "RUNNING" && (clearTimeout(v.timeout), clearTimeout(v.expiration), v.job.doDrop({
                message: options2.dropErrorMessage
              }));
            return this._dropAllQueued(options2.dropErrorMessage), waitForExecuting(0);
          }))) : this.schedule({
            priority: NUM_PRIORITIES - 1,
            weight: 0
          }, () => waitForExecuting(1)), this._receive = function(job) {
            return job._reject(new Bottleneck3.prototype.BottleneckError(options2.enqueueErrorMessage));
          }, this.stop = () => this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called")), done;
        }
        _addToQueue(job) {
          var _this2 = this;
          return _asyncToGenerator2(function* () {
            var args, blocked, error, options2, reachedHWM, shifted, strategy;
            args = job.args, options2 = job.options;
            try {
              var _ref2 = yield _this2._store.__submit__(_this2.queued(), options2.weight);
              reachedHWM = _ref2.reachedHWM, blocked = _ref2.blocked, strategy = _ref2.strategy;
            } catch (error1) {
              return error = error1, _this2.Events.trigger("debug", `Could not queue ${options2.id}`, {
                args,
                options: options2,
                error
              }), job.doDrop({
                error
              }), !1;
            }
            return blocked ? (job.doDrop(), !0) : reachedHWM && (shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? _this2._queues.shiftLastFrom(options2.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? _this2._queues.shiftLastFrom(options2.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0, shifted?.doDrop(), shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) ? (shifted == null && job.doDrop(), reachedHWM) : (job.doQueue(reachedHWM, blocked), _this2._queues.push(job), yield _this2._drainAll(), reachedHWM);
          })();
        }
        _receive(job) {
          return this._states.jobStatus(job.options.id) != null ? (job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`)), !1) : (job.doReceive(), this._submitLock.schedule(this._addToQueue, job));
        }
        submit(...args) {
          var cb, fn, job, options2, ref, ref1, task;
          if (typeof args[0] == "function") {
            var _ref3, _ref4, _splice$call, _splice$call2;
            ref = args, _ref3 = ref, _ref4 = _toArray(_ref3), fn = _ref4[0], args = _ref4.slice(1), _splice$call = splice.call(args, -1), _splice$call2 = _slicedToArray2(_splice$call, 1), cb = _splice$call2[0], options2 = parser2.load({}, this.jobDefaults);
          } else {
            var _ref5, _ref6, _splice$call3, _splice$call4;
            ref1 = args, _ref5 = ref1, _ref6 = _toArray(_ref5), options2 = _ref6[0], fn = _ref6[1], args = _ref6.slice(2), _splice$call3 = splice.call(args, -1), _splice$call4 = _slicedToArray2(_splice$call3, 1), cb = _splice$call4[0], options2 = parser2.load(options2, this.jobDefaults);
          }
          return task = (...args2) => new this.Promise(function(resolve3, reject) {
            return fn(...args2, function(...args3) {
              return (args3[0] != null ? reject : resolve3)(args3);
            });
          }), job = new Job(task, args, options2, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise), job.promise.then(function(args2) {
            return typeof cb == "function" ? cb(...args2) : void 0;
          }).catch(function(args2) {
            return Array.isArray(args2) ? typeof cb == "function" ? cb(...args2) : void 0 : typeof cb == "function" ? cb(args2) : void 0;
          }), this._receive(job);
        }
        schedule(...args) {
          var job, options2, task;
          if (typeof args[0] == "function") {
            var _args = args, _args2 = _toArray(_args);
            task = _args2[0], args = _args2.slice(1), options2 = {};
          } else {
            var _args3 = args, _args4 = _toArray(_args3);
            options2 = _args4[0], task = _args4[1], args = _args4.slice(2);
          }
          return job = new Job(task, args, options2, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise), this._receive(job), job.promise;
        }
        wrap(fn) {
          var schedule, wrapped;
          return schedule = this.schedule.bind(this), wrapped = function(...args) {
            return schedule(fn.bind(this), ...args);
          }, wrapped.withOptions = function(options2, ...args) {
            return schedule(options2, fn, ...args);
          }, wrapped;
        }
        updateSettings(options2 = {}) {
          var _this3 = this;
          return _asyncToGenerator2(function* () {
            return yield _this3._store.__updateSettings__(parser2.overwrite(options2, _this3.storeDefaults)), parser2.overwrite(options2, _this3.instanceDefaults, _this3), _this3;
          })();
        }
        currentReservoir() {
          return this._store.__currentReservoir__();
        }
        incrementReservoir(incr = 0) {
          return this._store.__incrementReservoir__(incr);
        }
      }
      return Bottleneck3.default = Bottleneck3, Bottleneck3.Events = Events2, Bottleneck3.version = Bottleneck3.prototype.version = require_version().version, Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
        LEAK: 1,
        OVERFLOW: 2,
        OVERFLOW_PRIORITY: 4,
        BLOCK: 3
      }, Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = require_BottleneckError(), Bottleneck3.Group = Bottleneck3.prototype.Group = require_Group(), Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require_RedisConnection(), Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require_IORedisConnection(), Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = require_Batcher(), Bottleneck3.prototype.jobDefaults = {
        priority: DEFAULT_PRIORITY,
        weight: 1,
        expiration: null,
        id: "<no-id>"
      }, Bottleneck3.prototype.storeDefaults = {
        maxConcurrent: null,
        minTime: 0,
        highWater: null,
        strategy: Bottleneck3.prototype.strategy.LEAK,
        penalty: null,
        reservoir: null,
        reservoirRefreshInterval: null,
        reservoirRefreshAmount: null,
        reservoirIncreaseInterval: null,
        reservoirIncreaseAmount: null,
        reservoirIncreaseMaximum: null
      }, Bottleneck3.prototype.localStoreDefaults = {
        Promise,
        timeout: null,
        heartbeatInterval: 250
      }, Bottleneck3.prototype.redisStoreDefaults = {
        Promise,
        timeout: null,
        heartbeatInterval: 5e3,
        clientTimeout: 1e4,
        Redis: null,
        clientOptions: {},
        clusterNodes: null,
        clearDatastore: !1,
        connection: null
      }, Bottleneck3.prototype.instanceDefaults = {
        datastore: "local",
        connection: null,
        id: "<no-id>",
        rejectOnDrop: !0,
        trackDoneStatus: !1,
        Promise
      }, Bottleneck3.prototype.stopDefaults = {
        enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
        dropWaitingJobs: !0,
        dropErrorMessage: "This limiter has been stopped."
      }, Bottleneck3;
    }.call(void 0);
    module2.exports = Bottleneck2;
  }
});

// node_modules/bottleneck/lib/index.js
var require_lib = __commonJS({
  "node_modules/bottleneck/lib/index.js"(exports2, module2) {
    "use strict";
    module2.exports = require_Bottleneck();
  }
});

// node_modules/deepmerge/dist/cjs.js
var require_cjs2 = __commonJS({
  "node_modules/deepmerge/dist/cjs.js"(exports2, module2) {
    "use strict";
    var isMergeableObject = function(value) {
      return isNonNullObject(value) && !isSpecial(value);
    };
    function isNonNullObject(value) {
      return !!value && typeof value == "object";
    }
    function isSpecial(value) {
      var stringValue = Object.prototype.toString.call(value);
      return stringValue === "[object RegExp]" || stringValue === "[object Date]" || isReactElement(value);
    }
    var canUseSymbol = typeof Symbol == "function" && Symbol.for, REACT_ELEMENT_TYPE = canUseSymbol ? /* @__PURE__ */ Symbol.for("react.element") : 60103;
    function isReactElement(value) {
      return value.$$typeof === REACT_ELEMENT_TYPE;
    }
    function emptyTarget(val) {
      return Array.isArray(val) ? [] : {};
    }
    function cloneUnlessOtherwiseSpecified(value, options2) {
      return options2.clone !== !1 && options2.isMergeableObject(value) ? deepmerge(emptyTarget(value), value, options2) : value;
    }
    function defaultArrayMerge(target, source, options2) {
      return target.concat(source).map(function(element) {
        return cloneUnlessOtherwiseSpecified(element, options2);
      });
    }
    function getMergeFunction(key, options2) {
      if (!options2.customMerge)
        return deepmerge;
      var customMerge = options2.customMerge(key);
      return typeof customMerge == "function" ? customMerge : deepmerge;
    }
    function getEnumerableOwnPropertySymbols(target) {
      return Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(target).filter(function(symbol) {
        return Object.propertyIsEnumerable.call(target, symbol);
      }) : [];
    }
    function getKeys(target) {
      return Object.keys(target).concat(getEnumerableOwnPropertySymbols(target));
    }
    function propertyIsOnObject(object, property) {
      try {
        return property in object;
      } catch {
        return !1;
      }
    }
    function propertyIsUnsafe(target, key) {
      return propertyIsOnObject(target, key) && !(Object.hasOwnProperty.call(target, key) && Object.propertyIsEnumerable.call(target, key));
    }
    function mergeObject(target, source, options2) {
      var destination = {};
      return options2.isMergeableObject(target) && getKeys(target).forEach(function(key) {
        destination[key] = cloneUnlessOtherwiseSpecified(target[key], options2);
      }), getKeys(source).forEach(function(key) {
        propertyIsUnsafe(target, key) || (propertyIsOnObject(target, key) && options2.isMergeableObject(source[key]) ? destination[key] = getMergeFunction(key, options2)(target[key], source[key], options2) : destination[key] = cloneUnlessOtherwiseSpecified(source[key], options2));
      }), destination;
    }
    function deepmerge(target, source, options2) {
      options2 = options2 || {}, options2.arrayMerge = options2.arrayMerge || defaultArrayMerge, options2.isMergeableObject = options2.isMergeableObject || isMergeableObject, options2.cloneUnlessOtherwiseSpecified = cloneUnlessOtherwiseSpecified;
      var sourceIsArray = Array.isArray(source), targetIsArray = Array.isArray(target), sourceAndTargetTypesMatch = sourceIsArray === targetIsArray;
      return sourceAndTargetTypesMatch ? sourceIsArray ? options2.arrayMerge(target, source, options2) : mergeObject(target, source, options2) : cloneUnlessOtherwiseSpecified(source, options2);
    }
    deepmerge.all = function(array, options2) {
      if (!Array.isArray(array))
        throw new Error("first argument should be an array");
      return array.reduce(function(prev, next) {
        return deepmerge(prev, next, options2);
      }, {});
    };
    var deepmerge_1 = deepmerge;
    module2.exports = deepmerge_1;
  }
});

// node_modules/get-caller-file/index.js
var require_get_caller_file = __commonJS({
  "node_modules/get-caller-file/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function(position) {
      if (position === void 0 && (position = 2), position >= Error.stackTraceLimit)
        throw new TypeError("getCallerFile(position) requires position be less then Error.stackTraceLimit but position was: `" + position + "` and Error.stackTraceLimit was: `" + Error.stackTraceLimit + "`");
      var oldPrepareStackTrace = Error.prepareStackTrace;
      Error.prepareStackTrace = function(_, stack2) {
        return stack2;
      };
      var stack = new Error().stack;
      if (Error.prepareStackTrace = oldPrepareStackTrace, stack !== null && typeof stack == "object")
        return stack[position] ? stack[position].getFileName() : void 0;
    };
  }
});

// node_modules/pino-http/logger.js
var require_logger = __commonJS({
  "node_modules/pino-http/logger.js"(exports2, module2) {
    "use strict";
    var { pino: pino2, symbols: { stringifySym, chindingsSym } } = require_pino(), serializers = require_pino_std_serializers(), getCallerFile = require_get_caller_file(), startTime2 = /* @__PURE__ */ Symbol("startTime"), reqObject = /* @__PURE__ */ Symbol("reqObject");
    function pinoLogger(opts, stream) {
      opts && opts._writableState && (stream = opts, opts = null), opts = Object.assign({}, opts), opts.customAttributeKeys = opts.customAttributeKeys || {};
      let reqKey = opts.customAttributeKeys.req || "req", resKey = opts.customAttributeKeys.res || "res", errKey = opts.customAttributeKeys.err || "err", requestIdKey = opts.customAttributeKeys.reqId || "reqId", responseTimeKey = opts.customAttributeKeys.responseTime || "responseTime";
      delete opts.customAttributeKeys;
      let customProps = opts.customProps || void 0;
      if (opts.wrapSerializers = "wrapSerializers" in opts ? opts.wrapSerializers : !0, opts.wrapSerializers) {
        opts.serializers = Object.assign({}, opts.serializers);
        let requestSerializer = opts.serializers[reqKey] || opts.serializers.req || serializers.req, responseSerializer = opts.serializers[resKey] || opts.serializers.res || serializers.res, errorSerializer = opts.serializers[errKey] || opts.serializers.err || serializers.err;
        opts.serializers[reqKey] = serializers.wrapRequestSerializer(requestSerializer), opts.serializers[resKey] = serializers.wrapResponseSerializer(responseSerializer), opts.serializers[errKey] = serializers.wrapErrorSerializer(errorSerializer);
      }
      if (delete opts.wrapSerializers, opts.useLevel && opts.customLogLevel)
        throw new Error("You can't pass 'useLevel' and 'customLogLevel' together");
      function getValidLogLevel(level, defaultValue = "info") {
        if (level && typeof level == "string") {
          let logLevel = level.trim();
          if (validLogLevels.includes(logLevel) === !0)
            return logLevel;
        }
        return defaultValue;
      }
      function getLogLevelFromCustomLogLevel(customLogLevel2, useLevel2, res, err, req) {
        return customLogLevel2 ? getValidLogLevel(customLogLevel2(req, res, err), useLevel2) : useLevel2;
      }
      let customLogLevel = opts.customLogLevel;
      delete opts.customLogLevel;
      let theStream = opts.stream || stream;
      delete opts.stream;
      let autoLogging = opts.autoLogging !== !1, autoLoggingIgnore = opts.autoLogging && opts.autoLogging.ignore ? opts.autoLogging.ignore : null;
      delete opts.autoLogging;
      let onRequestReceivedObject = getFunctionOrDefault(opts.customReceivedObject, void 0), receivedMessage = getFunctionOrDefault(opts.customReceivedMessage, void 0), onRequestSuccessObject = getFunctionOrDefault(opts.customSuccessObject, defaultSuccessfulRequestObjectProvider), successMessage = getFunctionOrDefault(opts.customSuccessMessage, defaultSuccessfulRequestMessageProvider), onRequestErrorObject = getFunctionOrDefault(opts.customErrorObject, defaultFailedRequestObjectProvider), errorMessage2 = getFunctionOrDefault(opts.customErrorMessage, defaultFailedRequestMessageProvider);
      delete opts.customSuccessfulMessage, delete opts.customErroredMessage;
      let quietReqLogger = !!opts.quietReqLogger, quietResLogger = !!opts.quietResLogger, logger = wrapChild(opts, theStream), validLogLevels = Object.keys(logger.levels.values).concat("silent"), useLevel = getValidLogLevel(opts.useLevel);
      delete opts.useLevel;
      let genReqId = reqIdGenFactory(opts.genReqId), result = (req, res, next) => loggingMiddleware(logger, req, res, next);
      return result.logger = logger, result;
      function onResFinished(res, logger2, err) {
        let log = logger2, responseTime = Date.now() - res[startTime2], req = res[reqObject], level = getLogLevelFromCustomLogLevel(customLogLevel, useLevel, res, err, req);
        if (level === "silent")
          return;
        let customPropBindings = typeof customProps == "function" ? customProps(req, res) : customProps;
        if (customPropBindings) {
          let customPropBindingStr = logger2[stringifySym](customPropBindings).replace(/[{}]/g, "");
          logger2[chindingsSym].includes(customPropBindingStr) || (log = logger2.child(customPropBindings));
        }
        if (err || res.err || res.statusCode >= 500) {
          let error = err || res.err || new Error("failed with status code " + res.statusCode);
          log[level](
            onRequestErrorObject(req, res, error, {
              [resKey]: res,
              [errKey]: error,
              [responseTimeKey]: responseTime
            }),
            errorMessage2(req, res, error, responseTime)
          );
          return;
        }
        log[level](
          onRequestSuccessObject(req, res, {
            [resKey]: res,
            [responseTimeKey]: responseTime
          }),
          successMessage(req, res, responseTime)
        );
      }
      function loggingMiddleware(logger2, req, res, next) {
        let shouldLogSuccess = !0;
        req.id = req.id || genReqId(req, res);
        let log = quietReqLogger ? logger2.child({ [requestIdKey]: req.id }) : logger2, fullReqLogger = log.child({ [reqKey]: req }), customPropBindings = typeof customProps == "function" ? customProps(req, res) : customProps;
        customPropBindings && (fullReqLogger = fullReqLogger.child(customPropBindings));
        let responseLogger = quietResLogger ? log : fullReqLogger, requestLogger = quietReqLogger ? log : fullReqLogger;
        res.log || (res.log = responseLogger), Array.isArray(res.allLogs) === !1 && (res.allLogs = []), res.allLogs.push(responseLogger), req.log || (req.log = requestLogger), req.allLogs || (req.allLogs = []), req.allLogs.push(requestLogger), res[startTime2] = res[startTime2] || Date.now(), res[reqObject] = req;
        let onResponseComplete = (err) => (res.removeListener("close", onResponseComplete), res.removeListener("finish", onResponseComplete), res.removeListener("error", onResponseComplete), onResFinished(res, responseLogger, err));
        if (autoLogging) {
          if (autoLoggingIgnore !== null && shouldLogSuccess === !0 && (shouldLogSuccess = !autoLoggingIgnore(req)), shouldLogSuccess) {
            if (receivedMessage !== void 0 || onRequestReceivedObject !== void 0) {
              let level = getLogLevelFromCustomLogLevel(customLogLevel, useLevel, res, void 0, req), receivedObjectResult = onRequestReceivedObject !== void 0 ? onRequestReceivedObject(req, res, void 0) : {}, receivedStringResult = receivedMessage !== void 0 ? receivedMessage(req, res) : void 0;
              requestLogger[level](receivedObjectResult, receivedStringResult);
            }
            res.on("close", onResponseComplete), res.on("finish", onResponseComplete);
          }
          res.on("error", onResponseComplete);
        }
        next && next();
      }
    }
    function wrapChild(opts, stream) {
      let prevLogger = opts.logger, prevGenReqId = opts.genReqId, logger = null;
      return prevLogger ? (opts.logger = void 0, opts.genReqId = void 0, logger = prevLogger.child({}, opts), opts.logger = prevLogger, opts.genReqId = prevGenReqId) : (opts.transport && !opts.transport.caller && (opts.transport.caller = getCallerFile()), logger = pino2(opts, stream)), logger;
    }
    function reqIdGenFactory(func) {
      if (typeof func == "function") return func;
      let maxInt = 2147483647, nextReqId = 0;
      return function(req, res) {
        return req.id || (nextReqId = nextReqId + 1 & maxInt);
      };
    }
    function getFunctionOrDefault(value, defaultValue) {
      return value && typeof value == "function" ? value : defaultValue;
    }
    function defaultSuccessfulRequestObjectProvider(req, res, successObject) {
      return successObject;
    }
    function defaultFailedRequestObjectProvider(req, res, error, errorObject) {
      return errorObject;
    }
    function defaultFailedRequestMessageProvider() {
      return "request errored";
    }
    function defaultSuccessfulRequestMessageProvider(req, res) {
      return !req.readableAborted && res.writableEnded ? "request completed" : "request aborted";
    }
    module2.exports = pinoLogger;
    module2.exports.stdSerializers = {
      err: serializers.err,
      req: serializers.req,
      res: serializers.res
    };
    module2.exports.startTime = startTime2;
    module2.exports.default = pinoLogger;
    module2.exports.pinoHttp = pinoLogger;
  }
});

// node_modules/@probot/get-private-key/dist-bundle/index.js
import { resolve } from "node:path";
import { existsSync, readdirSync, readFileSync } from "node:fs";
var VERSION = "0.0.0-development", pkcs1Begin = "-----BEGIN RSA PRIVATE KEY-----", pkcs1End = "-----END RSA PRIVATE KEY-----", pkcs8Begin = "-----BEGIN PRIVATE KEY-----", pkcs8End = "-----END PRIVATE KEY-----";
function isPKCS1(privateKey) {
  return privateKey.includes(pkcs1Begin) && privateKey.includes(pkcs1End);
}
function isPKCS8(privateKey) {
  return privateKey.includes(pkcs8Begin) && privateKey.includes(pkcs8End);
}
function getPrivateKey(options2 = {}) {
  let env = options2.env || process.env, cwd = options2.cwd || process.cwd();
  if (options2.filepath)
    return readFileSync(resolve(cwd, options2.filepath), "utf-8");
  if (env.PRIVATE_KEY) {
    let privateKey = env.PRIVATE_KEY;
    if (isBase64(privateKey) && (privateKey = Buffer.from(privateKey, "base64").toString()), privateKey.indexOf("\\n") !== -1 && (privateKey = privateKey.replace(/\\n/g, `
`)), isPKCS1(privateKey))
      return privateKey.indexOf(`
`) === -1 && (privateKey = addNewlines({
        privateKey,
        begin: pkcs1Begin,
        end: pkcs1End
      })), privateKey;
    if (isPKCS8(privateKey))
      return privateKey.indexOf(`
`) === -1 && (privateKey = addNewlines({
        privateKey,
        begin: pkcs8Begin,
        end: pkcs8End
      })), privateKey;
    throw new Error(
      '[@probot/get-private-key] The contents of "env.PRIVATE_KEY" could not be validated. Please check to ensure you have copied the contents of the .pem file correctly.'
    );
  }
  if (env.PRIVATE_KEY_PATH) {
    let filepath = resolve(cwd, env.PRIVATE_KEY_PATH);
    if (existsSync(filepath))
      return readFileSync(filepath, "utf-8");
    throw new Error(
      `[@probot/get-private-key] Private key does not exists at path: "${env.PRIVATE_KEY_PATH}". Please check to ensure that "env.PRIVATE_KEY_PATH" is correct.`
    );
  }
  let pemFiles = readdirSync(cwd).filter((path2) => path2.endsWith(".pem"));
  if (pemFiles.length > 1) {
    let paths = pemFiles.join(", ");
    throw new Error(
      `[@probot/get-private-key] More than one file found: "${paths}". Set { filepath } option or set one of the environment variables: PRIVATE_KEY, PRIVATE_KEY_PATH`
    );
  } else if (pemFiles[0])
    return getPrivateKey({ filepath: pemFiles[0], cwd });
  return null;
}
function isBase64(str) {
  return Buffer.from(str, "base64").toString("base64") === str;
}
function addNewlines({
  privateKey,
  begin,
  end
}) {
  let middleLength = privateKey.length - begin.length - end.length - 2, middle = privateKey.substr(begin.length + 1, middleLength);
  return `${begin}
${middle.trim().replace(/\s+/g, `
`)}
${end}`;
}
getPrivateKey.VERSION = VERSION;

// node_modules/@octokit/webhooks-methods/dist-node/index.js
import { createHmac } from "node:crypto";
import { timingSafeEqual } from "node:crypto";
import { Buffer as Buffer2 } from "node:buffer";
var VERSION2 = "6.0.0";
async function sign(secret, payload) {
  if (!secret || !payload)
    throw new TypeError(
      "[@octokit/webhooks-methods] secret & payload required for sign()"
    );
  if (typeof payload != "string")
    throw new TypeError("[@octokit/webhooks-methods] payload must be a string");
  let algorithm = "sha256";
  return `${algorithm}=${createHmac(algorithm, secret).update(payload).digest("hex")}`;
}
sign.VERSION = VERSION2;
async function verify(secret, eventPayload, signature) {
  if (!secret || !eventPayload || !signature)
    throw new TypeError(
      "[@octokit/webhooks-methods] secret, eventPayload & signature required"
    );
  if (typeof eventPayload != "string")
    throw new TypeError(
      "[@octokit/webhooks-methods] eventPayload must be a string"
    );
  let signatureBuffer = Buffer2.from(signature), verificationBuffer = Buffer2.from(await sign(secret, eventPayload));
  return signatureBuffer.length !== verificationBuffer.length ? !1 : timingSafeEqual(signatureBuffer, verificationBuffer);
}
verify.VERSION = VERSION2;
async function verifyWithFallback(secret, payload, signature, additionalSecrets) {
  if (await verify(secret, payload, signature))
    return !0;
  if (additionalSecrets !== void 0)
    for (let s of additionalSecrets) {
      let v = await verify(s, payload, signature);
      if (v)
        return v;
    }
  return !1;
}

// node_modules/@octokit/webhooks/dist-bundle/index.js
var createLogger = (logger = {}) => (typeof logger.debug != "function" && (logger.debug = () => {
}), typeof logger.info != "function" && (logger.info = () => {
}), typeof logger.warn != "function" && (logger.warn = console.warn.bind(console)), typeof logger.error != "function" && (logger.error = console.error.bind(console)), logger), emitterEventNames = [
  "branch_protection_configuration",
  "branch_protection_configuration.disabled",
  "branch_protection_configuration.enabled",
  "branch_protection_rule",
  "branch_protection_rule.created",
  "branch_protection_rule.deleted",
  "branch_protection_rule.edited",
  "check_run",
  "check_run.completed",
  "check_run.created",
  "check_run.requested_action",
  "check_run.rerequested",
  "check_suite",
  "check_suite.completed",
  "check_suite.requested",
  "check_suite.rerequested",
  "code_scanning_alert",
  "code_scanning_alert.appeared_in_branch",
  "code_scanning_alert.closed_by_user",
  "code_scanning_alert.created",
  "code_scanning_alert.fixed",
  "code_scanning_alert.reopened",
  "code_scanning_alert.reopened_by_user",
  "commit_comment",
  "commit_comment.created",
  "create",
  "custom_property",
  "custom_property.created",
  "custom_property.deleted",
  "custom_property.promote_to_enterprise",
  "custom_property.updated",
  "custom_property_values",
  "custom_property_values.updated",
  "delete",
  "dependabot_alert",
  "dependabot_alert.auto_dismissed",
  "dependabot_alert.auto_reopened",
  "dependabot_alert.created",
  "dependabot_alert.dismissed",
  "dependabot_alert.fixed",
  "dependabot_alert.reintroduced",
  "dependabot_alert.reopened",
  "deploy_key",
  "deploy_key.created",
  "deploy_key.deleted",
  "deployment",
  "deployment.created",
  "deployment_protection_rule",
  "deployment_protection_rule.requested",
  "deployment_review",
  "deployment_review.approved",
  "deployment_review.rejected",
  "deployment_review.requested",
  "deployment_status",
  "deployment_status.created",
  "discussion",
  "discussion.answered",
  "discussion.category_changed",
  "discussion.closed",
  "discussion.created",
  "discussion.deleted",
  "discussion.edited",
  "discussion.labeled",
  "discussion.locked",
  "discussion.pinned",
  "discussion.reopened",
  "discussion.transferred",
  "discussion.unanswered",
  "discussion.unlabeled",
  "discussion.unlocked",
  "discussion.unpinned",
  "discussion_comment",
  "discussion_comment.created",
  "discussion_comment.deleted",
  "discussion_comment.edited",
  "fork",
  "github_app_authorization",
  "github_app_authorization.revoked",
  "gollum",
  "installation",
  "installation.created",
  "installation.deleted",
  "installation.new_permissions_accepted",
  "installation.suspend",
  "installation.unsuspend",
  "installation_repositories",
  "installation_repositories.added",
  "installation_repositories.removed",
  "installation_target",
  "installation_target.renamed",
  "issue_comment",
  "issue_comment.created",
  "issue_comment.deleted",
  "issue_comment.edited",
  "issue_dependencies",
  "issue_dependencies.blocked_by_added",
  "issue_dependencies.blocked_by_removed",
  "issue_dependencies.blocking_added",
  "issue_dependencies.blocking_removed",
  "issues",
  "issues.assigned",
  "issues.closed",
  "issues.deleted",
  "issues.demilestoned",
  "issues.edited",
  "issues.labeled",
  "issues.locked",
  "issues.milestoned",
  "issues.opened",
  "issues.pinned",
  "issues.reopened",
  "issues.transferred",
  "issues.typed",
  "issues.unassigned",
  "issues.unlabeled",
  "issues.unlocked",
  "issues.unpinned",
  "issues.untyped",
  "label",
  "label.created",
  "label.deleted",
  "label.edited",
  "marketplace_purchase",
  "marketplace_purchase.cancelled",
  "marketplace_purchase.changed",
  "marketplace_purchase.pending_change",
  "marketplace_purchase.pending_change_cancelled",
  "marketplace_purchase.purchased",
  "member",
  "member.added",
  "member.edited",
  "member.removed",
  "membership",
  "membership.added",
  "membership.removed",
  "merge_group",
  "merge_group.checks_requested",
  "merge_group.destroyed",
  "meta",
  "meta.deleted",
  "milestone",
  "milestone.closed",
  "milestone.created",
  "milestone.deleted",
  "milestone.edited",
  "milestone.opened",
  "org_block",
  "org_block.blocked",
  "org_block.unblocked",
  "organization",
  "organization.deleted",
  "organization.member_added",
  "organization.member_invited",
  "organization.member_removed",
  "organization.renamed",
  "package",
  "package.published",
  "package.updated",
  "page_build",
  "personal_access_token_request",
  "personal_access_token_request.approved",
  "personal_access_token_request.cancelled",
  "personal_access_token_request.created",
  "personal_access_token_request.denied",
  "ping",
  "project",
  "project.closed",
  "project.created",
  "project.deleted",
  "project.edited",
  "project.reopened",
  "project_card",
  "project_card.converted",
  "project_card.created",
  "project_card.deleted",
  "project_card.edited",
  "project_card.moved",
  "project_column",
  "project_column.created",
  "project_column.deleted",
  "project_column.edited",
  "project_column.moved",
  "projects_v2",
  "projects_v2.closed",
  "projects_v2.created",
  "projects_v2.deleted",
  "projects_v2.edited",
  "projects_v2.reopened",
  "projects_v2_item",
  "projects_v2_item.archived",
  "projects_v2_item.converted",
  "projects_v2_item.created",
  "projects_v2_item.deleted",
  "projects_v2_item.edited",
  "projects_v2_item.reordered",
  "projects_v2_item.restored",
  "projects_v2_status_update",
  "projects_v2_status_update.created",
  "projects_v2_status_update.deleted",
  "projects_v2_status_update.edited",
  "public",
  "pull_request",
  "pull_request.assigned",
  "pull_request.auto_merge_disabled",
  "pull_request.auto_merge_enabled",
  "pull_request.closed",
  "pull_request.converted_to_draft",
  "pull_request.demilestoned",
  "pull_request.dequeued",
  "pull_request.edited",
  "pull_request.enqueued",
  "pull_request.labeled",
  "pull_request.locked",
  "pull_request.milestoned",
  "pull_request.opened",
  "pull_request.ready_for_review",
  "pull_request.reopened",
  "pull_request.review_request_removed",
  "pull_request.review_requested",
  "pull_request.synchronize",
  "pull_request.unassigned",
  "pull_request.unlabeled",
  "pull_request.unlocked",
  "pull_request_review",
  "pull_request_review.dismissed",
  "pull_request_review.edited",
  "pull_request_review.submitted",
  "pull_request_review_comment",
  "pull_request_review_comment.created",
  "pull_request_review_comment.deleted",
  "pull_request_review_comment.edited",
  "pull_request_review_thread",
  "pull_request_review_thread.resolved",
  "pull_request_review_thread.unresolved",
  "push",
  "registry_package",
  "registry_package.published",
  "registry_package.updated",
  "release",
  "release.created",
  "release.deleted",
  "release.edited",
  "release.prereleased",
  "release.published",
  "release.released",
  "release.unpublished",
  "repository",
  "repository.archived",
  "repository.created",
  "repository.deleted",
  "repository.edited",
  "repository.privatized",
  "repository.publicized",
  "repository.renamed",
  "repository.transferred",
  "repository.unarchived",
  "repository_advisory",
  "repository_advisory.published",
  "repository_advisory.reported",
  "repository_dispatch",
  "repository_dispatch.sample.collected",
  "repository_import",
  "repository_ruleset",
  "repository_ruleset.created",
  "repository_ruleset.deleted",
  "repository_ruleset.edited",
  "repository_vulnerability_alert",
  "repository_vulnerability_alert.create",
  "repository_vulnerability_alert.dismiss",
  "repository_vulnerability_alert.reopen",
  "repository_vulnerability_alert.resolve",
  "secret_scanning_alert",
  "secret_scanning_alert.assigned",
  "secret_scanning_alert.created",
  "secret_scanning_alert.publicly_leaked",
  "secret_scanning_alert.reopened",
  "secret_scanning_alert.resolved",
  "secret_scanning_alert.unassigned",
  "secret_scanning_alert.validated",
  "secret_scanning_alert_location",
  "secret_scanning_alert_location.created",
  "secret_scanning_scan",
  "secret_scanning_scan.completed",
  "security_advisory",
  "security_advisory.published",
  "security_advisory.updated",
  "security_advisory.withdrawn",
  "security_and_analysis",
  "sponsorship",
  "sponsorship.cancelled",
  "sponsorship.created",
  "sponsorship.edited",
  "sponsorship.pending_cancellation",
  "sponsorship.pending_tier_change",
  "sponsorship.tier_changed",
  "star",
  "star.created",
  "star.deleted",
  "status",
  "sub_issues",
  "sub_issues.parent_issue_added",
  "sub_issues.parent_issue_removed",
  "sub_issues.sub_issue_added",
  "sub_issues.sub_issue_removed",
  "team",
  "team.added_to_repository",
  "team.created",
  "team.deleted",
  "team.edited",
  "team.removed_from_repository",
  "team_add",
  "watch",
  "watch.started",
  "workflow_dispatch",
  "workflow_job",
  "workflow_job.completed",
  "workflow_job.in_progress",
  "workflow_job.queued",
  "workflow_job.waiting",
  "workflow_run",
  "workflow_run.completed",
  "workflow_run.in_progress",
  "workflow_run.requested"
];
function validateEventName(eventName, options2 = {}) {
  if (typeof eventName != "string")
    throw new TypeError("eventName must be of type string");
  if (eventName === "*")
    throw new TypeError(
      'Using the "*" event with the regular Webhooks.on() function is not supported. Please use the Webhooks.onAny() method instead'
    );
  if (eventName === "error")
    throw new TypeError(
      'Using the "error" event with the regular Webhooks.on() function is not supported. Please use the Webhooks.onError() method instead'
    );
  if (options2.onUnknownEventName !== "ignore" && !emitterEventNames.includes(eventName)) {
    if (options2.onUnknownEventName !== "warn")
      throw new TypeError(
        `"${eventName}" is not a known webhook name (https://developer.github.com/v3/activity/events/types/)`
      );
    (options2.log || console).warn(
      `"${eventName}" is not a known webhook name (https://developer.github.com/v3/activity/events/types/)`
    );
  }
}
function handleEventHandlers(state, webhookName, handler) {
  state.hooks[webhookName] || (state.hooks[webhookName] = []), state.hooks[webhookName].push(handler);
}
function receiverOn(state, webhookNameOrNames, handler) {
  if (Array.isArray(webhookNameOrNames)) {
    webhookNameOrNames.forEach(
      (webhookName) => receiverOn(state, webhookName, handler)
    );
    return;
  }
  validateEventName(webhookNameOrNames, {
    onUnknownEventName: "warn",
    log: state.log
  }), handleEventHandlers(state, webhookNameOrNames, handler);
}
function receiverOnAny(state, handler) {
  handleEventHandlers(state, "*", handler);
}
function receiverOnError(state, handler) {
  handleEventHandlers(state, "error", handler);
}
function wrapErrorHandler(handler, error) {
  let returnValue;
  try {
    returnValue = handler(error);
  } catch (error2) {
    console.log('FATAL: Error occurred in "error" event handler'), console.log(error2);
  }
  returnValue && returnValue.catch && returnValue.catch((error2) => {
    console.log('FATAL: Error occurred in "error" event handler'), console.log(error2);
  });
}
function getHooks(state, eventPayloadAction, eventName) {
  let hooks = [state.hooks[eventName], state.hooks["*"]];
  return eventPayloadAction && hooks.unshift(state.hooks[`${eventName}.${eventPayloadAction}`]), [].concat(...hooks.filter(Boolean));
}
function receiverHandle(state, event) {
  let errorHandlers = state.hooks.error || [];
  if (event instanceof Error) {
    let error = Object.assign(new AggregateError([event], event.message), {
      event
    });
    return errorHandlers.forEach((handler) => wrapErrorHandler(handler, error)), Promise.reject(error);
  }
  if (!event || !event.name) {
    let error = new Error("Event name not passed");
    throw new AggregateError([error], error.message);
  }
  if (!event.payload) {
    let error = new Error("Event name not passed");
    throw new AggregateError([error], error.message);
  }
  let hooks = getHooks(
    state,
    "action" in event.payload ? event.payload.action : null,
    event.name
  );
  if (hooks.length === 0)
    return Promise.resolve();
  let errors = [], promises = hooks.map((handler) => {
    let promise = Promise.resolve(event);
    return state.transform && (promise = promise.then(state.transform)), promise.then((event2) => handler(event2)).catch((error) => errors.push(Object.assign(error, { event })));
  });
  return Promise.all(promises).then(() => {
    if (errors.length === 0)
      return;
    let error = new AggregateError(
      errors,
      errors.map((error2) => error2.message).join(`
`)
    );
    throw Object.assign(error, {
      event
    }), errorHandlers.forEach((handler) => wrapErrorHandler(handler, error)), error;
  });
}
function removeListener(state, webhookNameOrNames, handler) {
  if (Array.isArray(webhookNameOrNames)) {
    webhookNameOrNames.forEach(
      (webhookName) => removeListener(state, webhookName, handler)
    );
    return;
  }
  if (state.hooks[webhookNameOrNames]) {
    for (let i = state.hooks[webhookNameOrNames].length - 1; i >= 0; i--)
      if (state.hooks[webhookNameOrNames][i] === handler) {
        state.hooks[webhookNameOrNames].splice(i, 1);
        return;
      }
  }
}
function createEventHandler(options2) {
  let state = {
    hooks: {},
    log: createLogger(options2 && options2.log)
  };
  return options2 && options2.transform && (state.transform = options2.transform), {
    on: receiverOn.bind(null, state),
    onAny: receiverOnAny.bind(null, state),
    onError: receiverOnError.bind(null, state),
    removeListener: removeListener.bind(null, state),
    receive: receiverHandle.bind(null, state)
  };
}
async function verifyAndReceive(state, event) {
  if (!await verifyWithFallback(
    state.secret,
    event.payload,
    event.signature,
    state.additionalSecrets
  ).catch(() => !1)) {
    let error = new Error(
      "[@octokit/webhooks] signature does not match event payload and secret"
    );
    return error.event = event, error.status = 400, state.eventHandler.receive(error);
  }
  let payload;
  try {
    payload = JSON.parse(event.payload);
  } catch (error) {
    throw error.message = "Invalid JSON", error.status = 400, new AggregateError([error], error.message);
  }
  return state.eventHandler.receive({
    id: event.id,
    name: event.name,
    payload
  });
}
function normalizeTrailingSlashes(path2) {
  let i = path2.length;
  if (i === 0)
    return "/";
  for (; i > 0 && path2.charCodeAt(--i) === 47; )
    ;
  return i === -1 ? "/" : path2.slice(0, i + 1);
}
var isApplicationJsonRE = /^\s*(application\/json)\s*(?:;|$)/u, WEBHOOK_HEADERS = [
  "x-github-event",
  "x-hub-signature-256",
  "x-github-delivery"
];
function createMiddleware(options2) {
  let { handleResponse: handleResponse3, getRequestHeader: getRequestHeader3, getPayload: getPayload3 } = options2;
  return function(webhooks, options22) {
    let middlewarePath = normalizeTrailingSlashes(options22.path);
    return async function(request2, response, next) {
      let pathname;
      try {
        pathname = new URL(
          normalizeTrailingSlashes(request2.url),
          "http://localhost"
        ).pathname;
      } catch {
        return handleResponse3(
          JSON.stringify({
            error: `Request URL could not be parsed: ${request2.url}`
          }),
          422,
          {
            "content-type": "application/json"
          },
          response
        );
      }
      if (pathname !== middlewarePath)
        return next?.(), handleResponse3(null);
      if (request2.method !== "POST")
        return handleResponse3(
          JSON.stringify({
            error: `Unknown route: ${request2.method} ${pathname}`
          }),
          404,
          {
            "content-type": "application/json"
          },
          response
        );
      let contentType = getRequestHeader3(request2, "content-type");
      if (typeof contentType != "string" || !isApplicationJsonRE.test(contentType))
        return handleResponse3(
          JSON.stringify({
            error: 'Unsupported "Content-Type" header value. Must be "application/json"'
          }),
          415,
          {
            "content-type": "application/json",
            accept: "application/json"
          },
          response
        );
      let missingHeaders = WEBHOOK_HEADERS.filter((header) => getRequestHeader3(request2, header) == null).join(", ");
      if (missingHeaders)
        return handleResponse3(
          JSON.stringify({
            error: `Required headers missing: ${missingHeaders}`
          }),
          400,
          {
            "content-type": "application/json",
            accept: "application/json"
          },
          response
        );
      let eventName = getRequestHeader3(
        request2,
        "x-github-event"
      ), signature = getRequestHeader3(request2, "x-hub-signature-256"), id = getRequestHeader3(request2, "x-github-delivery");
      options22.log.debug(`${eventName} event received (id: ${id})`);
      let didTimeout = !1, timeout, timeoutPromise = new Promise((resolve3) => {
        timeout = setTimeout(() => {
          didTimeout = !0, resolve3(
            handleResponse3(
              `still processing
`,
              202,
              {
                "Content-Type": "text/plain",
                accept: "application/json"
              },
              response
            )
          );
        }, options22.timeout);
      }), processWebhook = async () => {
        try {
          let payload = await getPayload3(request2);
          return await webhooks.verifyAndReceive({
            id,
            name: eventName,
            payload,
            signature
          }), clearTimeout(timeout), didTimeout ? handleResponse3(null) : handleResponse3(
            `ok
`,
            200,
            {
              "content-type": "text/plain",
              accept: "application/json"
            },
            response
          );
        } catch (error) {
          if (clearTimeout(timeout), didTimeout) return handleResponse3(null);
          let err = Array.from(error.errors)[0], errorMessage2 = err.message ? `${err.name}: ${err.message}` : "Error: An Unspecified error occurred", statusCode = typeof err.status < "u" ? err.status : 500;
          return options22.log.error(error), handleResponse3(
            JSON.stringify({
              error: errorMessage2
            }),
            statusCode,
            {
              "content-type": "application/json",
              accept: "application/json"
            },
            response
          );
        }
      };
      return await Promise.race([timeoutPromise, processWebhook()]);
    };
  };
}
function handleResponse(body, status = 200, headers = {}, response) {
  return body === null ? !1 : (headers["content-length"] = body.length.toString(), response.writeHead(status, headers).end(body), !0);
}
function getRequestHeader(request2, key) {
  return request2.headers[key];
}
function concatUint8Array(data) {
  if (data.length === 0)
    return new Uint8Array(0);
  let totalLength = 0;
  for (let i = 0; i < data.length; i++)
    totalLength += data[i].length;
  if (totalLength === 0)
    return new Uint8Array(0);
  let result = new Uint8Array(totalLength), offset = 0;
  for (let i = 0; i < data.length; i++)
    result.set(data[i], offset), offset += data[i].length;
  return result;
}
var textDecoder = new TextDecoder("utf-8", { fatal: !1 }), decode = textDecoder.decode.bind(textDecoder);
async function getPayload(request2) {
  if (typeof request2.body == "object" && "rawBody" in request2 && request2.rawBody instanceof Uint8Array)
    return decode(request2.rawBody);
  if (typeof request2.body == "string")
    return request2.body;
  let payload = await getPayloadFromRequestStream(request2);
  return decode(payload);
}
function getPayloadFromRequestStream(request2) {
  return new Promise((resolve3, reject) => {
    let data = [];
    request2.on(
      "error",
      (error) => reject(new AggregateError([error], error.message))
    ), request2.on("data", data.push.bind(data)), request2.on("end", () => {
      let result = concatUint8Array(data);
      queueMicrotask(() => resolve3(result));
    });
  });
}
function createNodeMiddleware(webhooks, {
  path: path2 = "/api/github/webhooks",
  log = createLogger(),
  timeout = 9e3
} = {}) {
  return createMiddleware({
    handleResponse,
    getRequestHeader,
    getPayload
  })(webhooks, {
    path: path2,
    log,
    timeout
  });
}
var Webhooks = class {
  sign;
  verify;
  on;
  onAny;
  onError;
  removeListener;
  receive;
  verifyAndReceive;
  constructor(options2) {
    if (!options2 || !options2.secret)
      throw new Error("[@octokit/webhooks] options.secret required");
    let state = {
      eventHandler: createEventHandler(options2),
      secret: options2.secret,
      additionalSecrets: options2.additionalSecrets,
      hooks: {},
      log: createLogger(options2.log)
    };
    this.sign = sign.bind(null, options2.secret), this.verify = verify.bind(null, options2.secret), this.on = state.eventHandler.on, this.onAny = state.eventHandler.onAny, this.onError = state.eventHandler.onError, this.removeListener = state.eventHandler.removeListener, this.receive = state.eventHandler.receive, this.verifyAndReceive = verifyAndReceive.bind(null, state);
  }
};

// node_modules/toad-cache/dist/toad-cache.mjs
function validateCacheParams(max, ttlInMsecs) {
  if (typeof max != "number" || !Number.isInteger(max) || max < 0)
    throw new Error("Invalid max value");
  if (typeof ttlInMsecs != "number" || !Number.isInteger(ttlInMsecs) || ttlInMsecs < 0)
    throw new Error("Invalid ttl value");
}
var LruObject = class {
  constructor(max = 1e3, ttlInMsecs = 0) {
    validateCacheParams(max, ttlInMsecs), this.first = null, this.items = /* @__PURE__ */ Object.create(null), this.last = null, this.size = 0, this.max = max, this.ttl = ttlInMsecs;
  }
  bumpLru(item) {
    if (this.last === item)
      return;
    let last = this.last, next = item.next, prev = item.prev;
    this.first === item && (this.first = next), item.next = null, item.prev = last, last.next = item, prev !== null && (prev.next = next), next !== null && (next.prev = prev), this.last = item;
  }
  clear() {
    this.items = /* @__PURE__ */ Object.create(null), this.first = null, this.last = null, this.size = 0;
  }
  delete(key) {
    let item = this.items[key];
    item !== void 0 && (delete this.items[key], this.size--, item.prev !== null && (item.prev.next = item.next), item.next !== null && (item.next.prev = item.prev), this.first === item && (this.first = item.next), this.last === item && (this.last = item.prev));
  }
  deleteMany(keys) {
    for (var i = 0; i < keys.length; i++)
      this.delete(keys[i]);
  }
  evict() {
    if (this.size > 0) {
      let item = this.first;
      delete this.items[item.key], --this.size === 0 ? (this.first = null, this.last = null) : (this.first = item.next, this.first.prev = null);
    }
  }
  expiresAt(key) {
    let item = this.items[key];
    if (item !== void 0)
      return item.expiry;
  }
  get(key) {
    let item = this.items[key];
    if (item !== void 0) {
      if (this.ttl > 0 && item.expiry <= Date.now()) {
        this.delete(key);
        return;
      }
      return this.bumpLru(item), item.value;
    }
  }
  getMany(keys) {
    let result = new Array(keys.length);
    for (var i = 0; i < keys.length; i++)
      result[i] = this.get(keys[i]);
    return result;
  }
  keys() {
    return Object.keys(this.items);
  }
  set(key, value) {
    let existing = this.items[key];
    if (existing !== void 0) {
      existing.value = value, existing.expiry = this.ttl > 0 ? Date.now() + this.ttl : this.ttl, this.bumpLru(existing);
      return;
    }
    this.max > 0 && this.size >= this.max && this.evict();
    let item = {
      expiry: this.ttl > 0 ? Date.now() + this.ttl : this.ttl,
      key,
      prev: this.last,
      next: null,
      value
    };
    this.items[key] = item, ++this.size === 1 ? this.first = item : this.last.next = item, this.last = item;
  }
};

// node_modules/probot/lib/helpers/create-deferred-promise.js
function createDeferredPromise() {
  let resolve3, reject;
  return { promise: new Promise((res, rej) => {
    resolve3 = res, reject = rej;
  }), resolve: resolve3, reject };
}

// node_modules/probot/lib/octokit/get-authenticated-octokit.js
async function getAuthenticatedOctokit(options2) {
  let { octokit, log, installationId } = options2;
  return installationId ? octokit.auth({
    type: "installation",
    installationId,
    factory: ({ octokit: octokit2, octokitOptions, ...otherOptions }) => {
      let options3 = {
        ...octokitOptions,
        log: log.child({ name: "github" }),
        throttle: octokitOptions.throttle?.enabled ? {
          ...octokitOptions.throttle,
          id: String(installationId)
        } : { enabled: !1 },
        auth: {
          ...octokitOptions.auth,
          otherOptions,
          installationId
        }
      }, Octokit2 = octokit2.constructor;
      return new Octokit2(options3);
    }
  }) : octokit;
}

// node_modules/probot/lib/helpers/get-log.js
var import_pino = __toESM(require_pino(), 1);

// node_modules/@probot/pino/index.js
import { Transform } from "node:stream";

// node_modules/npx-import-light/index.js
import { exec } from "node:child_process";
import { builtinModules, createRequire } from "node:module";
import { platform as osPlatform } from "node:os";
import { resolve as pathResolve } from "node:path";
import { pathToFileURL } from "node:url";
function wrapExec(exec2) {
  return (cmd, options2) => new Promise((resolve3, reject) => {
    exec2(cmd, { windowsHide: !0, ...options2 }, (err, stdout, stderr) => {
      err ? reject(new Error(`Failed executing '${cmd}': ${stderr || err.message}`)) : resolve3(stdout.trim());
    });
  });
}
var INSTALLED_LOCALLY = /* @__PURE__ */ Symbol(), INSTALL_CACHE = { __proto__: null }, emitPath = osPlatform() === "win32" ? "set PATH" : "printenv PATH", isTempPath = RegExp.prototype.test.bind(
  osPlatform() === "win32" ? /\\npm[-\\]+cache\\_npx\\/ : /\/\.npm\/_npx\//
), splitPathEnvVar = osPlatform() === "win32" ? (path2) => path2.replace(/^PATH=/i, "").replace(/\\\\\\\\/g, "\\\\").replace(/\\r\\n/g, ";").split(";") : (path2) => path2.split(":"), getTempPath = (stdout) => {
  let paths = splitPathEnvVar(stdout), tempPath = paths.find(isTempPath);
  if (!tempPath)
    throw new Error(`Failed to find temporary install directory in:
${JSON.stringify(paths)}`);
  return tempPath;
};
async function _import(packageWithPath) {
  return await import(packageWithPath);
}
async function _importRelative(installDir, packageWithPath) {
  return await import(pathToFileURL(_resolveRelative(installDir, packageWithPath)).href);
}
function _resolve(packageWithPath) {
  return createRequire(import.meta.url).resolve(packageWithPath);
}
function _resolveRelative(installDir, packageWithPath) {
  return createRequire(pathToFileURL(installDir).href).resolve(packageWithPath);
}
var _logger = { log: (message) => console.log(`[NPXI] ${message}`) };
async function npxImport(pkg, options2 = {}) {
  let opts = {
    logger: _logger,
    import: _import,
    importRelative: _importRelative,
    resolve: _resolve,
    resolveRelative: _resolveRelative,
    onlyPackageRunner: !0,
    ...options2,
    exec: wrapExec(options2.exec || exec)
  }, packages = await processPackageParameter(pkg);
  if (opts.onlyPackageRunner === !0 && isRunningInPackageRunner() === !1)
    return Array.isArray(pkg) ? Promise.all(packages.map((p) => opts.import(p.nameWithPath))) : opts.import(packages[0].nameWithPath);
  let missingPackages = [];
  for (let p of packages)
    try {
      p.imported = await opts.import(p.nameWithPath), INSTALL_CACHE[p.name] = INSTALLED_LOCALLY;
    } catch {
      missingPackages.push(p);
    }
  if (missingPackages.length !== 0) {
    await checkNpxVersion(opts), opts.logger.log(
      `Package${missingPackages.length === 1 ? "" : "s"} ${missingPackages.map((p) => p.nameWithPath).join(", ")} not available locally. Attempting to use npx to install temporarily.`
    );
    try {
      let installDir = await installPackage(missingPackages, opts);
      for (let pkg2 of missingPackages)
        pkg2.imported = await opts.importRelative(installDir, pkg2.nameWithPath), INSTALL_CACHE[pkg2.name] = installDir;
    } catch (e) {
      throw new Error(
        `import failed for ${missingPackages.map((p) => p.nameWithPath).join(",")} with message:
    ${e.message}

You should install ${missingPackages.map((p) => p.name).join(", ")} locally: 
    npm install ${missingPackages.map((p) => p.cli).join(" ")}

`,
        { cause: e }
      );
    }
  }
  return Array.isArray(pkg) ? packages.map((p) => p.imported) : packages[0].imported;
}
async function processPackageParameter(pkg) {
  if (typeof pkg != "string" && !Array.isArray(pkg) || Array.isArray(pkg) && pkg.length === 0 || Array.isArray(pkg) && pkg.some((p) => typeof p != "string"))
    throw new TypeError(`can't import invalid package name: parsed name '${pkg}' from '${pkg}'`);
  let packageNames = [], packages = [];
  for (let p of Array.isArray(pkg) ? pkg : [pkg]) {
    let { raw, scope, name, packageName, nameWithPath, version, cli, path: path2 } = parsePackage(p);
    if (packageNames.includes(name))
      throw new Error(
        `cannot import the same package twice! Got: '${p}' but already saw '${name}' earlier!`
      );
    packageNames.push(name), packages.push({
      cli,
      name,
      nameWithPath,
      packageName,
      path: path2,
      raw,
      scope,
      version,
      imported: null
    });
  }
  return packages;
}
var semverRE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/u, isValidSemver = RegExp.prototype.test.bind(semverRE), cliEscapeCharsRE = /[<>*]/u, packageWithVersionRE = /^((?:(?:@([a-z0-9-][a-z0-9-_.]*))\/)?([a-z0-9-][a-z0-9-_.]+))(?:@([^/]+))?(\/.*)?$/u;
function parsePackage(pkg) {
  if (pkg[0] === "." || pkg[0] === "/")
    throw new Error(`cannot import relative paths: got '${pkg}'`);
  let [
    match = null,
    name,
    scope = "",
    packageName,
    version = "latest",
    // Default to 'latest' if no version is specified
    path2 = ""
  ] = packageWithVersionRE.exec(pkg) || [];
  if (match === null)
    throw new TypeError(`can't import invalid package name: parsed name '${pkg}' from '${pkg}'`);
  let nameWithPath = `${name}${path2}`, cli = cliEscapeCharsRE.test(version) ? `'${name}@${version}'` : `${name}@${version}`;
  if (name.length === 0 || name.length > 214 || name === "favicon.ico" || name === "node_modules")
    throw new TypeError(`can't import invalid package name: parsed name '${name}' from '${pkg}'`);
  if (builtinModules.includes(name))
    throw new TypeError(`can only import NPM packages, got core module '${name}' from '${pkg}'`);
  return {
    cli,
    name,
    nameWithPath,
    packageName,
    path: path2,
    raw: pkg,
    scope,
    version
  };
}
async function checkNpxVersion(opts) {
  let npmVersion;
  try {
    npmVersion = await opts.exec("npx --version");
  } catch (e) {
    throw new Error("Couldn't execute 'npx --version'. Is npm installed and up-to-date?", {
      cause: e
    });
  }
  if (npmVersion === null || Number(semverRE.exec(npmVersion)?.[1]) < 7)
    throw new Error(`Require npm version 7+. Got '${npmVersion}' when running 'npx --version'`);
}
async function installPackage(packages, opts) {
  let installPackage2 = `npx --prefer-${packages.every((p) => isValidSemver(p.version)) ? "offline" : "online"} -y ${packages.map((p) => `-p ${p.cli}`).join(" ")}`;
  opts.logger.log(`Installing... (${installPackage2})`);
  let tempPathResult;
  try {
    tempPathResult = await opts.exec(`${installPackage2} ${emitPath}`);
  } catch (e) {
    throw new Error(
      `Failed installing ${packages.map((p) => `'${p.name}'`).join(",")} using: ${installPackage2}.`,
      { cause: e }
    );
  }
  let tempPath = getTempPath(tempPathResult), nodeModulesPath = pathResolve(tempPath, "..");
  if (!nodeModulesPath.endsWith("node_modules"))
    throw new Error(
      `Found NPX temporary path of '${tempPath}' but expected to be able to find a node_modules directory by looking in '..'.`
    );
  return opts.logger.log(
    `Installed into ${nodeModulesPath}.`,
    `To skip this step in future, run: npm install ${packages.map((p) => p.cli).join(" ")}`
  ), nodeModulesPath;
}
function isRunningInPackageRunner() {
  return process.env.npm_lifecycle_event === "npx" || process.env.npm_lifecycle_event === "bunx";
}

// node_modules/@probot/pino/index.js
var import_pino_pretty = __toESM(require_pino_pretty(), 1), LEVEL_MAP = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "warn",
  50: "error",
  60: "fatal"
}, pinoIgnore = [
  // default pino keys
  "time",
  "pid",
  "hostname",
  // remove keys from pino-http
  "req",
  "res",
  "responseTime"
].join(","), pinoErrorProps = [
  "event",
  "status",
  "headers",
  "request",
  "sentryEventId"
].join(","), init, withScope, captureException, sentry;
async function getTransformStream(options2 = {}) {
  let formattingEnabled = options2.logFormat !== "json", levelAsString = options2.logLevelInString, pretty = (0, import_pino_pretty.prettyFactory)({
    ignore: pinoIgnore,
    errorProps: pinoErrorProps
  });
  return options2.sentryDsn ? (sentry || (sentry = await npxImport("@sentry/node@9.43.0", {
    onlyPackageRunner: !0
  }), init = sentry.init, withScope = sentry.withScope, captureException = sentry.captureException), init({
    dsn: options2.sentryDsn,
    // See https://github.com/getsentry/sentry-javascript/issues/1964#issuecomment-688482615
    // 6 is enough to serialize the deepest property across all GitHub Event payloads
    normalizeDepth: 6
  }), new Transform({
    objectMode: !0,
    transform(chunk, enc, cb) {
      let line = chunk.toString().trim(), data = JSON.parse(line);
      if (data.level < 50) {
        if (formattingEnabled)
          return cb(null, pretty(line));
        if (levelAsString)
          return cb(null, stringifyLogLevel(data));
        cb(null, line + `
`);
        return;
      }
      withScope((scope) => {
        let sentryLevelName = data.level === 50 ? "error" : "fatal";
        scope.setLevel(sentryLevelName), data.event && scope.setExtra("event", data.event), data.headers && scope.setExtra("headers", data.headers), data.request && scope.setExtra("request", data.request), data.status && scope.setExtra("status", data.status);
        let payload = data.event?.payload || data.err?.event?.payload;
        if (payload) {
          let {
            // When GitHub App is installed organization wide
            installation: { id, account: { login: account } = {} } = {},
            // When the repository belongs to an organization
            organization: { login: organization } = {},
            // When the repository belongs to a user
            repository: { owner: { login: owner } = {} } = {}
          } = payload;
          scope.setUser({
            id,
            username: account || organization || owner
          });
        }
        let sentryEventId = captureException(toSentryError(data));
        if (data.event && (data.event = { id: data.event.id }), data.request && (data.request = {
          method: data.request.method,
          url: data.request.url
        }), data.sentryEventId = sentryEventId, formattingEnabled)
          return cb(null, pretty(data));
        if (levelAsString)
          return cb(null, stringifyLogLevel(data));
        cb(null, JSON.stringify(data) + `
`);
      });
    }
  })) : new Transform({
    objectMode: !0,
    transform(chunk, enc, cb) {
      let line = chunk.toString().trim();
      if (formattingEnabled)
        return cb(null, pretty(line));
      if (levelAsString)
        return cb(null, stringifyLogLevel(JSON.parse(line)));
      cb(null, line + `
`);
    }
  });
}
function stringifyLogLevel(data) {
  return data.level = LEVEL_MAP[data.level], JSON.stringify(data) + `
`;
}
function toSentryError(data) {
  let error = new Error(data.msg);
  return error.name = data.type || data.err?.type, error.stack = data.stack || data.err?.stack, error;
}

// node_modules/probot/lib/helpers/get-log.js
async function getLog(options2 = {}) {
  let { level, logMessageKey, ...getTransformStreamOptions } = options2, pinoOptions = {
    level: level || "info",
    name: "probot",
    messageKey: logMessageKey || "msg"
  }, transform = await getTransformStream(getTransformStreamOptions);
  return transform.pipe(import_pino.default.destination(1)), (0, import_pino.default)(pinoOptions, transform);
}

// node_modules/@octokit/plugin-enterprise-compatibility/dist-src/version.js
var VERSION3 = "6.0.3";

// node_modules/@octokit/plugin-enterprise-compatibility/dist-src/index.js
function enterpriseCompatibility(octokit) {
  octokit.hook.wrap("request", async (request2, options2) => {
    if (/\/orgs\/[^/]+\/teams/.test(options2.url))
      try {
        return await request2(options2);
      } catch (error) {
        if (error.status !== 404 || !error.response || !error.response.headers["x-github-enterprise-version"])
          throw error;
        let deprecatedUrl = options2.url.replace(
          /\/orgs\/[^/]+\/teams\/[^/]+/,
          "/teams/{team_id}"
        );
        throw new RequestError(
          `"${options2.method} ${options2.url}" is not supported in your GitHub Enterprise Server version. Please replace with octokit.request("${options2.method} ${deprecatedUrl}", { team_id })`,
          404,
          {
            request: options2
          }
        );
      }
    return request2(options2);
  });
}
enterpriseCompatibility.VERSION = VERSION3;

// node_modules/@probot/octokit-plugin-config/dist-src/version.js
var VERSION4 = "4.1.0";

// node_modules/@probot/octokit-plugin-config/dist-src/util/get-config-file.js
var import_yaml = __toESM(require_dist(), 1), SUPPORTED_FILE_EXTENSIONS = ["json", "yml", "yaml"];
async function getConfigFile(octokit, { owner, repo, path: path2, ref }) {
  let fileExtension = path2.split(".").pop().toLowerCase();
  if (!SUPPORTED_FILE_EXTENSIONS.includes(fileExtension))
    throw new Error(
      `[@probot/octokit-plugin-config] .${fileExtension} extension is not support for configuration (path: "${path2}")`
    );
  let endpoint = {
    method: "GET",
    url: "/repos/{owner}/{repo}/contents/{path}",
    owner,
    repo,
    path: path2,
    mediaType: {
      format: "raw"
    },
    // this can be just `ref` once https://github.com/octokit/endpoint.js/issues/206 is resolved
    ...ref ? { ref } : {}
  }, { url } = octokit.request.endpoint(endpoint), emptyConfigResult = {
    owner,
    repo,
    path: path2,
    url,
    config: null
  }, data, headers;
  try {
    let response = await octokit.request(endpoint);
    data = response.data, headers = response.headers;
  } catch (error) {
    if (error.status === 404)
      return emptyConfigResult;
    throw error;
  }
  if (headers["content-type"] === "application/json; charset=utf-8")
    throw new Error(
      `[@probot/octokit-plugin-config] ${url} exists, but is either a directory or a submodule. Ignoring.`
    );
  if (fileExtension === "json") {
    if (typeof data == "string")
      throw new Error(
        `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (invalid JSON)`
      );
    return {
      ...emptyConfigResult,
      config: data
    };
  }
  let config2;
  try {
    config2 = import_yaml.default.parse(data, { logLevel: "error" }) || {};
  } catch (error) {
    throw new Error(
      `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (invalid YAML)`,
      { cause: error }
    );
  }
  if (typeof config2 == "string")
    throw new Error(
      `[@probot/octokit-plugin-config] Configuration could not be parsed from ${url} (YAML is not an object)`
    );
  return {
    ...emptyConfigResult,
    config: config2
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/util/extends-to-get-content-params.js
var EXTENDS_REGEX = new RegExp(
  "^(?:([a-z\\d](?:[a-z\\d]|-(?=[a-z\\d])){0,38})/)?([-_.\\w\\d]+)(?::([-_./\\w\\d]+\\.ya?ml))?$",
  "i"
);
function extendsToGetContentParams({
  owner,
  path: path2,
  url,
  extendsValue
}) {
  if (typeof extendsValue != "string")
    throw new Error(
      `[@probot/octokit-plugin-config] Invalid value ${JSON.stringify(
        extendsValue
      )} for _extends in ${url}`
    );
  let match = extendsValue.match(EXTENDS_REGEX);
  if (match === null)
    throw new Error(
      `[@probot/octokit-plugin-config] Invalid value "${extendsValue}" for _extends in ${url}`
    );
  return {
    owner: match[1] || owner,
    repo: match[2],
    path: match[3] || path2
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/util/get-config-files.js
async function getConfigFiles(octokit, { owner, repo, path: path2, branch }) {
  let requestedRepoFile = await getConfigFile(octokit, {
    owner,
    repo,
    path: path2,
    ref: branch
  }), files = [requestedRepoFile];
  if (!requestedRepoFile.config) {
    if (repo === ".github")
      return files;
    let defaultRepoConfig = await getConfigFile(octokit, {
      owner,
      repo: ".github",
      path: path2
    });
    files.push(defaultRepoConfig);
  }
  let file = files[files.length - 1];
  if (!file.config || !file.config._extends)
    return files;
  let extendConfigOptions = extendsToGetContentParams({
    owner,
    path: path2,
    url: file.url,
    extendsValue: file.config._extends
  });
  delete file.config._extends;
  do {
    let extendRepoConfig = await getConfigFile(octokit, extendConfigOptions);
    if (files.push(extendRepoConfig), !extendRepoConfig.config || !extendRepoConfig.config._extends)
      return files;
    extendConfigOptions = extendsToGetContentParams({
      owner,
      path: path2,
      url: extendRepoConfig.url,
      extendsValue: extendRepoConfig.config._extends
    }), delete extendRepoConfig.config._extends;
    let alreadyLoaded = files.find(
      (file2) => file2.owner === extendConfigOptions.owner && file2.repo === extendConfigOptions.repo && file2.path === extendConfigOptions.path
    );
    if (alreadyLoaded)
      throw new Error(
        `[@probot/octokit-plugin-config] Recursion detected. Ignoring  "_extends: ${extendRepoConfig.config._extends}" from ${extendRepoConfig.url} because ${alreadyLoaded.url} was already loaded.`
      );
  } while (!0);
}

// node_modules/@probot/octokit-plugin-config/dist-src/compose-config-get.js
async function composeConfigGet(octokit, { owner, repo, defaults, path: path2, branch }) {
  let files = await getConfigFiles(octokit, {
    owner,
    repo,
    path: path2,
    branch
  }), configs = files.map((file) => file.config).reverse().filter(Boolean);
  return {
    files,
    config: typeof defaults == "function" ? defaults(configs) : Object.assign({}, defaults, ...configs)
  };
}

// node_modules/@probot/octokit-plugin-config/dist-src/index.js
function config(octokit) {
  return {
    config: {
      async get(options2) {
        return composeConfigGet(octokit, options2);
      }
    }
  };
}
config.VERSION = VERSION4;

// node_modules/@octokit/auth-unauthenticated/dist-node/index.js
async function auth(reason) {
  return {
    type: "unauthenticated",
    reason
  };
}
function isRateLimitError(error) {
  return error.status !== 403 || !error.response ? !1 : error.response.headers["x-ratelimit-remaining"] === "0";
}
var REGEX_ABUSE_LIMIT_MESSAGE = /\babuse\b/i;
function isAbuseLimitError(error) {
  return error.status !== 403 ? !1 : REGEX_ABUSE_LIMIT_MESSAGE.test(error.message);
}
async function hook(reason, request2, route, parameters) {
  let endpoint = request2.endpoint.merge(
    route,
    parameters
  );
  return request2(endpoint).catch((error) => {
    throw error.status === 404 ? (error.message = `Not found. May be due to lack of authentication. Reason: ${reason}`, error) : isRateLimitError(error) ? (error.message = `API rate limit exceeded. This maybe caused by the lack of authentication. Reason: ${reason}`, error) : isAbuseLimitError(error) ? (error.message = `You have triggered an abuse detection mechanism. This maybe caused by the lack of authentication. Reason: ${reason}`, error) : error.status === 401 ? (error.message = `Unauthorized. "${endpoint.method} ${endpoint.url}" failed most likely due to lack of authentication. Reason: ${reason}`, error) : (error.status >= 400 && error.status < 500 && (error.message = error.message.replace(
      /\.?$/,
      `. May be caused by lack of authentication (${reason}).`
    )), error);
  });
}
var createUnauthenticatedAuth = function(options2) {
  if (!options2 || !options2.reason)
    throw new Error(
      "[@octokit/auth-unauthenticated] No reason passed to createUnauthenticatedAuth"
    );
  return Object.assign(auth.bind(null, options2.reason), {
    hook: hook.bind(null, options2.reason)
  });
};

// node_modules/@octokit/oauth-methods/dist-bundle/index.js
function requestToOAuthBaseUrl(request2) {
  let endpointDefaults = request2.endpoint.DEFAULTS;
  return /^https:\/\/(api\.)?github\.com$/.test(endpointDefaults.baseUrl) ? "https://github.com" : /^https:\/\/api\..*\.ghe\.com$/.test(endpointDefaults.baseUrl) ? endpointDefaults.baseUrl.replace("api.", "") : endpointDefaults.baseUrl.replace("/api/v3", "");
}
async function oauthRequest(request2, route, parameters) {
  let withOAuthParameters = {
    baseUrl: requestToOAuthBaseUrl(request2),
    headers: {
      accept: "application/json"
    },
    ...parameters
  }, response = await request2(route, withOAuthParameters);
  if ("error" in response.data) {
    let error = new RequestError(
      `${response.data.error_description} (${response.data.error}, ${response.data.error_uri})`,
      400,
      {
        request: request2.endpoint.merge(
          route,
          withOAuthParameters
        )
      }
    );
    throw error.response = response, error;
  }
  return response;
}
async function exchangeWebFlowCode(options2) {
  let request2 = options2.request || request, response = await oauthRequest(
    request2,
    "POST /login/oauth/access_token",
    {
      client_id: options2.clientId,
      client_secret: options2.clientSecret,
      code: options2.code,
      redirect_uri: options2.redirectUrl
    }
  ), authentication = {
    clientType: options2.clientType,
    clientId: options2.clientId,
    clientSecret: options2.clientSecret,
    token: response.data.access_token,
    scopes: response.data.scope.split(/\s+/).filter(Boolean)
  };
  if (options2.clientType === "github-app") {
    if ("refresh_token" in response.data) {
      let apiTimeInMs = new Date(response.headers.date).getTime();
      authentication.refreshToken = response.data.refresh_token, authentication.expiresAt = toTimestamp(
        apiTimeInMs,
        response.data.expires_in
      ), authentication.refreshTokenExpiresAt = toTimestamp(
        apiTimeInMs,
        response.data.refresh_token_expires_in
      );
    }
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
function toTimestamp(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}
async function createDeviceCode(options2) {
  let request2 = options2.request || request, parameters = {
    client_id: options2.clientId
  };
  return "scopes" in options2 && Array.isArray(options2.scopes) && (parameters.scope = options2.scopes.join(" ")), oauthRequest(request2, "POST /login/device/code", parameters);
}
async function exchangeDeviceCode(options2) {
  let request2 = options2.request || request, response = await oauthRequest(
    request2,
    "POST /login/oauth/access_token",
    {
      client_id: options2.clientId,
      device_code: options2.code,
      grant_type: "urn:ietf:params:oauth:grant-type:device_code"
    }
  ), authentication = {
    clientType: options2.clientType,
    clientId: options2.clientId,
    token: response.data.access_token,
    scopes: response.data.scope.split(/\s+/).filter(Boolean)
  };
  if ("clientSecret" in options2 && (authentication.clientSecret = options2.clientSecret), options2.clientType === "github-app") {
    if ("refresh_token" in response.data) {
      let apiTimeInMs = new Date(response.headers.date).getTime();
      authentication.refreshToken = response.data.refresh_token, authentication.expiresAt = toTimestamp2(
        apiTimeInMs,
        response.data.expires_in
      ), authentication.refreshTokenExpiresAt = toTimestamp2(
        apiTimeInMs,
        response.data.refresh_token_expires_in
      );
    }
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
function toTimestamp2(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}
async function checkToken(options2) {
  let response = await (options2.request || request)("POST /applications/{client_id}/token", {
    headers: {
      authorization: `basic ${btoa(
        `${options2.clientId}:${options2.clientSecret}`
      )}`
    },
    client_id: options2.clientId,
    access_token: options2.token
  }), authentication = {
    clientType: options2.clientType,
    clientId: options2.clientId,
    clientSecret: options2.clientSecret,
    token: options2.token,
    scopes: response.data.scopes
  };
  return response.data.expires_at && (authentication.expiresAt = response.data.expires_at), options2.clientType === "github-app" && delete authentication.scopes, { ...response, authentication };
}
async function refreshToken(options2) {
  let request2 = options2.request || request, response = await oauthRequest(
    request2,
    "POST /login/oauth/access_token",
    {
      client_id: options2.clientId,
      client_secret: options2.clientSecret,
      grant_type: "refresh_token",
      refresh_token: options2.refreshToken
    }
  ), apiTimeInMs = new Date(response.headers.date).getTime(), authentication = {
    clientType: "github-app",
    clientId: options2.clientId,
    clientSecret: options2.clientSecret,
    token: response.data.access_token,
    refreshToken: response.data.refresh_token,
    expiresAt: toTimestamp3(apiTimeInMs, response.data.expires_in),
    refreshTokenExpiresAt: toTimestamp3(
      apiTimeInMs,
      response.data.refresh_token_expires_in
    )
  };
  return { ...response, authentication };
}
function toTimestamp3(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}
async function resetToken(options2) {
  let request2 = options2.request || request, auth7 = btoa(`${options2.clientId}:${options2.clientSecret}`), response = await request2(
    "PATCH /applications/{client_id}/token",
    {
      headers: {
        authorization: `basic ${auth7}`
      },
      client_id: options2.clientId,
      access_token: options2.token
    }
  ), authentication = {
    clientType: options2.clientType,
    clientId: options2.clientId,
    clientSecret: options2.clientSecret,
    token: response.data.token,
    scopes: response.data.scopes
  };
  return response.data.expires_at && (authentication.expiresAt = response.data.expires_at), options2.clientType === "github-app" && delete authentication.scopes, { ...response, authentication };
}
async function deleteToken(options2) {
  let request2 = options2.request || request, auth7 = btoa(`${options2.clientId}:${options2.clientSecret}`);
  return request2(
    "DELETE /applications/{client_id}/token",
    {
      headers: {
        authorization: `basic ${auth7}`
      },
      client_id: options2.clientId,
      access_token: options2.token
    }
  );
}
async function deleteAuthorization(options2) {
  let request2 = options2.request || request, auth7 = btoa(`${options2.clientId}:${options2.clientSecret}`);
  return request2(
    "DELETE /applications/{client_id}/grant",
    {
      headers: {
        authorization: `basic ${auth7}`
      },
      client_id: options2.clientId,
      access_token: options2.token
    }
  );
}

// node_modules/@octokit/auth-oauth-device/dist-bundle/index.js
async function getOAuthAccessToken(state, options2) {
  let cachedAuthentication = getCachedAuthentication(state, options2.auth);
  if (cachedAuthentication) return cachedAuthentication;
  let { data: verification } = await createDeviceCode({
    clientType: state.clientType,
    clientId: state.clientId,
    request: options2.request || state.request,
    // @ts-expect-error the extra code to make TS happy is not worth it
    scopes: options2.auth.scopes || state.scopes
  });
  await state.onVerification(verification);
  let authentication = await waitForAccessToken(
    options2.request || state.request,
    state.clientId,
    state.clientType,
    verification
  );
  return state.authentication = authentication, authentication;
}
function getCachedAuthentication(state, auth22) {
  if (auth22.refresh === !0 || !state.authentication) return !1;
  if (state.clientType === "github-app")
    return state.authentication;
  let authentication = state.authentication, newScope = ("scopes" in auth22 && auth22.scopes || state.scopes).join(
    " "
  ), currentScope = authentication.scopes.join(" ");
  return newScope === currentScope ? authentication : !1;
}
async function wait(seconds) {
  await new Promise((resolve3) => setTimeout(resolve3, seconds * 1e3));
}
async function waitForAccessToken(request2, clientId, clientType, verification) {
  try {
    let options2 = {
      clientId,
      request: request2,
      code: verification.device_code
    }, { authentication } = clientType === "oauth-app" ? await exchangeDeviceCode({
      ...options2,
      clientType: "oauth-app"
    }) : await exchangeDeviceCode({
      ...options2,
      clientType: "github-app"
    });
    return {
      type: "token",
      tokenType: "oauth",
      ...authentication
    };
  } catch (error) {
    if (!error.response) throw error;
    let errorType = error.response.data.error;
    if (errorType === "authorization_pending")
      return await wait(verification.interval), waitForAccessToken(request2, clientId, clientType, verification);
    if (errorType === "slow_down")
      return await wait(verification.interval + 7), waitForAccessToken(request2, clientId, clientType, verification);
    throw error;
  }
}
async function auth2(state, authOptions) {
  return getOAuthAccessToken(state, {
    auth: authOptions
  });
}
async function hook2(state, request2, route, parameters) {
  let endpoint = request2.endpoint.merge(
    route,
    parameters
  );
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint.url))
    return request2(endpoint);
  let { token } = await getOAuthAccessToken(state, {
    request: request2,
    auth: { type: "oauth" }
  });
  return endpoint.headers.authorization = `token ${token}`, request2(endpoint);
}
var VERSION5 = "0.0.0-development";
function createOAuthDeviceAuth(options2) {
  let requestWithDefaults = options2.request || request.defaults({
    headers: {
      "user-agent": `octokit-auth-oauth-device.js/${VERSION5} ${getUserAgent()}`
    }
  }), { request: request2 = requestWithDefaults, ...otherOptions } = options2, state = options2.clientType === "github-app" ? {
    ...otherOptions,
    clientType: "github-app",
    request: request2
  } : {
    ...otherOptions,
    clientType: "oauth-app",
    request: request2,
    scopes: options2.scopes || []
  };
  if (!options2.clientId)
    throw new Error(
      '[@octokit/auth-oauth-device] "clientId" option must be set (https://github.com/octokit/auth-oauth-device.js#usage)'
    );
  if (!options2.onVerification)
    throw new Error(
      '[@octokit/auth-oauth-device] "onVerification" option must be a function (https://github.com/octokit/auth-oauth-device.js#usage)'
    );
  return Object.assign(auth2.bind(null, state), {
    hook: hook2.bind(null, state)
  });
}

// node_modules/@octokit/auth-oauth-user/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
async function getAuthentication(state) {
  if ("code" in state.strategyOptions) {
    let { authentication } = await exchangeWebFlowCode({
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions,
      request: state.request
    });
    return {
      type: "token",
      tokenType: "oauth",
      ...authentication
    };
  }
  if ("onVerification" in state.strategyOptions) {
    let authentication = await createOAuthDeviceAuth({
      clientType: state.clientType,
      clientId: state.clientId,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions,
      request: state.request
    })({
      type: "oauth"
    });
    return {
      clientSecret: state.clientSecret,
      ...authentication
    };
  }
  if ("token" in state.strategyOptions)
    return {
      type: "token",
      tokenType: "oauth",
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions
    };
  throw new Error("[@octokit/auth-oauth-user] Invalid strategy options");
}
async function auth3(state, options2 = {}) {
  if (state.authentication || (state.authentication = state.clientType === "oauth-app" ? await getAuthentication(state) : await getAuthentication(state)), state.authentication.invalid)
    throw new Error("[@octokit/auth-oauth-user] Token is invalid");
  let currentAuthentication = state.authentication;
  if ("expiresAt" in currentAuthentication && (options2.type === "refresh" || new Date(currentAuthentication.expiresAt) < /* @__PURE__ */ new Date())) {
    let { authentication } = await refreshToken({
      clientType: "github-app",
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      refreshToken: currentAuthentication.refreshToken,
      request: state.request
    });
    state.authentication = {
      tokenType: "oauth",
      type: "token",
      ...authentication
    };
  }
  if (options2.type === "refresh") {
    if (state.clientType === "oauth-app")
      throw new Error(
        "[@octokit/auth-oauth-user] OAuth Apps do not support expiring tokens"
      );
    if (!currentAuthentication.hasOwnProperty("expiresAt"))
      throw new Error("[@octokit/auth-oauth-user] Refresh token missing");
    await state.onTokenCreated?.(state.authentication, {
      type: options2.type
    });
  }
  if (options2.type === "check" || options2.type === "reset") {
    let method = options2.type === "check" ? checkToken : resetToken;
    try {
      let { authentication } = await method({
        // @ts-expect-error making TS happy would require unnecessary code so no
        clientType: state.clientType,
        clientId: state.clientId,
        clientSecret: state.clientSecret,
        token: state.authentication.token,
        request: state.request
      });
      return state.authentication = {
        tokenType: "oauth",
        type: "token",
        // @ts-expect-error TBD
        ...authentication
      }, options2.type === "reset" && await state.onTokenCreated?.(state.authentication, {
        type: options2.type
      }), state.authentication;
    } catch (error) {
      throw error.status === 404 && (error.message = "[@octokit/auth-oauth-user] Token is invalid", state.authentication.invalid = !0), error;
    }
  }
  if (options2.type === "delete" || options2.type === "deleteAuthorization") {
    let method = options2.type === "delete" ? deleteToken : deleteAuthorization;
    try {
      await method({
        // @ts-expect-error making TS happy would require unnecessary code so no
        clientType: state.clientType,
        clientId: state.clientId,
        clientSecret: state.clientSecret,
        token: state.authentication.token,
        request: state.request
      });
    } catch (error) {
      if (error.status !== 404) throw error;
    }
    return state.authentication.invalid = !0, state.authentication;
  }
  return state.authentication;
}
var ROUTES_REQUIRING_BASIC_AUTH = /\/applications\/[^/]+\/(token|grant)s?/;
function requiresBasicAuth(url) {
  return url && ROUTES_REQUIRING_BASIC_AUTH.test(url);
}
async function hook3(state, request2, route, parameters = {}) {
  let endpoint = request2.endpoint.merge(
    route,
    parameters
  );
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint.url))
    return request2(endpoint);
  if (requiresBasicAuth(endpoint.url)) {
    let credentials = btoa(`${state.clientId}:${state.clientSecret}`);
    return endpoint.headers.authorization = `basic ${credentials}`, request2(endpoint);
  }
  let { token } = state.clientType === "oauth-app" ? await auth3({ ...state, request: request2 }) : await auth3({ ...state, request: request2 });
  return endpoint.headers.authorization = "token " + token, request2(endpoint);
}
function createOAuthUserAuth({
  clientId,
  clientSecret,
  clientType = "oauth-app",
  request: request2 = request.defaults({
    headers: {
      "user-agent": `octokit-auth-oauth-app.js/${VERSION6} ${getUserAgent()}`
    }
  }),
  onTokenCreated,
  ...strategyOptions
}) {
  let state = Object.assign({
    clientType,
    clientId,
    clientSecret,
    onTokenCreated,
    strategyOptions,
    request: request2
  });
  return Object.assign(auth3.bind(null, state), {
    // @ts-expect-error not worth the extra code needed to appease TS
    hook: hook3.bind(null, state)
  });
}
createOAuthUserAuth.VERSION = VERSION6;

// node_modules/@octokit/auth-oauth-app/dist-bundle/index.js
async function auth4(state, authOptions) {
  if (authOptions.type === "oauth-app")
    return {
      type: "oauth-app",
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      headers: {
        authorization: `basic ${btoa(
          `${state.clientId}:${state.clientSecret}`
        )}`
      }
    };
  if ("factory" in authOptions) {
    let { type, ...options2 } = {
      ...authOptions,
      ...state
    };
    return authOptions.factory(options2);
  }
  let common = {
    clientId: state.clientId,
    clientSecret: state.clientSecret,
    request: state.request,
    ...authOptions
  };
  return (state.clientType === "oauth-app" ? await createOAuthUserAuth({
    ...common,
    clientType: state.clientType
  }) : await createOAuthUserAuth({
    ...common,
    clientType: state.clientType
  }))();
}
async function hook4(state, request2, route, parameters) {
  let endpoint = request2.endpoint.merge(
    route,
    parameters
  );
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint.url))
    return request2(endpoint);
  if (state.clientType === "github-app" && !requiresBasicAuth(endpoint.url))
    throw new Error(
      `[@octokit/auth-oauth-app] GitHub Apps cannot use their client ID/secret for basic authentication for endpoints other than "/applications/{client_id}/**". "${endpoint.method} ${endpoint.url}" is not supported.`
    );
  let credentials = btoa(`${state.clientId}:${state.clientSecret}`);
  endpoint.headers.authorization = `basic ${credentials}`;
  try {
    return await request2(endpoint);
  } catch (error) {
    throw error.status !== 401 || (error.message = `[@octokit/auth-oauth-app] "${endpoint.method} ${endpoint.url}" does not support clientId/clientSecret basic authentication.`), error;
  }
}
var VERSION7 = "0.0.0-development";
function createOAuthAppAuth(options2) {
  let state = Object.assign(
    {
      request: request.defaults({
        headers: {
          "user-agent": `octokit-auth-oauth-app.js/${VERSION7} ${getUserAgent()}`
        }
      }),
      clientType: "oauth-app"
    },
    options2
  );
  return Object.assign(auth4.bind(null, state), {
    hook: hook4.bind(null, state)
  });
}

// node_modules/universal-github-app-jwt/lib/utils.js
function isPkcs1(privateKey) {
  return privateKey.includes("-----BEGIN RSA PRIVATE KEY-----");
}
function isOpenSsh(privateKey) {
  return privateKey.includes("-----BEGIN OPENSSH PRIVATE KEY-----");
}
function string2ArrayBuffer(str) {
  let buf = new ArrayBuffer(str.length), bufView = new Uint8Array(buf);
  for (let i = 0, strLen = str.length; i < strLen; i++)
    bufView[i] = str.charCodeAt(i);
  return buf;
}
function getDERfromPEM(pem) {
  let pemB64 = pem.trim().split(`
`).slice(1, -1).join(""), decoded = atob(pemB64);
  return string2ArrayBuffer(decoded);
}
function getEncodedMessage(header, payload) {
  return `${base64encodeJSON(header)}.${base64encodeJSON(payload)}`;
}
function base64encode(buffer) {
  for (var binary = "", bytes = new Uint8Array(buffer), len = bytes.byteLength, i = 0; i < len; i++)
    binary += String.fromCharCode(bytes[i]);
  return fromBase64(btoa(binary));
}
function fromBase64(base64) {
  return base64.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
}
function base64encodeJSON(obj) {
  return fromBase64(btoa(JSON.stringify(obj)));
}

// node_modules/universal-github-app-jwt/lib/crypto-node.js
import { subtle } from "node:crypto";
import { createPrivateKey } from "node:crypto";
function convertPrivateKey(privateKey) {
  return isPkcs1(privateKey) ? createPrivateKey(privateKey).export({
    type: "pkcs8",
    format: "pem"
  }) : privateKey;
}

// node_modules/universal-github-app-jwt/lib/get-token.js
async function getToken({ privateKey, payload }) {
  let convertedPrivateKey = convertPrivateKey(privateKey);
  if (isPkcs1(convertedPrivateKey))
    throw new Error(
      "[universal-github-app-jwt] Private Key is in PKCS#1 format, but only PKCS#8 is supported. See https://github.com/gr2m/universal-github-app-jwt#private-key-formats"
    );
  if (isOpenSsh(convertedPrivateKey))
    throw new Error(
      "[universal-github-app-jwt] Private Key is in OpenSSH format, but only PKCS#8 is supported. See https://github.com/gr2m/universal-github-app-jwt#private-key-formats"
    );
  let algorithm = {
    name: "RSASSA-PKCS1-v1_5",
    hash: { name: "SHA-256" }
  }, header = { alg: "RS256", typ: "JWT" }, privateKeyDER = getDERfromPEM(convertedPrivateKey), importedKey = await subtle.importKey(
    "pkcs8",
    privateKeyDER,
    algorithm,
    !1,
    ["sign"]
  ), encodedMessage = getEncodedMessage(header, payload), encodedMessageArrBuf = string2ArrayBuffer(encodedMessage), signatureArrBuf = await subtle.sign(
    algorithm.name,
    importedKey,
    encodedMessageArrBuf
  ), encodedSignature = base64encode(signatureArrBuf);
  return `${encodedMessage}.${encodedSignature}`;
}

// node_modules/universal-github-app-jwt/index.js
async function githubAppJwt({
  id,
  privateKey,
  now = Math.floor(Date.now() / 1e3)
}) {
  let privateKeyWithNewlines = privateKey.replace(/\\n/g, `
`), nowWithSafetyMargin = now - 30, expiration = nowWithSafetyMargin + 600, token = await getToken({
    privateKey: privateKeyWithNewlines,
    payload: {
      iat: nowWithSafetyMargin,
      // Issued at time
      exp: expiration,
      iss: id
    }
  });
  return {
    appId: id,
    expiration,
    token
  };
}

// node_modules/@octokit/auth-app/dist-node/index.js
async function getAppAuthentication({
  appId,
  privateKey,
  timeDifference,
  createJwt
}) {
  try {
    if (createJwt) {
      let { jwt, expiresAt } = await createJwt(appId, timeDifference);
      return {
        type: "app",
        token: jwt,
        appId,
        expiresAt
      };
    }
    let authOptions = {
      id: appId,
      privateKey
    };
    timeDifference && Object.assign(authOptions, {
      now: Math.floor(Date.now() / 1e3) + timeDifference
    });
    let appAuthentication = await githubAppJwt(authOptions);
    return {
      type: "app",
      token: appAuthentication.token,
      appId: appAuthentication.appId,
      expiresAt: new Date(appAuthentication.expiration * 1e3).toISOString()
    };
  } catch (error) {
    throw privateKey === "-----BEGIN RSA PRIVATE KEY-----" ? new Error(
      "The 'privateKey` option contains only the first line '-----BEGIN RSA PRIVATE KEY-----'. If you are setting it using a `.env` file, make sure it is set on a single line with newlines replaced by '\n'"
    ) : error;
  }
}
function getCache() {
  return new LruObject(
    // cache max. 15000 tokens, that will use less than 10mb memory
    15e3,
    // Cache for 1 minute less than GitHub expiry
    1e3 * 60 * 59
  );
}
async function get(cache, options2) {
  let cacheKey = optionsToCacheKey(options2), result = await cache.get(cacheKey);
  if (!result)
    return;
  let [
    token,
    createdAt,
    expiresAt,
    repositorySelection,
    permissionsString,
    singleFileName
  ] = result.split("|"), permissions = options2.permissions || permissionsString.split(/,/).reduce((permissions2, string) => (/!$/.test(string) ? permissions2[string.slice(0, -1)] = "write" : permissions2[string] = "read", permissions2), {});
  return {
    token,
    createdAt,
    expiresAt,
    permissions,
    repositoryIds: options2.repositoryIds,
    repositoryNames: options2.repositoryNames,
    singleFileName,
    repositorySelection
  };
}
async function set(cache, options2, data) {
  let key = optionsToCacheKey(options2), permissionsString = options2.permissions ? "" : Object.keys(data.permissions).map(
    (name) => `${name}${data.permissions[name] === "write" ? "!" : ""}`
  ).join(","), value = [
    data.token,
    data.createdAt,
    data.expiresAt,
    data.repositorySelection,
    permissionsString,
    data.singleFileName
  ].join("|");
  await cache.set(key, value);
}
function optionsToCacheKey({
  installationId,
  permissions = {},
  repositoryIds = [],
  repositoryNames = []
}) {
  let permissionsString = Object.keys(permissions).sort().map((name) => permissions[name] === "read" ? name : `${name}!`).join(","), repositoryIdsString = repositoryIds.sort().join(","), repositoryNamesString = repositoryNames.join(",");
  return [
    installationId,
    repositoryIdsString,
    repositoryNamesString,
    permissionsString
  ].filter(Boolean).join("|");
}
function toTokenAuthentication({
  installationId,
  token,
  createdAt,
  expiresAt,
  repositorySelection,
  permissions,
  repositoryIds,
  repositoryNames,
  singleFileName
}) {
  return Object.assign(
    {
      type: "token",
      tokenType: "installation",
      token,
      installationId,
      permissions,
      createdAt,
      expiresAt,
      repositorySelection
    },
    repositoryIds ? { repositoryIds } : null,
    repositoryNames ? { repositoryNames } : null,
    singleFileName ? { singleFileName } : null
  );
}
async function getInstallationAuthentication(state, options2, customRequest) {
  let installationId = Number(options2.installationId || state.installationId);
  if (!installationId)
    throw new Error(
      "[@octokit/auth-app] installationId option is required for installation authentication."
    );
  if (options2.factory) {
    let { type, factory, oauthApp, ...factoryAuthOptions } = {
      ...state,
      ...options2
    };
    return factory(factoryAuthOptions);
  }
  let request2 = customRequest || state.request;
  return getInstallationAuthenticationConcurrently(
    state,
    { ...options2, installationId },
    request2
  );
}
var pendingPromises = /* @__PURE__ */ new Map();
function getInstallationAuthenticationConcurrently(state, options2, request2) {
  let cacheKey = optionsToCacheKey(options2);
  if (pendingPromises.has(cacheKey))
    return pendingPromises.get(cacheKey);
  let promise = getInstallationAuthenticationImpl(
    state,
    options2,
    request2
  ).finally(() => pendingPromises.delete(cacheKey));
  return pendingPromises.set(cacheKey, promise), promise;
}
async function getInstallationAuthenticationImpl(state, options2, request2) {
  if (!options2.refresh) {
    let result = await get(state.cache, options2);
    if (result) {
      let {
        token: token2,
        createdAt: createdAt2,
        expiresAt: expiresAt2,
        permissions: permissions2,
        repositoryIds: repositoryIds2,
        repositoryNames: repositoryNames2,
        singleFileName: singleFileName2,
        repositorySelection: repositorySelection2
      } = result;
      return toTokenAuthentication({
        installationId: options2.installationId,
        token: token2,
        createdAt: createdAt2,
        expiresAt: expiresAt2,
        permissions: permissions2,
        repositorySelection: repositorySelection2,
        repositoryIds: repositoryIds2,
        repositoryNames: repositoryNames2,
        singleFileName: singleFileName2
      });
    }
  }
  let appAuthentication = await getAppAuthentication(state), payload = {
    installation_id: options2.installationId,
    mediaType: {
      previews: ["machine-man"]
    },
    headers: {
      authorization: `bearer ${appAuthentication.token}`
    }
  };
  options2.repositoryIds && Object.assign(payload, { repository_ids: options2.repositoryIds }), options2.repositoryNames && Object.assign(payload, {
    repositories: options2.repositoryNames
  }), options2.permissions && Object.assign(payload, { permissions: options2.permissions });
  let {
    data: {
      token,
      expires_at: expiresAt,
      repositories,
      permissions: permissionsOptional,
      repository_selection: repositorySelectionOptional,
      single_file: singleFileName
    }
  } = await request2(
    "POST /app/installations/{installation_id}/access_tokens",
    payload
  ), permissions = permissionsOptional || {}, repositorySelection = repositorySelectionOptional || "all", repositoryIds = repositories ? repositories.map((r) => r.id) : void 0, repositoryNames = repositories ? repositories.map((repo) => repo.name) : void 0, createdAt = (/* @__PURE__ */ new Date()).toISOString(), cacheOptions = {
    token,
    createdAt,
    expiresAt,
    repositorySelection,
    permissions,
    repositoryIds,
    repositoryNames
  };
  singleFileName && Object.assign(payload, { singleFileName }), await set(state.cache, options2, cacheOptions);
  let cacheData = {
    installationId: options2.installationId,
    token,
    createdAt,
    expiresAt,
    repositorySelection,
    permissions,
    repositoryIds,
    repositoryNames
  };
  return singleFileName && Object.assign(cacheData, { singleFileName }), toTokenAuthentication(cacheData);
}
async function auth5(state, authOptions) {
  switch (authOptions.type) {
    case "app":
      return getAppAuthentication(state);
    case "oauth-app":
      return state.oauthApp({ type: "oauth-app" });
    case "installation":
      return getInstallationAuthentication(state, {
        ...authOptions,
        type: "installation"
      });
    case "oauth-user":
      return state.oauthApp(authOptions);
    default:
      throw new Error(`Invalid auth type: ${authOptions.type}`);
  }
}
var PATHS = [
  "/app",
  "/app/hook/config",
  "/app/hook/deliveries",
  "/app/hook/deliveries/{delivery_id}",
  "/app/hook/deliveries/{delivery_id}/attempts",
  "/app/installations",
  "/app/installations/{installation_id}",
  "/app/installations/{installation_id}/access_tokens",
  "/app/installations/{installation_id}/suspended",
  "/app/installation-requests",
  "/marketplace_listing/accounts/{account_id}",
  "/marketplace_listing/plan",
  "/marketplace_listing/plans",
  "/marketplace_listing/plans/{plan_id}/accounts",
  "/marketplace_listing/stubbed/accounts/{account_id}",
  "/marketplace_listing/stubbed/plan",
  "/marketplace_listing/stubbed/plans",
  "/marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "/orgs/{org}/installation",
  "/repos/{owner}/{repo}/installation",
  "/users/{username}/installation",
  "/enterprises/{enterprise}/installation"
];
function routeMatcher(paths) {
  let regex = `^(?:${paths.map(
    (p) => p.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  ).map((r) => `(?:${r})`).join("|")})$`;
  return new RegExp(regex, "i");
}
var REGEX = routeMatcher(PATHS);
function requiresAppAuth(url) {
  return !!url && REGEX.test(url.split("?")[0]);
}
var FIVE_SECONDS_IN_MS = 5 * 1e3;
function isNotTimeSkewError(error) {
  return !(error.message.match(
    /'Expiration time' claim \('exp'\) is too far in the future/
  ) || error.message.match(
    /'Expiration time' claim \('exp'\) must be a numeric value representing the future time at which the assertion expires/
  ) || error.message.match(
    /'Issued at' claim \('iat'\) must be an Integer representing the time that the assertion was issued/
  ));
}
async function hook5(state, request2, route, parameters) {
  let endpoint = request2.endpoint.merge(route, parameters), url = endpoint.url;
  if (/\/login\/oauth\/access_token$/.test(url))
    return request2(endpoint);
  if (requiresAppAuth(url.replace(request2.endpoint.DEFAULTS.baseUrl, ""))) {
    let { token: token2 } = await getAppAuthentication(state);
    endpoint.headers.authorization = `bearer ${token2}`;
    let response;
    try {
      response = await request2(endpoint);
    } catch (error) {
      if (isNotTimeSkewError(error) || typeof error.response.headers.date > "u")
        throw error;
      let diff = Math.floor(
        (Date.parse(error.response.headers.date) - Date.parse((/* @__PURE__ */ new Date()).toString())) / 1e3
      );
      state.log.warn(error.message), state.log.warn(
        `[@octokit/auth-app] GitHub API time and system time are different by ${diff} seconds. Retrying request with the difference accounted for.`
      );
      let { token: token3 } = await getAppAuthentication({
        ...state,
        timeDifference: diff
      });
      return endpoint.headers.authorization = `bearer ${token3}`, request2(endpoint);
    }
    return response;
  }
  if (requiresBasicAuth(url)) {
    let authentication = await state.oauthApp({ type: "oauth-app" });
    return endpoint.headers.authorization = authentication.headers.authorization, request2(endpoint);
  }
  let { token, createdAt } = await getInstallationAuthentication(
    state,
    // @ts-expect-error TBD
    {},
    request2.defaults({ baseUrl: endpoint.baseUrl })
  );
  return endpoint.headers.authorization = `token ${token}`, sendRequestWithRetries(
    state,
    request2,
    endpoint,
    createdAt
  );
}
async function sendRequestWithRetries(state, request2, options2, createdAt, retries = 0) {
  let timeSinceTokenCreationInMs = +/* @__PURE__ */ new Date() - +new Date(createdAt);
  try {
    return await request2(options2);
  } catch (error) {
    if (error.status !== 401)
      throw error;
    if (timeSinceTokenCreationInMs >= FIVE_SECONDS_IN_MS)
      throw retries > 0 && (error.message = `After ${retries} retries within ${timeSinceTokenCreationInMs / 1e3}s of creating the installation access token, the response remains 401. At this point, the cause may be an authentication problem or a system outage. Please check https://www.githubstatus.com for status information`), error;
    ++retries;
    let awaitTime = retries * 1e3;
    return state.log.warn(
      `[@octokit/auth-app] Retrying after 401 response to account for token replication delay (retry: ${retries}, wait: ${awaitTime / 1e3}s)`
    ), await new Promise((resolve3) => setTimeout(resolve3, awaitTime)), sendRequestWithRetries(state, request2, options2, createdAt, retries);
  }
}
var VERSION8 = "8.3.1";
function createAppAuth(options2) {
  if (!options2.appId)
    throw new Error("[@octokit/auth-app] appId option is required");
  if (!options2.privateKey && !options2.createJwt)
    throw new Error("[@octokit/auth-app] privateKey option is required");
  if (options2.privateKey && options2.createJwt)
    throw new Error(
      "[@octokit/auth-app] privateKey and createJwt options are mutually exclusive"
    );
  if ("installationId" in options2 && !options2.installationId)
    throw new Error(
      "[@octokit/auth-app] installationId is set to a falsy value"
    );
  let log = options2.log || {};
  typeof log.warn != "function" && (log.warn = console.warn.bind(console));
  let request2 = options2.request || request.defaults({
    headers: {
      "user-agent": `octokit-auth-app.js/${VERSION8} ${getUserAgent()}`
    }
  }), state = Object.assign(
    {
      request: request2,
      cache: getCache()
    },
    options2,
    options2.installationId ? { installationId: Number(options2.installationId) } : {},
    {
      log,
      oauthApp: createOAuthAppAuth({
        clientType: "github-app",
        clientId: options2.clientId || "",
        clientSecret: options2.clientSecret || "",
        request: request2
      })
    }
  );
  return Object.assign(auth5.bind(null, state), {
    hook: hook5.bind(null, state)
  });
}

// node_modules/octokit-auth-probot/dist-node/index.js
async function auth6(state, options2) {
  if (options2.type !== "event-octokit") {
    if (state.type === "token" && options2.type === "installation" && options2.factory) {
      let { type, factory, ...factoryAuthOptions } = options2;
      return factory(
        Object.assign({}, factoryAuthOptions, {
          octokit: state.octokit,
          octokitOptions: state.octokitOptions
        })
      );
    }
    return state.auth(options2);
  }
  if (state.type !== "app")
    return state.octokit;
  let action = options2.event.payload.action, installationId = options2.event.payload.installation && options2.event.payload.installation.id, fullEventName = options2.event.name + (action ? "." + action : ""), OctokitWithEventAuth = state.octokit.constructor;
  if (!installationId) {
    let { auth: auth22, ...octokitOptions } = state.octokitOptions;
    return new OctokitWithEventAuth({
      authStrategy: createUnauthenticatedAuth,
      auth: {
        reason: `Handling a "${fullEventName}" event: an "installation" key is missing. The installation ID cannot be determined`
      },
      ...octokitOptions
    });
  }
  if (options2.event.name === "installation" && ["suspend", "deleted"].includes(String(action))) {
    let { auth: auth22, ...octokitOptions } = state.octokitOptions;
    return new OctokitWithEventAuth({
      authStrategy: createUnauthenticatedAuth,
      auth: {
        reason: `Handling a "${fullEventName}" event: The app's access has been revoked from @octokit (id: ${installationId})`
      },
      ...octokitOptions
    });
  }
  return state.auth({
    type: "installation",
    installationId,
    factory: (auth22) => {
      let options22 = Object.assign({}, state.octokitOptions, {
        auth: Object.assign({}, auth22, {
          installationId
        })
      });
      return new OctokitWithEventAuth(options22);
    }
  });
}
function getState(options2) {
  let common = {
    octokit: options2.octokit,
    octokitOptions: options2.octokitOptions
  };
  return "token" in options2 ? {
    type: "token",
    auth: createTokenAuth(String(options2.token)),
    ...common
  } : "appId" in options2 && ("privateKey" in options2 || "createJwt" in options2) ? {
    type: "app",
    auth: createAppAuth(options2),
    ...common
  } : {
    type: "unauthenticated",
    auth: createUnauthenticatedAuth({
      reason: 'Neither "appId"/"privateKey" nor "token" have been set as auth options'
    }),
    ...common
  };
}
var VERSION9 = "0.0.0-development";
function createProbotAuthFn(options2) {
  let state = getState(options2);
  return Object.assign(auth6.bind(null, state), {
    hook: state.auth.hook
  });
}
createProbotAuthFn.VERSION = VERSION9;
var createProbotAuth = createProbotAuthFn;

// node_modules/probot/lib/octokit/octokit-plugin-probot-request-logging.js
function probotRequestLogging(octokit) {
  octokit.hook.error("request", (error, options2) => {
    if ("status" in error) {
      let { method, url, ...params } = octokit.request.endpoint.parse(options2), msg = `GitHub request: ${method} ${url} - ${error.status}`;
      octokit.log.debug(params.body || {}, msg);
    }
    throw error;
  }), octokit.hook.after("request", (result, options2) => {
    let { method, url, ...params } = octokit.request.endpoint.parse(options2), msg = `GitHub request: ${method} ${url} - ${result.status}`;
    octokit.log.debug(params.body || {}, msg);
  });
}

// node_modules/probot/lib/version.js
var VERSION10 = "14.3.2";

// node_modules/probot/lib/octokit/probot-octokit.js
var defaultOptions = {
  authStrategy: createProbotAuth,
  throttle: {
    enabled: !0,
    onSecondaryRateLimit: (retryAfter, options2, octokit) => (octokit.log.warn(`Secondary Rate limit hit with "${options2.method} ${options2.url}", retrying in ${retryAfter} seconds.`), !0),
    onRateLimit: (retryAfter, options2, octokit) => (octokit.log.warn(`Rate limit hit with "${options2.method} ${options2.url}", retrying in ${retryAfter} seconds.`), !0)
  },
  userAgent: `probot/${VERSION10}`
}, ProbotOctokit = Octokit.plugin(throttling, retry, paginateRest, restEndpointMethods, enterpriseCompatibility, probotRequestLogging, config).defaults((instanceOptions) => ({
  ...defaultOptions,
  ...instanceOptions,
  throttle: { ...defaultOptions.throttle, ...instanceOptions?.throttle }
}));

// node_modules/probot/lib/octokit/get-octokit-throttle-options.js
var import_bottleneck = __toESM(require_lib(), 1);
async function getOctokitThrottleOptions(options2) {
  let { log, redisConfig } = options2, throttlingOptions = {
    onRateLimit: (retryAfter, options3) => (log.warn(`Request quota exhausted for request ${options3.method} ${options3.url}`), options3.request.retryCount <= 2 ? (log.info(`Retrying after ${retryAfter} seconds!`), !0) : !1),
    onSecondaryRateLimit: (_retryAfter, options3) => {
      log.warn(`Secondary quota detected for request ${options3.method} ${options3.url}`);
    }
  };
  if (!redisConfig)
    return throttlingOptions;
  let connection = new import_bottleneck.default.IORedisConnection({
    client: await getRedisClient(options2)
  });
  return connection.on("error", (error) => {
    log.error(Object.assign(error, { source: "bottleneck" }));
  }), throttlingOptions.Bottleneck = import_bottleneck.default, throttlingOptions.connection = connection, throttlingOptions;
}
var Redis = null;
async function getRedisClient({ redisConfig }) {
  if (Redis ??= (await npxImport("ioredis@5.9.3", { onlyPackageRunner: !0 })).Redis, redisConfig)
    return new Redis(redisConfig);
}

// node_modules/probot/lib/octokit/get-probot-octokit-with-defaults.js
async function getProbotOctokitWithDefaults(options2) {
  let authOptions = options2.githubToken ? {
    token: options2.githubToken,
    request: request.defaults({
      request: {
        fetch: options2.request?.fetch
      }
    })
  } : {
    cache: options2.cache,
    appId: options2.appId,
    privateKey: options2.privateKey,
    request: request.defaults({
      request: {
        fetch: options2.request?.fetch
      }
    })
  }, log = options2.log.child({ name: "octokit" }), octokitThrottleOptions = await getOctokitThrottleOptions({
    log,
    redisConfig: options2.redisConfig
  }), defaultOptions2 = {
    log,
    auth: authOptions
  };
  return options2.request && (defaultOptions2.request = options2.request), options2.baseUrl && (defaultOptions2.baseUrl = options2.baseUrl), octokitThrottleOptions && (defaultOptions2.throttle = octokitThrottleOptions), options2.Octokit.defaults((instanceOptions) => {
    let options3 = Object.assign({}, defaultOptions2, instanceOptions, {
      auth: instanceOptions.auth ? Object.assign({}, defaultOptions2.auth, instanceOptions.auth) : defaultOptions2.auth
    });
    return instanceOptions.throttle && (options3.throttle = Object.assign({}, defaultOptions2.throttle, instanceOptions.throttle)), options3;
  });
}

// node_modules/probot/lib/helpers/get-error-handler.js
function getErrorHandler(log) {
  return (error) => {
    let errors = error instanceof AggregateError ? error.errors : [error], event = error.event;
    for (let error2 of errors) {
      let errMessage = (error2.message || "").toLowerCase();
      if (errMessage.includes("x-hub-signature-256")) {
        log.error(error2, "Go to https://github.com/settings/apps/YOUR_APP and verify that the Webhook secret matches the value of the WEBHOOK_SECRET environment variable.");
        continue;
      }
      if (errMessage.includes("pem") || errMessage.includes("json web token")) {
        log.error(error2, "Your private key (a .pem file or PRIVATE_KEY environment variable) or APP_ID is incorrect. Go to https://github.com/settings/apps/YOUR_APP, verify that APP_ID is set correctly, and generate a new PEM file if necessary.");
        continue;
      }
      log.child({
        name: "event",
        id: event?.id
      }).error(error2);
    }
  };
}

// node_modules/probot/lib/context.js
var import_deepmerge = __toESM(require_cjs2(), 1);
import path from "node:path";
var kOctokitRequestHookAdded = /* @__PURE__ */ Symbol("octokit request hook added"), Context = class {
  name;
  id;
  payload;
  /**
   * An authenticated Octokit instance that can be used to make GitHub API
   * requests in the context of the webhook event.
   */
  octokit;
  /**
   * A logger with context about the event.
   */
  log;
  constructor(event, octokit, log) {
    this.name = event.name, this.id = event.id, this.payload = event.payload, this.octokit = octokit, this.log = log, octokit[kOctokitRequestHookAdded] !== !0 && (octokit.hook.before("request", (options2) => {
      options2.headers["x-github-delivery"] = event.id;
    }), octokit[kOctokitRequestHookAdded] = !0);
  }
  /**
   * Return the `owner` and `repo` params for making API requests against a
   * repository.
   *
   * ```js
   * const params = context.repo({path: '.github/config.yml'})
   * // Returns: {owner: 'username', repo: 'reponame', path: '.github/config.yml'}
   * ```
   *
   * @param object - Params to be merged with the repo params.
   *
   */
  repo(object) {
    let repo = this.payload.repository;
    if (!repo)
      throw new Error("context.repo() is not supported for this webhook event.");
    return Object.assign({
      owner: repo.owner.login,
      repo: repo.name
    }, object);
  }
  /**
   * Return the `owner`, `repo`, and `issue_number` params for making API requests
   * against an issue. The object passed in will be merged with the repo params.
   *
   *
   * ```js
   * const params = context.issue({body: 'Hello World!'})
   * // Returns: {owner: 'username', repo: 'reponame', issue_number: 123, body: 'Hello World!'}
   * ```
   *
   * @param object - Params to be merged with the issue params.
   */
  issue(object) {
    return Object.assign({
      issue_number: (
        // @ts-expect-error - this.payload may not have `issue` or `pull_request` keys
        (this.payload.issue || this.payload.pull_request || this.payload).number
      )
    }, this.repo(object));
  }
  /**
   * Return the `owner`, `repo`, and `pull_number` params for making API requests
   * against a pull request. The object passed in will be merged with the repo params.
   *
   *
   * ```js
   * const params = context.pullRequest({body: 'Hello World!'})
   * // Returns: {owner: 'username', repo: 'reponame', pull_number: 123, body: 'Hello World!'}
   * ```
   *
   * @param object - Params to be merged with the pull request params.
   */
  pullRequest(object) {
    let payload = this.payload;
    return Object.assign({
      // @ts-expect-error - this.payload may not have `issue` or `pull_request` keys
      pull_number: (payload.issue || payload.pull_request || payload).number
    }, this.repo(object));
  }
  /**
   * Returns a boolean if the actor on the event was a bot.
   * @type {boolean}
   */
  get isBot() {
    return this.payload.sender?.type === "Bot";
  }
  /**
   * Reads the app configuration from the given YAML file in the `.github`
   * directory of the repository.
   *
   * For example, given a file named `.github/config.yml`:
   *
   * ```yml
   * close: true
   * comment: Check the specs on the rotary girder.
   * ```
   *
   * Your app can read that file from the target repository:
   *
   * ```js
   * // Load config from .github/config.yml in the repository
   * const config = await context.config('config.yml')
   *
   * if (config.close) {
   *   context.octokit.rest.issues.comment(context.issue({body: config.comment}))
   *   context.octokit.rest.issues.edit(context.issue({state: 'closed'}))
   * }
   * ```
   *
   * You can also use a `defaultConfig` object:
   *
   * ```js
   * // Load config from .github/config.yml in the repository and combine with default config
   * const config = await context.config('config.yml', {comment: 'Make sure to check all the specs.'})
   *
   * if (config.close) {
   *   context.octokit.rest.issues.comment(context.issue({body: config.comment}));
   *   context.octokit.rest.issues.edit(context.issue({state: 'closed'}))
   * }
   * ```
   *
   * Config files can also specify a base that they extend. `deepMergeOptions` can be used
   * to configure how the target config, extended base, and default configs are merged.
   *
   * For security reasons, configuration is only loaded from the repository's default branch,
   * changes made in pull requests from different branches or forks are ignored.
   *
   * If you need more lower-level control over reading and merging configuration files,
   * you can `context.octokit.config.get(options)`, see https://github.com/probot/octokit-plugin-config.
   *
   * @param fileName - Name of the YAML file in the `.github` directory
   * @param defaultConfig - An object of default config options
   * @param deepMergeOptions - Controls merging configs (from the [deepmerge](https://github.com/TehShrike/deepmerge) module)
   * @return Configuration object read from the file
   */
  async config(fileName, defaultConfig, deepMergeOptions) {
    let params = this.repo({
      path: path.posix.join(".github", fileName),
      defaults(configs) {
        return import_deepmerge.default.all([defaultConfig || {}, ...configs], deepMergeOptions);
      }
    }), { config: config2, files } = await this.octokit.config.get(params);
    return !defaultConfig && !files.find((file) => file.config !== null) ? null : config2;
  }
};

// node_modules/probot/lib/octokit/octokit-webhooks-transform.js
async function webhookTransform(options2, event) {
  let octokit = await options2.octokit.auth({
    type: "event-octokit",
    event
  }), log = options2.log.child({ name: "event", id: event.id });
  return new Context(event, octokit, log);
}

// node_modules/probot/lib/octokit/get-webhooks.js
function getWebhooks(options2) {
  let webhooks = new Webhooks({
    log: options2.log,
    secret: options2.webhookSecret,
    transform: (event) => webhookTransform(options2, event)
  });
  return webhooks.onError(getErrorHandler(options2.log)), webhooks;
}

// node_modules/probot/lib/server/handlers/http-logger.js
var import_pino_http = __toESM(require_logger(), 1);

// node_modules/probot/lib/server/server.js
var defaultWebhookPath = "/api/github/webhooks", defaultWebhookSecret = "development";

// node_modules/probot/lib/probot.js
var UNINITIALIZED = 0, INITIALIZING = 1, INITIALIZED = 2, Probot = class {
  static defaults(defaults) {
    return class extends this {
      constructor(...args) {
        let options2 = args[0] || {};
        super(Object.assign({}, defaults, options2));
      }
    };
  }
  #state;
  constructor(options2 = {}) {
    if (!options2.githubToken) {
      if (!options2.appId)
        throw new Error("appId option is required");
      if (!options2.privateKey)
        throw new Error("privateKey option is required");
    }
    this.#state = {
      initializationState: UNINITIALIZED,
      initializedPromise: createDeferredPromise(),
      initEventListeners: [],
      cache: null,
      octokit: null,
      webhooks: null,
      log: options2.log || null,
      logFormat: options2.logFormat || "pretty",
      logLevelInString: options2.logLevelInString || !1,
      logLevel: options2.logLevel || "warn",
      logMessageKey: options2.logMessageKey,
      sentryDsn: options2.sentryDsn,
      githubToken: options2.githubToken,
      appId: Number.parseInt(options2.appId, 10),
      privateKey: options2.privateKey,
      host: options2.host,
      port: options2.port,
      OctokitBase: options2.Octokit || ProbotOctokit,
      baseUrl: options2.baseUrl,
      redisConfig: options2.redisConfig,
      webhookPath: options2.webhookPath || defaultWebhookPath,
      webhookSecret: options2.secret || defaultWebhookSecret,
      request: options2.request,
      server: options2.server
    }, this.#initialize().catch(() => {
    });
  }
  async #initialize() {
    if (this.#state.initializationState !== UNINITIALIZED)
      return this.#state.initializedPromise.promise;
    this.#state.initializationState = INITIALIZING;
    try {
      this.#state.cache = new LruObject(
        // cache max. 15000 tokens, that will use less than 10mb memory
        15e3,
        // Cache for 1 minute less than GitHub expiry
        1e3 * 60 * 59
      ), this.#state.log = this.#state.log || await getLog({
        logFormat: this.#state.logFormat,
        logLevelInString: this.#state.logLevelInString,
        level: this.#state.logLevel,
        logMessageKey: this.#state.logMessageKey,
        sentryDsn: this.#state.sentryDsn
      }), this.#state.log = this.#state.log.child({ name: "probot" });
      let Octokit2 = await getProbotOctokitWithDefaults({
        githubToken: this.#state.githubToken,
        Octokit: this.#state.OctokitBase,
        appId: this.#state.appId,
        privateKey: this.#state.privateKey,
        cache: this.#state.cache,
        log: this.#state.log,
        redisConfig: this.#state.redisConfig,
        baseUrl: this.#state.baseUrl,
        request: this.#state.request
      });
      this.#state.octokit = new Octokit2(), this.#state.webhooks = getWebhooks({
        log: this.#state.log,
        octokit: this.#state.octokit,
        webhookSecret: this.#state.webhookSecret
      }), this.#state.initializationState = INITIALIZED;
      for (let [type, listener, name] of this.#state.initEventListeners)
        switch (type) {
          case "on":
            this.#state.webhooks.on(name, listener);
            break;
          case "onAny":
            this.#state.webhooks.onAny(listener);
            break;
          case "onError":
            this.#state.webhooks.onError(listener);
            break;
        }
      this.#state.initEventListeners.length = 0, this.#state.initializedPromise.resolve();
    } catch (error) {
      this.#state.log ? this.#state.log.error({ err: error }, "Failed to initialize Probot") : console.error("Failed to initialize Probot", error), this.#state.initializedPromise.reject(error);
    } finally {
      return this.#state.initializedPromise.promise;
    }
  }
  async getNodeMiddleware({ log, path: path2 } = {}) {
    return await this.#initialize(), createNodeMiddleware(this.#state.webhooks, {
      log: log || this.#state.log,
      path: path2 || this.#state.webhookPath
    });
  }
  async auth(installationId) {
    return await this.#initialize(), await getAuthenticatedOctokit({
      log: this.#state.log,
      octokit: this.#state.octokit,
      installationId
    });
  }
  async load(appFn, options2 = {
    cwd: process.cwd()
  }) {
    if (await this.#state.initializedPromise.promise, typeof options2.addHandler != "function" && (options2.addHandler = this.#state.server ? this.#state.server.addHandler.bind(this.#state.server) : () => {
      throw new Error("No server instance");
    }), Array.isArray(appFn)) {
      for (let fn of appFn)
        await this.load(fn, options2);
      return;
    }
    await appFn(this, options2);
  }
  get log() {
    return this.#state.log;
  }
  on = (eventName, callback) => {
    if (Array.isArray(eventName))
      for (let name of eventName)
        validateEventName(name, {
          onUnknownEventName: "ignore"
        });
    else
      validateEventName(eventName, {
        onUnknownEventName: "ignore"
      });
    if (this.#state.initializationState !== INITIALIZED) {
      this.#state.initEventListeners.push(["on", callback, eventName]);
      return;
    }
    this.#state.webhooks.on(eventName, callback);
  };
  onAny = (callback) => {
    if (this.#state.initializationState !== INITIALIZED) {
      this.#state.initEventListeners.push(["onAny", callback]);
      return;
    }
    this.#state.webhooks.onAny(callback);
  };
  onError = (callback) => {
    if (this.#state.initializationState !== INITIALIZED) {
      this.#state.initEventListeners.push(["onError", callback]);
      return;
    }
    this.#state.webhooks.onError(callback);
  };
  async ready() {
    return await this.#state.initializedPromise.promise, this;
  }
  async receive(event) {
    await this.#state.initializedPromise.promise, this.#state.log.debug({ event }, "Webhook received"), await this.#state.webhooks.receive(event);
  }
  static get version() {
    return VERSION10;
  }
  get version() {
    return VERSION10;
  }
  get webhooks() {
    return this.#state.webhooks;
  }
  get webhookPath() {
    return this.#state.webhookPath;
  }
};

// node_modules/probot/lib/create-probot.js
var DEFAULTS = {
  APP_ID: "",
  WEBHOOK_SECRET: "",
  WEBHOOK_PATH: defaultWebhookPath,
  GHE_HOST: "",
  GHE_PROTOCOL: "https",
  LOG_FORMAT: void 0,
  LOG_LEVEL: "warn",
  LOG_LEVEL_IN_STRING: "false",
  LOG_MESSAGE_KEY: "msg",
  REDIS_URL: "",
  SENTRY_DSN: ""
};
function createProbot({ overrides = {}, defaults = {}, env = process.env } = {}) {
  let privateKey;
  try {
    privateKey = getPrivateKey({ env });
  } catch {
  }
  let envWithDefaults = { ...DEFAULTS, ...env }, envOptions = {
    logLevel: envWithDefaults.LOG_LEVEL,
    appId: Number(envWithDefaults.APP_ID),
    privateKey: privateKey && privateKey.toString() || void 0,
    secret: envWithDefaults.WEBHOOK_SECRET,
    redisConfig: envWithDefaults.REDIS_URL,
    webhookPath: envWithDefaults.WEBHOOK_PATH,
    baseUrl: envWithDefaults.GHE_HOST ? `${envWithDefaults.GHE_PROTOCOL || "https"}://${envWithDefaults.GHE_HOST}/api/v3` : "https://api.github.com"
  }, probotOptions = {
    ...defaults,
    ...envOptions,
    ...overrides
  };
  return new Probot({
    log: probotOptions.log,
    logLevel: probotOptions.logLevel,
    logFormat: envWithDefaults.LOG_FORMAT,
    logLevelInString: envWithDefaults.LOG_LEVEL_IN_STRING === "true",
    logMessageKey: envWithDefaults.LOG_MESSAGE_KEY,
    sentryDsn: envWithDefaults.SENTRY_DSN,
    ...probotOptions
  });
}

// node_modules/probot/lib/manifest-creation.js
var import_yaml2 = __toESM(require_dist(), 1);

// node_modules/probot/lib/helpers/get-payload.js
var textDecoder2 = new TextDecoder("utf-8", { fatal: !1 }), decode2 = textDecoder2.decode.bind(textDecoder2);

// app/read-app-settings.ts
import { createPrivateKey as createPrivateKey2 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
}, LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];
function readAppSettings(env, cwd = process.cwd()) {
  let problems = [], check = (read) => {
    try {
      return read();
    } catch (error) {
      problems.push(oneLine(errorMessage(error)));
      return;
    }
  }, secret = env.WEBHOOK_SECRET ?? "";
  (secret === "" || secret === "development") && problems.push(
    `WEBHOOK_SECRET must be set to the app's webhook secret (GitHub App settings > Webhook secret), got ${secret === "" ? "nothing" : "Probot's public default 'development'"}`
  );
  let appIdText = env.APP_ID ?? "", appId = /^[1-9]\d{0,15}$/.test(appIdText) ? Number(appIdText) : void 0;
  appId === void 0 && problems.push(
    `APP_ID must be the GitHub App's numeric id, got ${appIdText === "" ? "nothing" : `'${appIdText.slice(0, 40)}'`}`
  );
  let privateKey = check(() => readPrivateKey(env, cwd)), portText = env.PORT ?? "3000", port = /^\d{1,5}$/.test(portText) ? Number(portText) : 0;
  (port < 1 || port > 65535) && problems.push(`PORT must be a TCP port, 1..65535, got '${portText.slice(0, 40)}'`);
  let webhookPath = env.WEBHOOK_PATH ?? "/api/github/webhooks";
  /^\/[\w\-./]*$/.test(webhookPath) || problems.push(
    `WEBHOOK_PATH must be a URL path such as /api/github/webhooks, got '${webhookPath.slice(0, 80)}'`
  );
  let logLevel = env.LOG_LEVEL;
  logLevel !== void 0 && logLevel !== "" && !LOG_LEVELS.includes(logLevel) && problems.push(
    `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got '${logLevel.slice(0, 40)}'`
  );
  let planner = check(() => createAwsPlanner(env));
  if (problems.length > 0 || appId === void 0 || privateKey === void 0)
    throw new ConfigurationError(problems.join("; "));
  return {
    appId,
    privateKey,
    secret,
    planner,
    port,
    host: env.HOST ?? "localhost",
    webhookPath
  };
}
function readPrivateKey(env, cwd) {
  let inline = env.PRIVATE_KEY, path2 = env.PRIVATE_KEY_PATH, pem, source;
  if (inline !== void 0 && inline !== "")
    source = "PRIVATE_KEY", pem = inline.includes("-----BEGIN") ? inline.replace(/\\n/g, `
`) : Buffer.from(inline, "base64").toString("utf8");
  else if (path2 !== void 0 && path2 !== "") {
    source = `PRIVATE_KEY_PATH (${path2})`;
    try {
      pem = readFileSync2(resolve2(cwd, path2), "utf8");
    } catch (error) {
      throw new ConfigurationError(
        `PRIVATE_KEY_PATH must name a readable .pem file, cannot read '${path2}': ${errorMessage(error)}`
      );
    }
  } else
    throw new ConfigurationError(
      "PRIVATE_KEY or PRIVATE_KEY_PATH must give the GitHub App's private key (the .pem file GitHub generated), got neither"
    );
  try {
    createPrivateKey2(pem);
  } catch (error) {
    throw new ConfigurationError(
      `${source} is not a PEM private key (${errorMessage(error)}): use the .pem file GitHub generated, its text or its base64`
    );
  }
  return pem;
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ");
}

// app/with-app-secret.ts
var SECRET_SETTINGS = ["APP_ID", "WEBHOOK_SECRET", "PRIVATE_KEY"], SECRET_ID = /^(arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:)?[\w/+=.@-]{1,512}$/, NEEDS = "give the app's role secretsmanager:GetSecretValue on it (and kms:Decrypt on its key when a customer managed key encrypts it)";
async function withAppSecret(env, readSecret = readSecretFromAws) {
  let secretId = env.APP_SECRET_ID;
  if (secretId === void 0 || secretId === "") return env;
  if (!SECRET_ID.test(secretId))
    throw new ConfigurationError(
      `APP_SECRET_ID must be a Secrets Manager secret name or ARN, got '${secretId.slice(0, 80)}'`
    );
  let text;
  try {
    text = await readSecret(secretId);
  } catch (error) {
    throw new ConfigurationError(
      `APP_SECRET_ID: cannot read secret '${secretId}': ${oneLine2(errorMessage(error))}; ${NEEDS}`
    );
  }
  let fields = parseSecretObject(secretId, text), settings = {}, problems = [];
  for (let name of SECRET_SETTINGS) {
    if (!Object.hasOwn(fields, name)) continue;
    let value = fields[name];
    typeof value != "string" ? problems.push(`${name} in secret '${secretId}' must be a string, got ${typeOf(value)}`) : (env[name] ?? "") !== "" ? problems.push(
      `${name} is set both in the environment and in secret '${secretId}': keep only the secret's`
    ) : name === "PRIVATE_KEY" && (env.PRIVATE_KEY_PATH ?? "") !== "" ? problems.push(
      `PRIVATE_KEY is set both in the environment (as PRIVATE_KEY_PATH) and in secret '${secretId}': keep only the secret's`
    ) : settings[name] = value;
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join("; "));
  return { ...env, ...settings };
}
function parseSecretObject(secretId, text) {
  let expected = `secret '${secretId}' must hold a JSON object with ${SECRET_SETTINGS.join(", ")}`;
  if (text === void 0)
    throw new ConfigurationError(`APP_SECRET_ID: ${expected}, got a binary secret`);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`APP_SECRET_ID: ${expected}, got text that is not JSON`);
  }
  if (typeof parsed != "object" || parsed === null || Array.isArray(parsed))
    throw new ConfigurationError(`APP_SECRET_ID: ${expected}, got ${typeOf(parsed)}`);
  return parsed;
}
async function readSecretFromAws(secretId) {
  let { readSecretString } = await import("./read-secret-string-DDZJLHIK.js");
  return readSecretString(secretId);
}
function typeOf(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value == "object" ? "an object" : `a ${typeof value}`;
}
function oneLine2(text) {
  return text.replace(/\s*\n\s*/g, " ").slice(0, 300);
}

// app/create-delivery-log.ts
function createDeliveryLog(size = 1e4) {
  let seen = /* @__PURE__ */ new Map(), keysOf = (id, signature) => [`id:${id}`, `sig:${signature}`];
  return {
    claim: (id, signature) => {
      let keys = keysOf(id, signature);
      if (keys.some((key) => seen.has(key))) return !1;
      for (let key of keys) seen.set(key, !0);
      for (; seen.size > 2 * size; ) {
        let oldest = seen.keys().next();
        if (oldest.done === !0) break;
        seen.delete(oldest.value);
      }
      return !0;
    },
    release: (id, signature) => {
      for (let key of keysOf(id, signature)) seen.delete(key);
    }
  };
}

// app/receive-webhook.ts
var REQUIRED_HEADERS = ["x-github-event", "x-github-delivery", "x-hub-signature-256"];
function isJsonContentType(value) {
  return value !== void 0 && /^\s*application\/json\s*(;|$)/i.test(value);
}
async function receiveWebhook(probot, deliveries, request2) {
  let { headers } = request2;
  if (!isJsonContentType(headers["content-type"]))
    return refuse(
      415,
      `Content-Type must be application/json, got '${(headers["content-type"] ?? "none").slice(0, 80)}'`
    );
  let missing = REQUIRED_HEADERS.filter((header) => headers[header] === void 0);
  if (missing.length > 0) return refuse(400, `Required headers missing: ${missing.join(", ")}`);
  let id = headers["x-github-delivery"] ?? "", name = headers["x-github-event"] ?? "", signature = headers["x-hub-signature-256"] ?? "";
  if (id.length > 100)
    return refuse(
      400,
      `X-GitHub-Delivery must be a delivery id of at most 100 characters, got ${id.length}`
    );
  let size = Buffer.byteLength(request2.body);
  if (size > 26214400)
    return refuse(
      413,
      `webhook payloads are at most 26214400 bytes (GitHub's limit), got ${size}`
    );
  if (!await probot.webhooks.verify(request2.body, signature).catch(() => !1))
    return probot.log.warn(`webhook delivery ${id} rejected: the signature does not match`), refuse(400, "[@octokit/webhooks] signature does not match event payload and secret");
  if (!deliveries.claim(id, signature))
    return probot.log.info(`webhook delivery ${id} was handled already: ignored`), { status: 200, body: { ok: !0, duplicate: !0 } };
  let payload;
  try {
    payload = JSON.parse(request2.body);
  } catch {
    return refuse(400, "Invalid JSON");
  }
  try {
    return await probot.webhooks.receive({ id, name, payload }), { status: 200, body: { ok: !0 } };
  } catch (error) {
    deliveries.release(id, signature);
    let status = statusOf(error);
    return status !== void 0 && status >= 400 && status < 500 ? (probot.log.warn(`webhook delivery ${id} rejected: ${messageOf(error)}`), refuse(status, messageOf(error))) : (probot.log.error({ err: error }, `webhook delivery ${id} failed`), refuse(500, "The webhook handler failed; see the app logs."));
  }
}
function refuse(status, error) {
  return { status, body: { error } };
}
function statusOf(error) {
  let first = error instanceof AggregateError ? error.errors[0] : error;
  if (typeof first == "object" && first !== null && "status" in first)
    return typeof first.status == "number" ? first.status : void 0;
}
function messageOf(error) {
  let first = error instanceof AggregateError ? error.errors[0] : error;
  return first instanceof Error ? first.message : String(first);
}

export {
  createProbot,
  createDeliveryLog,
  isJsonContentType,
  receiveWebhook,
  readAppSettings,
  withAppSecret
};
