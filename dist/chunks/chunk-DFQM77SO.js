import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  CONDITION_KEY_NAMES,
  CONDITION_OPERATOR_NAMES,
  KEY_SPEC_USAGES,
  KMS_ACTIONS,
  SYMMETRIC_DEFAULT,
  canRotateAutomatically,
  canonicalKmsAction,
  evaluateKeyPolicy,
  findConditionKey,
  findDuplicateJsonKeys,
  generateKeyPolicy,
  isForeignCryptoAction,
  keyUsageActions,
  matchIpAddress,
  matchWildcard,
  parseConditionOperator,
  parsePrincipal,
  partitionOf,
  prepareKeyPolicy,
  toList,
  userActionChoices
} from "./chunk-6AMXRTES.js";
import {
  DEFAULT_KEY_SPEC,
  DEFAULT_KEY_USAGE,
  DEFAULT_REQUIRE_MFA_FOR,
  OWNERSHIP_TAG_KEY,
  OWNERSHIP_TAG_MANIFEST,
  isServicePrincipal
} from "./chunk-A7NF7W6Z.js";
import {
  ManifestError
} from "./chunk-OXRK6FS4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BTB2OLG5.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536), myers_32 = function(a, b) {
      for (var n = a.length, m = b.length, lst = 1 << n - 1, pv = -1, mv = 0, sc = n, i = n; i--; )
        peq[a.charCodeAt(i)] |= 1 << i;
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)], xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv, mv |= ~(eq | pv), pv &= eq, mv & lst && sc++, pv & lst && sc--, mv = mv << 1 | 1, pv = pv << 1 | ~(xv | mv), mv &= xv;
      }
      for (i = n; i--; )
        peq[a.charCodeAt(i)] = 0;
      return sc;
    }, myers_x = function(b, a) {
      for (var n = a.length, m = b.length, mhc = [], phc = [], hsize = Math.ceil(n / 32), vsize = Math.ceil(m / 32), i = 0; i < hsize; i++)
        phc[i] = -1, mhc[i] = 0;
      for (var j = 0; j < vsize - 1; j++) {
        for (var mv_1 = 0, pv_1 = -1, start_1 = j * 32, vlen_1 = Math.min(32, m) + start_1, k = start_1; k < vlen_1; k++)
          peq[b.charCodeAt(k)] |= 1 << k;
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)], pb = phc[i / 32 | 0] >>> i & 1, mb = mhc[i / 32 | 0] >>> i & 1, xv = eq | mv_1, xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb, ph = mv_1 | ~(xh | pv_1), mh = pv_1 & xh;
          ph >>> 31 ^ pb && (phc[i / 32 | 0] ^= 1 << i), mh >>> 31 ^ mb && (mhc[i / 32 | 0] ^= 1 << i), ph = ph << 1 | pb, mh = mh << 1 | mb, pv_1 = mh | ~(xv | ph), mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++)
          peq[b.charCodeAt(k)] = 0;
      }
      for (var mv = 0, pv = -1, start = j * 32, vlen = Math.min(32, m - start) + start, k = start; k < vlen; k++)
        peq[b.charCodeAt(k)] |= 1 << k;
      for (var score = m, i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)], pb = phc[i / 32 | 0] >>> i & 1, mb = mhc[i / 32 | 0] >>> i & 1, xv = eq | mv, xh = ((eq | mb) & pv) + pv ^ pv | eq | mb, ph = mv | ~(xh | pv), mh = pv & xh;
        score += ph >>> m - 1 & 1, score -= mh >>> m - 1 & 1, ph >>> 31 ^ pb && (phc[i / 32 | 0] ^= 1 << i), mh >>> 31 ^ mb && (mhc[i / 32 | 0] ^= 1 << i), ph = ph << 1 | pb, mh = mh << 1 | mb, pv = mh | ~(xv | ph), mv = ph & xv;
      }
      for (var k = start; k < vlen; k++)
        peq[b.charCodeAt(k)] = 0;
      return score;
    }, distance4 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a, a = tmp;
      }
      return b.length === 0 ? a.length : a.length <= 32 ? myers_32(a, b) : myers_x(a, b);
    };
    exports.distance = distance4;
    var closest4 = function(str, arr) {
      for (var min_distance = 1 / 0, min_index = 0, i = 0; i < arr.length; i++) {
        var dist = distance4(str, arr[i]);
        dist < min_distance && (min_distance = dist, min_index = i);
      }
      return arr[min_index];
    };
    exports.closest = closest4;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection3(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection3(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection3;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      let ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visit_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      let ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path, ctrl), visitAsync_(key, ctrl, visitor, path);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor == "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    }
    function replaceNode(key, path, node) {
      let parent = path[path.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar2 = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar2.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        let k = path[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path == "object" && !!path[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          let [key, ...rest] = path, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        let [key, ...rest] = path, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        let [key, ...rest] = path;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? !1 : type === Scalar2.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar2.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar2.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar2 = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar2 = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar2 = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar2 = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar2.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar2.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar2.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar2 = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar2.Scalar.BLOCK_LITERAL), type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar2 = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar2.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        assertCollection(this.contents) && this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        return Collection.isEmptyPath(path) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        return Collection.isEmptyPath(path) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        return Collection.isEmptyPath(path) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        Collection.isEmptyPath(path) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value) : assertCollection(this.contents) && this.contents.setIn(path, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep + cb : comment = cb, sep = "";
              break;
            }
            case "newline":
              comment && (sep += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap4 = fc.start.source === "{", fcName = isMap4 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap4 && !sep && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (let st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap4) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap4 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar2 = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar2.Scalar.BLOCK_LITERAL ? (value += sep + indent.slice(trimIndent) + content, sep = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep === " " ? sep = `
` : !prevMoreIndented && sep === `
` && (sep = `

`), value += sep + indent.slice(trimIndent) + content, sep = `
`, prevMoreIndented = !0) : content === "" ? sep === `
` ? value += `
` : sep = `
` : (value += sep + content, sep = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep === `
` ? res += sep : sep = `
` : (res += sep + lm, sep = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar2 = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar2.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep)
        for (let st of sep)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (let [field, index] of path) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      let parent = visit.itemAtPath(cst, path.slice(0, -1)), field = path[path.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection3 = (token) => !!token && "items" in token, isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection3;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer2 = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep;
          scalar.end ? (sep = scalar.end, sep.push(this.sourceToken), delete scalar.end) : sep = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep = it.sep;
                    sep.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs) : (Object.assign(it, { key: fs, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs, sep: [] }) : it.sep ? this.stack.push(fs) : Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar2 = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// core/render/escape-markdown.ts
var INVISIBLE = /(?!\uFE0E|\uFE0F)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu, INVISIBLE_BUT_LF = /(?!\n|\uFE0E|\uFE0F)[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
function escapeMarkdown(text) {
  let escaped = breakReferences(revealInvisible(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()+\-.!|~$=^]/g, (character) => `\\${character}`);
  return encodeEdgeSpaces(escaped);
}
function inlineCode(text) {
  return codeSpan(breakComments(revealInvisible(text)));
}
function tableCode(text) {
  return codeSpan(
    breakComments(revealInvisible(text)).replace(/\\(?=\|)/g, "[U+005C]").replace(/\|/g, "\\|")
  );
}
function codeBlock(text, language = "") {
  let clean = breakComments(text.replace(/\r\n/g, `
`).replace(INVISIBLE_BUT_LF, codePoint)), fence = "`".repeat(Math.max(2, longestBacktickRun(clean)) + 1);
  return `${fence}${language}
${clean}
${fence}`;
}
function escapeHtml(text) {
  return breakReferences(revealInvisible(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function linkDestination(url) {
  return url.replace(
    /[^\w\-.~:/?#@!$&*+,;=%]/gu,
    (character) => [...new TextEncoder().encode(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("")
  );
}
function plainText(text) {
  return text.replace(/\r\n/g, `
`).replace(INVISIBLE_BUT_LF, codePoint);
}
function revealInvisible(text) {
  return text.replace(INVISIBLE, codePoint);
}
function codePoint(character) {
  return `[U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`;
}
function breakReferences(text) {
  return text.replace(/[@#]/g, "$&\u200B").replace(/:\/\//g, ":\u200B//").replace(/GH(?=-\d)/gi, "$&\u200B");
}
function encodeEdgeSpaces(text) {
  let start = 0;
  for (; text[start] === " "; ) start += 1;
  let end = text.length;
  for (; end > start && text[end - 1] === " "; ) end -= 1;
  return `${"&#32;".repeat(start)}${text.slice(start, end)}${"&#32;".repeat(text.length - end)}`;
}
function breakComments(text) {
  return text.replace(/<!/g, "<\u200B!");
}
function codeSpan(content) {
  if (content === "") return "";
  let fence = "`".repeat(longestBacktickRun(content) + 1), pad = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "" ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function longestBacktickRun(text) {
  let longest = 0, run = 0;
  for (let character of text)
    run = character === "`" ? run + 1 : 0, run > longest && (longest = run);
  return longest;
}

// core/lint/lint-config-of.ts
function lintConfigOf(desired) {
  return {
    rules: { ...desired.lint.rules },
    environments: Object.fromEntries(
      Object.entries(desired.lint.environments).map(([environment, rules]) => [
        environment,
        { ...rules }
      ])
    ),
    suppressions: Object.fromEntries(
      desired.keys.filter((key) => key.lintIgnore.length > 0).map((key) => [key.name, key.lintIgnore.map((entry) => ({ ...entry }))])
    )
  };
}

// core/lint/manifest-path.ts
function pathExists(desired, path) {
  if (path.length === 0) return !0;
  let here = desired.locate(path), parent = desired.locate(path.slice(0, -1));
  return here.line !== parent.line || here.column !== parent.column;
}
function firstExistingPath(desired, candidates) {
  return candidates.find((path) => pathExists(desired, path)) ?? candidates.at(-1) ?? [];
}
function keyOrDefaultsPath(desired, key, field) {
  return firstExistingPath(desired, [
    ["keys", key, ...field],
    ["defaults", ...field],
    ["keys", key]
  ]);
}

// core/policy/requested-key-of.ts
function requestedKeyOf(key) {
  return key.adopt !== void 0 ? { arn: key.adopt } : { partition: partitionOf(key), account: key.account, region: key.region };
}

// core/lint/resolve-severity.ts
var PRODUCTION_PROFILE = {
  "deletion-window": "error",
  "missing-mfa-guard": "error",
  "rotation-disabled": "error"
};
function isProductionEnvironment(environment) {
  return environment !== void 0 && /^(production|prod|prd)$/i.test(environment);
}
var ORDER = ["off", "notice", "warning", "error"];
function stricterSeverity(a, b) {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
function compareSeverity(a, b) {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
function resolveSeverity(rule, environment, config) {
  let severity = config.rules[rule.id] ?? rule.defaultSeverity, profile = PRODUCTION_PROFILE[rule.id];
  return isProductionEnvironment(environment) && profile !== void 0 && severity !== "off" && (severity = stricterSeverity(severity, profile)), (environment === void 0 ? void 0 : config.environments[environment]?.[rule.id]) ?? severity;
}
function capSeverity(severity, cap) {
  return cap === void 0 || severity === "off" ? severity : compareSeverity(severity, cap) > 0 ? cap : severity;
}

// core/lint/policy/action-sets.ts
var ADMIN_ACTIONS = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DisableKey"], CRYPTO_ACTIONS = [
  "kms:Decrypt",
  "kms:Encrypt",
  "kms:GenerateDataKey",
  "kms:ReEncryptFrom",
  "kms:Sign",
  "kms:GenerateMac",
  "kms:DeriveSharedSecret"
];
function sensitiveActionsOf(key) {
  return key.keySpec === void 0 && key.keyUsage === void 0 ? CRYPTO_ACTIONS : keyUsageActions(key.keySpec, key.keyUsage).sensitiveActions;
}
function contextActionsOf(key) {
  return keyUsageActions(key.keySpec, key.keyUsage).contextActions;
}
var MFA_GUARDED_ACTIONS = ["kms:ScheduleKeyDeletion", "kms:DisableKey"];
function summarizeActions(actions, limit = 4) {
  return actions.length <= limit ? actions.join(", ") : `${actions.slice(0, limit).join(", ")} and ${actions.length - limit} more`;
}

// core/lint/policy/build-satisfying-request.ts
var DERIVED_FROM_PRINCIPAL = /* @__PURE__ */ new Set([
  "aws:principalarn",
  "aws:principalaccount",
  "kms:calleraccount",
  "aws:principalisawsservice",
  "aws:principalservicename"
]), CALLER_IDENTITY = /* @__PURE__ */ new Set([
  ...DERIVED_FROM_PRINCIPAL,
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalservicenameslist",
  "aws:userid",
  "aws:federatedprovider",
  "aws:sourceaccount",
  "aws:sourcearn",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:sourceowner",
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourcevpcarn",
  "aws:vpcsourceip",
  "aws:vpceaccount",
  "aws:vpceorgid",
  "aws:vpceorgpaths",
  "aws:ec2instancesourcevpc",
  "aws:ec2instancesourceprivateipv4",
  "ec2:sourceinstancearn",
  "lambda:sourcefunctionarn",
  "ssm:sourceinstancearn"
]), ENCRYPTION_CONTEXT_PREFIX = "kms:encryptioncontext:", SERVICE_CONTEXT_PREFIX = "kms:encryptioncontext:aws:";
function buildSatisfyingRequest(statement, base, perspective) {
  let encryptionContext = { ...base.encryptionContext }, keys = { ...base.keys }, request = { ...base };
  for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
    let operator = parseConditionOperator(operatorName);
    if (!(operator === void 0 || operator.negated))
      for (let [key, values] of Object.entries(entries)) {
        let lower = key.toLowerCase();
        if (DERIVED_FROM_PRINCIPAL.has(lower) || perspective.kind === "outsider" && isIdentityKey(lower)) continue;
        let written = toList(values).map(String), value = firstSatisfyingValue(operator, written);
        if (value !== void 0)
          if (perspective.kind === "outsider" && lower.startsWith(SERVICE_CONTEXT_PREFIX) && (value = value.replace(/\d{12}/g, perspective.account)), lower.startsWith(ENCRYPTION_CONTEXT_PREFIX))
            encryptionContext[key.slice(ENCRYPTION_CONTEXT_PREFIX.length)] = value;
          else if (lower === "kms:encryptioncontextkeys")
            for (let name of operator.family === "Null" ? ["x"] : written)
              encryptionContext[name] ??= "x";
          else lower === "kms:viaservice" ? request = { ...request, viaService: value } : lower === "aws:multifactorauthpresent" ? request = { ...request, mfaPresent: value.toLowerCase() === "true" } : lower === "kms:grantisforawsresource" ? request = { ...request, grantIsForAwsResource: value.toLowerCase() === "true" } : lower === "aws:principalorgid" ? request = { ...request, principalOrgId: value } : keys[key] = value;
      }
  }
  return Object.keys(encryptionContext).length > 0 && (request = { ...request, encryptionContext }), Object.keys(keys).length > 0 && (request = { ...request, keys }), request;
}
function isIdentityKey(lower) {
  return CALLER_IDENTITY.has(lower) || lower.startsWith("kms:recipientattestation:");
}
function firstSatisfyingValue(operator, values) {
  if (operator.family === "Null")
    return values.some((value) => value.toLowerCase() === "false") ? "x" : void 0;
  for (let value of values) {
    if (value.includes("${")) continue;
    let satisfying = satisfyingValue(operator, value);
    if (satisfying !== void 0) return satisfying;
  }
}
function satisfyingValue(operator, value) {
  switch (operator.family) {
    case "String":
    case "Arn":
      return operator.wildcards ? value.replace(/[*?]/g, "x") : value;
    case "Bool":
    case "Binary":
      return value;
    case "IpAddress":
      return value.split("/")[0];
    case "Numeric": {
      let number = Number(value);
      return Number.isNaN(number) ? void 0 : operator.comparison === "lessThan" ? String(number - 1) : operator.comparison === "greaterThan" ? String(number + 1) : value;
    }
    case "Date": {
      let millis = /^\d+$/.test(value) ? Number(value) * 1e3 : Date.parse(value);
      return Number.isNaN(millis) ? void 0 : operator.comparison === "lessThan" ? new Date(millis - 1e3).toISOString() : operator.comparison === "greaterThan" ? new Date(millis + 1e3).toISOString() : new Date(millis).toISOString();
    }
    case "Null":
      return;
  }
}

// core/lint/policy/find-permission.ts
function findPermission(document, query) {
  let answers = answered.get(document);
  answers === void 0 && (answers = /* @__PURE__ */ new Map(), answered.set(document, answers));
  let question = JSON.stringify(query);
  if (answers.has(question)) return answers.get(question);
  let answer = searchPermission(document, query);
  return answers.set(question, answer), answer;
}
var answered = /* @__PURE__ */ new WeakMap();
function searchPermission(document, query) {
  let mfa = query.mfa ?? "favourable", base = {
    principal: query.principal,
    action: query.action,
    ...query.key === void 0 ? {} : { key: query.key },
    ...query.perspective.kind === "outsider" ? {
      principalOrgId: query.perspective.organization,
      // Anyone can create an organisation: the outsider is in one, at an OU of its own.
      keys: {
        "aws:PrincipalOrgPaths": [`${query.perspective.organization}/r-kmsa/ou-kmsa-outsider/`],
        ...query.keys
      }
    } : query.keys === void 0 ? {} : { keys: query.keys },
    ...mfa === "favourable" ? { mfaPresent: !0 } : {}
  }, policy = preparedPolicy(document), evaluate = (candidate) => {
    let fixed = withMfa(withFixedKeys(candidate, query.keys), mfa), request = query.bare === !0 ? bare(fixed) : fixed, decision = evaluateKeyPolicy(policy, request, query.stance ?? "exposure");
    return decision.verdict === "allowed" || query.delegation === !0 && decision.verdict === "implicit_deny" && decision.delegatedToIam ? { decision, request } : void 0;
  }, plain = evaluate(base);
  if (plain !== void 0) return plain;
  for (let statement of document.Statement) {
    if (statement.Effect !== "Allow" || statement.Condition === void 0) continue;
    let candidate = buildSatisfyingRequest(statement, base, query.perspective);
    if (sameRequest(candidate, base)) continue;
    let permission = evaluate(candidate);
    if (permission !== void 0) return permission;
  }
}
function sameRequest(a, b) {
  let fields = Object.keys(a);
  return fields.length !== Object.keys(b).length ? !1 : fields.every((field) => sameValue(a[field], b[field]));
}
function sameValue(a, b) {
  if (a === b) return !0;
  if (typeof a != "object" || typeof b != "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return !1;
  let entries = Object.entries(a);
  return entries.length !== Object.keys(b).length ? !1 : entries.every(
    ([name, value]) => Object.prototype.hasOwnProperty.call(b, name) && sameValue(value, b[name])
  );
}
var prepared = /* @__PURE__ */ new WeakMap();
function preparedPolicy(document) {
  let policy = prepared.get(document);
  return policy === void 0 && (policy = prepareKeyPolicy(document), prepared.set(document, policy)), policy;
}
function withFixedKeys(request, keys) {
  return keys === void 0 ? request : { ...request, keys: { ...request.keys, ...keys } };
}
function withMfa(request, mfa) {
  if (mfa === "favourable") return request;
  let rest = { ...request };
  delete rest.mfaPresent;
  let keys = Object.fromEntries(
    Object.entries(rest.keys ?? {}).filter(
      ([key]) => !key.toLowerCase().startsWith("aws:multifactorauth")
    )
  ), withoutMfa = { ...rest, keys };
  return mfa === "false" ? { ...withoutMfa, mfaPresent: !1 } : withoutMfa;
}
function bare(request) {
  let rest = { ...request };
  delete rest.encryptionContext, delete rest.viaService;
  let keys = Object.fromEntries(
    Object.entries(rest.keys ?? {}).filter(([key]) => {
      let lower = key.toLowerCase();
      return !lower.startsWith("kms:encryptioncontext") && lower !== "kms:viaservice" && lower !== "aws:viaawsservice" && !lower.startsWith("aws:calledvia");
    })
  );
  return { ...rest, keys };
}

// core/lint/policy/list-policy-principals.ts
function listPolicyPrincipals(document) {
  return document.Statement.flatMap((statement, index) => [
    ...principalsOf(statement.Principal, index, statement.Effect, !1),
    ...principalsOf(statement.NotPrincipal, index, statement.Effect, !0)
  ]);
}
function principalsOf(block, statement, effect, negated) {
  if (block === void 0) return [];
  let element = negated ? "NotPrincipal" : "Principal";
  return block === "*" ? [
    {
      type: "AWS",
      value: "*",
      parsed: { kind: "anyone" },
      statement,
      effect,
      negated,
      path: ["Statement", statement, element]
    }
  ] : Object.entries(block).flatMap(([type, values]) => (typeof values == "string" ? [values] : values).map((value, position) => ({
    type,
    value,
    parsed: type === "AWS" || type === "Service" ? parsePrincipal(value) : { kind: "other", value },
    statement,
    effect,
    negated,
    path: typeof values == "string" ? ["Statement", statement, element, type] : ["Statement", statement, element, type, position]
  })));
}

// core/lint/rules/admin-user-overlap.ts
var SELF_GRANT_HELP = "remove `kms:CreateGrant` from the administrators (`kms:Create*` includes it; list `kms:CreateAlias` instead): key users get grants only for AWS resources (`kms:GrantIsForAWSResource`)", adminUserOverlap = {
  kind: "policy",
  id: "admin-user-overlap",
  defaultSeverity: "warning",
  summary: "One principal both administers the key and uses it, or may grant itself use.",
  rationale: "Separation of duties: a principal that can read the data (Decrypt) and also rewrite the policy, disable or delete the key can hide its tracks or hold the data to ransom with one set of credentials. Key administrators and key users should be different roles. An administrator that may call CreateGrant (the AWS default `kms:Create*` includes it) can give itself Decrypt through a grant, which no key-policy review sees.",
  help: "list the principal under `admins` or under `users`, not both; give administrators only management actions, without `kms:CreateGrant`",
  practice: {
    title: "Key admins and key users are different principals (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html"
  },
  check: (target) => {
    let { document } = target, sensitive = sensitiveActionsOf(target), issues = [], seen = /* @__PURE__ */ new Set();
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.type !== "AWS" || !["role", "user", "assumed-role"].includes(principal.parsed.kind)) continue;
      let name = principal.value.toLowerCase();
      if (seen.has(name)) continue;
      seen.add(name);
      let may = (action) => findPermission(document, {
        principal: principal.value,
        action,
        perspective: { kind: "insider" }
      }) !== void 0, administers = ADMIN_ACTIONS.filter(may);
      if (administers.length === 0) continue;
      let uses = sensitive.filter(may), selfGrant = maySelfGrant(document, principal.value);
      if (uses.length === 0 && !selfGrant) continue;
      let grantPath = "create grants for itself (kms:CreateGrant, not only for AWS resources), which give it use of the key without a key-policy change";
      issues.push({
        message: uses.length === 0 ? `\`${principal.value}\` may administer the key (${administers.join(", ")}) and ${grantPath}` : `\`${principal.value}\` may both administer the key (${administers.join(", ")}) and use it (${uses.join(", ")})${selfGrant ? `; it may also ${grantPath}` : ""}`,
        ...uses.length === 0 ? { help: SELF_GRANT_HELP } : {},
        path: principal.path,
        principal: principal.value
      });
    }
    return issues;
  }
};
function maySelfGrant(document, principal) {
  let permission = findPermission(document, {
    principal,
    action: "kms:CreateGrant",
    perspective: { kind: "insider" },
    keys: { "kms:GrantIsForAWSResource": "false" }
  });
  return permission !== void 0 && permission.request.viaService === void 0;
}

// core/lint/rules/alias-environment-mismatch.ts
var ENVIRONMENT_SYNONYMS = {
  prod: "production",
  prd: "production",
  production: "production",
  live: "production",
  stage: "staging",
  staging: "staging",
  stg: "staging",
  preprod: "staging",
  dev: "development",
  development: "development",
  test: "test",
  testing: "test",
  tst: "test",
  qa: "qa",
  uat: "uat",
  sandbox: "sandbox",
  sbx: "sandbox"
};
function normalize(environment) {
  let lower = environment.toLowerCase();
  return ENVIRONMENT_SYNONYMS[lower] ?? lower;
}
var aliasEnvironmentMismatch = {
  kind: "manifest",
  id: "alias-environment-mismatch",
  defaultSeverity: "error",
  summary: "An alias names another environment than the key's.",
  rationale: "Applications find keys by alias. An alias `alias/prod-...` on a staging key (or the reverse) sends one environment's data to the other environment's key: production data encrypted under a key that staging roles can use, or production outages when the staging key is deleted.",
  help: "rename the alias after the key's environment, or correct the key's `environment`",
  practice: {
    title: "One key per service x environment x compliance domain (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html"
  },
  check: (desired) => {
    let declared = new Set(
      desired.keys.flatMap((key) => key.environment === void 0 ? [] : [key.environment])
    ), known = /* @__PURE__ */ new Set([
      ...Object.keys(ENVIRONMENT_SYNONYMS),
      ...[...declared].map((environment) => environment.toLowerCase())
    ]);
    return desired.keys.flatMap((key) => {
      if (key.environment === void 0) return [];
      let own = normalize(key.environment);
      return key.aliases.flatMap((alias) => {
        let other = alias.slice(6).toLowerCase().split(/[-/_]+/).find((word) => known.has(word) && normalize(word) !== own);
        return other === void 0 ? [] : [
          {
            key: key.name,
            path: ["keys", key.name, "aliases"],
            message: `alias \`${alias}\` names environment \`${other}\`, but key \`${key.name}\` is in \`${key.environment}\``
          }
        ];
      });
    });
  }
};

// core/lint/rules/alias-naming.ts
var CONVENTIONAL_ALIAS = /^alias\/[a-z0-9]+(?:[-/][a-z0-9]+)*$/, aliasNaming = {
  kind: "manifest",
  id: "alias-naming",
  defaultSeverity: "warning",
  summary: "A key has no alias, or an alias that is not lower-case kebab-case.",
  rationale: "Applications should name a key by alias, never by key id: rotating to a new key is then retargeting the alias, with no code change. One spelling convention (`alias/<environment>-<service>-<purpose>`, lower case, `-` between words) keeps aliases predictable; alias names are case-sensitive, so `alias/Prod_S3` and `alias/prod-s3` are different aliases.",
  help: "add `aliases: [alias/<environment>-<service>-<purpose>]` in lower case with `-` between words",
  practice: {
    title: "Aliases as stable names (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html"
  },
  check: (desired) => desired.keys.flatMap((key) => key.aliases.length === 0 ? [
    {
      key: key.name,
      path: ["keys", key.name],
      message: `key \`${key.name}\` has no alias: applications would have to use its key id`
    }
  ] : key.aliases.filter((alias) => !CONVENTIONAL_ALIAS.test(alias)).map((alias) => ({
    key: key.name,
    path: ["keys", key.name, "aliases"],
    message: `alias \`${alias}\` is not lower-case kebab-case`,
    help: `rename it, e.g. \`${conventional(alias)}\` (add the new alias first, move applications, then remove the old one)`
  })))
};
function conventional(alias) {
  return `alias/${alias.slice(6).replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9/]+/g, "-").replace(/^-+|-+$/g, "")}`;
}

// core/lint/policy/statement-label.ts
function statementLabel(document, index) {
  return document.Statement[index]?.Sid ?? `#${index}`;
}

// core/policy/policy-problem.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function toJsonPointer(path) {
  return path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function describeValue(value) {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value == "object" ? "an object" : typeof value == "string" ? `"${value}"` : typeof value == "number" || typeof value == "boolean" ? `${typeof value} ${String(value)}` : typeof value;
}
function suggestName(value, candidates, fallback) {
  if (candidates.length > 0) {
    let candidate = (0, import_fastest_levenshtein.closest)(value, [...candidates]);
    if ((0, import_fastest_levenshtein.distance)(value.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, Math.floor(candidate.length / 4)))
      return `did you mean \`${candidate}\`?`;
  }
  return fallback;
}
function checkFields(value, path, allowed, what, report) {
  for (let field of Object.keys(value)) {
    if (allowed.includes(field)) continue;
    let sameName = allowed.find((name) => name.toLowerCase() === field.toLowerCase());
    report(
      [...path, field],
      "error",
      `unknown ${what} field \`${field}\``,
      sameName === void 0 ? suggestName(field, allowed, `allowed: ${allowed.join(", ")}`) : `write \`${sameName}\`: field names are case-sensitive`
    );
  }
}
function listStrings(value, path, what, report) {
  return typeof value == "string" ? [{ value, path }] : Array.isArray(value) ? (value.length === 0 && report(
    path,
    "error",
    `the ${what} list is empty`,
    "list at least one value, or remove the element"
  ), value.flatMap((item, index) => typeof item == "string" ? [{ value: item, path: [...path, index] }] : (report(
    [...path, index],
    "error",
    `${what} must be a string, got ${describeValue(item)}`,
    "write it as a string"
  ), []))) : (report(
    path,
    "error",
    `${what} must be a string or a list of strings, got ${describeValue(value)}`,
    "write a string or a list of strings"
  ), []);
}

// core/policy/check-policy-actions.ts
function checkPolicyActions(value, path, report) {
  for (let { value: action, path: actionPath } of listStrings(value, path, "action", report)) {
    if (action === "*") continue;
    let colon = action.indexOf(":");
    if (colon < 0) {
      report(actionPath, "error", `\`${action}\` has no service prefix`, `write \`kms:${action}\``);
      continue;
    }
    if (action.slice(0, colon).toLowerCase() !== "kms") {
      report(
        actionPath,
        "error",
        `\`${action}\` is not a KMS action: a key policy controls KMS actions only`,
        "remove it; grant other services' actions in their own policies"
      );
      continue;
    }
    if (KMS_ACTIONS.some((known) => matchWildcard(action, known, !0))) continue;
    let wildcard = action.includes("*") || action.includes("?");
    report(
      actionPath,
      "error",
      wildcard ? `\`${action}\` matches no KMS action` : `\`${action}\` is not a KMS action`,
      suggestName(
        action,
        KMS_ACTIONS,
        "see the KMS actions in the Service Authorization Reference"
      )
    );
  }
}

// core/policy/check-policy-condition.ts
var ENCRYPTION_CONTEXT_KEY = "kms:EncryptionContext:${EncryptionContextKey}", FAMILIES_BY_TYPE = {
  String: ["String", "Arn", "Binary"],
  ArrayOfString: ["String", "Arn"],
  ARN: ["String", "Arn"],
  Bool: ["Bool"],
  Numeric: ["Numeric"],
  Date: ["Date", "Numeric"],
  IPAddress: ["IpAddress"]
};
function checkPolicyCondition(value, path, report, { variablesAllowed }) {
  if (!isRecord(value)) {
    report(
      path,
      "error",
      `Condition must be an object of operators, got ${describeValue(value)}`,
      'write `{"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}`'
    );
    return;
  }
  for (let [operatorName, entries] of Object.entries(value)) {
    let operatorPath = [...path, operatorName], operator = parseConditionOperator(operatorName);
    if (operator === void 0) {
      report(
        operatorPath,
        "error",
        `unknown condition operator \`${operatorName}\``,
        suggestName(
          operatorName.replace(/^(ForAnyValue|ForAllValues):|IfExists$/gi, ""),
          CONDITION_OPERATOR_NAMES,
          'see "IAM JSON policy elements: Condition operators"'
        )
      );
      continue;
    }
    if (operator.canonicalCase || report(
      operatorPath,
      "warning",
      `write the operator \`${operatorName}\` as AWS documents it`,
      `use \`${canonicalName(operator)}\``
    ), !isRecord(entries) || Object.keys(entries).length === 0) {
      report(
        operatorPath,
        "error",
        `\`${operatorName}\` must map condition keys to values, got ${describeValue(entries)}`,
        'write `{"<condition key>": "<value>"}`'
      );
      continue;
    }
    for (let [key, values] of Object.entries(entries))
      checkConditionEntry(operator, key, values, [...operatorPath, key], report, variablesAllowed);
  }
}
function checkConditionEntry(operator, key, values, path, report, variablesAllowed) {
  let known = findConditionKey(key);
  if (known === void 0) {
    let prefix = key.slice(0, key.indexOf(":") + 1).toLowerCase();
    prefix === "aws:" || prefix === "kms:" ? report(
      path,
      "error",
      `unknown condition key \`${key}\``,
      suggestName(
        key,
        CONDITION_KEY_NAMES,
        `see the ${prefix === "kms:" ? "AWS KMS condition keys" : "AWS global condition context keys"}`
      )
    ) : report(
      path,
      "warning",
      `KMS requests never carry the condition key \`${key}\``,
      "use `aws:` global keys or `kms:` keys in a key policy"
    );
  } else
    checkOperatorFitsKey(operator, key, known, path, report);
  let list = Array.isArray(values) ? values : [values];
  list.length === 0 && report(
    path,
    "error",
    `\`${key}\` has no values: the condition can never match`,
    "give at least one value"
  ), list.forEach((item, index) => {
    let itemPath = Array.isArray(values) ? [...path, index] : path;
    if (typeof item != "string" && typeof item != "number" && typeof item != "boolean") {
      report(
        itemPath,
        "error",
        `condition values are strings, numbers or booleans, got ${describeValue(item)}`,
        "write the value as a string"
      );
      return;
    }
    let text = String(item);
    text.includes("${") && !variablesAllowed && report(
      itemPath,
      "warning",
      `\`${text}\` holds a policy variable, which only Version 2012-10-17 supports`,
      'set `"Version": "2012-10-17"`'
    );
    let invalid = invalidValue(operator, text);
    invalid !== void 0 && report(itemPath, "error", invalid.message, invalid.hint);
  });
}
function checkOperatorFitsKey(operator, key, known, path, report) {
  if (operator.family === "Null") return;
  known.key === ENCRYPTION_CONTEXT_KEY && operator.setOperator === "ForAllValues" ? report(
    path,
    "error",
    `ForAllValues with the single-valued \`${key}\` matches requests without that encryption context (KMS refuses it: OverlyPermissiveCondition)`,
    `use \`${canonicalName({ base: operator.base, ifExists: operator.ifExists })}\` without the set operator`
  ) : operator.setOperator !== void 0 && !known.multiValued ? report(
    path,
    "warning",
    `${operator.setOperator} is for multivalued keys; \`${key}\` has a single value`,
    `drop \`${operator.setOperator}:\``
  ) : operator.setOperator === void 0 && known.multiValued && report(
    path,
    "warning",
    `\`${key}\` has several values per request; without ForAnyValue or ForAllValues the meaning is unclear`,
    `write \`ForAnyValue:${operator.base}\` (one value must match) or \`ForAllValues:${operator.base}\` (every value must match)`
  );
  let families = FAMILIES_BY_TYPE[known.type] ?? [];
  families.includes(operator.family) || report(
    path,
    "warning",
    `\`${operator.base}\` compares ${operator.family.toLowerCase()} values, but \`${key}\` is of type ${known.type}`,
    `use a ${families[0] ?? "String"} operator`
  );
}
function invalidValue(operator, text) {
  if (!text.includes("${"))
    switch (operator.family) {
      case "Null":
      case "Bool":
        return /^(true|false)$/i.test(text) ? void 0 : {
          message: `${operator.base} takes true or false, got "${text}"`,
          hint: "write true or false"
        };
      case "Numeric":
        return Number.isFinite(Number(text)) && text.trim() !== "" ? void 0 : {
          message: `${operator.base} takes a number, got "${text}"`,
          hint: "write a number such as 30"
        };
      case "Date":
        return /^-?\d+$/.test(text) || !Number.isNaN(Date.parse(text)) ? void 0 : {
          message: `${operator.base} takes an ISO 8601 date or epoch seconds, got "${text}"`,
          hint: "write a date such as 2026-01-31T00:00:00Z"
        };
      case "IpAddress": {
        let address = text.split("/")[0] ?? "";
        return matchIpAddress(text, address) ? void 0 : {
          message: `${operator.base} takes an IP address or CIDR block, got "${text}"`,
          hint: "write a block such as 203.0.113.0/24"
        };
      }
      case "String":
      case "Arn":
      case "Binary":
        return;
    }
}
function canonicalName(operator) {
  return `${operator.setOperator === void 0 ? "" : `${operator.setOperator}:`}${operator.base}${operator.ifExists ? "IfExists" : ""}`;
}

// core/policy/check-policy-principal.ts
var PRINCIPAL_TYPES = ["AWS", "Service", "Federated", "CanonicalUser"], MANAGED_POLICY = /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\//, SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;
function checkPolicyPrincipal(value, path, report) {
  if (value !== "*") {
    if (!isRecord(value)) {
      report(
        path,
        "error",
        `a principal is "*" or an object such as {"AWS": [...]}, got ${describeValue(value)}`,
        'write `{"AWS": "arn:aws:iam::111122223333:role/name"}`'
      );
      return;
    }
    Object.keys(value).length === 0 && report(
      path,
      "error",
      "the principal names nobody",
      "list principals under `AWS`, `Service`, `Federated` or `CanonicalUser`"
    );
    for (let [type, identifiers] of Object.entries(value)) {
      let typePath = [...path, type];
      if (!PRINCIPAL_TYPES.includes(type)) {
        report(
          typePath,
          "error",
          `unknown principal type \`${type}\``,
          suggestName(type, PRINCIPAL_TYPES, "use AWS, Service, Federated or CanonicalUser")
        );
        continue;
      }
      for (let { value: identifier, path: identifierPath } of listStrings(
        identifiers,
        typePath,
        `${type} principal`,
        report
      ))
        type === "AWS" && checkAwsPrincipal(identifier, identifierPath, report), type === "Service" && !SERVICE_PRINCIPAL.test(identifier) && report(
          identifierPath,
          "error",
          `\`${identifier}\` is not a service principal`,
          "service principals look like `logs.amazonaws.com`; wildcards are not allowed"
        );
    }
  }
}
function checkAwsPrincipal(identifier, path, report) {
  if (identifier === "*") return;
  if (identifier.includes("*") || identifier.includes("?")) {
    report(
      path,
      "error",
      `wildcards are not allowed in principal ARNs: \`${identifier}\``,
      'use `"*"` with a condition such as `aws:PrincipalArn` (ArnLike) or `kms:CallerAccount`'
    );
    return;
  }
  if (MANAGED_POLICY.test(identifier)) {
    report(
      path,
      "error",
      `\`${identifier}\` is an IAM managed policy, not a principal: a policy cannot call KMS`,
      "name the roles or users the managed policy is attached to"
    );
    return;
  }
  let parsed = parsePrincipal(identifier);
  switch (parsed.kind) {
    case "account":
    case "role":
    case "user":
    case "assumed-role":
      return;
    case "unique-id":
      report(
        path,
        "warning",
        `\`${identifier}\` is the unique id of a deleted IAM ${parsed.type}: AWS replaced its ARN, and a new ${parsed.type} with the same name does not match`,
        "remove the principal, or write the ARN of the principal that should have access"
      );
      return;
    case "iam-other":
      if (parsed.resource.startsWith("federated-user/")) return;
      break;
    case "anyone":
    case "service":
    case "other":
      break;
  }
  report(
    path,
    "error",
    `\`${identifier}\` is not an AWS principal`,
    "use an account id, `arn:aws:iam::<account>:root`, or an IAM role or user ARN"
  );
}

// core/policy/check-policy-statement.ts
var STATEMENT_FIELDS = [
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition"
], KEY_RESOURCE = /^arn:[^:]+:kms:[^:]*:[^:]*:key\/.+$/;
function checkPolicyStatement(value, path, report, { sids, variablesAllowed }) {
  if (!isRecord(value)) {
    report(
      path,
      "error",
      `a statement is a JSON object, got ${describeValue(value)}`,
      'write `{ "Effect": ..., "Principal": ..., "Action": ..., "Resource": "*" }`'
    );
    return;
  }
  let at = (...rest) => [...path, ...rest];
  if (checkFields(value, path, STATEMENT_FIELDS, "statement", report), value.Sid !== void 0)
    if (typeof value.Sid != "string")
      report(
        at("Sid"),
        "error",
        `Sid must be a string, got ${describeValue(value.Sid)}`,
        "write the statement id as a string"
      );
    else {
      let previous = sids.get(value.Sid);
      previous !== void 0 ? report(
        at("Sid"),
        "warning",
        `Sid "${value.Sid}" is also used by ${previous}`,
        "give every statement its own Sid, so findings and diffs can name it"
      ) : sids.set(value.Sid, toJsonPointer(path));
    }
  let effect = value.Effect;
  if (effect === void 0)
    report(
      path,
      "error",
      "the statement has no `Effect`",
      'add `"Effect": "Allow"` or `"Effect": "Deny"`'
    );
  else if (effect !== "Allow" && effect !== "Deny") {
    let fix = typeof effect == "string" && /^(allow|deny)$/i.test(effect);
    report(
      at("Effect"),
      "error",
      `Effect must be "Allow" or "Deny", got ${describeValue(effect)}`,
      fix ? `write "${effect.charAt(0).toUpperCase()}${effect.slice(1).toLowerCase()}": the value is case-sensitive` : 'use "Allow" or "Deny"'
    );
  }
  checkExactlyOne(
    value,
    path,
    "Principal",
    "NotPrincipal",
    "a key policy statement must name its principals",
    report
  );
  for (let field of ["Principal", "NotPrincipal"])
    value[field] !== void 0 && checkPolicyPrincipal(value[field], at(field), report);
  value.NotPrincipal !== void 0 && value.Principal === void 0 && effect === "Allow" && report(
    at("NotPrincipal"),
    "warning",
    "Allow with NotPrincipal allows everyone not listed, including anonymous and other accounts",
    "name the allowed principals in `Principal` instead"
  ), checkExactlyOne(
    value,
    path,
    "Action",
    "NotAction",
    "a statement must say which actions it covers",
    report
  );
  for (let field of ["Action", "NotAction"])
    value[field] !== void 0 && checkPolicyActions(value[field], at(field), report);
  value.Resource === void 0 && value.NotResource === void 0 ? report(
    path,
    "error",
    "the statement has no `Resource`",
    'add `"Resource": "*"`: in a key policy, `*` is the key itself'
  ) : checkExactlyOne(value, path, "Resource", "NotResource", "", report);
  for (let field of ["Resource", "NotResource"])
    value[field] !== void 0 && checkResources(value[field], at(field), report);
  value.Condition !== void 0 && checkPolicyCondition(value.Condition, at("Condition"), report, { variablesAllowed });
}
function checkExactlyOne(statement, path, field, negated, missing, report) {
  let has = statement[field] !== void 0, hasNegated = statement[negated] !== void 0;
  has && hasNegated ? report(
    [...path, negated],
    "error",
    `a statement has either \`${field}\` or \`${negated}\`, not both`,
    `remove \`${negated}\`, or move its values into a separate statement`
  ) : !has && !hasNegated && missing !== "" && report(
    path,
    "error",
    `the statement has no \`${field}\`: ${missing}`,
    `add \`"${field}": ...\``
  );
}
function checkResources(value, path, report) {
  for (let { value: resource, path: resourcePath } of listStrings(
    value,
    path,
    "resource",
    report
  ))
    resource === "*" || KEY_RESOURCE.test(resource) || report(
      resourcePath,
      "warning",
      `\`${resource}\` is not a KMS key ARN: it never matches this key`,
      'use `"*"`: in a key policy it stands for the key itself'
    );
}

// core/policy/parse-key-policy.ts
var MAX_KEY_POLICY_BYTES = 32768, TOP_LEVEL_FIELDS = ["Version", "Id", "Statement"], VERSIONS = ["2012-10-17", "2008-10-17"];
function parseKeyPolicy(input) {
  let problems = [], errors = 0, report = (path, severity, message, hint) => {
    problems.push({ path: toJsonPointer(path), severity, message, hint }), severity === "error" && (errors += 1);
  }, data = input, textProblems = [];
  if (typeof input == "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return report(
        [],
        "error",
        `the key policy is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        "check for missing commas, quotes or brackets"
      ), { ok: !1, problems };
    }
    textProblems = duplicateKeyProblems(input);
  }
  if (!isRecord(data))
    return report(
      [],
      "error",
      `a key policy is a JSON object, got ${describeValue(data)}`,
      'write `{ "Version": "2012-10-17", "Statement": [ ... ] }`'
    ), { ok: !1, problems };
  let size = new TextEncoder().encode(JSON.stringify(data)).length;
  size > MAX_KEY_POLICY_BYTES && report(
    [],
    "error",
    `a key policy must be at most ${MAX_KEY_POLICY_BYTES} bytes, got ${size}`,
    "merge statements that share principals and actions, or move grants of access to IAM policies and grants"
  ), checkFields(data, [], TOP_LEVEL_FIELDS, "policy", report);
  let version = checkVersion(data, report), statements = statementsOf(data.Statement, report), variablesAllowed = version !== "2008-10-17" && version !== void 0, sids = /* @__PURE__ */ new Map(), broken = /* @__PURE__ */ new Set();
  statements.forEach(({ value, path }, index) => {
    let errorsBefore = errors;
    checkPolicyStatement(value, path, report, { sids, variablesAllowed }), errors > errorsBefore && broken.add(index);
  });
  let frameUnderstood = statements.length > 0;
  for (let { problem, objectPath } of textProblems) {
    problems.push(problem), errors += 1;
    let owner = ownerStatement(objectPath, data.Statement);
    owner !== void 0 ? broken.add(owner) : frameUnderstood = !1;
  }
  return errors > 0 ? frameUnderstood ? { ok: !1, problems, understood: understand(statements, broken, version) } : { ok: !1, problems } : { ok: !0, policy: {
    ...data,
    Version: version ?? "2008-10-17",
    Statement: statements.map(({ value }) => value)
  }, problems };
}
function checkVersion(data, report) {
  data.Id !== void 0 && typeof data.Id != "string" && report(
    ["Id"],
    "error",
    `Id must be a string, got ${describeValue(data.Id)}`,
    "remove `Id` or make it a string"
  );
  let version = data.Version;
  if (version === void 0) {
    report(
      [],
      "warning",
      "the key policy has no `Version`: AWS reads it as 2008-10-17, without policy variables",
      'add `"Version": "2012-10-17"`'
    );
    return;
  }
  return typeof version != "string" || !VERSIONS.includes(version) ? (report(
    ["Version"],
    "error",
    `Version must be "2012-10-17" or "2008-10-17", got ${describeValue(version)}`,
    'use `"Version": "2012-10-17"`, the current policy language version'
  ), "2012-10-17") : version;
}
function ownerStatement(objectPath, statementData) {
  if (objectPath[0] === "Statement")
    return Array.isArray(statementData) ? typeof objectPath[1] == "number" ? objectPath[1] : void 0 : isRecord(statementData) ? 0 : void 0;
}
function statementsOf(statementData, report) {
  return statementData === void 0 ? (report(
    [],
    "error",
    "the key policy has no `Statement`",
    'add `"Statement": [ ... ]` with at least one statement'
  ), []) : Array.isArray(statementData) ? (statementData.length === 0 && report(
    ["Statement"],
    "error",
    "the key policy has no statements: nobody, not even the account, could use or manage the key",
    "add at least the statement that allows the account root `kms:*`"
  ), statementData.map((value, index) => ({ value, path: ["Statement", index] }))) : isRecord(statementData) ? [{ value: statementData, path: ["Statement"] }] : (report(
    ["Statement"],
    "error",
    `Statement must be a list of statements, got ${describeValue(statementData)}`,
    'write `"Statement": [ { "Effect": "Allow", ... } ]`'
  ), []);
}
function duplicateKeyProblems(text) {
  return findDuplicateJsonKeys(text).map((duplicate) => ({
    objectPath: duplicate.objectPath,
    problem: {
      path: toJsonPointer([...duplicate.objectPath, duplicate.name]),
      severity: "error",
      message: `\`${duplicate.name}\` appears twice in one object (first at line ${duplicate.first.line}, column ${duplicate.first.column}): JSON readers differ on which one counts (RFC 8259 section 4), so this part of the policy has no single meaning`,
      hint: `keep one \`${duplicate.name}\` and merge the values into it`,
      position: { line: duplicate.line, column: duplicate.column }
    }
  }));
}
function understand(statements, broken, version) {
  let kept = [], indexes = [], excluded = [];
  return statements.forEach(({ value, path }, index) => {
    if (broken.has(index)) {
      let sid = isRecord(value) && typeof value.Sid == "string" ? value.Sid : void 0;
      excluded.push({ index, label: sid ?? `#${index}`, path: [...path], statement: value });
      return;
    }
    let statement = value;
    kept.push(
      statement.Sid === void 0 && kept.length !== index ? { ...statement, Sid: `#${index}` } : statement
    ), indexes.push(index);
  }), {
    document: { Version: version ?? "2008-10-17", Statement: kept },
    indexes,
    excluded
  };
}

// core/lint/policy/usable-policy-document.ts
var parsedDocuments = /* @__PURE__ */ new WeakMap();
function parsePolicyOnce(document) {
  if (typeof document != "object" || document === null) return parseKeyPolicy(document);
  let parsed = parsedDocuments.get(document);
  return parsed === void 0 && (parsed = parseKeyPolicy(document), parsedDocuments.set(document, parsed)), parsed;
}
function usablePolicyDocument(document) {
  if (document === void 0) return;
  let parsed = parsePolicyOnce(document);
  return parsed.ok ? parsed.policy : void 0;
}

// core/lint/rules/aws-managed-key.ts
var AWS_MANAGED_CONDITION_KEYS = ["kms:calleraccount", "kms:viaservice"], awsManagedKey = {
  kind: "manifest",
  id: "aws-managed-key",
  defaultSeverity: "warning",
  summary: "A key's policy copies an AWS managed key's: anyone in the account may use it through the service.",
  rationale: "Customer managed keys exist so that you decide who uses a key. An AWS managed key (`alias/aws/s3`...) lets every principal of the account that may call the service use it, its policy cannot be changed, and it cannot be disabled, rotated on your schedule, or shared across accounts. A customer managed key with the same wildcard policy pays for a CMK and keeps the AWS managed key's weaknesses.",
  help: "replace the wildcard statement with named key users (`policy: { users: [...], via_service: [...] }`)",
  practice: {
    title: "CMKs, never AWS managed keys (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    if (key.policy?.kind !== "document") return [];
    let document = usablePolicyDocument(key.policy.document);
    if (document === void 0) return [];
    let probe = `arn:${partitionOf(key)}:iam::${key.account}:role/kms-action-probe`, issues = [];
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.value !== "*") continue;
      let statement = document.Statement[principal.statement];
      if (statement === void 0 || !hasAwsManagedConditions(statement.Condition)) continue;
      let label2 = statementLabel(document, principal.statement), permitted = findPermission(document, {
        principal: probe,
        action: "kms:Decrypt",
        perspective: { kind: "insider" }
      });
      permitted?.decision.statements.includes(label2) === !0 && issues.push({
        key: key.name,
        path: ["keys", key.name, "policy", "document", "Statement", principal.statement],
        message: `key \`${key.name}\` has an AWS managed key's policy: statement \`${label2}\` lets every principal of account ${key.account} use it through ${permitted.request.viaService ?? "the service"}`
      });
    }
    return issues;
  })
};
function hasAwsManagedConditions(condition) {
  let keys = /* @__PURE__ */ new Set();
  for (let [operatorName, entries] of Object.entries(condition ?? {}))
    if (parseConditionOperator(operatorName)?.negated === !1)
      for (let key of Object.keys(entries)) keys.add(key.toLowerCase());
  return AWS_MANAGED_CONDITION_KEYS.every((key) => keys.has(key));
}

// core/lint/exact-json-of.ts
function exactJsonOf(value) {
  if (holdsExactJson(value))
    try {
      return JSON.stringify(value);
    } catch {
      return;
    }
}
function holdsExactJson(root) {
  let pending = [root], walked = /* @__PURE__ */ new Set();
  for (; pending.length > 0; ) {
    let value = pending.pop();
    switch (typeof value) {
      case "string":
      case "boolean":
        continue;
      case "number":
        if (!Number.isFinite(value) || Object.is(value, -0)) return !1;
        continue;
      case "object": {
        if (value === null || walked.has(value)) continue;
        if (walked.add(value), Array.isArray(value)) {
          for (let index = 0; index < value.length; index += 1) {
            if (!(index in value)) return !1;
            pending.push(value[index]);
          }
          continue;
        }
        let prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) return !1;
        for (let member of Object.values(value)) pending.push(member);
        continue;
      }
      default:
        return !1;
    }
  }
  return !0;
}

// core/lint/abstract-policy-principals.ts
var PLACEHOLDER_PREFIX = "KmsActionPlaceholder", PLACEHOLDER = /KmsActionPlaceholder(\d+)X/gi, MAY_HOLD_PLACEHOLDER = /KmsActionPlaceholder/i, PLAIN_VALUE = /^[A-Za-z0-9_.@=+,-]{1,64}$/, EQUALITY_OPERATORS = /* @__PURE__ */ new Set(["StringEquals", "StringNotEquals"]), NAMED_PRINCIPAL = /^arn:(aws[a-z-]*):iam::(\d{12}):(role|user)\/([A-Za-z0-9+=,.@_-]{1,64})$/, SIZE_MARGIN = 4096, NAME_INDEPENDENT_CONDITION_KEYS = /* @__PURE__ */ new Set([
  "kms:encryptioncontextkeys",
  "kms:viaservice",
  "kms:calleraccount",
  "aws:principalaccount",
  "aws:principalisawsservice",
  "aws:multifactorauthpresent",
  "aws:multifactorauthage",
  "kms:grantisforawsresource",
  "kms:grantoperations",
  "aws:securetransport",
  "aws:viaawsservice",
  "kms:encryptionalgorithm",
  "kms:signingalgorithm",
  "kms:macalgorithm",
  "kms:requestalias",
  "kms:resourcealiases",
  "kms:keyspec",
  "kms:keyusage",
  "kms:keyorigin",
  "aws:requestedregion",
  "aws:currenttime",
  "aws:sourceip"
]), ENCRYPTION_CONTEXT_PREFIX2 = "kms:encryptioncontext:";
function abstractPolicyPrincipals(raw, scope) {
  if (typeof raw != "object" || raw === null) return abstractOnce(raw, scope);
  let scopeKey = `${scope.account ?? ""}:${scope.partition ?? ""}`, byScope = abstractions.get(raw);
  return byScope === void 0 && (byScope = /* @__PURE__ */ new Map(), abstractions.set(raw, byScope)), byScope.has(scopeKey) || byScope.set(scopeKey, abstractOnce(raw, scope)), byScope.get(scopeKey);
}
var abstractions = /* @__PURE__ */ new WeakMap();
function abstractOnce(raw, scope) {
  let text = exactJsonOf(raw);
  if (text === void 0) return;
  let asWritten2 = {
    raw,
    shape: text,
    replaced: 0,
    restore: (value) => value
  }, lower = text.toLowerCase();
  if (scope.account === void 0 || text.includes("${") || lower.includes(PLACEHOLDER_PREFIX.toLowerCase()) || !isRecord2(raw))
    return asWritten2;
  let found = abstractionCandidates(raw, scope.account, scope.partition ?? "aws");
  if (found === void 0) return asWritten2;
  let { principals: candidates, values } = found, spellings = /* @__PURE__ */ new Map();
  for (let arn of candidates.keys()) {
    let folded = arn.toLowerCase();
    spellings.set(folded, (spellings.get(folded) ?? 0) + 1);
  }
  let originals = [], placeholders = /* @__PURE__ */ new Map();
  for (let [arn, uses] of candidates) {
    let match = NAMED_PRINCIPAL.exec(arn), name = match?.[4];
    if (match === null || name === void 0 || spellings.get(arn.toLowerCase()) !== 1 || /\d{12}/.test(name) || occurrences(lower, name.toLowerCase()) !== uses) continue;
    let placeholder = `${PLACEHOLDER_PREFIX}${originals.length}X`;
    placeholders.set(
      arn,
      `arn:${match[1] ?? "aws"}:iam::${match[2] ?? ""}:${match[3] ?? ""}/${placeholder}`
    ), originals.push(name);
  }
  for (let [value, uses] of values ?? [])
    /\d{12}/.test(value) || occurrences(lower, value.toLowerCase()) !== uses || (placeholders.set(value, `${PLACEHOLDER_PREFIX}${originals.length}X`), originals.push(value));
  if (originals.length === 0) return asWritten2;
  let shape = text;
  for (let [written, placeholder] of placeholders)
    shape = shape.split(`"${written}"`).join(`"${placeholder}"`);
  let limit = MAX_KEY_POLICY_BYTES - SIZE_MARGIN;
  if (utf8Bytes(text) > limit || utf8Bytes(shape) > limit) return asWritten2;
  let restoreText = (value) => {
    if (!MAY_HOLD_PLACEHOLDER.test(value)) return value;
    let state = { exact: !0 }, restored = value.replace(PLACEHOLDER, (found2, index) => {
      let original = originals[Number(index)], placeholder = `${PLACEHOLDER_PREFIX}${Number(index)}X`;
      return original !== void 0 && found2 === placeholder ? original : original !== void 0 && found2 === placeholder.toLowerCase() ? original.toLowerCase() : (state.exact = !1, found2);
    });
    return state.exact ? restored : void 0;
  }, data;
  return {
    // Only a shape not seen before is read: most keys of a manifest never need the copy.
    get raw() {
      return data ??= JSON.parse(shape), data;
    },
    shape,
    replaced: originals.length,
    restore: (value) => {
      let state = { exact: !0 }, restored = mapStrings(
        value,
        (text2) => {
          let back = restoreText(text2);
          return back === void 0 && (state.exact = !1), back ?? text2;
        },
        () => {
          state.exact = !1;
        }
      );
      return state.exact ? restored : void 0;
    }
  };
}
function abstractionCandidates(document, account, partition) {
  let statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement], principals = /* @__PURE__ */ new Map(), values = /* @__PURE__ */ new Map(), valuesAbstracted = !0;
  for (let statement of statements) {
    if (!isRecord2(statement)) return;
    for (let field of ["Principal", "NotPrincipal"]) {
      let principal = statement[field];
      if (principal === void 0) continue;
      let named = principalValues(principal);
      if (named === void 0) return;
      for (let { type, value } of named) {
        if (value !== "*" && (value.includes("*") || value.includes("?"))) return;
        if (field !== "Principal" || type !== "AWS") continue;
        let match = NAMED_PRINCIPAL.exec(value);
        match?.[1] !== partition || match[2] !== account || principals.set(value, (principals.get(value) ?? 0) + 1);
      }
    }
    let condition = statement.Condition;
    if (condition !== void 0) {
      if (!isRecord2(condition)) return;
      for (let [operator, block] of Object.entries(condition)) {
        if (!isRecord2(block)) return;
        /like|ignorecase/i.test(operator) && (valuesAbstracted = !1);
        for (let [key, listed] of Object.entries(block)) {
          let folded = key.toLowerCase(), context = folded.startsWith(ENCRYPTION_CONTEXT_PREFIX2) && folded.length > ENCRYPTION_CONTEXT_PREFIX2.length;
          if (!context && !NAME_INDEPENDENT_CONDITION_KEYS.has(folded)) return;
          if (context) {
            if (!EQUALITY_OPERATORS.has(operator)) {
              valuesAbstracted = !1;
              continue;
            }
            for (let value of Array.isArray(listed) ? listed : [listed])
              typeof value == "string" && PLAIN_VALUE.test(value) && values.set(value, (values.get(value) ?? 0) + 1);
          }
        }
      }
    }
  }
  return { principals, values: valuesAbstracted ? values : void 0 };
}
function principalValues(principal) {
  if (typeof principal == "string") return [{ type: "", value: principal }];
  if (!isRecord2(principal)) return;
  let values = [];
  for (let [type, listed] of Object.entries(principal))
    for (let value of Array.isArray(listed) ? listed : [listed]) {
      if (typeof value != "string") return;
      values.push({ type, value });
    }
  return values;
}
function occurrences(text, part) {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count += 1;
  return count;
}
function utf8Bytes(text) {
  return new TextEncoder().encode(text).byteLength;
}
function isRecord2(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function mapStrings(value, map, opaque = () => {
}) {
  if (typeof value == "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map, opaque));
  if ((typeof value == "function" || typeof value == "symbol") && opaque(), typeof value != "object" || value === null) return value;
  let prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    return opaque(), value;
  let copy = Object.create(prototype);
  for (let [name, member] of Object.entries(value))
    Object.defineProperty(copy, name, {
      value: mapStrings(member, map, opaque),
      enumerable: !0,
      writable: !0,
      configurable: !0
    });
  return copy;
}

// core/lint/rules/compliance-isolation.ts
var MAX_NAMED_KEYS = 10, complianceIsolation = {
  kind: "manifest",
  id: "compliance-isolation",
  defaultSeverity: "warning",
  summary: "A principal uses keys of a compliance domain and keys outside it.",
  rationale: "A compliance domain (PCI DSS, HIPAA...) keeps its scope small by isolating who touches its data. A role that decrypts card data and also general application data brings every system it runs on into the audit scope, and a compromise of the general workload reaches the regulated data.",
  help: "give the regulated workload its own role, used only with keys of its compliance domain",
  practice: {
    title: "One key per service x environment x compliance domain (SPEC section 1)",
    url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-kms-best-practices/data-protection-key-management.html"
  },
  check: (desired, run) => {
    let share = run?.sharePolicyShapes ?? !0, policyUsers = /* @__PURE__ */ new Map(), usersByKey = new Map(
      desired.keys.map((key) => [key.name, usersOf(key, share ? policyUsers : void 0)])
    ), keysByUser = /* @__PURE__ */ new Map();
    for (let key of desired.keys)
      for (let principal of usersByKey.get(key.name) ?? []) {
        let keys = keysByUser.get(principal) ?? [];
        keys.push(key), keysByUser.set(principal, keys);
      }
    let issues = [];
    for (let key of desired.keys) {
      if (key.compliance === void 0) continue;
      let domain = key.compliance.toLowerCase();
      for (let principal of usersByKey.get(key.name) ?? []) {
        let others = (keysByUser.get(principal) ?? []).filter(
          (other) => (other.compliance?.toLowerCase() ?? "") !== domain
        );
        if (others.length === 0) continue;
        let shown = others.slice(0, MAX_NAMED_KEYS).map((other) => `\`${other.name}\` (${other.compliance ?? "no compliance domain"})`);
        others.length > MAX_NAMED_KEYS && shown.push(`${others.length - MAX_NAMED_KEYS} more keys`);
        let described = shown.join(", ");
        issues.push({
          key: key.name,
          path: ["keys", key.name, "compliance"],
          message: `\`${principal}\` uses key \`${key.name}\` of compliance domain \`${key.compliance}\` and also ${described}`
        });
      }
    }
    return issues;
  }
};
function usersOf(key, policyUsers) {
  let users = new Set(key.grants.map((grant) => grant.granteePrincipal.toLowerCase()));
  if (key.policy === void 0) return users;
  let actions = sensitiveActionsOf(key);
  if (policyUsers === void 0) {
    let document = usablePolicyDocument(key.policy.document);
    for (let user of document === void 0 ? [] : policyUsersOf(document, actions))
      users.add(user);
    return users;
  }
  let abstracted = abstractPolicyPrincipals(key.policy.document, {
    account: key.account,
    partition: partitionOf(key)
  }), cacheKey = abstracted === void 0 ? void 0 : `${JSON.stringify(actions)}
${abstracted.shape}`, shared = cacheKey === void 0 ? void 0 : policyUsers.get(cacheKey);
  if (shared === void 0) {
    let document = usablePolicyDocument(abstracted?.raw ?? key.policy.document);
    shared = document === void 0 ? /* @__PURE__ */ new Set() : policyUsersOf(document, actions), cacheKey !== void 0 && policyUsers.set(cacheKey, shared);
  }
  let fromPolicy = abstracted === void 0 ? shared : abstracted.restore([...shared]);
  if (fromPolicy === void 0) return usersOf(key, void 0);
  for (let user of fromPolicy) users.add(user);
  return users;
}
function policyUsersOf(document, actions) {
  let users = /* @__PURE__ */ new Set();
  for (let principal of listPolicyPrincipals(document)) {
    if (principal.effect !== "Allow" || principal.negated || principal.type !== "AWS" || !["role", "user", "assumed-role"].includes(principal.parsed.kind)) continue;
    actions.some(
      (action) => findPermission(document, {
        principal: principal.value,
        action,
        perspective: { kind: "insider" }
      }) !== void 0
    ) && users.add(principal.value.toLowerCase());
  }
  return users;
}

// core/lint/policy/expand-statement-actions.ts
function expandStatementActions(statement) {
  if (statement.NotAction !== void 0) {
    let excluded = toList(statement.NotAction);
    return KMS_ACTIONS.filter(
      (action) => !excluded.some((pattern) => matchWildcard(pattern, action, !0))
    );
  }
  let patterns = toList(statement.Action);
  return KMS_ACTIONS.filter(
    (action) => patterns.some((pattern) => matchWildcard(pattern, action, !0))
  );
}

// core/lint/policy/key-account-of.ts
function keyAccountOf(target) {
  if (target.account !== void 0) return target.account;
  let roots = listPolicyPrincipals(target.document).flatMap(
    (principal) => principal.effect === "Allow" && !principal.negated && principal.parsed.kind === "account" ? [{ account: principal.parsed.account, statement: principal.statement }] : []
  ), accounts = new Set(roots.map((root) => root.account));
  if (accounts.size <= 1) return [...accounts][0];
  let managing = new Set(
    roots.filter((root) => {
      let statement = target.document.Statement[root.statement];
      return statement !== void 0 && expandStatementActions(statement).includes("kms:PutKeyPolicy");
    }).map((root) => root.account)
  );
  return managing.size === 1 ? [...managing][0] : void 0;
}

// core/lint/rules/cross-account-access.ts
var CALLER_ACCOUNT_KEYS = /* @__PURE__ */ new Set(["kms:calleraccount", "aws:principalaccount"]), crossAccountAccess = {
  kind: "policy",
  id: "cross-account-access",
  defaultSeverity: "warning",
  summary: "An account or organisation gets access as a whole, or a foreign principal may manage the key.",
  rationale: "Cross-account access belongs in the key policy, to named principals with named actions. Naming another account (`arn:aws:iam::222222222222:root`) hands the decision to that account's IAM administrators; letting a foreign principal change the policy, disable or delete the key puts your data in their hands.",
  help: "name the foreign role (`cross_account: [{principal: arn:aws:iam::222222222222:role/App, actions: [Decrypt]}]`) and give it cryptographic actions only",
  practice: {
    title: "Cross-account access only through the key policy, to named principals (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target);
    if (account === void 0) return [];
    let issues = [], reported = /* @__PURE__ */ new Set();
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.type !== "AWS") continue;
      let { parsed } = principal, statement = document.Statement[principal.statement];
      if (statement !== void 0) {
        if (parsed.kind === "account" && parsed.account !== account) {
          let probe = `arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`, actions = expandStatementActions(statement).filter(
            (action) => findPermission(document, {
              key: target.key,
              principal: probe,
              action,
              perspective: { kind: "insider" },
              delegation: !0
            }) !== void 0
          );
          if (actions.length === 0 || reported.has(parsed.account)) continue;
          reported.add(parsed.account), issues.push({
            message: `the whole account ${parsed.account} may call ${summarizeActions(actions)}: its IAM administrators decide which of their principals use the key`,
            path: principal.path,
            principal: principal.value
          });
        } else if ((parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role") && parsed.account !== account) {
          let manages = ADMIN_ACTIONS.filter(
            (action) => findPermission(document, {
              key: target.key,
              principal: principal.value,
              action,
              perspective: { kind: "insider" }
            }) !== void 0
          );
          if (manages.length === 0 || reported.has(principal.value)) continue;
          reported.add(principal.value), issues.push({
            message: `\`${principal.value}\` of account ${parsed.account} may manage the key (${manages.join(", ")})`,
            path: principal.path,
            principal: principal.value
          });
        } else if (parsed.kind === "anyone") {
          let actionsGrantedTo = (probe) => expandStatementActions(statement).filter(
            (action) => findPermission(document, {
              key: target.key,
              principal: probe,
              action,
              perspective: { kind: "insider" }
            })?.decision.statements.includes(statement.Sid ?? `#${principal.statement}`) === !0
          );
          for (let foreign of foreignCallerAccounts(statement.Condition, account)) {
            if (reported.has(foreign)) continue;
            let probe = `arn:${target.partition}:iam::${foreign}:role/kms-action-probe`, actions = actionsGrantedTo(probe);
            actions.length !== 0 && (reported.add(foreign), issues.push({
              message: `every principal of account ${foreign} may call ${summarizeActions(actions)} (wildcard principal limited to that account)`,
              path: principal.path
            }));
          }
          for (let organization of organizationsOf(statement.Condition)) {
            let label2 = `${organization.key}:${organization.value}`;
            if (reported.has(label2)) continue;
            let foreign = account === "999999999999" ? "999999999998" : "999999999999", probe = `arn:${target.partition}:iam::${foreign}:role/kms-action-probe`, actions = actionsGrantedTo(probe);
            if (actions.length === 0) continue;
            reported.add(label2);
            let what = organization.key === "aws:principalorgid" ? "organization" : "organization path";
            issues.push({
              message: `every principal of the ${what} ${organization.value} may call ${summarizeActions(actions)} (wildcard principal limited by \`${organization.name}\`): every account of it, not only ${account}`,
              help: "if the whole organisation is meant, say why in `lint_ignore`; otherwise narrow it to organisational units (`organization: { paths: [...] }`) and to the actions members need (`actions:`), or name the foreign roles under `cross_account`",
              path: principal.path
            });
          }
        }
      }
    }
    return issues;
  }
}, ORGANIZATION_KEYS = /* @__PURE__ */ new Set(["aws:principalorgid", "aws:principalorgpaths"]);
function organizationsOf(condition) {
  let found = [];
  for (let [operatorName, entries] of Object.entries(condition ?? {})) {
    let operator = parseConditionOperator(operatorName);
    if (!(operator === void 0 || operator.negated || operator.family !== "String"))
      for (let [name, values] of Object.entries(entries)) {
        let key = name.toLowerCase();
        if (ORGANIZATION_KEYS.has(key))
          for (let value of toList(values).map(String)) found.push({ key, name, value });
      }
  }
  return found;
}
function foreignCallerAccounts(condition, account) {
  let accounts = /* @__PURE__ */ new Set();
  for (let [operatorName, entries] of Object.entries(condition ?? {})) {
    let operator = parseConditionOperator(operatorName);
    if (!(operator === void 0 || operator.negated)) {
      for (let [key, values] of Object.entries(entries))
        if (CALLER_ACCOUNT_KEYS.has(key.toLowerCase()))
          for (let value of toList(values).map(String))
            /^\d{12}$/.test(value) && value !== account && accounts.add(value);
    }
  }
  return [...accounts];
}

// core/lint/rules/deletion-window.ts
var RECOMMENDED_DELETION_WINDOW_DAYS = 30, deletionWindow = {
  kind: "manifest",
  id: "deletion-window",
  defaultSeverity: "notice",
  summary: `The deletion waiting period is shorter than ${RECOMMENDED_DELETION_WINDOW_DAYS} days.`,
  rationale: `Deleting a key destroys every ciphertext it protects. The waiting period is the time left to notice a mistaken or malicious ScheduleKeyDeletion and cancel it; ${RECOMMENDED_DELETION_WINDOW_DAYS} days, the maximum, gives monitoring and people the most time. Outside production a shorter window can be a deliberate choice: it is a notice there, an error in production.`,
  help: `set \`deletion_window_in_days: ${RECOMMENDED_DELETION_WINDOW_DAYS}\`; for a non-production environment where a short window is intended, set the rule to \`off\` under \`lint.environments.<environment>.rules\``,
  practice: {
    title: "Deletion window 30 days in production (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#deleting-keys-scheduling-key-deletion"
  },
  check: (desired) => desired.keys.filter((key) => key.deletionWindowInDays < RECOMMENDED_DELETION_WINDOW_DAYS).map((key) => ({
    key: key.name,
    path: keyOrDefaultsPath(desired, key.name, ["deletion_window_in_days"]),
    message: `key \`${key.name}\` has a deletion window of ${key.deletionWindowInDays} days, under ${RECOMMENDED_DELETION_WINDOW_DAYS}${key.environment === void 0 ? "" : ` (environment \`${key.environment}\`)`}`
  }))
};

// core/lint/policy/parse-json-pointer.ts
function parseJsonPointer(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~")).map((part) => /^(0|[1-9]\d*)$/.test(part) ? Number(part) : part);
}

// core/lint/rules/invalid-policy.ts
var invalidPolicy = {
  kind: "policy",
  id: "invalid-policy",
  readsRawDocument: !0,
  defaultSeverity: "error",
  summary: "The key policy is not valid, or does not mean what it says.",
  rationale: "KMS refuses an invalid key policy at apply time, half way through a rollout; other mistakes (a condition key KMS never sends, a Resource that is not this key, an operator in the wrong casing, the unique id of a deleted role) are accepted but silently never match, so the statement does not do what it reads. A name repeated in one JSON object is read differently by different JSON readers, so the policy has no single meaning. A manifest with a policy KMS would refuse is invalid before linting; the rest is reported here, at most as a warning. Every invalid part is reported at once, and the other policy rules still judge the statements without errors.",
  help: "fix the policy as the message says",
  practice: {
    title: "The key policy is the source of truth (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html"
  },
  check: ({ problems }) => problems.map((problem) => ({
    message: problem.message,
    help: problem.hint,
    path: parseJsonPointer(problem.path),
    ...problem.position === void 0 ? {} : { position: problem.position },
    ...problem.severity === "warning" ? { maxSeverity: "warning" } : {}
  }))
};

// core/lint/rules/missing-encryption-context.ts
var missingEncryptionContext = {
  kind: "policy",
  id: "missing-encryption-context",
  defaultSeverity: "warning",
  summary: "A principal may use the key directly without an encryption context.",
  rationale: "An encryption context binds each ciphertext to what it protects: ciphertext copied to another record or tenant does not decrypt, and CloudTrail records the context of every use. Requiring one on every direct use, or confining use to an AWS service that sets its own context (`kms:ViaService`), keeps that binding.",
  help: "set `encryption_context: {<key>: <value>}` in the policy intent (or a `kms:EncryptionContext:<key>` condition), or restrict use with `via_service`",
  practice: {
    title: "Encryption context binds ciphertext (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target), contextActions = contextActionsOf(target);
    if (contextActions.length === 0) return [];
    let issues = [], seen = /* @__PURE__ */ new Set();
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.type !== "AWS") continue;
      let { parsed } = principal, probe, delegation = !1;
      if (parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role")
        probe = principal.value;
      else if (parsed.kind === "account" && account !== void 0 && parsed.account !== account)
        probe = `arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`, delegation = !0;
      else
        continue;
      if (seen.has(probe.toLowerCase())) continue;
      seen.add(probe.toLowerCase());
      let bare2 = contextActions.filter(
        (action) => findPermission(document, {
          key: target.key,
          principal: probe,
          action,
          perspective: { kind: "insider" },
          bare: !0,
          delegation
        }) !== void 0
      );
      bare2.length !== 0 && issues.push({
        message: `\`${principal.value}\` may call ${bare2.join(", ")} directly without an encryption context`,
        path: principal.path,
        principal: principal.value
      });
    }
    return issues;
  }
};

// core/lint/rules/missing-mfa-guard.ts
var missingMfaGuard = {
  kind: "policy",
  id: "missing-mfa-guard",
  defaultSeverity: "warning",
  summary: "Scheduling deletion or disabling the key does not require MFA.",
  rationale: "Ransomware shield: stolen credentials without MFA must not be able to disable the key or schedule its deletion. An explicit Deny of `kms:ScheduleKeyDeletion` and `kms:DisableKey` with `BoolIfExists: {aws:MultiFactorAuthPresent: false}` stops them for every principal, whatever IAM policies say. The plan flags changes the (MFA-less) pipeline then cannot make, with the break-glass procedure.",
  help: 'keep `require_mfa_for: [ScheduleKeyDeletion, DisableKey]` (the default), or add a Deny of those actions with `"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`',
  practice: {
    title: "ScheduleKeyDeletion and DisableKey denied without MFA (SPEC section 1)",
    url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target), principals = listPolicyPrincipals(document), probes = /* @__PURE__ */ new Map(), addProbe = (principal, delegation) => {
      probes.set(principal.toLowerCase(), { principal, delegation });
    };
    for (let principal of principals) {
      if (principal.type !== "AWS") continue;
      let { parsed } = principal, named = parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role";
      principal.effect === "Deny" && principal.negated && named && addProbe(principal.value, !0), !(principal.effect !== "Allow" || principal.negated) && (named ? addProbe(principal.value, !1) : parsed.kind === "account" && addProbe(`arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`, !0));
    }
    account !== void 0 && addProbe(`arn:${target.partition}:iam::${account}:role/kms-action-probe`, !0);
    let unguarded = /* @__PURE__ */ new Set(), who = /* @__PURE__ */ new Set();
    for (let action of MFA_GUARDED_ACTIONS)
      for (let probe of probes.values())
        for (let mfa of ["absent", "false"])
          findPermission(document, {
            key: target.key,
            principal: probe.principal,
            action,
            perspective: { kind: "insider" },
            mfa,
            delegation: probe.delegation
          }) !== void 0 && (unguarded.add(action), who.add(
            probe.principal.endsWith(":role/kms-action-probe") ? `IAM principals of account ${probe.principal.split(":")[4] ?? ""}` : probe.principal
          ));
    if (unguarded.size === 0) return [];
    let guard = document.Statement.findIndex(
      (statement) => statement.Effect === "Deny" && toList(statement.Action).some(
        (action) => /ScheduleKeyDeletion|DisableKey|\*/i.test(action)
      )
    );
    return [
      {
        message: `${[...unguarded].join(" and ")} ${unguarded.size === 1 ? "succeeds" : "succeed"} without MFA for ${[...who].join(", ")}`,
        path: guard >= 0 ? ["Statement", guard] : ["Statement"],
        intentPath: ["require_mfa_for"]
      }
    ];
  }
};

// core/lint/rules/no-root-backstop.ts
var PUT_KEY_POLICY = "kms:PutKeyPolicy", noRootBackstop = {
  kind: "policy",
  id: "no-root-backstop",
  defaultSeverity: "error",
  summary: "Neither the account root nor any administrator can change the key policy.",
  rationale: "When no principal keeps `kms:PutKeyPolicy`, the key becomes unmanageable: nobody can fix its policy, and only AWS Support can help. The AWS default key policy allows the account root `kms:*`, which lets IAM policies of the account grant access and keeps a break-glass path; a named administrator role that keeps PutKeyPolicy also prevents the lockout.",
  help: "allow the account root (`arn:aws:iam::<account>:root`) `kms:*`, as the generated policy does, or keep `kms:PutKeyPolicy` for an administrator role",
  practice: {
    title: "The account root stays as break-glass backstop (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target), principals = listPolicyPrincipals(document);
    if (account !== void 0) {
      let root = `arn:${target.partition}:iam::${account}:root`;
      if (findPermission(document, {
        key: target.key,
        principal: root,
        action: PUT_KEY_POLICY,
        perspective: { kind: "insider" },
        stance: "lockout",
        delegation: !0
      }) !== void 0) return [];
    }
    let probeOfWildcard = `arn:${target.partition}:iam::${account ?? "111111111111"}:role/kms-action-probe`;
    if (principals.find((principal) => {
      if (principal.type !== "AWS") return !1;
      let { kind } = principal.parsed, named = ["role", "user", "assumed-role"].includes(kind), exempted = principal.effect === "Deny" && principal.negated && named;
      if (principal.effect !== "Allow" && !exempted) return !1;
      let wildcard = principal.effect === "Allow" && (principal.negated || kind === "anyone");
      return !wildcard && !named ? !1 : findPermission(document, {
        key: target.key,
        principal: wildcard ? probeOfWildcard : principal.value,
        action: PUT_KEY_POLICY,
        perspective: { kind: "insider" },
        stance: "lockout",
        delegation: exempted
      }) !== void 0;
    }) !== void 0) return [];
    let rootStatement = principals.find(
      (principal) => principal.parsed.kind === "account" && principal.parsed.account === account
    );
    return [
      {
        message: `no principal can change this key policy: ${account === void 0 ? "the account root" : `the account root (${account})`} and every administrator lack \`kms:PutKeyPolicy\``,
        path: rootStatement?.path ?? ["Statement"],
        intentPath: []
      }
    ];
  }
};

// core/lint/rules/policy-lockout-bypass.ts
var policyLockoutBypass = {
  kind: "manifest",
  id: "policy-lockout-bypass",
  defaultSeverity: "error",
  summary: "The key skips the AWS key policy lockout safety check.",
  rationale: "`bypass_policy_lockout_safety_check: true` lets CreateKey and PutKeyPolicy set a policy that locks out the principal making the call. AWS recommends never setting it: a wrong policy then makes the key unmanageable until AWS Support steps in.",
  help: "remove `bypass_policy_lockout_safety_check`; if a policy is refused, fix the policy so the applying role keeps `kms:PutKeyPolicy`",
  practice: {
    title: "The account root stays as break-glass backstop (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html#KMS-PutKeyPolicy-request-BypassPolicyLockoutSafetyCheck"
  },
  check: (desired) => desired.keys.filter((key) => key.bypassPolicyLockoutSafetyCheck).map((key) => ({
    key: key.name,
    path: ["keys", key.name, "bypass_policy_lockout_safety_check"],
    message: `key \`${key.name}\` bypasses the policy lockout safety check`
  }))
};

// core/lint/policy/choose-outsider.ts
function chooseOutsider(document, partition) {
  let text = JSON.stringify(document), account = "999999999999";
  for (let digit = 8; text.includes(account) && digit >= 0; digit -= 1)
    account = String(digit).repeat(12);
  return {
    account,
    organization: "o-kmsactionoutsider",
    principal: `arn:${partition}:iam::${account}:role/kms-action-outsider`
  };
}

// core/lint/rules/public-principal.ts
var publicPrincipal = {
  kind: "policy",
  id: "public-principal",
  defaultSeverity: "error",
  summary: "The key policy lets any AWS principal, in any account, use or manage the key.",
  rationale: "A wildcard principal in an Allow statement opens the key to every AWS account unless a condition ties the caller to your account or organization. Conditions the caller controls (an encryption context, `kms:ViaService`, MFA) do not: anyone can call S3 with their own bucket or send any encryption context.",
  help: "name the principals (role ARNs), or restrict the wildcard with `aws:PrincipalOrgID`, `aws:PrincipalAccount` or `kms:CallerAccount`",
  practice: {
    title: "Cross-account access only to named principals (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html#key-policy-principal"
  },
  check: (target) => {
    let { document } = target, outsider = chooseOutsider(document, target.partition), wildcards = listPolicyPrincipals(document).filter(
      (principal) => principal.effect === "Allow" && (principal.negated || principal.type === "AWS" && principal.value === "*")
    ), seen = /* @__PURE__ */ new Set(), issues = [];
    for (let wildcard of wildcards) {
      if (seen.has(wildcard.statement)) continue;
      seen.add(wildcard.statement);
      let statement = document.Statement[wildcard.statement];
      if (statement === void 0) continue;
      let label2 = statementLabel(document, wildcard.statement), open = expandStatementActions(statement).filter(
        (action) => findPermission(document, {
          key: target.key,
          principal: outsider.principal,
          action,
          perspective: { kind: "outsider", ...outsider }
        })?.decision.statements.includes(label2)
      );
      if (open.length === 0) continue;
      let who = wildcard.negated ? "every principal not listed in its NotPrincipal" : "any AWS principal";
      issues.push({
        message: `statement \`${label2}\` lets ${who}, from any account, call ${summarizeActions(open)}`,
        path: wildcard.path
      });
    }
    return [...issues, ...target.excluded.flatMap(undecidedWildcard)];
  }
};
function undecidedWildcard({ statement, label: label2, path }) {
  if (typeof statement != "object" || statement === null) return [];
  let {
    Effect: effect,
    Principal: principal,
    NotPrincipal: notPrincipal
  } = statement;
  if (typeof effect == "string" && effect.toLowerCase() === "deny") return [];
  let where;
  if (notPrincipal !== void 0) where = ["NotPrincipal"];
  else if (principal === "*") where = ["Principal"];
  else if (typeof principal == "object" && principal !== null) {
    let aws = principal.AWS;
    aws === "*" ? where = ["Principal", "AWS"] : Array.isArray(aws) && aws.includes("*") && (where = ["Principal", "AWS", aws.indexOf("*")]);
  }
  if (where === void 0) return [];
  let who = where[0] === "NotPrincipal" ? "every principal not listed in its NotPrincipal" : "any AWS principal";
  return [
    {
      message: `statement \`${label2}\` is invalid, so its actions and conditions were not read: as written it lets ${who} in, from any account`,
      help: "fix the statement (see invalid-policy); this rule then decides whether a condition such as `aws:PrincipalOrgID` keeps other accounts out",
      path: [],
      writtenPath: [...path, ...where]
    }
  ];
}

// core/lint/rules/required-tags.ts
var COMPLIANCE_TAG = "Compliance", requiredTags = {
  kind: "manifest",
  id: "required-tags",
  defaultSeverity: "warning",
  summary: "A key has no tags of its own, or lacks the `Compliance` tag of its compliance domain.",
  rationale: "Tags are how a key is found, billed and audited outside this repository: Cost Explorer, AWS Config, Security Hub and attribute-based access control (`aws:ResourceTag/...`) only see tags. A key of a compliance domain must say so in a `Compliance` tag, so auditors and tag-based policies can scope it.",
  help: "add tags under `defaults.tags` (e.g. `CostCenter`) or the key's `tags`; for a key with `compliance: <domain>`, add `Compliance: <domain>`",
  practice: {
    title: "One key per service x environment x compliance domain (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    let own = Object.entries(key.tags).filter(
      ([name]) => name !== OWNERSHIP_TAG_MANIFEST && name !== OWNERSHIP_TAG_KEY
    ), issues = [];
    if (own.length === 0 && issues.push({
      key: key.name,
      path: ["keys", key.name],
      message: `key \`${key.name}\` has no tags besides the ones kms-action adds`
    }), key.compliance !== void 0) {
      let domain = key.compliance, tag = own.find(([name]) => name.toLowerCase() === COMPLIANCE_TAG.toLowerCase());
      tag?.[1].toLowerCase() !== domain.toLowerCase() && issues.push({
        key: key.name,
        path: firstExistingPath(desired, [
          ["keys", key.name, "tags", tag?.[0] ?? COMPLIANCE_TAG],
          ["keys", key.name, "compliance"]
        ]),
        message: tag === void 0 ? `key \`${key.name}\` of compliance domain \`${domain}\` has no \`${COMPLIANCE_TAG}\` tag` : `key \`${key.name}\` of compliance domain \`${domain}\` is tagged \`${tag[0]}: ${tag[1]}\``,
        help: `add the tag \`${COMPLIANCE_TAG}: ${domain}\` to the key`
      });
    }
    return issues;
  })
};

// core/lint/rules/rotation-disabled.ts
var rotationDisabled = {
  kind: "manifest",
  id: "rotation-disabled",
  defaultSeverity: "warning",
  summary: "Automatic rotation is off for a symmetric encryption key.",
  rationale: "Automatic rotation creates new key material on a schedule while the key id, ARN, aliases and policy stay the same, and old ciphertext still decrypts: it limits how much data one key material protects at no cost to applications. Only symmetric encryption keys support it.",
  help: "set `rotation: { enabled: true }` (the default) on the key or in `defaults:`",
  practice: {
    title: "Rotation on (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"
  },
  check: (desired) => desired.keys.filter((key) => canRotateAutomatically(key) && !key.rotation.enabled).map((key) => ({
    key: key.name,
    path: keyOrDefaultsPath(desired, key.name, ["rotation", "enabled"]),
    message: `automatic rotation is disabled for key \`${key.name}\``
  }))
};

// core/lint/rules/rotation-period.ts
var MAX_ROTATION_PERIOD_DAYS = 365, MAX_DATABASE_ROTATION_PERIOD_DAYS = 180, DATABASE_SERVICES = /* @__PURE__ */ new Set([
  "aurora",
  "docdb",
  "documentdb",
  "dynamodb",
  "elasticache",
  "keyspaces",
  "memorydb",
  "neptune",
  "rds",
  "redshift",
  "timestream"
]), rotationPeriod = {
  kind: "manifest",
  id: "rotation-period",
  defaultSeverity: "warning",
  summary: `Rotation is less frequent than every ${MAX_ROTATION_PERIOD_DAYS} days (${MAX_DATABASE_ROTATION_PERIOD_DAYS} for databases).`,
  rationale: `KMS accepts rotation periods of 90 to 2560 days. Beyond a year, much more data depends on one key material; keys of databases, which hold long-lived sensitive records, should rotate at least every ${MAX_DATABASE_ROTATION_PERIOD_DAYS} days. Rotation keeps the key id and old ciphertext working, so a shorter period costs nothing to applications.`,
  help: `set \`rotation: { period_in_days: ${MAX_ROTATION_PERIOD_DAYS} }\` or less (${MAX_DATABASE_ROTATION_PERIOD_DAYS} or less for database keys)`,
  practice: {
    title: "Rotation 90..2560 days, tighter for databases (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotation-period"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    if (!canRotateAutomatically(key) || !key.rotation.enabled) return [];
    let database = DATABASE_SERVICES.has((key.service ?? "").toLowerCase()), limit = database ? MAX_DATABASE_ROTATION_PERIOD_DAYS : MAX_ROTATION_PERIOD_DAYS;
    return key.rotation.periodInDays <= limit ? [] : [
      {
        key: key.name,
        path: keyOrDefaultsPath(desired, key.name, ["rotation", "period_in_days"]),
        message: `key \`${key.name}\` rotates every ${key.rotation.periodInDays} days, more than the ${limit} days ${database ? `recommended for a database key (service \`${key.service ?? ""}\`)` : "recommended"}`,
        // The help names this key's limit: the general one may be what it already has.
        help: `set \`rotation: { period_in_days: ${limit} }\` or less${database ? " (a database key)" : ""}`
      }
    ];
  })
};

// core/lint/rules/shared-key.ts
var sharedKey = {
  kind: "manifest",
  id: "shared-key",
  defaultSeverity: "warning",
  summary: "A key is shared by several services, or does not declare its service and environment.",
  rationale: "One key per service, environment and compliance domain keeps the blast radius small: disabling, rotating or losing one key affects one service in one environment, and its policy lists only that service's roles. A key used through S3 and RDS at once, or one whose purpose is not declared, tends to collect principals over time.",
  help: "declare `service:` and `environment:` on the key, and give each service its own key (one `via_service` entry per key)",
  practice: {
    title: "One key per service x environment x compliance domain (SPEC section 1)",
    url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-kms-best-practices/data-protection-key-management.html"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    let missing = [
      ...key.service === void 0 ? ["service"] : [],
      ...key.environment === void 0 ? ["environment"] : []
    ];
    if (missing.length > 0)
      return [
        {
          key: key.name,
          path: ["keys", key.name],
          message: `key \`${key.name}\` does not declare its ${missing.join(" and ")}`
        }
      ];
    let services = key.policy?.kind === "intent" ? new Set(key.policy.intent.viaService.map((service) => service.split(".")[0] ?? service)) : viaServicesOf(key.policy?.document);
    return services.size <= 1 ? [] : [
      {
        key: key.name,
        path: key.policy?.kind === "intent" ? ["keys", key.name, "policy", "via_service"] : ["keys", key.name, "policy", "document"],
        message: `key \`${key.name}\` (service \`${key.service ?? ""}\`) is used through ${services.size} services: ${[...services].sort().join(", ")}`
      }
    ];
  })
};
function viaServicesOf(document) {
  let services = /* @__PURE__ */ new Set();
  for (let statement of document?.Statement ?? [])
    if (statement.Effect === "Allow") {
      for (let [operatorName, entries] of Object.entries(statement.Condition ?? {}))
        if (parseConditionOperator(operatorName)?.negated === !1) {
          for (let [key, values] of Object.entries(entries))
            if (key.toLowerCase() === "kms:viaservice")
              for (let value of toList(values)) services.add(String(value).split(".")[0] ?? "");
        }
    }
  return services;
}

// core/lint/rules/unscoped-service-principal.ts
var METADATA_ACTION = /^kms:(Describe|List|GetPublicKey$)/i, unscopedServicePrincipal = {
  kind: "policy",
  id: "unscoped-service-principal",
  defaultSeverity: "warning",
  summary: "A service principal may use the key on behalf of any account (confused deputy).",
  rationale: "A service principal acts for every AWS customer. Without a condition on the source account or resource, another account can point its own CloudTrail trail, log group or SNS topic at your key and have the service use it on their behalf.",
  help: 'add `"StringEquals": {"aws:SourceAccount": "<account>"}` or `"ArnLike": {"aws:SourceArn": "arn:aws:<service>:<region>:<account>:..."}` to the statement',
  practice: {
    title: "Cross-service confused deputy prevention",
    url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html#cross-service-confused-deputy-prevention"
  },
  check: (target) => {
    let { document } = target, outsider = chooseOutsider(document, target.partition), issues = [];
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.type !== "Service")
        continue;
      let statement = document.Statement[principal.statement];
      if (statement === void 0) continue;
      let service = principal.value.split(".")[0] ?? "service", label2 = statementLabel(document, principal.statement), open = expandStatementActions(statement).filter(
        (action) => !METADATA_ACTION.test(action) && findPermission(document, {
          key: target.key,
          principal: principal.value,
          action,
          perspective: { kind: "outsider", ...outsider },
          keys: {
            "aws:SourceAccount": outsider.account,
            "aws:SourceArn": `arn:${target.partition}:${service}:us-east-1:${outsider.account}:outsider`,
            "aws:SourceOrgID": outsider.organization
          }
        })?.decision.statements.includes(label2) === !0
      );
      open.length !== 0 && issues.push({
        message: `\`${principal.value}\` may call ${summarizeActions(open)} for resources of any account`,
        path: principal.path
      });
    }
    return issues;
  }
};

// core/lint/rules/wildcard-action.ts
var FULL_WILDCARDS = /* @__PURE__ */ new Set(["*", "kms:*"]), wildcardAction = {
  kind: "policy",
  id: "wildcard-action",
  defaultSeverity: "warning",
  summary: "An Allow grants every KMS action (`kms:*`, `*` or NotAction) to a principal.",
  rationale: "Least privilege: `kms:*` gives a role the power to decrypt, re-key, rewrite the policy and schedule deletion, including actions AWS adds later. Administrators need management actions, users need cryptographic ones; neither needs all of them.",
  help: "list the actions the principal needs (administrators: `kms:CreateAlias`, `kms:PutKeyPolicy`, `kms:ScheduleKeyDeletion`...; users: `kms:Decrypt`, `kms:Encrypt`, `kms:GenerateDataKey*`)",
  practice: {
    title: "Least privilege in key policies",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target), principals = listPolicyPrincipals(document), issues = [];
    return document.Statement.forEach((statement, index) => {
      if (statement.Effect !== "Allow") return;
      let path, what;
      if (statement.NotAction !== void 0)
        path = ["Statement", index, "NotAction"], what = "every action but those in NotAction";
      else {
        let actions = typeof statement.Action == "string" ? [statement.Action] : statement.Action ?? [], position = actions.findIndex((action) => FULL_WILDCARDS.has(action.toLowerCase()));
        if (position < 0) return;
        path = typeof statement.Action == "string" ? ["Statement", index, "Action"] : ["Statement", index, "Action", position], what = `\`${actions[position] ?? "*"}\``;
      }
      let grantees = principals.filter((principal) => principal.statement === index);
      if (grantees.length > 0 && grantees.every(
        (principal) => !principal.negated && principal.parsed.kind === "account" && account !== void 0 && principal.parsed.account === account
      )) return;
      let names = grantees.map((principal) => principal.value).join(", ") || "its principals";
      issues.push({
        message: `statement \`${statementLabel(document, index)}\` allows ${what} to ${names}`,
        path
      });
    }), issues;
  }
};

// core/lint/rules/index.ts
var LINT_RULES = [
  publicPrincipal,
  noRootBackstop,
  adminUserOverlap,
  wildcardAction,
  missingMfaGuard,
  crossAccountAccess,
  missingEncryptionContext,
  unscopedServicePrincipal,
  invalidPolicy,
  awsManagedKey,
  sharedKey,
  rotationDisabled,
  rotationPeriod,
  deletionWindow,
  requiredTags,
  aliasNaming,
  aliasEnvironmentMismatch,
  complianceIsolation,
  policyLockoutBypass
];

// core/lint/run-policy-rules.ts
function runPolicyRules(raw, placement, rules) {
  let parsed = typeof raw == "string" ? parseKeyPolicy(raw) : parsePolicyOnce(raw), understood = parsed.ok ? { document: parsed.policy, indexes: [], excluded: [] } : parsed.understood, results = [];
  for (let rule of rules) {
    if (rule.kind !== "policy") continue;
    let reasons = rule.readsRawDocument !== !0;
    if (reasons && understood === void 0) continue;
    let issues = rule.check({
      document: understood?.document ?? raw,
      raw,
      problems: parsed.problems,
      excluded: understood?.excluded ?? [],
      partition: placement.partition ?? "aws",
      key: placement.key ?? {
        partition: placement.partition ?? "aws",
        ...placement.account === void 0 ? {} : { account: placement.account }
      },
      generated: placement.generated ?? !1,
      ...placement.account === void 0 ? {} : { account: placement.account },
      ...placement.keySpec === void 0 ? {} : { keySpec: placement.keySpec },
      ...placement.keyUsage === void 0 ? {} : { keyUsage: placement.keyUsage }
    });
    for (let found of issues) {
      let issue = reasons && understood !== void 0 ? asWritten(found, understood) : found, index = issue.path[0] === "Statement" ? issue.path[1] : void 0, sid = parsed.ok && typeof index == "number" ? parsed.policy.Statement[index]?.Sid : void 0;
      results.push({ rule, issue, ...sid === void 0 ? {} : { sid } });
    }
  }
  return results;
}
var MAX_NAMED = 3;
function asWritten(issue, understood) {
  let { writtenPath, ...rest } = issue;
  if (writtenPath !== void 0) return { ...rest, path: writtenPath };
  if (understood.excluded.length === 0) return issue;
  let { excluded } = understood, named = excluded.slice(0, MAX_NAMED).map((statement) => `\`${statement.label}\``), more = excluded.length - named.length, labels = `${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`, plural = excluded.length === 1 ? "" : "s";
  return {
    ...rest,
    path: writtenPathOf(issue.path, understood.indexes),
    message: `${issue.message} (read without the invalid statement${plural} ${labels}, which invalid-policy reports)`
  };
}
function writtenPathOf(path, indexes) {
  let index = path[1];
  return path[0] !== "Statement" || typeof index != "number" ? path : ["Statement", indexes[index] ?? index, ...path.slice(2)];
}

// core/lint/cache-policy-rules.ts
var MAX_ENTRIES = 2e3, MAX_KEY_CHARS = 16 * 1024 * 1024;
function cachePolicyRules(rules) {
  let answers = /* @__PURE__ */ new Map(), keyChars = 0;
  return (raw, placement) => {
    let abstracted = abstractPolicyPrincipals(raw, placement);
    if (abstracted === void 0) return runPolicyRules(raw, placement, rules);
    let key = `${JSON.stringify(placementFields(placement))}
${abstracted.shape}`, answer = answers.get(key);
    return answer === void 0 && (answer = runPolicyRules(abstracted.raw, placement, rules), answers.size < MAX_ENTRIES && keyChars + key.length <= MAX_KEY_CHARS && (answers.set(key, answer), keyChars += key.length)), abstracted.replaced === 0 ? answer : restoreAnswer(answer, abstracted.restore) ?? runPolicyRules(raw, placement, rules);
  };
}
function restoreAnswer(answer, restore) {
  let restored = [];
  for (let { rule, issue, sid } of answer) {
    if (issue.position !== void 0) return;
    let back = restore(issue), backSid = sid === void 0 ? void 0 : restore(sid);
    if (back === void 0 || sid !== void 0 && backSid === void 0) return;
    restored.push({ rule, issue: back, ...backSid === void 0 ? {} : { sid: backSid } });
  }
  return restored;
}
function placementFields(placement) {
  let { key } = placement;
  return [
    placement.account ?? null,
    placement.partition ?? null,
    key === void 0 ? null : "arn" in key ? { arn: key.arn } : [key.partition ?? null, key.account ?? null, key.region ?? null],
    placement.generated ?? null,
    placement.keySpec ?? null,
    placement.keyUsage ?? null
  ];
}

// core/lint/run-lint.ts
function runLint(desired, options = {}) {
  let config = options.config ?? lintConfigOf(desired), rules = options.rules ?? LINT_RULES, run = { sharePolicyShapes: options.sharePolicyShapes ?? !0 }, keys = new Map(desired.keys.map((key) => [key.name, key])), findings = [], report = (rule, key, path, issue) => {
    let severity = capSeverity(
      (key === void 0 ? void 0 : config.keys?.[key.name]?.[rule.id]) ?? resolveSeverity(rule, key?.environment, config),
      issue.maxSeverity
    );
    if (severity === "off" || key !== void 0 && isSuppressed(config, key.name, rule.id)) return;
    let position = key !== void 0 && path.length === 2 && path[0] === "keys" && path[1] === key.name ? key.location : desired.locate(path);
    findings.push({
      rule: rule.id,
      severity,
      message: issue.message,
      file: desired.file,
      line: position.line,
      column: position.column,
      ...key === void 0 ? {} : { key: key.name },
      help: issue.help ?? rule.help
    });
  };
  for (let rule of rules)
    if (rule.kind === "manifest")
      for (let issue of rule.check(desired, run))
        report(rule, keys.get(issue.key), issue.path, issue);
  let policyRules = run.sharePolicyShapes ? cachePolicyRules(rules) : (raw, placement) => runPolicyRules(raw, placement, rules);
  for (let key of desired.keys) {
    let policy = key.policy;
    if (policy === void 0) continue;
    let results = policyRules(policy.document, {
      account: key.account,
      partition: partitionOf(key),
      key: requestedKeyOf(key),
      generated: policy.kind === "intent",
      keySpec: key.keySpec,
      keyUsage: key.keyUsage
    });
    for (let { rule, issue, sid } of results) {
      if (rule.readsRawDocument === !0 && policy.kind === "document" && !issue.maxSeverity)
        continue;
      let path = policy.kind === "intent" ? intentLocation(desired, key.name, policy.intent, policy.document, sid, issue) : ["keys", key.name, "policy", "document", ...issue.path];
      report(rule, key, path, issue);
    }
  }
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}
function isSuppressed(config, key, rule) {
  return (config.suppressions[key] ?? []).some((entry) => entry.rule === rule);
}
function intentFieldOfSid(sid) {
  if (sid !== void 0) {
    if (sid === "KeyAdministrators") return "admins";
    if (sid.startsWith("Organization")) return "organization";
    if (sid.startsWith("KeyUsers")) return "users";
    if (sid.startsWith("CrossAccount")) return "cross_account";
    if (sid === "DenyWithoutMfa") return "require_mfa_for";
  }
}
function intentLocation(desired, key, intent, document, sid, issue) {
  let base = ["keys", key, "policy"], field = issue.intentPath ?? extraStatementPath(intent, document, issue);
  if (field === void 0) {
    let name = intentFieldOfSid(sid);
    field = name === void 0 ? [] : [name];
    let principal = issue.principal?.toLowerCase();
    if (principal !== void 0 && (name === "admins" || name === "users")) {
      let position = intent[name].findIndex((arn) => arn.toLowerCase() === principal);
      position >= 0 ? field = [name, position] : name === "users" && (field = userGroupPath(intent, principal) ?? field);
    } else if (principal !== void 0 && name === "cross_account") {
      let position = intent.crossAccount.findIndex(
        (entry) => entry.principal.toLowerCase() === principal
      );
      position >= 0 && (field = [name, position, "principal"]);
    }
  }
  return field.length === 0 ? base : firstExistingPath(desired, [
    [...base, ...field],
    ["defaults", "policy", ...field],
    [...base, ...field.slice(0, 1)],
    ["defaults", "policy", ...field.slice(0, 1)],
    base
  ]);
}
function extraStatementPath(intent, document, issue) {
  let extras = intent.extraStatements?.length ?? 0, index = issue.path[0] === "Statement" ? issue.path[1] : void 0;
  if (extras === 0 || typeof index != "number") return;
  let first = document.Statement.length - extras;
  if (!(index < first))
    return ["extra_statements", index - first, ...issue.path.slice(2)];
}
function userGroupPath(intent, principal) {
  for (let group of intent.userGroups ?? []) {
    let position = group.principals.findIndex((arn) => arn.toLowerCase() === principal);
    if (position >= 0 && group.entry !== void 0)
      return ["users", group.entry, "principals", position];
  }
}

// core/manifest/load-manifest.ts
var import_yaml4 = __toESM(require_dist(), 1);

// core/manifest/create-node-locator.ts
var import_yaml2 = __toESM(require_dist(), 1);

// core/manifest/inspect-yaml-structure.ts
var import_yaml = __toESM(require_dist(), 1);

// core/manifest/yaml-key-name.ts
function yamlKeyName(key) {
  let value = key?.value;
  return value == null ? "" : typeof value == "string" ? value : typeof value == "number" || typeof value == "boolean" || typeof value == "bigint" ? String(value) : JSON.stringify(value);
}

// core/manifest/inspect-yaml-structure.ts
var MAX_YAML_ALIASES = 200, MAX_YAML_DEPTH = 64, MAX_COLLECTION_ENTRIES = 5e3, MAX_YAML_NODES = 1e5, CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`)
);
function inspectYamlStructure(document, text) {
  let index = {
    duplicates: /* @__PURE__ */ new Map(),
    quotedScalarStarts: /* @__PURE__ */ new Map(),
    firstAliasOffset: void 0,
    problems: []
  }, anchors = /* @__PURE__ */ new Map(), openAnchors = [], aliases = 0, nodes = 0, expanded = 0, report = (node, message, hint) => {
    index.problems.push({
      offset: node?.range?.[0] ?? 0,
      message,
      ...hint === void 0 ? {} : { hint }
    });
  }, visit = (node, depth) => {
    if (node == null || nodes > MAX_YAML_NODES) return;
    if (nodes += 1, (0, import_yaml.isAlias)(node) || (expanded += 1), nodes > MAX_YAML_NODES) {
      report(
        node,
        `the manifest holds more than ${MAX_YAML_NODES} values (scalars, lists and mappings); this is value ${MAX_YAML_NODES + 1}`,
        "split the keys across several manifests, e.g. one per account or team"
      );
      return;
    }
    if ((0, import_yaml.isAlias)(node)) {
      index.firstAliasOffset ??= node.range?.[0], aliases += 1;
      let copied = anchors.get(node.source)?.size ?? 1, wasUnder = expanded <= MAX_YAML_NODES;
      expanded += copied, wasUnder && expanded > MAX_YAML_NODES && report(
        node,
        `the manifest expands to more than ${MAX_YAML_NODES} values through YAML aliases and merge keys; this alias copies ${copied} values`,
        "write shared values under `defaults:` or in a `key_templates:` entry instead of copying large anchors"
      ), aliases === MAX_YAML_ALIASES + 1 && report(
        node,
        `the manifest uses more than ${MAX_YAML_ALIASES} YAML aliases`,
        "write the values out, or use `defaults:` instead of anchors and aliases"
      ), openAnchors.includes(node.source) ? report(
        node,
        `the alias \`*${node.source}\` is inside the value it refers to`,
        "an alias cannot refer to the list or mapping that contains it: write the value out"
      ) : anchors.has(node.source) || report(
        node,
        `the alias \`*${node.source}\` refers to no anchor`,
        `define \`&${node.source}\` on a value before this line, or write the value out`
      );
      return;
    }
    let yamlNode = node;
    if (yamlNode.tag !== void 0 && yamlNode.tag !== "!" && !CORE_TAGS.has(yamlNode.tag)) {
      let shown = yamlNode.tag.replace("tag:yaml.org,2002:", "!!"), start = yamlNode.range?.[0] ?? 0, from = Math.max(0, start - 256), found = text.slice(from, start + shown.length).lastIndexOf(shown), tagOffset = found < 0 ? -1 : from + found;
      index.problems.push({
        offset: tagOffset >= 0 && tagOffset <= start ? tagOffset : start,
        message: `the YAML tag \`${shown}\` is not supported in a manifest`,
        hint: "remove the tag: a manifest holds plain strings, numbers, booleans, lists and mappings"
      });
    }
    let anchor = yamlNode.anchor, expandedBefore = expanded - 1;
    if ((0, import_yaml.isScalar)(node)) {
      anchor !== void 0 && anchors.set(anchor, { size: 1, isMap: !1 }), (node.type === import_yaml.Scalar.QUOTE_DOUBLE || node.type === import_yaml.Scalar.QUOTE_SINGLE) && node.range !== void 0 && node.range !== null && index.quotedScalarStarts.set(node.range[1], node.range[0]);
      return;
    }
    if (!(0, import_yaml.isCollection)(node)) {
      anchor !== void 0 && anchors.set(anchor, { size: 1, isMap: !1 });
      return;
    }
    if (depth >= MAX_YAML_DEPTH) {
      report(
        node,
        `the manifest nests lists or mappings more than ${MAX_YAML_DEPTH} levels deep`,
        "a manifest needs about ten levels: flatten this value"
      );
      return;
    }
    yamlNode.anchor !== void 0 && openAnchors.push(yamlNode.anchor);
    let pastCap = node.items[MAX_COLLECTION_ENTRIES];
    if (pastCap !== void 0 && report(
      (0, import_yaml.isPair)(pastCap) ? pastCap.key : pastCap,
      `this ${(0, import_yaml.isMap)(node) ? "mapping" : "list"} has ${node.items.length} entries, over the limit of ${MAX_COLLECTION_ENTRIES} (this is entry ${MAX_COLLECTION_ENTRIES + 1})`,
      "split the keys across several manifests, e.g. one per account or team"
    ), (0, import_yaml.isMap)(node)) {
      let seen = /* @__PURE__ */ new Map();
      for (let pair of node.items.slice(0, MAX_COLLECTION_ENTRIES)) {
        let key = pair.key, keyOffset = key?.range?.[0] ?? 0;
        if ((0, import_yaml.isScalar)(key) || key === null || key === void 0) {
          isMergeKey(key) && checkMergeSources(pair.value);
          let name = isMergeKey(key) ? "<<" : yamlKeyName(key), firstOffset = seen.get(name);
          firstOffset === void 0 ? seen.set(name, keyOffset) : index.duplicates.set(keyOffset, { name, offset: keyOffset, firstOffset }), visit(key, depth + 1);
        } else
          report(
            key,
            (0, import_yaml.isAlias)(key) ? "a mapping key cannot be an alias" : "a mapping key must be a plain name, not a list or mapping",
            "write the key as a plain name, e.g. `prod-s3:`; quote it if it contains `[`, `{` or `*`"
          );
        visit(pair.value, depth + 1);
      }
    } else
      for (let item of node.items.slice(0, MAX_COLLECTION_ENTRIES)) visit(item, depth + 1);
    yamlNode.anchor !== void 0 && openAnchors.pop(), anchor !== void 0 && anchors.set(anchor, { size: expanded - expandedBefore, isMap: (0, import_yaml.isMap)(node) });
  }, checkMergeSources = (value) => {
    let sources = (0, import_yaml.isSeq)(value) ? value.items : [value];
    for (let source of sources)
      ((0, import_yaml.isAlias)(source) ? anchors.get(source.source)?.isMap ?? !0 : (0, import_yaml.isMap)(source)) || report(
        source,
        "a YAML merge key (`<<:`) takes a mapping, an alias of a mapping, or a list of them",
        "write `<<: *name` where `&name` marks a mapping, e.g. `shared: &name { account: prod }`"
      );
  };
  return visit(document.contents, 0), index;
}
function isMergeKey(key) {
  return (0, import_yaml.isScalar)(key) && typeof key.value == "symbol";
}

// core/manifest/create-node-locator.ts
function createNodeLocator(document, work = { indexedEntries: 0 }) {
  let indexes = /* @__PURE__ */ new WeakMap(), anchored, resolve = (node) => (0, import_yaml2.isAlias)(node) ? (anchored ??= indexAliases(document), anchored.get(node)) : node, entryOf = (node, name, onMerge, depth = 0) => {
    let index = indexes.get(node);
    if (index === void 0) {
      index = { names: /* @__PURE__ */ new Map(), merged: [], mergeKeyOffset: 0 };
      for (let item of node.items) {
        if (work.indexedEntries += 1, !(0, import_yaml2.isPair)(item)) continue;
        if (isMergeKey(item.key)) {
          index.merged = (0, import_yaml2.isSeq)(item.value) ? item.value.items : [item.value], index.mergeKeyOffset = item.key.range?.[0] ?? 0;
          continue;
        }
        if (!((0, import_yaml2.isScalar)(item.key) || item.key === null)) continue;
        let key = yamlKeyName(item.key);
        index.names.has(key) || index.names.set(key, item);
      }
      indexes.set(node, index);
    }
    let written = index.names.get(name);
    if (written !== void 0 || depth >= MAX_MERGE_DEPTH) return written;
    for (let source of index.merged) {
      let mapping = resolve(source), found = (0, import_yaml2.isMap)(mapping) ? entryOf(mapping, name, void 0, depth + 1) : void 0;
      if (found !== void 0)
        return onMerge?.(index.mergeKeyOffset), found;
    }
  };
  return (path, want, onMerge) => {
    let node = document.contents, offset = document.contents?.range?.[0] ?? 0;
    for (let [index, segment] of path.entries()) {
      let last = index === path.length - 1;
      if ((0, import_yaml2.isMap)(node)) {
        let pair = entryOf(node, String(segment), onMerge);
        if (pair === void 0 || (offset = pair.key?.range?.[0] ?? offset, last && want === "key")) return offset;
        node = pair.value;
      } else if ((0, import_yaml2.isSeq)(node) && isListIndex(String(segment)))
        node = node.items[Number(segment)];
      else
        return offset;
      let range = node?.range;
      range && (offset = range[0]);
    }
    return offset;
  };
}
var MAX_MERGE_DEPTH = 64;
function indexAliases(document) {
  let latest = /* @__PURE__ */ new Map(), resolved = /* @__PURE__ */ new Map(), visit = (node) => {
    if ((0, import_yaml2.isAlias)(node)) {
      resolved.set(node, latest.get(node.source));
      return;
    }
    if ((0, import_yaml2.isPair)(node)) {
      visit(node.key), visit(node.value);
      return;
    }
    if ((0, import_yaml2.isCollection)(node)) for (let item of node.items) visit(item);
    let anchor = node?.anchor;
    anchor !== void 0 && latest.set(anchor, node);
  };
  return visit(document.contents), resolved;
}
function isListIndex(segment) {
  return segment.length > 0 && segment.length < 16 && /^\d+$/.test(segment);
}

// core/manifest/manifest-too-large-problem.ts
function manifestTooLargeProblem(file, size) {
  return {
    message: `the manifest is ${size} bytes, over the 1 MiB (1048576 bytes) limit`,
    file,
    line: 1,
    column: 1,
    path: "",
    hint: "split the keys across several manifests"
  };
}

// core/manifest/decode-manifest-text.ts
function decodeManifestText(file, content) {
  let size = typeof content == "string" ? new TextEncoder().encode(content).byteLength : content.byteLength;
  if (size > 1048576) throw new ManifestError([manifestTooLargeProblem(file, size)]);
  let text;
  if (typeof content == "string")
    text = content;
  else {
    if (content[0] === 255 && content[1] === 254 || content[0] === 254 && content[1] === 255)
      throw new ManifestError([
        {
          message: "the manifest is UTF-16 encoded",
          file,
          line: 1,
          column: 1,
          path: "",
          hint: "save it as UTF-8"
        }
      ]);
    try {
      text = new TextDecoder("utf-8", { fatal: !0 }).decode(content);
    } catch {
      throw new ManifestError([
        {
          message: "the manifest is not valid UTF-8",
          file,
          ...invalidUtf8Position(content),
          path: "",
          hint: "save it as UTF-8 (this looks like another encoding, e.g. Latin-1 or Windows-1252)"
        }
      ]);
    }
  }
  let withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text, control = CONTROL_CHARACTER.exec(withoutBom);
  if (control !== null) {
    let before = withoutBom.slice(0, control.index), lineStart = before.lastIndexOf(`
`) + 1, codePoint2 = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new ManifestError([
      {
        message: `the manifest contains the control character U+${codePoint2}`,
        file,
        line: before.split(`
`).length,
        column: control.index - lineStart + 1,
        path: "",
        hint: codePoint2 === "0000" ? "NUL characters usually mean the file is UTF-16 encoded: save it as UTF-8" : "remove it: a manifest is plain text (tabs and line breaks are the only control characters allowed)"
      }
    ]);
  }
  return withoutBom;
}
function invalidUtf8Position(bytes) {
  let decodes = (length) => {
    try {
      return new TextDecoder("utf-8", { fatal: !0 }).decode(bytes.subarray(0, length), { stream: !0 }), !0;
    } catch {
      return !1;
    }
  }, low = 0, high = bytes.length;
  for (; low < high; ) {
    let middle = Math.floor((low + high) / 2);
    decodes(middle) ? low = middle + 1 : high = middle;
  }
  let start = Math.max(0, low - 1), pending = () => {
    try {
      return new TextDecoder("utf-8", { fatal: !0 }).decode(bytes.subarray(0, start)), !1;
    } catch {
      return !0;
    }
  };
  for (let back = 0; back < 3 && start > 0 && pending(); back += 1) start -= 1;
  let lines = new TextDecoder("utf-8").decode(bytes.subarray(0, start)).split(`
`);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
var CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

// core/manifest/position-in-text.ts
function positionInText(text) {
  let lineStarts = [0];
  for (let index = text.indexOf(`
`); index !== -1; index = text.indexOf(`
`, index + 1))
    lineStarts.push(index + 1);
  return (offset) => {
    let clamped = Math.min(Math.max(0, offset), text.length), low = 0, high = lineStarts.length - 1;
    for (; low < high; ) {
      let middle = Math.ceil((low + high) / 2);
      (lineStarts[middle] ?? 0) <= clamped ? low = middle : high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  };
}

// core/manifest/scan-yaml-lexemes.ts
var import_yaml3 = __toESM(require_dist(), 1);

// schemas/kms.schema.json
var kms_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/kms-action/kms-action/schemas/kms.schema.json",
  title: "kms-action manifest (kms.yaml)",
  description: "Declarative AWS KMS customer managed keys, managed by kms-action.",
  type: "object",
  additionalProperties: !1,
  required: ["version", "keys"],
  properties: {
    version: {
      const: 1,
      description: "Manifest format version. Always `1`."
    },
    defaults: {
      type: "object",
      additionalProperties: !1,
      description: "Values merged into every key (a key's own value wins; `tags` are merged name by name; `policy` field by field). Fields that identify one key or act on one key cannot be defaults: `adopt`, `moved_from` and `aliases` name exactly one key; `state` and `bypass_policy_lockout_safety_check` are decided key by key so that one line cannot disable, delete or unlock every key; `grants` and `lint_ignore` carry per-key names and reasons (use `lint.rules` for the whole manifest); `replicas` lists one key's Regions. To share those, use a YAML merge key (`<<: *shared`) or `key_templates`.",
      properties: {
        account: {
          type: "string",
          minLength: 1,
          description: "A name from `accounts`, or a 12-digit AWS account id."
        },
        region: {
          type: "string",
          pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$",
          description: "AWS Region code, e.g. `us-east-1`."
        },
        environment: {
          type: "string",
          minLength: 1,
          maxLength: 64,
          pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
          description: "Environment the key serves, e.g. `production`. Drives per-environment lint severities."
        },
        service: {
          type: "string",
          minLength: 1,
          maxLength: 64,
          pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
          description: "Service the key serves, e.g. `s3`. One key per service, environment and compliance domain."
        },
        compliance: {
          type: "string",
          minLength: 1,
          maxLength: 64,
          pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
          description: "Compliance domain, e.g. `hipaa` or `pci`. Keys of different domains are never shared."
        },
        description: {
          type: "string",
          maxLength: 8192,
          description: "Key description shown in the console."
        },
        rotation: {
          type: "object",
          description: "Automatic key rotation. Only symmetric encryption keys whose key material KMS generated rotate automatically; on other keys `enabled: true` or a `period_in_days` is refused, and a default does not apply.",
          additionalProperties: !1,
          properties: {
            enabled: {
              type: "boolean",
              description: "Turn automatic rotation on (recommended) or off."
            },
            period_in_days: {
              type: "integer",
              minimum: 90,
              maximum: 2560,
              description: "Days between rotations, 90..2560. AWS default: 365."
            }
          }
        },
        deletion_window_in_days: {
          type: "integer",
          minimum: 7,
          maximum: 30,
          description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production."
        },
        tags: {
          type: "object",
          description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.",
          maxProperties: 50,
          propertyNames: {
            minLength: 1,
            maxLength: 128,
            pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"
          },
          additionalProperties: {
            type: "string",
            maxLength: 256,
            pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"
          }
        },
        key_spec: {
          enum: [
            "SYMMETRIC_DEFAULT",
            "RSA_2048",
            "RSA_3072",
            "RSA_4096",
            "ECC_NIST_P256",
            "ECC_NIST_P384",
            "ECC_NIST_P521",
            "ECC_SECG_P256K1",
            "ECC_NIST_EDWARDS25519",
            "HMAC_224",
            "HMAC_256",
            "HMAC_384",
            "HMAC_512",
            "SM2",
            "ML_DSA_44",
            "ML_DSA_65",
            "ML_DSA_87",
            "ML_KEM_512",
            "ML_KEM_768",
            "ML_KEM_1024"
          ],
          description: "Key spec (immutable after creation). Default: `SYMMETRIC_DEFAULT`. `SM2` only in the China Regions; the ML_KEM specs are not supported yet."
        },
        key_usage: {
          enum: [
            "ENCRYPT_DECRYPT",
            "SIGN_VERIFY",
            "GENERATE_VERIFY_MAC",
            "KEY_AGREEMENT",
            "ENCAPSULATE_DECAPSULATE"
          ],
          description: "Key usage (immutable after creation). Default: `ENCRYPT_DECRYPT`; required with every key spec but `SYMMETRIC_DEFAULT`, and one the spec offers (RSA: `ENCRYPT_DECRYPT` or `SIGN_VERIFY`; ECC_NIST_P256/384/521: `SIGN_VERIFY` or `KEY_AGREEMENT`; ECC_NIST_EDWARDS25519, ECC_SECG_P256K1, ML_DSA: `SIGN_VERIFY`; HMAC: `GENERATE_VERIFY_MAC`; SM2: `ENCRYPT_DECRYPT`, `SIGN_VERIFY` or `KEY_AGREEMENT`)."
        },
        multi_region: {
          type: "boolean",
          description: "Create a multi-Region primary key (immutable after creation)."
        },
        origin: {
          enum: ["AWS_KMS", "EXTERNAL"],
          description: "Source of the key material (immutable after creation). `AWS_KMS` (default): KMS generates it. `EXTERNAL`: imported key material; such a key never rotates automatically, and a new one waits for its material (`PendingImport`), which kms-action does not import."
        },
        policy: {
          type: "object",
          description: "Policy intent fields merged into every key that uses the intent form.",
          additionalProperties: !1,
          properties: {
            admins: {
              type: "array",
              uniqueItems: !0,
              items: {
                type: "string",
                minLength: 1,
                maxLength: 2048,
                description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
              },
              description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants."
            },
            users: {
              type: "array",
              uniqueItems: !0,
              items: {
                description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.",
                if: {
                  type: "string"
                },
                then: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2048,
                  description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                },
                else: {
                  type: "object",
                  additionalProperties: !1,
                  required: ["principals", "actions"],
                  properties: {
                    principals: {
                      type: "array",
                      minItems: 1,
                      uniqueItems: !0,
                      items: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2048,
                        description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                      },
                      description: "The group's principals: names from `principals`, or IAM ARNs."
                    },
                    actions: {
                      type: "array",
                      minItems: 1,
                      uniqueItems: !0,
                      items: {
                        type: "string",
                        pattern: "^(kms:)?[A-Za-z*]+$",
                        description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                      },
                      description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)."
                    }
                  }
                }
              },
              description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions."
            },
            via_service: {
              type: "array",
              uniqueItems: !0,
              items: {
                type: "string",
                pattern: "^[a-z][a-z0-9-]*$"
              },
              description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys."
            },
            encryption_context: {
              type: "object",
              description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.",
              propertyNames: {
                minLength: 1,
                maxLength: 256
              },
              additionalProperties: {
                type: "string",
                maxLength: 256
              },
              maxProperties: 32
            },
            cross_account: {
              type: "array",
              description: "Principals in other accounts that may use the key, each with the exact actions it may call.",
              items: {
                type: "object",
                additionalProperties: !1,
                required: ["principal", "actions"],
                properties: {
                  principal: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2048,
                    description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                  },
                  actions: {
                    type: "array",
                    minItems: 1,
                    uniqueItems: !0,
                    items: {
                      type: "string",
                      pattern: "^(kms:)?[A-Za-z*]+$",
                      description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                    },
                    description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected."
                  }
                }
              }
            },
            organization: {
              description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.",
              if: {
                type: "string"
              },
              then: {
                type: "string",
                pattern: "^o-[a-z0-9]{10,32}$",
                description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)."
              },
              else: {
                type: "object",
                additionalProperties: !1,
                properties: {
                  id: {
                    type: "string",
                    pattern: "^o-[a-z0-9]{10,32}$",
                    description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`."
                  },
                  paths: {
                    type: "array",
                    minItems: 1,
                    uniqueItems: !0,
                    items: {
                      type: "string",
                      maxLength: 2048,
                      pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$",
                      description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`."
                    },
                    description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`."
                  },
                  actions: {
                    type: "array",
                    minItems: 1,
                    uniqueItems: !0,
                    items: {
                      type: "string",
                      pattern: "^(kms:)?[A-Za-z*]+$",
                      description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                    },
                    description: "The only actions members get, among the key usage's user actions. Default: every user action."
                  }
                }
              }
            },
            require_mfa_for: {
              type: "array",
              uniqueItems: !0,
              items: {
                type: "string",
                pattern: "^(kms:)?[A-Za-z*]+$",
                description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
              },
              description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA."
            },
            services: {
              type: "array",
              uniqueItems: !0,
              maxItems: 32,
              description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.",
              items: {
                type: "object",
                additionalProperties: !1,
                required: ["service"],
                properties: {
                  service: {
                    enum: [
                      "autoscaling",
                      "cloudtrail",
                      "cloudwatch",
                      "config",
                      "events",
                      "guardduty",
                      "logs",
                      "route53-dnssec",
                      "s3",
                      "ses",
                      "sns"
                    ],
                    description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (EventBridge rules and encrypted event buses), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)."
                  },
                  trails: {
                    type: "array",
                    uniqueItems: !0,
                    minItems: 1,
                    maxItems: 100,
                    items: {
                      type: "string",
                      maxLength: 2048,
                      pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$",
                      description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account."
                    },
                    description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account."
                  },
                  log_groups: {
                    type: "array",
                    uniqueItems: !0,
                    minItems: 1,
                    maxItems: 100,
                    items: {
                      type: "string",
                      pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$",
                      description: "A log group name of the key's account and Region."
                    },
                    description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region."
                  },
                  source_arns: {
                    type: "array",
                    uniqueItems: !0,
                    minItems: 1,
                    maxItems: 100,
                    items: {
                      type: "string",
                      maxLength: 2048,
                      pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$",
                      description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`."
                    },
                    description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, rules or event buses, alarms, detectors, hosted zones. Omitted: any resource of the key's account."
                  },
                  role_suffix: {
                    type: "string",
                    pattern: "^[\\w+=,.@-]{1,64}$",
                    description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)."
                  }
                }
              }
            },
            extra_statements: {
              type: "array",
              minItems: 1,
              items: {
                type: "object",
                description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON."
              },
              description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids."
            }
          }
        }
      }
    },
    accounts: {
      type: "object",
      description: "Named AWS accounts: name -> 12-digit account id.",
      propertyNames: {
        pattern: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$",
        maxLength: 64
      },
      additionalProperties: {
        type: "string",
        pattern: "^[0-9]{12}$",
        description: "12-digit AWS account id, quoted."
      }
    },
    principals: {
      type: "object",
      description: "Named principals: name -> IAM ARN or AWS service principal. Policies and grants refer to them by name.",
      propertyNames: {
        pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
        maxLength: 64
      },
      additionalProperties: {
        type: "string",
        pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$",
        description: "IAM ARN of a role, user or account root, e.g. `arn:aws:iam::111122223333:role/app`, or an AWS service principal, e.g. `logs.amazonaws.com` (a grant grantee only: services use a key through `policy.services`)."
      }
    },
    lint: {
      type: "object",
      additionalProperties: !1,
      description: "Lint configuration.",
      properties: {
        rules: {
          type: "object",
          description: "Severity per lint rule id (see docs/rules.md).",
          propertyNames: {
            enum: [
              "public-principal",
              "no-root-backstop",
              "admin-user-overlap",
              "wildcard-action",
              "missing-mfa-guard",
              "cross-account-access",
              "missing-encryption-context",
              "unscoped-service-principal",
              "invalid-policy",
              "aws-managed-key",
              "shared-key",
              "rotation-disabled",
              "rotation-period",
              "deletion-window",
              "required-tags",
              "alias-naming",
              "alias-environment-mismatch",
              "compliance-isolation",
              "policy-lockout-bypass"
            ]
          },
          additionalProperties: {
            enum: ["off", "notice", "warning", "error"],
            description: "Severity of a lint rule: `off` disables it."
          }
        },
        environments: {
          type: "object",
          description: "Severities per environment, applied on top of `rules` to keys of that environment.",
          additionalProperties: {
            type: "object",
            additionalProperties: !1,
            properties: {
              rules: {
                type: "object",
                description: "Severity per lint rule id (see docs/rules.md).",
                propertyNames: {
                  enum: [
                    "public-principal",
                    "no-root-backstop",
                    "admin-user-overlap",
                    "wildcard-action",
                    "missing-mfa-guard",
                    "cross-account-access",
                    "missing-encryption-context",
                    "unscoped-service-principal",
                    "invalid-policy",
                    "aws-managed-key",
                    "shared-key",
                    "rotation-disabled",
                    "rotation-period",
                    "deletion-window",
                    "required-tags",
                    "alias-naming",
                    "alias-environment-mismatch",
                    "compliance-isolation",
                    "policy-lockout-bypass"
                  ]
                },
                additionalProperties: {
                  enum: ["off", "notice", "warning", "error"],
                  description: "Severity of a lint rule: `off` disables it."
                }
              }
            }
          }
        }
      }
    },
    key_templates: {
      type: "object",
      description: "Key templates: each declares one key per `for_each` entry (see docs/templates.md). Placeholders `${each.key}` and `${each.value}` are replaced in `name` and in the key's `description`, `aliases`, `service`, `compliance`, `environment`, `moved_from` and tag values; anywhere else they are refused. Generated keys are validated and compiled like written keys, count against the 5,000-key limit, may not reuse a written or generated name, and their problems point at the template's lines. Removing an entry from `for_each` removes its key from the manifest, like deleting a written key.",
      maxProperties: 100,
      propertyNames: {
        pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
        maxLength: 128
      },
      additionalProperties: {
        type: "object",
        additionalProperties: !1,
        required: ["for_each", "name", "key"],
        description: "One key template.",
        properties: {
          for_each: {
            type: ["array", "object"],
            description: "The entries to declare a key for: a list of names (`${each.key}` and `${each.value}` are both the name), or a mapping of name to a string (`${each.key}` is the name, `${each.value}` the string). Names are 1..64 letters, digits, `_`, `.` and `-`, starting with a letter or digit; at most 5,000 entries.",
            minItems: 1,
            maxItems: 5e3,
            uniqueItems: !0,
            items: {
              type: "string",
              maxLength: 64,
              pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"
            },
            minProperties: 1,
            maxProperties: 5e3,
            propertyNames: {
              pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
              maxLength: 64
            },
            additionalProperties: {
              type: "string",
              maxLength: 256
            }
          },
          name: {
            type: "string",
            minLength: 1,
            maxLength: 128,
            pattern: "\\$\\{each\\.key\\}",
            description: "The logical name of each generated key; must contain `${each.key}`, e.g. `${each.key}-data`. The result must be a valid key name."
          },
          key: {
            type: "object",
            description: "The key each entry declares: any field of a key under `keys` (validated on each generated key), with placeholders in the fields named above."
          }
        }
      }
    },
    keys: {
      type: "object",
      description: "Managed keys by logical name. At most 5,000 keys per manifest: split larger estates across several manifests.",
      minProperties: 1,
      maxProperties: 5e3,
      propertyNames: {
        pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
        maxLength: 128
      },
      additionalProperties: {
        type: "object",
        additionalProperties: !1,
        description: "A customer managed key. Its logical name (the mapping key) is its stable identity.",
        properties: {
          adopt: {
            type: "string",
            pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
            description: "ARN of an existing key to bring under management (it is tagged with the ownership tags). Its account and Region come from the ARN. The way to manage a key made outside kms-action, by hand, by Terraform or by CloudFormation."
          },
          moved_from: {
            type: "string",
            pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
            maxLength: 128,
            description: "The key's previous logical name, to rename it without replacing it: the plan re-tags the live key (`kms-action:key`) instead of reporting it as an orphan and creating a new one; aliases, grants and ciphertexts stay. Remove `moved_from` once the rename is applied everywhere the manifest is applied."
          },
          account: {
            type: "string",
            minLength: 1,
            description: "A name from `accounts`, or a 12-digit AWS account id."
          },
          region: {
            type: "string",
            pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$",
            description: "AWS Region code, e.g. `us-east-1`."
          },
          environment: {
            type: "string",
            minLength: 1,
            maxLength: 64,
            pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
            description: "Environment the key serves, e.g. `production`. Drives per-environment lint severities."
          },
          service: {
            type: "string",
            minLength: 1,
            maxLength: 64,
            pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
            description: "Service the key serves, e.g. `s3`. One key per service, environment and compliance domain."
          },
          compliance: {
            type: "string",
            minLength: 1,
            maxLength: 64,
            pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$",
            description: "Compliance domain, e.g. `hipaa` or `pci`. Keys of different domains are never shared."
          },
          description: {
            type: "string",
            maxLength: 8192,
            description: "Key description shown in the console."
          },
          rotation: {
            type: "object",
            description: "Automatic key rotation. Only symmetric encryption keys whose key material KMS generated rotate automatically; on other keys `enabled: true` or a `period_in_days` is refused, and a default does not apply.",
            additionalProperties: !1,
            properties: {
              enabled: {
                type: "boolean",
                description: "Turn automatic rotation on (recommended) or off."
              },
              period_in_days: {
                type: "integer",
                minimum: 90,
                maximum: 2560,
                description: "Days between rotations, 90..2560. AWS default: 365."
              }
            }
          },
          aliases: {
            type: "array",
            uniqueItems: !0,
            items: {
              type: "string",
              maxLength: 256,
              pattern: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$"
            },
            description: "Aliases (`alias/` followed by letters, digits, `/`, `_`, `-`; not `alias/aws/`). Stable names applications use instead of key ids."
          },
          state: {
            enum: ["enabled", "disabled", "pending_deletion"],
            description: "Desired key state. `pending_deletion` schedules deletion after `deletion_window_in_days`."
          },
          deletion_window_in_days: {
            type: "integer",
            minimum: 7,
            maximum: 30,
            description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production."
          },
          tags: {
            type: "object",
            description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.",
            maxProperties: 50,
            propertyNames: {
              minLength: 1,
              maxLength: 128,
              pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"
            },
            additionalProperties: {
              type: "string",
              maxLength: 256,
              pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"
            }
          },
          key_spec: {
            enum: [
              "SYMMETRIC_DEFAULT",
              "RSA_2048",
              "RSA_3072",
              "RSA_4096",
              "ECC_NIST_P256",
              "ECC_NIST_P384",
              "ECC_NIST_P521",
              "ECC_SECG_P256K1",
              "ECC_NIST_EDWARDS25519",
              "HMAC_224",
              "HMAC_256",
              "HMAC_384",
              "HMAC_512",
              "SM2",
              "ML_DSA_44",
              "ML_DSA_65",
              "ML_DSA_87",
              "ML_KEM_512",
              "ML_KEM_768",
              "ML_KEM_1024"
            ],
            description: "Key spec (immutable after creation). Default: `SYMMETRIC_DEFAULT`. `SM2` only in the China Regions; the ML_KEM specs are not supported yet."
          },
          key_usage: {
            enum: [
              "ENCRYPT_DECRYPT",
              "SIGN_VERIFY",
              "GENERATE_VERIFY_MAC",
              "KEY_AGREEMENT",
              "ENCAPSULATE_DECAPSULATE"
            ],
            description: "Key usage (immutable after creation). Default: `ENCRYPT_DECRYPT`; required with every key spec but `SYMMETRIC_DEFAULT`, and one the spec offers (RSA: `ENCRYPT_DECRYPT` or `SIGN_VERIFY`; ECC_NIST_P256/384/521: `SIGN_VERIFY` or `KEY_AGREEMENT`; ECC_NIST_EDWARDS25519, ECC_SECG_P256K1, ML_DSA: `SIGN_VERIFY`; HMAC: `GENERATE_VERIFY_MAC`; SM2: `ENCRYPT_DECRYPT`, `SIGN_VERIFY` or `KEY_AGREEMENT`)."
          },
          multi_region: {
            type: "boolean",
            description: "Create a multi-Region primary key (immutable after creation)."
          },
          origin: {
            enum: ["AWS_KMS", "EXTERNAL"],
            description: "Source of the key material (immutable after creation). `AWS_KMS` (default): KMS generates it. `EXTERNAL`: imported key material; such a key never rotates automatically, and a new one waits for its material (`PendingImport`), which kms-action does not import."
          },
          replicas: {
            type: "array",
            uniqueItems: !0,
            items: {
              type: "string",
              pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$",
              description: "AWS Region code, e.g. `us-east-1`."
            },
            description: "Regions to replicate a multi-Region key into. Requires `multi_region: true`."
          },
          bypass_policy_lockout_safety_check: {
            type: "boolean",
            description: "Skip the AWS policy lockout safety check. Dangerous: linted as an error."
          },
          policy: {
            description: "Key policy: either the intent form (admins, users, ...) or `{ document: ... }`. Omitted: the policy is not managed (new keys get the AWS default key policy).",
            type: "object",
            if: {
              properties: {
                document: !0
              },
              required: ["document"]
            },
            then: {
              type: "object",
              description: "A raw key policy, used as is instead of the generated one.",
              additionalProperties: !1,
              required: ["document"],
              properties: {
                document: {
                  type: "object",
                  description: "The key policy JSON (`Version`, `Statement`), written as YAML or JSON."
                }
              }
            },
            else: {
              type: "object",
              description: "High-level intent from which kms-action generates a best-practice key policy.",
              additionalProperties: !1,
              properties: {
                admins: {
                  type: "array",
                  uniqueItems: !0,
                  items: {
                    type: "string",
                    minLength: 1,
                    maxLength: 2048,
                    description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                  },
                  description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants."
                },
                users: {
                  type: "array",
                  uniqueItems: !0,
                  items: {
                    description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.",
                    if: {
                      type: "string"
                    },
                    then: {
                      type: "string",
                      minLength: 1,
                      maxLength: 2048,
                      description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                    },
                    else: {
                      type: "object",
                      additionalProperties: !1,
                      required: ["principals", "actions"],
                      properties: {
                        principals: {
                          type: "array",
                          minItems: 1,
                          uniqueItems: !0,
                          items: {
                            type: "string",
                            minLength: 1,
                            maxLength: 2048,
                            description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                          },
                          description: "The group's principals: names from `principals`, or IAM ARNs."
                        },
                        actions: {
                          type: "array",
                          minItems: 1,
                          uniqueItems: !0,
                          items: {
                            type: "string",
                            pattern: "^(kms:)?[A-Za-z*]+$",
                            description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                          },
                          description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)."
                        }
                      }
                    }
                  },
                  description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions."
                },
                via_service: {
                  type: "array",
                  uniqueItems: !0,
                  items: {
                    type: "string",
                    pattern: "^[a-z][a-z0-9-]*$"
                  },
                  description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys."
                },
                encryption_context: {
                  type: "object",
                  description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.",
                  propertyNames: {
                    minLength: 1,
                    maxLength: 256
                  },
                  additionalProperties: {
                    type: "string",
                    maxLength: 256
                  },
                  maxProperties: 32
                },
                cross_account: {
                  type: "array",
                  description: "Principals in other accounts that may use the key, each with the exact actions it may call.",
                  items: {
                    type: "object",
                    additionalProperties: !1,
                    required: ["principal", "actions"],
                    properties: {
                      principal: {
                        type: "string",
                        minLength: 1,
                        maxLength: 2048,
                        description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)."
                      },
                      actions: {
                        type: "array",
                        minItems: 1,
                        uniqueItems: !0,
                        items: {
                          type: "string",
                          pattern: "^(kms:)?[A-Za-z*]+$",
                          description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                        },
                        description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected."
                      }
                    }
                  }
                },
                organization: {
                  description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.",
                  if: {
                    type: "string"
                  },
                  then: {
                    type: "string",
                    pattern: "^o-[a-z0-9]{10,32}$",
                    description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)."
                  },
                  else: {
                    type: "object",
                    additionalProperties: !1,
                    properties: {
                      id: {
                        type: "string",
                        pattern: "^o-[a-z0-9]{10,32}$",
                        description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`."
                      },
                      paths: {
                        type: "array",
                        minItems: 1,
                        uniqueItems: !0,
                        items: {
                          type: "string",
                          maxLength: 2048,
                          pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$",
                          description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`."
                        },
                        description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`."
                      },
                      actions: {
                        type: "array",
                        minItems: 1,
                        uniqueItems: !0,
                        items: {
                          type: "string",
                          pattern: "^(kms:)?[A-Za-z*]+$",
                          description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                        },
                        description: "The only actions members get, among the key usage's user actions. Default: every user action."
                      }
                    }
                  }
                },
                require_mfa_for: {
                  type: "array",
                  uniqueItems: !0,
                  items: {
                    type: "string",
                    pattern: "^(kms:)?[A-Za-z*]+$",
                    description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`."
                  },
                  description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA."
                },
                services: {
                  type: "array",
                  uniqueItems: !0,
                  maxItems: 32,
                  description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.",
                  items: {
                    type: "object",
                    additionalProperties: !1,
                    required: ["service"],
                    properties: {
                      service: {
                        enum: [
                          "autoscaling",
                          "cloudtrail",
                          "cloudwatch",
                          "config",
                          "events",
                          "guardduty",
                          "logs",
                          "route53-dnssec",
                          "s3",
                          "ses",
                          "sns"
                        ],
                        description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (EventBridge rules and encrypted event buses), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)."
                      },
                      trails: {
                        type: "array",
                        uniqueItems: !0,
                        minItems: 1,
                        maxItems: 100,
                        items: {
                          type: "string",
                          maxLength: 2048,
                          pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$",
                          description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account."
                        },
                        description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account."
                      },
                      log_groups: {
                        type: "array",
                        uniqueItems: !0,
                        minItems: 1,
                        maxItems: 100,
                        items: {
                          type: "string",
                          pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$",
                          description: "A log group name of the key's account and Region."
                        },
                        description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region."
                      },
                      source_arns: {
                        type: "array",
                        uniqueItems: !0,
                        minItems: 1,
                        maxItems: 100,
                        items: {
                          type: "string",
                          maxLength: 2048,
                          pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$",
                          description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`."
                        },
                        description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, rules or event buses, alarms, detectors, hosted zones. Omitted: any resource of the key's account."
                      },
                      role_suffix: {
                        type: "string",
                        pattern: "^[\\w+=,.@-]{1,64}$",
                        description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)."
                      }
                    }
                  }
                },
                extra_statements: {
                  type: "array",
                  minItems: 1,
                  items: {
                    type: "object",
                    description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON."
                  },
                  description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids."
                }
              }
            }
          },
          grants: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: !1,
              required: ["name", "grantee", "operations"],
              properties: {
                name: {
                  type: "string",
                  minLength: 1,
                  maxLength: 256,
                  pattern: "^[a-zA-Z0-9:/_-]+$",
                  description: "Grant name: identifies the grant across runs."
                },
                grantee: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2048,
                  description: "Grantee principal: a name from `principals`, an IAM ARN, or an AWS service principal (`<service>.amazonaws.com`; then `source_arn` and `retiring_principal` are required)."
                },
                retiring_principal: {
                  type: "string",
                  minLength: 1,
                  maxLength: 2048,
                  description: "Principal that may retire the grant: a name from `principals`, an IAM ARN or an AWS service principal."
                },
                operations: {
                  type: "array",
                  minItems: 1,
                  uniqueItems: !0,
                  items: {
                    enum: [
                      "Decrypt",
                      "Encrypt",
                      "GenerateDataKey",
                      "GenerateDataKeyWithoutPlaintext",
                      "ReEncryptFrom",
                      "ReEncryptTo",
                      "Sign",
                      "Verify",
                      "GetPublicKey",
                      "CreateGrant",
                      "RetireGrant",
                      "DescribeKey",
                      "GenerateDataKeyPair",
                      "GenerateDataKeyPairWithoutPlaintext",
                      "GenerateMac",
                      "VerifyMac",
                      "DeriveSharedSecret"
                    ]
                  },
                  description: "Grant operations."
                },
                encryption_context_subset: {
                  type: "object",
                  description: "The grant applies only when the request's encryption context includes these pairs.",
                  propertyNames: {
                    minLength: 1,
                    maxLength: 256
                  },
                  additionalProperties: {
                    type: "string",
                    maxLength: 256
                  },
                  maxProperties: 32
                },
                encryption_context_equals: {
                  type: "object",
                  description: "The grant applies only when the request's encryption context equals these pairs.",
                  propertyNames: {
                    minLength: 1,
                    maxLength: 256
                  },
                  additionalProperties: {
                    type: "string",
                    maxLength: 256
                  },
                  maxProperties: 32
                },
                source_arn: {
                  type: "string",
                  maxLength: 2048,
                  pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$",
                  description: "Grants to a service principal only (required there): the ARN of the resource the service may use the grant for (the grant's `SourceArn` constraint)."
                }
              }
            },
            description: "Declared grants. Live grants not declared here are reported."
          },
          lint_ignore: {
            type: "array",
            description: "Lint suppressions for this key, each with the reason it is acceptable.",
            items: {
              type: "object",
              additionalProperties: !1,
              required: ["rule", "reason"],
              properties: {
                rule: {
                  enum: [
                    "public-principal",
                    "no-root-backstop",
                    "admin-user-overlap",
                    "wildcard-action",
                    "missing-mfa-guard",
                    "cross-account-access",
                    "missing-encryption-context",
                    "unscoped-service-principal",
                    "invalid-policy",
                    "aws-managed-key",
                    "shared-key",
                    "rotation-disabled",
                    "rotation-period",
                    "deletion-window",
                    "required-tags",
                    "alias-naming",
                    "alias-environment-mismatch",
                    "compliance-isolation",
                    "policy-lockout-bypass"
                  ],
                  description: "Rule id to suppress on this key."
                },
                reason: {
                  type: "string",
                  minLength: 1,
                  pattern: "\\S",
                  description: "Why the finding is acceptable for this key (required)."
                }
              }
            }
          }
        }
      }
    }
  }
};

// core/manifest/scan-yaml-lexemes.ts
var MAX_MANIFEST_KEYS = kms_schema_default.properties.keys.maxProperties, SPLIT_HINT = "split the keys across several manifests, e.g. one per account or team";
function tooManyKeysProblem(offset, count) {
  return {
    offset,
    message: `\`keys\` declares ${count} keys, over the limit of ${MAX_MANIFEST_KEYS} keys per manifest (this is key ${MAX_MANIFEST_KEYS + 1})`,
    hint: SPLIT_HINT
  };
}
function createLexemeScanner() {
  let offset = 0, atScalar = !1, flowDepth = 0, scalars = 0, aliases = 0, items = 0, explicitKeys = 0, valueIndicators = 0, documentStarted = !1, contentSeen = !1, problems = [], refused = !1, keys = createKeysCounter(), values = () => Math.max(scalars, items + Math.max(explicitKeys, valueIndicators)), look = (type, lexeme, at) => {
    switch (type) {
      case "scalar-source":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        scalars += 1;
        break;
      case "alias":
        scalars += 1, aliases += 1, aliases === MAX_YAML_ALIASES + 1 && !refused && (refused = !0, problems.push({
          offset: at,
          message: `the manifest uses more than ${MAX_YAML_ALIASES} YAML aliases`,
          hint: "write the values out, or use `defaults:` instead of anchors and aliases"
        }));
        break;
      case "flow-map-start":
      case "flow-seq-start":
        scalars += 1, flowDepth += 1;
        break;
      case "flow-map-end":
      case "flow-seq-end":
        flowDepth = Math.max(0, flowDepth - 1);
        break;
      case "seq-item-ind":
        flowDepth === 0 && (items += 1);
        break;
      case "explicit-key-ind":
        explicitKeys += 1;
        break;
      case "map-value-ind":
        valueIndicators += 1;
        break;
      case "doc-start":
        (documentStarted || contentSeen) && !refused && (refused = !0, problems.push({
          offset: at,
          message: "the manifest holds more than one YAML document",
          hint: "keep one manifest per file: remove the `---` separator and what follows, or move it to its own file"
        })), documentStarted = !0;
        break;
      default:
        break;
    }
    NOT_CONTENT.has(type) || (contentSeen = !0), !refused && values() > MAX_YAML_NODES && (refused = !0, problems.push({
      offset: at,
      message: `the manifest holds more than ${MAX_YAML_NODES} values (scalars, lists and mappings); this one is past the limit`,
      hint: SPLIT_HINT
    })), keys.next(
      flowDepth > 0 && type !== "flow-map-start" && type !== "flow-seq-start" ? "in-flow" : type,
      lexeme,
      at
    ) && (refused = !0);
  };
  return {
    next: (lexeme) => {
      let at = offset, type;
      return atScalar ? (atScalar = !1, type = "scalar-source") : type = import_yaml3.CST.tokenType(lexeme) ?? "error", type === "scalar" ? atScalar = !0 : type !== "doc-mode" && type !== "flow-error-end" && (look(type, lexeme, at), offset += lexeme.length), refused;
    },
    finish: () => [...problems, ...keys.finish()].sort((a, b) => a.offset - b.offset)
  };
}
var NOT_CONTENT = /* @__PURE__ */ new Set([
  "newline",
  "space",
  "comment",
  "directive-line",
  "doc-start",
  // A `...` alone starts no document.
  "doc-end",
  "byte-order-mark"
]);
function createKeysCounter() {
  let state = "top", lineStart = !0, indent = 0, documentStartLine = !1, blockScalar = !1, keysIndent, line = [], count = 0, exact = !0, pastCap, endOfLine = () => {
    let [first, second, third] = line;
    line = [];
    let startLine = documentStartLine;
    if (documentStartLine = !1, first === void 0 || first.type === "comment" || first.type === "directive-line") return;
    if (startLine) {
      state = "done";
      return;
    }
    if (state === "top") {
      if (indent !== 0) return;
      let entry = first.type === "scalar-source" && second?.type === "map-value-ind" ? first.lexeme : void 0;
      entry === void 0 ? state = "done" : entry === "keys" && (state = third === void 0 || third.type === "comment" ? "keys" : "done");
      return;
    }
    if (state !== "keys") return;
    if (keysIndent ??= indent, indent === 0 || indent < keysIndent) {
      state = "done";
      return;
    }
    if (indent > keysIndent) return;
    if (!((first.type === "scalar-source" || first.type === "single-quoted-scalar" || first.type === "double-quoted-scalar") && second?.type === "map-value-ind")) {
      exact = !1;
      return;
    }
    count += 1, count === MAX_MANIFEST_KEYS + 1 && (pastCap = first.at);
  };
  return {
    next: (type, lexeme, at) => state === "done" ? !1 : type === "doc-start" && state === "top" && line.length === 0 && lineStart ? (documentStartLine = !0, !1) : type === "doc-start" || type === "doc-end" || type === "error" ? (state = "done", !1) : (type === "block-scalar-header" && (blockScalar = !0), type === "scalar-source" && blockScalar ? (blockScalar = !1, lexeme.endsWith(`
`) && (lineStart = !0, indent = 0), pastCap !== void 0) : type === "newline" ? (endOfLine(), lineStart = !0, indent = 0, pastCap !== void 0) : type === "space" ? (lineStart && line.length === 0 && (lexeme.includes("	") && (exact = !1), indent = lexeme.length), !1) : (lineStart = !1, line.length < 3 && line.push({ type, lexeme, at }), !1)),
    finish: () => (state !== "done" && endOfLine(), pastCap === void 0 ? [] : [
      exact ? tooManyKeysProblem(pastCap, count) : {
        offset: pastCap,
        message: `\`keys\` declares more than ${MAX_MANIFEST_KEYS} keys, over the limit of ${MAX_MANIFEST_KEYS} keys per manifest (this key is past it)`,
        hint: SPLIT_HINT
      }
    ])
  };
}

// core/manifest/load-manifest.ts
var MAX_SYNTAX_PROBLEMS = 10;
function loadManifest(file, content) {
  let text = decodeManifestText(file, content), at = positionInText(text), read = readDocuments(text);
  if (!read.ok)
    throw new ManifestError(
      read.problems.map((found) => ({
        message: found.message,
        file,
        ...at(found.offset),
        path: "",
        hint: found.hint
      }))
    );
  let { documents } = read, problem = (offset, message, hint) => ({
    message,
    file,
    ...at(offset),
    path: "",
    ...hint === void 0 ? {} : { hint }
  }), [first, second] = documents;
  if (first === void 0)
    throw new ManifestError([
      problem(0, "the manifest is empty", "start with `version: 1` and a `keys:` mapping")
    ]);
  if (second !== void 0)
    throw new ManifestError([
      problem(
        second.range[0],
        "the manifest holds more than one YAML document",
        "keep one manifest per file: remove the `---` separator and what follows, or move it to its own file"
      )
    ]);
  let exhausted = first.errors.find((error) => error.code === "RESOURCE_EXHAUSTION");
  if (exhausted !== void 0)
    throw new ManifestError([
      problem(
        exhausted.pos[0],
        "the manifest nests lists or mappings too deeply to be read",
        `a manifest needs about ten levels; keep nesting under ${MAX_YAML_DEPTH} levels`
      )
    ]);
  let structure = inspectYamlStructure(first, text), duplicateProblem = (duplicate) => problem(
    duplicate.offset,
    `\`${duplicate.name}\` appears twice in this mapping (first on line ${at(duplicate.firstOffset).line})`,
    "each field and each key name may appear only once in a mapping: remove or rename one of them"
  ), yamlProblem = (error) => {
    if (error.code === "MISSING_CHAR" && error.message.startsWith("Missing closing")) {
      let quote = error.message.includes('"') ? '"' : "'";
      return problem(
        structure.quotedScalarStarts.get(error.pos[0]) ?? error.pos[0],
        `this quoted value has no closing ${quote}`,
        `end the value with ${quote} on the same line, or remove the opening ${quote}`
      );
    }
    return problem(error.pos[0], firstLine(error.message), yamlHint(error.code));
  };
  if (first.errors.length > 0) {
    let syntax = dedupe([
      ...first.errors.map(yamlProblem),
      ...[...structure.duplicates.values()].map(duplicateProblem)
    ]).slice(0, MAX_SYNTAX_PROBLEMS);
    throw new ManifestError(syntax);
  }
  if (!(0, import_yaml4.isMap)(first.contents)) {
    let offset = first.contents?.range?.[0] ?? 0;
    throw new ManifestError([
      problem(
        offset,
        `the manifest must be a YAML mapping, got ${describeNode(first.contents)}`,
        "start with `version: 1` and a `keys:` mapping"
      )
    ]);
  }
  let keysProblem = manifestKeysProblem(first.contents), structureProblems = [
    ...[...structure.duplicates.values()].map(duplicateProblem),
    ...keysProblem === void 0 ? [] : [problem(keysProblem.offset, keysProblem.message, keysProblem.hint)],
    ...structure.problems.filter((found) => found.offset !== keysProblem?.offset).map((found) => problem(found.offset, found.message, found.hint))
  ];
  if (structureProblems.length > 0) throw new ManifestError(dedupe(structureProblems));
  let data;
  try {
    data = first.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw error instanceof ReferenceError && /excessive alias count/i.test(error.message) ? new ManifestError([
      problem(
        structure.firstAliasOffset ?? 0,
        `the manifest expands YAML aliases more than ${MAX_YAML_ALIASES} times`,
        "write the values out, or use `defaults:` instead of anchors and aliases"
      )
    ]) : error instanceof RangeError ? new ManifestError([
      problem(
        0,
        "the manifest nests lists or mappings too deeply to be read",
        `keep nesting under ${MAX_YAML_DEPTH} levels`
      )
    ]) : error;
  }
  let find = createNodeLocator(first);
  return {
    file,
    data,
    locate: (path) => at(find(path, "value")),
    locateKey: (path) => at(find(path, "key")),
    originOf: (path) => {
      let mergeKey;
      return find(path, "value", (offset) => {
        mergeKey ??= offset;
      }), mergeKey === void 0 ? void 0 : `merged by \`<<:\` on line ${at(mergeKey).line}`;
    }
  };
}
function readDocuments(text) {
  let scanner = createLexemeScanner(), parser = new import_yaml4.Parser(), tokens = [], refused = !1;
  for (let lexeme of new import_yaml4.Lexer().lex(text))
    if (refused = scanner.next(lexeme) || refused, !refused) for (let token of parser.next(lexeme)) tokens.push(token);
  let problems = scanner.finish();
  if (problems.length > 0) return { ok: !1, problems };
  for (let token of parser.end()) tokens.push(token);
  let composer = new import_yaml4.Composer({
    prettyErrors: !1,
    // yaml's own duplicate check compares every key with every other (quadratic: a minute for
    // a 700 KB file of short keys); inspectStructure finds duplicates with one Map per mapping.
    uniqueKeys: !1,
    schema: "core",
    // YAML 1.1 merge keys (`<<: *shared`): inspectYamlStructure checks their sources and
    // bounds what they expand to, like aliases.
    merge: !0,
    strict: !0,
    // The core reports through problems, never through process warnings.
    logLevel: "error"
  });
  return { ok: !0, documents: Array.from(composer.compose(tokens)) };
}
function manifestKeysProblem(contents) {
  let keys = contents.get("keys", !0);
  if (!(0, import_yaml4.isMap)(keys) || keys.items.length <= MAX_MANIFEST_KEYS) return;
  let pastCap = keys.items[MAX_MANIFEST_KEYS]?.key;
  return tooManyKeysProblem(pastCap?.range?.[0] ?? keys.range?.[0] ?? 0, keys.items.length);
}
function dedupe(problems) {
  let seen = /* @__PURE__ */ new Set();
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column).filter((found) => {
    let id = `${found.line}:${found.column}:${found.message}`;
    return seen.has(id) ? !1 : (seen.add(id), !0);
  });
}
function firstLine(message) {
  return (message.split(`
`, 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
function yamlHint(code) {
  switch (code) {
    case "TAB_AS_INDENT":
      return "indent with spaces; YAML does not allow tabs for indentation";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "write each field as `name: value` on one line, indented like its neighbours; quote a value that contains `: `";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
      return "check the indentation and punctuation of this line and the one above";
    default:
      return;
  }
}
function describeNode(node) {
  return node == null ? "nothing" : (0, import_yaml4.isSeq)(node) ? "a list" : (0, import_yaml4.isScalar)(node) ? `the scalar ${JSON.stringify(node.value)}` : "something else";
}

// core/manifest/set-own-property.ts
function isPlainRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function setOwnProperty(target, name, value) {
  Object.defineProperty(target, name, {
    value,
    enumerable: !0,
    writable: !0,
    configurable: !0
  });
}

// core/manifest/substitute-each.ts
var OPENING = "${each.";
function hasPlaceholder(text) {
  return text.includes(OPENING);
}
function substituteEach(text, each) {
  let out = "", from = 0;
  for (; ; ) {
    let start = text.indexOf(OPENING, from);
    if (start < 0) break;
    let end = text.indexOf("}", start + OPENING.length), name = end < 0 ? void 0 : text.slice(start + OPENING.length, end);
    if (name !== "key" && name !== "value")
      return { ok: !1, placeholder: text.slice(start, end < 0 ? start + 24 : Math.min(end + 1, start + 40)) };
    out += text.slice(from, start) + each[name], from = end + 1;
  }
  return { ok: !0, text: out + text.slice(from) };
}

// core/manifest/takes-placeholders.ts
var PLACEHOLDER_FIELDS = /* @__PURE__ */ new Set([
  "description",
  "service",
  "compliance",
  "environment",
  "moved_from"
]), PLACEHOLDER_LISTS = /* @__PURE__ */ new Set(["aliases"]), PLACEHOLDER_MAPS = /* @__PURE__ */ new Set(["tags"]);
function takesPlaceholders(path) {
  let [field, inner, ...rest] = path;
  return typeof field != "string" || rest.length > 0 ? !1 : inner === void 0 ? PLACEHOLDER_FIELDS.has(field) : typeof inner == "number" ? PLACEHOLDER_LISTS.has(field) : PLACEHOLDER_MAPS.has(field);
}

// core/manifest/find-misplaced-placeholder.ts
var MAX_REPLACED_LENGTH = 8192;
function findMisplacedPlaceholder(body, sample, maxEach, measured) {
  let visit = (node, path) => {
    if (typeof node == "string") {
      if (!hasPlaceholder(node)) return;
      if (!takesPlaceholders(path))
        return {
          path,
          message: `\`${showPath(path)}\` holds a placeholder, which is not replaced there`
        };
      let checked = substituteEach(node, sample);
      if (!checked.ok) return { path, message: `\`${checked.placeholder}\` is not a placeholder` };
      let longest = node.length + countPlaceholders(node) * maxEach;
      if (longest > MAX_REPLACED_LENGTH)
        return {
          path,
          message: `\`${showPath(path)}\` may be ${longest} characters long once its placeholders are replaced, over the limit of ${MAX_REPLACED_LENGTH}`
        };
      measured.chars += longest;
      return;
    }
    if (Array.isArray(node))
      for (let [index, item] of node.entries()) {
        let found = visit(item, [...path, index]);
        if (found !== void 0) return found;
      }
    else if (isPlainRecord(node))
      for (let [name, item] of Object.entries(node)) {
        if (hasPlaceholder(name))
          return {
            path: [...path, name],
            message: `the field name \`${name}\` holds a placeholder, which is not replaced there`
          };
        let found = visit(item, [...path, name]);
        if (found !== void 0) return found;
      }
  };
  return visit(body, []);
}
function showPath(path) {
  return path.map(
    (segment, index) => typeof segment == "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`
  ).join("");
}
function countPlaceholders(text) {
  let count = 0;
  for (let at = text.indexOf("${each."); at >= 0; at = text.indexOf("${each.", at + 1)) count += 1;
  return count;
}

// core/manifest/instantiate-template-body.ts
function instantiateTemplateBody(node, each, path = []) {
  if (typeof node == "string") {
    if (!takesPlaceholders(path)) return node;
    let replaced = substituteEach(node, each);
    return replaced.ok ? replaced.text : node;
  }
  if (Array.isArray(node))
    return node.map((item, index) => instantiateTemplateBody(item, each, [...path, index]));
  if (isPlainRecord(node)) {
    let copy = {};
    for (let [name, item] of Object.entries(node))
      setOwnProperty(copy, name, instantiateTemplateBody(item, each, [...path, name]));
    return copy;
  }
  return node;
}

// core/manifest/expand-key-templates.ts
var KEY_NAME = new RegExp(kms_schema_default.properties.keys.propertyNames.pattern, "u"), KEY_NAME_MAX = kms_schema_default.properties.keys.propertyNames.maxLength, ENTRY_NAME = new RegExp(
  kms_schema_default.properties.key_templates.additionalProperties.properties.for_each.items.pattern,
  "u"
), ENTRY_VALUE_MAX = kms_schema_default.properties.key_templates.additionalProperties.properties.for_each.additionalProperties.maxLength, ENTRY_NAME_MAX = kms_schema_default.properties.key_templates.additionalProperties.properties.for_each.items.maxLength, WHERE_PLACEHOLDERS = "placeholders are replaced only in `name` and in the key's `description`, `aliases`, `service`, `compliance`, `environment`, `moved_from` and tag values", MAX_GENERATED_CHARACTERS = 8 * 1048576;
function expandKeyTemplates(loaded) {
  let data = loaded.data;
  if (!isPlainRecord(data) || !isPlainRecord(data.key_templates)) return loaded;
  let written = data.keys ?? {};
  if (!isPlainRecord(written)) return loaded;
  let problems = [], report = (path, message, hint) => {
    problems.push({
      message,
      file: loaded.file,
      ...loaded.locate(path),
      path: `/${path.map(String).join("/")}`,
      hint
    });
  }, templates = Object.entries(data.key_templates).flatMap(([name, value]) => {
    let template = readTemplate(name, value);
    return template === void 0 ? [] : [template];
  }), keyCount = Object.keys(written).length, valueCount = 0;
  for (let template of templates) {
    let before = keyCount;
    if (keyCount += template.entries.length, keyCount > MAX_MANIFEST_KEYS)
      throw report(
        ["key_templates", template.name, "for_each"],
        `\`key_templates.${template.name}\` declares ${template.entries.length} keys, which with the ${before} keys before it is over the limit of ${MAX_MANIFEST_KEYS} keys per manifest`,
        "split the keys across several manifests, e.g. one per account or team"
      ), new ManifestError(problems);
    let bodyValues = countValues(template.body), generatedValues = template.entries.length * (bodyValues + 1);
    if (valueCount += generatedValues, valueCount > MAX_YAML_NODES)
      throw report(
        ["key_templates", template.name, "key"],
        `\`key_templates.${template.name}\` would generate ${generatedValues} values (${template.entries.length} keys of ${bodyValues} values each)${valueCount > generatedValues ? ", which with the templates before it is" : ","} over the limit of ${MAX_YAML_NODES}`,
        "move shared fields to `defaults:`, or split the keys across several manifests"
      ), new ManifestError(problems);
  }
  let keys = {};
  for (let [name, value] of Object.entries(written)) setOwnProperty(keys, name, value);
  let origins = /* @__PURE__ */ new Map(), entryOf = /* @__PURE__ */ new Map(), generatedCharacters = 0;
  for (let template of templates) {
    let at = (...rest) => [
      "key_templates",
      template.name,
      ...rest
    ], sample = template.entries[0] ?? { key: "", value: "" }, maxEach = template.entries.reduce(
      (longest, each) => Math.max(longest, each.key.length, each.value.length),
      0
    ), measured = {
      chars: template.nameText.length + countPlaceholders(template.nameText) * maxEach
    }, misplaced = findMisplacedPlaceholder(template.body, sample, maxEach, measured);
    if (misplaced !== void 0) {
      report(at("key", ...misplaced.path), misplaced.message, WHERE_PLACEHOLDERS);
      continue;
    }
    if (generatedCharacters += template.entries.length * measured.chars, generatedCharacters > MAX_GENERATED_CHARACTERS) {
      report(
        at("key"),
        `\`key_templates.${template.name}\` could generate ${template.entries.length * measured.chars} characters of text (${template.entries.length} keys of up to ${measured.chars} each), which with the templates before it is over the limit of ${MAX_GENERATED_CHARACTERS}`,
        "use fewer placeholders, shorter `for_each` values, or split the keys across several manifests"
      );
      continue;
    }
    let nameCheck = substituteEach(template.nameText, sample);
    if (!nameCheck.ok) {
      report(
        at("name"),
        `\`${nameCheck.placeholder}\` is not a placeholder`,
        "write `${each.key}` or `${each.value}`"
      );
      continue;
    }
    for (let each of template.entries) {
      let generated = substituteEach(template.nameText, each), name = generated.ok ? generated.text : "", entry = `for the \`for_each\` entry \`${each.key}\``;
      if (!KEY_NAME.test(name) || name.length > KEY_NAME_MAX) {
        report(
          at("name"),
          `\`key_templates.${template.name}.name\` gives ${JSON.stringify(name.slice(0, 140))} ${entry}, which is not a valid key name`,
          `key names start with a letter or digit and contain only letters, digits, \`_\`, \`.\` and \`-\`, at most ${KEY_NAME_MAX} characters`
        );
        continue;
      }
      let takenBy = Object.hasOwn(written, name) ? `\`keys\` (line ${loaded.locateKey(["keys", name]).line})` : origins.has(name) ? `\`key_templates.${origins.get(name) ?? ""}\`` : void 0;
      if (takenBy !== void 0) {
        report(
          at("name"),
          `\`key_templates.${template.name}\` generates the key \`${name}\` ${entry}, which ${takenBy} already declares`,
          "a key name identifies one key: rename the written key, or change the template name or its entries"
        );
        continue;
      }
      origins.set(name, template.name), entryOf.set(name, each.key), setOwnProperty(keys, name, instantiateTemplateBody(template.body, each));
    }
  }
  if (problems.length > 0)
    throw new ManifestError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  if (origins.size === 0) return loaded;
  let expanded = {};
  for (let [name, value] of Object.entries(data)) setOwnProperty(expanded, name, value);
  setOwnProperty(expanded, "keys", keys);
  let mapped = (path, want) => {
    let template = path[0] === "keys" ? origins.get(String(path[1])) : void 0;
    if (template !== void 0)
      return path.length === 2 && want === "key" ? ["key_templates", template, "name"] : ["key_templates", template, "key", ...path.slice(2)];
  };
  return {
    file: loaded.file,
    data: expanded,
    locate: (path) => loaded.locate(mapped(path, "value") ?? path),
    originOf: (path) => {
      let template = path[0] === "keys" ? origins.get(String(path[1])) : void 0, merged = loaded.originOf?.(mapped(path, "value") ?? path);
      if (template === void 0) return merged;
      let entry = `from \`key_templates.${template}\`, entry \`${entryOf.get(String(path[1])) ?? ""}\``;
      return merged === void 0 ? entry : `${entry}, ${merged}`;
    },
    locateKey: (path) => {
      let target = mapped(path, "key");
      return target === void 0 ? loaded.locateKey(path) : target.at(-1) === "name" && target.length === 3 ? loaded.locate(target) : loaded.locateKey(target);
    }
  };
}
function readTemplate(name, value) {
  if (!isPlainRecord(value)) return;
  let { for_each: forEach, name: nameText, key: body } = value;
  if (typeof nameText != "string" || nameText.length > KEY_NAME_MAX || !nameText.includes("${each.key}") || !isPlainRecord(body))
    return;
  let entries = [];
  if (Array.isArray(forEach))
    for (let item of forEach) {
      if (!isEntryName(item)) return;
      entries.push({ key: item, value: item });
    }
  else if (isPlainRecord(forEach))
    for (let [key, item] of Object.entries(forEach)) {
      if (!isEntryName(key) || typeof item != "string" || item.length > ENTRY_VALUE_MAX)
        return;
      entries.push({ key, value: item });
    }
  else
    return;
  if (entries.length !== 0)
    return { name, entries, nameText, body };
}
function isEntryName(value) {
  return typeof value == "string" && value.length <= ENTRY_NAME_MAX && ENTRY_NAME.test(value);
}
function countValues(node) {
  return Array.isArray(node) ? node.reduce((sum, item) => sum + countValues(item), 1) : isPlainRecord(node) ? Object.values(node).reduce((sum, item) => sum + 1 + countValues(item), 1) : 1;
}

// core/manifest/compile-desired-state.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);

// core/manifest/check-key-spec.ts
var REFERENCE = 'see "Key spec reference" in the AWS KMS Developer Guide';
function checkKeySpec(choice, report) {
  let { keySpec, keyUsage, region } = choice, usages = KEY_SPEC_USAGES[keySpec];
  if (usages === void 0) return;
  let china = region.startsWith("cn-");
  if (keySpec === "SM2" && !china && report(
    "key_spec",
    `key_spec SM2 is offered only in the China Regions, not in ${region}`,
    `use an RSA or ECC_NIST key spec in ${region}, or create the key in cn-north-1 or cn-northwest-1; ${REFERENCE}`
  ), keySpec.startsWith("ML_KEM_")) {
    report(
      "key_spec",
      `key_spec ${keySpec} (ML-KEM) is not supported by kms-action yet: it cannot check policies for kms:Encapsulate and kms:Decapsulate`,
      china ? "ML-KEM keys are not offered in the China Regions either; manage this key outside kms-action" : "manage this key outside kms-action for now"
    );
    return;
  }
  if (keySpec !== SYMMETRIC_DEFAULT && !choice.usageWritten) {
    report(
      "key_spec",
      `key_spec ${keySpec} needs a key_usage: it is not a symmetric encryption key`,
      `add \`key_usage: ${usages[0] ?? ""}\`${usages.length > 1 ? ` (or ${usages.slice(1).join(", ")})` : ""}; ${REFERENCE}`
    );
    return;
  }
  usages.includes(keyUsage) || report(
    "key_usage",
    `key_usage ${keyUsage} is not possible with key_spec ${keySpec}`,
    `${keySpec} keys take key_usage ${usages.join(" or ")}; ${REFERENCE}`
  );
}

// core/manifest/check-moved-from.ts
function checkMovedFrom(keys, report) {
  let claimedBy = /* @__PURE__ */ new Map();
  for (let [name, input] of Object.entries(keys)) {
    let old = input.moved_from;
    if (old === void 0) continue;
    let at = ["keys", name, "moved_from"];
    if (input.adopt !== void 0) {
      report(
        at,
        `key \`${name}\` has both \`adopt\` and \`moved_from\`: an adopted key is found by its ARN, not by its name`,
        "remove `moved_from`: renaming an adopted key needs nothing more than the new name"
      );
      continue;
    }
    if (old === name) {
      report(
        at,
        `key \`${name}\` has \`moved_from: ${old}\`, its own name`,
        "remove `moved_from`, or set it to the name the key had before"
      );
      continue;
    }
    if (Object.hasOwn(keys, old)) {
      let chained = keys[old]?.moved_from;
      report(
        at,
        `key \`${name}\` has \`moved_from: ${old}\`, but \`${old}\` is still a key of this manifest${chained === void 0 ? "" : ` (itself moved from \`${chained}\`)`}`,
        chained === void 0 ? `remove the entry \`${old}\` (its settings now live under \`${name}\`), or remove \`moved_from\` if \`${name}\` is a new key` : "renames do not chain: apply one rename, remove its `moved_from`, then rename again"
      );
      continue;
    }
    let previous = claimedBy.get(old);
    if (previous !== void 0) {
      report(
        at,
        `keys \`${previous}\` and \`${name}\` both have \`moved_from: ${old}\``,
        "one live key can take one new name: keep `moved_from` on one of them"
      );
      continue;
    }
    claimedBy.set(old, name);
  }
}

// core/manifest/resolve-grants.ts
function resolveGrants(grants, { key, usage, at, resolvePrincipal, report }) {
  let names = /* @__PURE__ */ new Set();
  for (let [index, grant] of grants.entries())
    names.has(grant.name) && report(
      at("grants", index, "name"),
      `grant name \`${grant.name}\` is used twice on key \`${key}\``,
      "grant names identify grants across runs: make them unique"
    ), names.add(grant.name), grant.operations.forEach((operation, position) => {
      isForeignCryptoAction(`kms:${operation}`, usage) && report(
        at("grants", index, "operations", position),
        `grant operation \`${operation}\` is not possible with key \`${key}\` (a ${usage.kind} key)`,
        `its users' operations are ${usage.userActions.map((action) => action.replace(/^kms:/, "")).join(", ")}`
      );
    }), usage.contextActions.length === 0 && (grant.encryption_context_subset !== void 0 || grant.encryption_context_equals !== void 0) && report(
      at(
        "grants",
        index,
        grant.encryption_context_subset === void 0 ? "encryption_context_equals" : "encryption_context_subset"
      ),
      `grant \`${grant.name}\` constrains the encryption context, but key \`${key}\` (a ${usage.kind} key) takes none`,
      "remove the encryption-context constraint: only symmetric encryption operations take an encryption context"
    );
  return grants.flatMap((grant, index) => {
    let granteePrincipal = resolvePrincipal(grant.grantee, at("grants", index, "grantee"), !0), retiringPrincipal = grant.retiring_principal === void 0 ? void 0 : resolvePrincipal(
      grant.retiring_principal,
      at("grants", index, "retiring_principal"),
      !0
    );
    return granteePrincipal === void 0 ? [] : checkServiceGrant(grant, granteePrincipal, retiringPrincipal, (field, message, hint) => {
      report(at("grants", index, field), message, hint);
    }) ? [
      {
        name: grant.name,
        granteePrincipal,
        operations: [...grant.operations].sort(),
        ...retiringPrincipal === void 0 ? {} : { retiringPrincipal },
        ...grant.encryption_context_subset === void 0 ? {} : { encryptionContextSubset: grant.encryption_context_subset },
        ...grant.encryption_context_equals === void 0 ? {} : { encryptionContextEquals: grant.encryption_context_equals },
        ...grant.source_arn === void 0 ? {} : { sourceArn: grant.source_arn }
      }
    ] : [];
  });
}
function checkServiceGrant(grant, grantee, retiring, report) {
  if (!isServicePrincipal(grantee))
    return grant.source_arn === void 0 ? !0 : (report(
      "source_arn",
      `\`source_arn\` applies to grants to a service principal, and grant \`${grant.name}\` is to ${grantee}`,
      "remove `source_arn`, or make the grantee a service principal"
    ), !1);
  let ok = !0;
  return grant.source_arn === void 0 && (report(
    "grantee",
    `grant \`${grant.name}\` is to the service principal ${grantee}, which KMS allows only with a SourceArn constraint`,
    "add `source_arn: <ARN of the resource the service uses the key for>` to the grant"
  ), ok = !1), retiring === void 0 && grant.retiring_principal === void 0 && (report(
    "grantee",
    `grant \`${grant.name}\` is to the service principal ${grantee}, which KMS allows only with a retiring principal`,
    "add `retiring_principal:` (a role of your account, or the service principal itself)"
  ), ok = !1), ok;
}

// core/manifest/resolve-key-placement.ts
var KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/;
function resolveKeyPlacement(name, input, defaults, { at, adoptedBy, resolveAccount, report }) {
  let adopted = input.adopt === void 0 ? void 0 : KEY_ARN.exec(input.adopt), account, region, partition = "aws";
  if (adopted && input.adopt !== void 0) {
    partition = adopted[1] ?? "aws", region = adopted[2], account = adopted[3];
    let previous = adoptedBy.get(input.adopt);
    if (previous !== void 0 ? report(
      at("adopt"),
      `key \`${name}\` adopts the same key as \`${previous}\``,
      "a live key can be managed by one entry only: remove one of the two"
    ) : adoptedBy.set(input.adopt, name), input.account !== void 0) {
      let declared = resolveAccount(input.account, at("account"));
      declared !== void 0 && declared !== account && report(
        at("account"),
        `account \`${input.account}\` (${declared}) differs from the adopted key's account ${String(account)}`,
        "remove `account:`: an adopted key's account comes from its ARN"
      );
    }
    input.region !== void 0 && input.region !== region && report(
      at("region"),
      `region \`${input.region}\` differs from the adopted key's Region ${String(region)}`,
      "remove `region:`: an adopted key's Region comes from its ARN"
    );
  } else {
    let accountRef = input.account ?? defaults.account;
    accountRef === void 0 ? report(
      at(),
      `key \`${name}\` has no account`,
      "set `account:` on the key or in `defaults:`",
      "key"
    ) : account = resolveAccount(
      accountRef,
      input.account === void 0 ? ["defaults", "account"] : at("account")
    ), region = input.region ?? defaults.region, region === void 0 && report(
      at(),
      `key \`${name}\` has no region`,
      "set `region:` on the key or in `defaults:`",
      "key"
    );
  }
  if (!(account === void 0 || region === void 0))
    return { account, region, partition };
}

// core/manifest/resolve-services.ts
var SOURCES = {
  autoscaling: {},
  cloudtrail: { field: "trails", namespace: "cloudtrail" },
  cloudwatch: { field: "source_arns", namespace: "cloudwatch" },
  config: {},
  events: { field: "source_arns", namespace: "events" },
  guardduty: { field: "source_arns", namespace: "guardduty" },
  logs: { field: "log_groups", namespace: "logs" },
  "route53-dnssec": { field: "source_arns", namespace: "route53" },
  s3: { field: "source_arns", namespace: "s3" },
  ses: {},
  sns: { field: "source_arns", namespace: "sns" }
}, OPTIONAL_FIELDS = ["trails", "log_groups", "source_arns", "role_suffix"];
function splitArn(arn) {
  let parts = arn.split(":");
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}
function resolveServices(entries, { placement, path, report }) {
  let { account, region } = placement, partition = placement.partition ?? "aws", keySpec = placement.keySpec ?? "SYMMETRIC_DEFAULT", keyUsage = placement.keyUsage ?? "ENCRYPT_DECRYPT", symmetric = keyUsageActions(keySpec, keyUsage).kind === "symmetric-encryption", seen = /* @__PURE__ */ new Set();
  return entries.flatMap((entry, index) => {
    let at = (...rest) => [...path, index, ...rest], service = entry.service, ok = !0;
    seen.has(service) && (report(
      at("service"),
      `service \`${service}\` is listed twice`,
      "list each service once, with all its sources in one entry"
    ), ok = !1), seen.add(service);
    let { field, namespace } = SOURCES[service];
    for (let name of OPTIONAL_FIELDS)
      entry[name] === void 0 || name === field || name === "role_suffix" && service === "autoscaling" || (report(
        at(name),
        `\`${name}\` does not apply to service \`${service}\``,
        field === void 0 ? `remove \`${name}\`: \`${service}\` takes no sources` : `\`${service}\` lists its sources under \`${field}\``
      ), ok = !1);
    service === "route53-dnssec" ? ((keySpec !== "ECC_NIST_P256" || keyUsage !== "SIGN_VERIFY") && (report(
      at("service"),
      `Route 53 DNSSEC signing needs an ECC_NIST_P256 key with key_usage SIGN_VERIFY, got key_spec ${keySpec}, key_usage ${keyUsage}`,
      "set `key_spec: ECC_NIST_P256` and `key_usage: SIGN_VERIFY` on this key (a new key: the spec cannot change after creation)"
    ), ok = !1), region !== "us-east-1" && (report(
      at("service"),
      `Route 53 DNSSEC signing uses keys in us-east-1 only, got a key in ${region}`,
      "declare the DNSSEC key with `region: us-east-1`"
    ), ok = !1)) : symmetric || (report(
      at("service"),
      `service \`${service}\` encrypts with symmetric encryption keys only, got key_spec ${keySpec}, key_usage ${keyUsage}`,
      "use a SYMMETRIC_DEFAULT key for this service"
    ), ok = !1);
    let sources = [];
    return ((field === "trails" ? entry.trails : field === "log_groups" ? entry.log_groups : field === "source_arns" ? entry.source_arns : void 0) ?? []).forEach((value, position) => {
      if (field === "log_groups") {
        sources.push(`arn:${partition}:logs:${region}:${account}:log-group:${value}`);
        return;
      }
      if (field === "trails" && !value.startsWith("arn:")) {
        sources.push(`arn:${partition}:cloudtrail:${region}:${account}:trail/${value}`);
        return;
      }
      let [, arnPartition, arnService, , arnAccount] = splitArn(value), problem = arnPartition !== partition ? `is in partition ${arnPartition ?? ""}, the key in ${partition}` : arnService !== namespace ? `is not a ${namespace ?? ""} resource (its service is \`${arnService ?? ""}\`)` : arnAccount !== "" && arnAccount !== account ? `belongs to account ${arnAccount ?? ""}, not to the key's account ${account}` : void 0;
      if (problem !== void 0) {
        report(
          at(field ?? "source_arns", position),
          `\`${value}\` ${problem}`,
          `name ${namespace ?? ""} resources of account ${account} in partition ${partition}: the service may use the key for them only`
        ), ok = !1;
        return;
      }
      sources.push(value);
    }), ok ? [
      {
        service,
        sources,
        ...entry.role_suffix === void 0 ? {} : { roleSuffix: entry.role_suffix }
      }
    ] : [];
  });
}

// core/manifest/check-extra-statement-ids.ts
function checkExtraStatementIds(generated, extras, path, report) {
  let taken = new Map(
    generated.Statement.slice(0, generated.Statement.length - extras.length).flatMap(
      (statement) => statement.Sid === void 0 ? [] : [[statement.Sid.toLowerCase(), statement.Sid]]
    )
  );
  extras.forEach((statement, index) => {
    let clash = statement.Sid === void 0 ? void 0 : taken.get(statement.Sid.toLowerCase());
    clash !== void 0 && report(
      [...path, index, "Sid"],
      `extra statement Sid "${statement.Sid ?? ""}" is already the id of the generated statement "${clash}"`,
      "give the extra statement a Sid of its own (e.g. prefixed `Extra`); to change a generated statement, change the intent field it comes from"
    );
  });
}

// core/manifest/resolve-extra-statements.ts
function resolveExtraStatements(written, path, report) {
  let parsed = parseKeyPolicy({ Version: "2012-10-17", Statement: written });
  for (let problem of parsed.problems) {
    if (problem.severity !== "error") continue;
    let [, index, ...rest] = problem.path.split("/").slice(1).map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")), where = index === void 0 ? path : [...path, Number(index), ...rest];
    report(where, problem.message, problem.hint);
  }
  return parsed.ok ? parsed.policy.Statement : void 0;
}

// core/manifest/check-narrowed-actions.ts
function checkNarrowedActions(written, path, { usage, kindName, resolveActions, report }) {
  let choices = userActionChoices(usage), resolved = resolveActions(written, path);
  return written.forEach((entry, position) => {
    let action = canonicalKmsAction(entry);
    action === void 0 || choices.includes(action) || report(
      [...path, position],
      `\`${action}\` is not an action of this key's users (${kindName})`,
      `narrow the group to some of ${choices.join(", ")}; for anything else use \`cross_account\` or \`extra_statements\``
    );
  }), [...new Set(resolved.filter((action) => choices.includes(action)))].sort();
}

// core/manifest/resolve-organization.ts
function resolveOrganization(input, path, context) {
  if (typeof input == "string") return { id: input };
  let { report } = context;
  if (input.id === void 0 == (input.paths === void 0)) {
    report(
      path,
      input.id === void 0 ? "organization needs `id` (the whole organisation) or `paths` (organisational units), got neither" : "organization takes `id` or `paths`, not both: each path starts with its organisation id",
      "write `organization: o-a1b2c3d4e5`, or `organization: { paths: [o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/] }`"
    );
    return;
  }
  let strays = 0;
  for (let [index, entityPath] of (input.paths ?? []).entries()) {
    let [, root, ...units] = entityPath.split("/"), rootSuffix = root?.slice(2), stray = units.find((unit) => unit !== "" && unit.split("-")[1] !== rootSuffix);
    stray !== void 0 && (strays += 1, report(
      [...path, "paths", index],
      `organizational unit \`${stray}\` is not in root \`${root ?? ""}\` of path \`${entityPath}\`: an OU id carries its root's id (\`ou-${rootSuffix ?? ""}-...\`)`,
      "copy the path from AWS Organizations (the OU details page, or `aws organizations list-parents`)"
    ));
  }
  if (strays > 0) return;
  let narrowed = input.actions === void 0 ? void 0 : checkNarrowedActions(input.actions, [...path, "actions"], context), actions = narrowed?.join(",") === userActionChoices(context.usage).join(",") ? void 0 : narrowed;
  return {
    ...input.id === void 0 ? {} : { id: input.id },
    ...input.paths === void 0 ? {} : { paths: [...input.paths] },
    ...actions === void 0 ? {} : { actions }
  };
}

// core/manifest/resolve-users.ts
function resolveUsers(entries, path, context) {
  let users = [], userGroups = [], everyAction = userActionChoices(context.usage).join(",");
  return entries.forEach((entry, index) => {
    if (typeof entry == "string") {
      let arn = context.resolvePrincipal(entry, [...path, index]);
      arn !== void 0 && users.push(arn);
      return;
    }
    let principals = entry.principals.flatMap((ref, position) => {
      let arn = context.resolvePrincipal(ref, [...path, index, "principals", position]);
      return arn === void 0 ? [] : [arn];
    }), actions = checkNarrowedActions(entry.actions, [...path, index, "actions"], context);
    actions.join(",") === everyAction ? users.push(...principals) : userGroups.push({ entry: index, principals, actions });
  }), { users, userGroups };
}

// core/manifest/resolve-policy.ts
function resolvePolicy(input, defaults, { placement, at, resolvePrincipal, resolveActions, report }) {
  let policy = input.policy;
  if (policy !== void 0 && "document" in policy) {
    let parsed = parseKeyPolicy(policy.document);
    for (let problem of parsed.problems) {
      if (problem.severity !== "error") continue;
      let pointer = problem.path.split("/").slice(1).map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
      report(at("policy", "document", ...pointer), problem.message, problem.hint);
    }
    return {
      kind: "document",
      document: parsed.ok ? parsed.policy : policy.document
    };
  }
  if (policy === void 0) return;
  let merged = { ...defaults, ...policy }, source = (field) => policy[field] === void 0 ? ["defaults", "policy", field] : at("policy", field), principalsOf2 = (field) => (merged[field] ?? []).flatMap((ref, index) => {
    let arn = resolvePrincipal(ref, [...source(field), index]);
    return arn === void 0 ? [] : [arn];
  }), usage = keyUsageActions(placement.keySpec, placement.keyUsage), kindName = `a key of key_spec ${placement.keySpec ?? "SYMMETRIC_DEFAULT"}, key_usage ${placement.keyUsage ?? "ENCRYPT_DECRYPT"}`, narrowing = { usage, kindName, resolveActions, report }, { users, userGroups } = resolveUsers(merged.users ?? [], source("users"), {
    ...narrowing,
    resolvePrincipal
  }), organization = merged.organization === void 0 ? void 0 : resolveOrganization(merged.organization, source("organization"), narrowing), extraStatements = merged.extra_statements === void 0 ? void 0 : resolveExtraStatements(merged.extra_statements, source("extra_statements"), report);
  usage.contextActions.length === 0 && Object.keys(merged.encryption_context ?? {}).length > 0 && report(
    source("encryption_context"),
    `encryption_context cannot be required on ${kindName}: only symmetric encryption operations take an encryption context`,
    "remove `encryption_context:` from this key (set it per key rather than in `defaults:`); bind signatures or MACs to their purpose inside the signed message instead"
  ), !usage.awsServices && (merged.via_service ?? []).length > 0 && report(
    source("via_service"),
    `via_service cannot be used with ${kindName}: AWS services integrated with KMS use only symmetric encryption keys`,
    "remove `via_service:` from this key (set it per key rather than in `defaults:`)"
  );
  let intent = {
    admins: principalsOf2("admins"),
    users,
    viaService: [...merged.via_service ?? []],
    encryptionContext: { ...merged.encryption_context },
    crossAccount: (merged.cross_account ?? []).flatMap((entry, index) => {
      let principal = resolvePrincipal(entry.principal, [
        ...source("cross_account"),
        index,
        "principal"
      ]), actionsPath = [...source("cross_account"), index, "actions"], actions = resolveActions(entry.actions, actionsPath);
      return entry.actions.forEach((written, position) => {
        let action = canonicalKmsAction(written);
        action !== void 0 && isForeignCryptoAction(action, usage) && report(
          [...actionsPath, position],
          `\`${action}\` is not possible with ${kindName}`,
          `its users' actions are ${[...usage.userActions, "kms:DescribeKey"].join(", ")}`
        );
      }), principal === void 0 ? [] : [{ principal, actions }];
    }),
    requireMfaFor: merged.require_mfa_for === void 0 ? [...DEFAULT_REQUIRE_MFA_FOR] : resolveActions(merged.require_mfa_for, source("require_mfa_for")),
    ...merged.services === void 0 ? {} : {
      services: resolveServices(merged.services, {
        placement,
        path: source("services"),
        report
      })
    },
    ...userGroups.length === 0 ? {} : { userGroups },
    ...organization === void 0 ? {} : { organization },
    ...extraStatements === void 0 ? {} : { extraStatements }
  }, document = generateKeyPolicy(intent, placement);
  return extraStatements !== void 0 && checkExtraStatementIds(document, extraStatements, source("extra_statements"), report), { kind: "intent", intent, document };
}

// core/manifest/resolve-rotation.ts
function resolveRotation(input, defaults, key, report) {
  let periodInDays = input.rotation?.period_in_days ?? defaults?.period_in_days ?? 365;
  if (!canRotateAutomatically(key)) {
    if (input.rotation?.enabled === !0 || input.rotation?.period_in_days !== void 0) {
      let what = key.keySpec === "SYMMETRIC_DEFAULT" ? "a key with imported key material (origin: EXTERNAL)" : `key_spec ${key.keySpec}`;
      report(
        `automatic rotation is only supported for SYMMETRIC_DEFAULT keys whose key material KMS generated, not ${what}`,
        key.keySpec === "SYMMETRIC_DEFAULT" ? "remove `rotation:` from this key; rotate imported key material by importing new material into a new key and retargeting the alias" : "remove `rotation:` from this key; rotate asymmetric and HMAC keys by creating a new key and retargeting the alias"
      );
    }
    return { enabled: !1, periodInDays };
  }
  return { enabled: input.rotation?.enabled ?? defaults?.enabled ?? !0, periodInDays };
}

// core/manifest/compile-desired-state.ts
var ARN_PRINCIPAL = /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@/-]+)$/, ACCOUNT_ID = /^[0-9]{12}$/;
function compileDesiredState(loaded, manifest, options) {
  let problems = [], policyDocumentProblems = 0, reported = /* @__PURE__ */ new Set(), report = (path, message, hint, at = "value") => {
    let position = at === "key" ? loaded.locateKey(path) : loaded.locate(path), pointer = `/${path.map(String).join("/")}`, id = `${pointer}\0${message}`;
    if (reported.has(id)) return;
    reported.add(id);
    let origin = loaded.originOf?.(path);
    problems.push({
      message: origin === void 0 ? message : `${message} (${origin})`,
      file: loaded.file,
      ...position,
      path: pointer,
      ...hint === void 0 ? {} : { hint }
    });
  }, accounts = manifest.accounts ?? {}, principals = manifest.principals ?? {}, defaults = manifest.defaults ?? {}, owner = `${options.repository}/${options.manifestPath}`, resolveAccount = (ref, path) => {
    let named = Object.hasOwn(accounts, ref) ? accounts[ref] : void 0;
    if (named !== void 0) return named;
    if (ACCOUNT_ID.test(ref)) return ref;
    report(
      path,
      `unknown account \`${ref}\``,
      suggest(ref, Object.keys(accounts), "accounts", "a 12-digit account id")
    );
  }, resolvePrincipal = (ref, path, allowService = !1) => {
    let named = Object.hasOwn(principals, ref) ? principals[ref] : void 0, service = named ?? ref;
    if (isServicePrincipal(service)) {
      if (allowService) return service;
      report(
        path,
        `\`${ref}\` is the AWS service principal ${service}: a service is not a key administrator, user or cross-account principal`,
        "name the service under `policy.services:` (it gets the statement its AWS documentation gives, scoped to your account); a service principal may be the grantee of a declared grant"
      );
      return;
    }
    if (named !== void 0) return named;
    if (ref.startsWith("arn:")) {
      if (ARN_PRINCIPAL.test(ref)) return ref;
      report(
        path,
        `\`${ref}\` is not an IAM role, user or account root ARN`,
        "use `arn:aws:iam::<account>:role/<name>`, `...:user/<name>` or `...:root`"
      );
      return;
    }
    report(
      path,
      `unknown principal \`${ref}\``,
      suggest(ref, Object.keys(principals), "principals", "an IAM ARN")
    );
  }, resolveActions = (actions, path) => actions.flatMap((action, index) => {
    let canonical = canonicalKmsAction(action);
    return canonical === void 0 ? (report(
      [...path, index],
      `\`${action}\` is not a KMS action`,
      "write the action name, e.g. `Decrypt` or `kms:Decrypt`; wildcards are not allowed here"
    ), []) : [canonical];
  }), keys = [], aliasOwners = /* @__PURE__ */ new Map(), adoptedBy = /* @__PURE__ */ new Map();
  checkMovedFrom(manifest.keys, report);
  for (let [name, input] of Object.entries(manifest.keys)) {
    let keyPath = ["keys", name], at = (...rest) => [...keyPath, ...rest], placement = resolveKeyPlacement(name, input, defaults, {
      at,
      adoptedBy,
      resolveAccount,
      report
    });
    if (placement === void 0) continue;
    let { account, region, partition } = placement, keySpec = input.key_spec ?? defaults.key_spec ?? DEFAULT_KEY_SPEC, keyUsage = input.key_usage ?? defaults.key_usage ?? DEFAULT_KEY_USAGE, multiRegion = input.multi_region ?? defaults.multi_region ?? !1, replicaRegions = [...input.replicas ?? []].sort();
    replicaRegions.length > 0 && !multiRegion && report(
      at("replicas"),
      `key \`${name}\` lists replicas but is not a multi-Region key`,
      "set `multi_region: true` (only possible when the key is created), or remove `replicas:`"
    ), replicaRegions.includes(region) && report(
      at("replicas"),
      `key \`${name}\` lists its own Region ${region} as a replica`,
      "replicas are the other Regions the key is copied to"
    );
    let origin = input.origin ?? defaults.origin ?? "AWS_KMS", usageWritten = input.key_usage !== void 0 || defaults.key_usage !== void 0;
    checkKeySpec({ keySpec, keyUsage, usageWritten, region }, (field, message, hint) => {
      let written = field === "key_usage" ? input.key_usage : input.key_spec;
      report(written === void 0 ? ["defaults", field] : at(field), message, hint);
    });
    let rotation = resolveRotation(
      input,
      defaults.rotation,
      { keySpec, origin },
      (message, hint) => {
        report(at("rotation"), message, hint);
      }
    ), aliases = [...input.aliases ?? []].sort();
    for (let [index, alias] of (input.aliases ?? []).entries()) {
      let scope = `${account}/${region}/${alias}`, previous = aliasOwners.get(scope);
      previous !== void 0 ? report(
        at("aliases", index),
        `alias \`${alias}\` is used by keys \`${previous.key}\` and \`${name}\` in account ${account}, ${region}`,
        "an alias names exactly one key per account and Region: rename one of them"
      ) : aliasOwners.set(scope, { key: name, path: at("aliases", index) });
    }
    let tags = { ...defaults.tags, ...input.tags };
    tags[OWNERSHIP_TAG_MANIFEST] = owner, tags[OWNERSHIP_TAG_KEY] = name;
    let problemsBefore = problems.length, policy = resolvePolicy(input, defaults.policy, {
      placement: { account, region, partition, multiRegion, keySpec, keyUsage, origin },
      at,
      resolvePrincipal,
      resolveActions,
      report
    });
    input.policy !== void 0 && "document" in input.policy && (policyDocumentProblems += problems.length - problemsBefore);
    let grants = resolveGrants(input.grants ?? [], {
      key: name,
      usage: keyUsageActions(keySpec, keyUsage),
      at,
      resolvePrincipal,
      report
    }), environment = input.environment ?? defaults.environment, service = input.service ?? defaults.service, compliance = input.compliance ?? defaults.compliance;
    keys.push({
      name,
      account,
      region,
      ...input.adopt === void 0 ? {} : { adopt: input.adopt },
      ...input.moved_from === void 0 ? {} : { movedFrom: input.moved_from },
      ...environment === void 0 ? {} : { environment },
      ...service === void 0 ? {} : { service },
      ...compliance === void 0 ? {} : { compliance },
      description: input.description ?? defaults.description ?? "",
      keySpec,
      keyUsage,
      origin,
      multiRegion,
      replicaRegions,
      rotation,
      deletionWindowInDays: input.deletion_window_in_days ?? defaults.deletion_window_in_days ?? 30,
      state: input.state ?? "enabled",
      aliases,
      tags,
      ...policy === void 0 ? {} : { policy },
      grants,
      bypassPolicyLockoutSafetyCheck: input.bypass_policy_lockout_safety_check ?? !1,
      lintIgnore: input.lint_ignore ?? [],
      location: loaded.locateKey(keyPath)
    });
  }
  let environments = {};
  for (let [environment, config] of Object.entries(manifest.lint?.environments ?? {}))
    environments[environment] = { ...config.rules };
  let desired = {
    owner,
    repository: options.repository,
    file: loaded.file,
    keys,
    accounts: { ...accounts },
    principals: { ...principals },
    lint: { rules: { ...manifest.lint?.rules }, environments },
    locate: loaded.locate
  };
  return problems.length > 0 ? (problems.sort((a, b) => a.line - b.line || a.column - b.column), problems.length === policyDocumentProblems ? { ok: !1, problems, lintable: desired } : { ok: !1, problems }) : { ok: !0, problems: [], desired };
}
function suggest(ref, names, section, alternative) {
  if (names.length > 0) {
    let candidate = (0, import_fastest_levenshtein2.closest)(ref, [...names]);
    if ((0, import_fastest_levenshtein2.distance)(ref.toLowerCase(), candidate.toLowerCase()) <= Math.max(2, Math.floor(candidate.length / 3)))
      return `did you mean \`${candidate}\`?`;
  }
  return `declare \`${ref}\` under \`${section}:\`, or use ${alternative}`;
}

// core/manifest/validate-manifest.ts
var import_fastest_levenshtein3 = __toESM(require_mod(), 1);

// core/manifest/generated/validate-kms-schema.js
var import_ucs2length = __toESM(require_ucs2length(), 1), import_equal = __toESM(require_equal(), 1), validate = validate20;
var schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/kms-action/kms-action/schemas/kms.schema.json", title: "kms-action manifest (kms.yaml)", description: "Declarative AWS KMS customer managed keys, managed by kms-action.", type: "object", additionalProperties: !1, required: ["version", "keys"], properties: { version: { const: 1, description: "Manifest format version. Always `1`." }, defaults: { type: "object", additionalProperties: !1, description: "Values merged into every key (a key's own value wins; `tags` are merged name by name; `policy` field by field). Fields that identify one key or act on one key cannot be defaults: `adopt`, `moved_from` and `aliases` name exactly one key; `state` and `bypass_policy_lockout_safety_check` are decided key by key so that one line cannot disable, delete or unlock every key; `grants` and `lint_ignore` carry per-key names and reasons (use `lint.rules` for the whole manifest); `replicas` lists one key's Regions. To share those, use a YAML merge key (`<<: *shared`) or `key_templates`.", properties: { account: { type: "string", minLength: 1, description: "A name from `accounts`, or a 12-digit AWS account id." }, region: { type: "string", pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", description: "AWS Region code, e.g. `us-east-1`." }, environment: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Environment the key serves, e.g. `production`. Drives per-environment lint severities." }, service: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Service the key serves, e.g. `s3`. One key per service, environment and compliance domain." }, compliance: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Compliance domain, e.g. `hipaa` or `pci`. Keys of different domains are never shared." }, description: { type: "string", maxLength: 8192, description: "Key description shown in the console." }, rotation: { type: "object", description: "Automatic key rotation. Only symmetric encryption keys whose key material KMS generated rotate automatically; on other keys `enabled: true` or a `period_in_days` is refused, and a default does not apply.", additionalProperties: !1, properties: { enabled: { type: "boolean", description: "Turn automatic rotation on (recommended) or off." }, period_in_days: { type: "integer", minimum: 90, maximum: 2560, description: "Days between rotations, 90..2560. AWS default: 365." } } }, deletion_window_in_days: { type: "integer", minimum: 7, maximum: 30, description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production." }, tags: { type: "object", description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.", maxProperties: 50, propertyNames: { minLength: 1, maxLength: 128, pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, additionalProperties: { type: "string", maxLength: 256, pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" } }, key_spec: { enum: ["SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "ML_KEM_512", "ML_KEM_768", "ML_KEM_1024"], description: "Key spec (immutable after creation). Default: `SYMMETRIC_DEFAULT`. `SM2` only in the China Regions; the ML_KEM specs are not supported yet." }, key_usage: { enum: ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT", "ENCAPSULATE_DECAPSULATE"], description: "Key usage (immutable after creation). Default: `ENCRYPT_DECRYPT`; required with every key spec but `SYMMETRIC_DEFAULT`, and one the spec offers (RSA: `ENCRYPT_DECRYPT` or `SIGN_VERIFY`; ECC_NIST_P256/384/521: `SIGN_VERIFY` or `KEY_AGREEMENT`; ECC_NIST_EDWARDS25519, ECC_SECG_P256K1, ML_DSA: `SIGN_VERIFY`; HMAC: `GENERATE_VERIFY_MAC`; SM2: `ENCRYPT_DECRYPT`, `SIGN_VERIFY` or `KEY_AGREEMENT`)." }, multi_region: { type: "boolean", description: "Create a multi-Region primary key (immutable after creation)." }, origin: { enum: ["AWS_KMS", "EXTERNAL"], description: "Source of the key material (immutable after creation). `AWS_KMS` (default): KMS generates it. `EXTERNAL`: imported key material; such a key never rotates automatically, and a new one waits for its material (`PendingImport`), which kms-action does not import." }, policy: { type: "object", description: "Policy intent fields merged into every key that uses the intent form.", additionalProperties: !1, properties: { admins: { type: "array", uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants." }, users: { type: "array", uniqueItems: !0, items: { description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.", if: { type: "string" }, then: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, else: { type: "object", additionalProperties: !1, required: ["principals", "actions"], properties: { principals: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "The group's principals: names from `principals`, or IAM ARNs." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)." } } } }, description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions." }, via_service: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^[a-z][a-z0-9-]*$" }, description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys." }, encryption_context: { type: "object", description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, cross_account: { type: "array", description: "Principals in other accounts that may use the key, each with the exact actions it may call.", items: { type: "object", additionalProperties: !1, required: ["principal", "actions"], properties: { principal: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected." } } } }, organization: { description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.", if: { type: "string" }, then: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)." }, else: { type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`." }, paths: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", maxLength: 2048, pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`." }, description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions members get, among the key usage's user actions. Default: every user action." } } } }, require_mfa_for: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA." }, services: { type: "array", uniqueItems: !0, maxItems: 32, description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.", items: { type: "object", additionalProperties: !1, required: ["service"], properties: { service: { enum: ["autoscaling", "cloudtrail", "cloudwatch", "config", "events", "guardduty", "logs", "route53-dnssec", "s3", "ses", "sns"], description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (EventBridge rules and encrypted event buses), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)." }, trails: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account." }, description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account." }, log_groups: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$", description: "A log group name of the key's account and Region." }, description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region." }, source_arns: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`." }, description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, rules or event buses, alarms, detectors, hosted zones. Omitted: any resource of the key's account." }, role_suffix: { type: "string", pattern: "^[\\w+=,.@-]{1,64}$", description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)." } } } }, extra_statements: { type: "array", minItems: 1, items: { type: "object", description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON." }, description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids." } } } } }, accounts: { type: "object", description: "Named AWS accounts: name -> 12-digit account id.", propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$", maxLength: 64 }, additionalProperties: { type: "string", pattern: "^[0-9]{12}$", description: "12-digit AWS account id, quoted." } }, principals: { type: "object", description: "Named principals: name -> IAM ARN or AWS service principal. Policies and grants refer to them by name.", propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 64 }, additionalProperties: { type: "string", pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$", description: "IAM ARN of a role, user or account root, e.g. `arn:aws:iam::111122223333:role/app`, or an AWS service principal, e.g. `logs.amazonaws.com` (a grant grantee only: services use a key through `policy.services`)." } }, lint: { type: "object", additionalProperties: !1, description: "Lint configuration.", properties: { rules: { type: "object", description: "Severity per lint rule id (see docs/rules.md).", propertyNames: { enum: ["public-principal", "no-root-backstop", "admin-user-overlap", "wildcard-action", "missing-mfa-guard", "cross-account-access", "missing-encryption-context", "unscoped-service-principal", "invalid-policy", "aws-managed-key", "shared-key", "rotation-disabled", "rotation-period", "deletion-window", "required-tags", "alias-naming", "alias-environment-mismatch", "compliance-isolation", "policy-lockout-bypass"] }, additionalProperties: { enum: ["off", "notice", "warning", "error"], description: "Severity of a lint rule: `off` disables it." } }, environments: { type: "object", description: "Severities per environment, applied on top of `rules` to keys of that environment.", additionalProperties: { type: "object", additionalProperties: !1, properties: { rules: { type: "object", description: "Severity per lint rule id (see docs/rules.md).", propertyNames: { enum: ["public-principal", "no-root-backstop", "admin-user-overlap", "wildcard-action", "missing-mfa-guard", "cross-account-access", "missing-encryption-context", "unscoped-service-principal", "invalid-policy", "aws-managed-key", "shared-key", "rotation-disabled", "rotation-period", "deletion-window", "required-tags", "alias-naming", "alias-environment-mismatch", "compliance-isolation", "policy-lockout-bypass"] }, additionalProperties: { enum: ["off", "notice", "warning", "error"], description: "Severity of a lint rule: `off` disables it." } } } } } } }, key_templates: { type: "object", description: "Key templates: each declares one key per `for_each` entry (see docs/templates.md). Placeholders `${each.key}` and `${each.value}` are replaced in `name` and in the key's `description`, `aliases`, `service`, `compliance`, `environment`, `moved_from` and tag values; anywhere else they are refused. Generated keys are validated and compiled like written keys, count against the 5,000-key limit, may not reuse a written or generated name, and their problems point at the template's lines. Removing an entry from `for_each` removes its key from the manifest, like deleting a written key.", maxProperties: 100, propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 128 }, additionalProperties: { type: "object", additionalProperties: !1, required: ["for_each", "name", "key"], description: "One key template.", properties: { for_each: { type: ["array", "object"], description: "The entries to declare a key for: a list of names (`${each.key}` and `${each.value}` are both the name), or a mapping of name to a string (`${each.key}` is the name, `${each.value}` the string). Names are 1..64 letters, digits, `_`, `.` and `-`, starting with a letter or digit; at most 5,000 entries.", minItems: 1, maxItems: 5e3, uniqueItems: !0, items: { type: "string", maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, minProperties: 1, maxProperties: 5e3, propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 64 }, additionalProperties: { type: "string", maxLength: 256 } }, name: { type: "string", minLength: 1, maxLength: 128, pattern: "\\$\\{each\\.key\\}", description: "The logical name of each generated key; must contain `${each.key}`, e.g. `${each.key}-data`. The result must be a valid key name." }, key: { type: "object", description: "The key each entry declares: any field of a key under `keys` (validated on each generated key), with placeholders in the fields named above." } } } }, keys: { type: "object", description: "Managed keys by logical name. At most 5,000 keys per manifest: split larger estates across several manifests.", minProperties: 1, maxProperties: 5e3, propertyNames: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 128 }, additionalProperties: { type: "object", additionalProperties: !1, description: "A customer managed key. Its logical name (the mapping key) is its stable identity.", properties: { adopt: { type: "string", pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", description: "ARN of an existing key to bring under management (it is tagged with the ownership tags). Its account and Region come from the ARN. The way to manage a key made outside kms-action, by hand, by Terraform or by CloudFormation." }, moved_from: { type: "string", pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", maxLength: 128, description: "The key's previous logical name, to rename it without replacing it: the plan re-tags the live key (`kms-action:key`) instead of reporting it as an orphan and creating a new one; aliases, grants and ciphertexts stay. Remove `moved_from` once the rename is applied everywhere the manifest is applied." }, account: { type: "string", minLength: 1, description: "A name from `accounts`, or a 12-digit AWS account id." }, region: { type: "string", pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", description: "AWS Region code, e.g. `us-east-1`." }, environment: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Environment the key serves, e.g. `production`. Drives per-environment lint severities." }, service: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Service the key serves, e.g. `s3`. One key per service, environment and compliance domain." }, compliance: { type: "string", minLength: 1, maxLength: 64, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", description: "Compliance domain, e.g. `hipaa` or `pci`. Keys of different domains are never shared." }, description: { type: "string", maxLength: 8192, description: "Key description shown in the console." }, rotation: { type: "object", description: "Automatic key rotation. Only symmetric encryption keys whose key material KMS generated rotate automatically; on other keys `enabled: true` or a `period_in_days` is refused, and a default does not apply.", additionalProperties: !1, properties: { enabled: { type: "boolean", description: "Turn automatic rotation on (recommended) or off." }, period_in_days: { type: "integer", minimum: 90, maximum: 2560, description: "Days between rotations, 90..2560. AWS default: 365." } } }, aliases: { type: "array", uniqueItems: !0, items: { type: "string", maxLength: 256, pattern: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$" }, description: "Aliases (`alias/` followed by letters, digits, `/`, `_`, `-`; not `alias/aws/`). Stable names applications use instead of key ids." }, state: { enum: ["enabled", "disabled", "pending_deletion"], description: "Desired key state. `pending_deletion` schedules deletion after `deletion_window_in_days`." }, deletion_window_in_days: { type: "integer", minimum: 7, maximum: 30, description: "Waiting period in days, 7..30, before a key scheduled for deletion is deleted. Use 30 in production." }, tags: { type: "object", description: "Resource tags. At most 50; keys 1..128 characters, values 0..256 characters. `aws:` and `kms-action:` prefixes are reserved.", maxProperties: 50, propertyNames: { minLength: 1, maxLength: 128, pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, additionalProperties: { type: "string", maxLength: 256, pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" } }, key_spec: { enum: ["SYMMETRIC_DEFAULT", "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1", "ECC_NIST_EDWARDS25519", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "ML_KEM_512", "ML_KEM_768", "ML_KEM_1024"], description: "Key spec (immutable after creation). Default: `SYMMETRIC_DEFAULT`. `SM2` only in the China Regions; the ML_KEM specs are not supported yet." }, key_usage: { enum: ["ENCRYPT_DECRYPT", "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT", "ENCAPSULATE_DECAPSULATE"], description: "Key usage (immutable after creation). Default: `ENCRYPT_DECRYPT`; required with every key spec but `SYMMETRIC_DEFAULT`, and one the spec offers (RSA: `ENCRYPT_DECRYPT` or `SIGN_VERIFY`; ECC_NIST_P256/384/521: `SIGN_VERIFY` or `KEY_AGREEMENT`; ECC_NIST_EDWARDS25519, ECC_SECG_P256K1, ML_DSA: `SIGN_VERIFY`; HMAC: `GENERATE_VERIFY_MAC`; SM2: `ENCRYPT_DECRYPT`, `SIGN_VERIFY` or `KEY_AGREEMENT`)." }, multi_region: { type: "boolean", description: "Create a multi-Region primary key (immutable after creation)." }, origin: { enum: ["AWS_KMS", "EXTERNAL"], description: "Source of the key material (immutable after creation). `AWS_KMS` (default): KMS generates it. `EXTERNAL`: imported key material; such a key never rotates automatically, and a new one waits for its material (`PendingImport`), which kms-action does not import." }, replicas: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", description: "AWS Region code, e.g. `us-east-1`." }, description: "Regions to replicate a multi-Region key into. Requires `multi_region: true`." }, bypass_policy_lockout_safety_check: { type: "boolean", description: "Skip the AWS policy lockout safety check. Dangerous: linted as an error." }, policy: { description: "Key policy: either the intent form (admins, users, ...) or `{ document: ... }`. Omitted: the policy is not managed (new keys get the AWS default key policy).", type: "object", if: { properties: { document: !0 }, required: ["document"] }, then: { type: "object", description: "A raw key policy, used as is instead of the generated one.", additionalProperties: !1, required: ["document"], properties: { document: { type: "object", description: "The key policy JSON (`Version`, `Statement`), written as YAML or JSON." } } }, else: { type: "object", description: "High-level intent from which kms-action generates a best-practice key policy.", additionalProperties: !1, properties: { admins: { type: "array", uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "Key administrators: may manage the key (policy, rotation, tags, state, aliases, grant listing and revocation) but neither use it for cryptography nor create grants." }, users: { type: "array", uniqueItems: !0, items: { description: "A name from `principals` or an IAM ARN (a user with every action of the key's usage), or a group narrowed to some of those actions: `{ principals: [...], actions: [...] }`.", if: { type: "string" }, then: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, else: { type: "object", additionalProperties: !1, required: ["principals", "actions"], properties: { principals: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, description: "The group's principals: names from `principals`, or IAM ARNs." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions the group gets, among the key usage's user actions (e.g. `[Decrypt, DescribeKey]` for decrypt-only consumers of a symmetric key, `[Verify, GetPublicKey]` for verifiers of a signing key)." } } } }, description: "Key users: may use the key as its spec and usage allow (symmetric encryption: encrypt, decrypt, re-encrypt, generate data keys, and create grants for AWS resources; asymmetric encryption: encrypt, decrypt, re-encrypt, get the public key; signing: sign, verify, get the public key; HMAC: generate and verify MACs; key agreement: derive shared secrets, get the public key) and describe it. An entry may be a group `{ principals, actions }` that gets only the listed actions." }, via_service: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^[a-z][a-z0-9-]*$" }, description: "Services (e.g. `s3`, `rds`, `ec2`, `secretsmanager`) through which key users may use the key (`kms:ViaService` in the key's Region). Empty: direct use allowed. Symmetric encryption keys only: AWS services do not use asymmetric or HMAC keys." }, encryption_context: { type: "object", description: "Encryption context required on every cryptographic use by key users (`kms:EncryptionContext:<key>`). Symmetric encryption keys only: asymmetric, HMAC and key agreement operations take no encryption context.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, cross_account: { type: "array", description: "Principals in other accounts that may use the key, each with the exact actions it may call.", items: { type: "object", additionalProperties: !1, required: ["principal", "actions"], properties: { principal: { type: "string", minLength: 1, maxLength: 2048, description: "A name from `principals`, or an IAM ARN (`arn:aws:iam::111122223333:role/name`)." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "KMS actions, e.g. `[Decrypt, DescribeKey]`. Wildcards are rejected." } } } }, organization: { description: "Anyone in an AWS organisation (`o-a1b2c3d4e5`), or in some of its organisational units, may use the key as its users do (the same via_service and encryption_context), except the key administrators: `Principal: *` narrowed by `aws:PrincipalOrgID` or `aws:PrincipalOrgPaths`, instead of listing accounts. Members in other accounts also need an IAM policy in their own account.", if: { type: "string" }, then: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "An organisation id: `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5` (AWS Organizations console, or `aws organizations describe-organization`)." }, else: { type: "object", additionalProperties: !1, properties: { id: { type: "string", pattern: "^o-[a-z0-9]{10,32}$", description: "The organisation id (`aws:PrincipalOrgID`): `o-` and 10 to 32 lowercase letters or digits, e.g. `o-a1b2c3d4e5`." }, paths: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", maxLength: 2048, pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", description: "An entity path: `o-<org>/r-<root>/`, then `ou-<root>-<ou>/` for each OU down to the one meant, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`." }, description: "Organisational units as `aws:PrincipalOrgPaths` entity paths, e.g. `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/`: accounts in the OU and in its child OUs. Instead of `id`." }, actions: { type: "array", minItems: 1, uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "The only actions members get, among the key usage's user actions. Default: every user action." } } } }, require_mfa_for: { type: "array", uniqueItems: !0, items: { type: "string", pattern: "^(kms:)?[A-Za-z*]+$", description: "A KMS API action, e.g. `Decrypt` or `kms:Decrypt`." }, description: "Actions explicitly denied unless the caller authenticated with MFA. Default: `[ScheduleKeyDeletion, DisableKey]`. Note that GitHub OIDC sessions never carry MFA." }, services: { type: "array", uniqueItems: !0, maxItems: 32, description: "AWS services that use the key, each given the key policy statement its own AWS documentation gives for a customer managed key, with confused-deputy protection (`aws:SourceAccount`, `aws:SourceArn` or the service's encryption-context condition) always on. See docs/services.md.", items: { type: "object", additionalProperties: !1, required: ["service"], properties: { service: { enum: ["autoscaling", "cloudtrail", "cloudwatch", "config", "events", "guardduty", "logs", "route53-dnssec", "s3", "ses", "sns"], description: "`logs` (CloudWatch Logs), `cloudtrail`, `sns` (to encrypted SQS queues), `s3` (event notifications to encrypted SNS/SQS), `events` (EventBridge rules and encrypted event buses), `cloudwatch` (alarms to encrypted SNS topics), `config`, `guardduty` (findings export), `ses` (received email), `route53-dnssec` (an ECC_NIST_P256 SIGN_VERIFY key in us-east-1), `autoscaling` (its service-linked role, for encrypted EBS volumes)." }, trails: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", description: "A trail name (a trail of the key's account and Region) or a trail ARN of the key's account." }, description: "`cloudtrail` only: the trails that may encrypt with the key (`aws:SourceArn`). Omitted: any trail of the key's account." }, log_groups: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$", description: "A log group name of the key's account and Region." }, description: "`logs` only: the log groups that may use the key (`kms:EncryptionContext:aws:logs:arn`). Omitted: any log group of the key's account and Region." }, source_arns: { type: "array", uniqueItems: !0, minItems: 1, maxItems: 100, items: { type: "string", maxLength: 2048, pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", description: "The ARN of a resource of the key's account, e.g. `arn:aws:sns:us-east-1:111122223333:alerts`." }, description: "`sns`, `s3`, `events`, `cloudwatch`, `guardduty`, `route53-dnssec` only: the resources the service may use the key for (`aws:SourceArn`): topics, buckets, rules or event buses, alarms, detectors, hosted zones. Omitted: any resource of the key's account." }, role_suffix: { type: "string", pattern: "^[\\w+=,.@-]{1,64}$", description: "`autoscaling` only: the suffix of a custom service-linked role (`AWSServiceRoleForAutoScaling_<suffix>`)." } } } }, extra_statements: { type: "array", minItems: 1, items: { type: "object", description: "A key policy statement (`Sid`, `Effect`, `Principal`, `Action`, `Resource`, `Condition`...), written as YAML or JSON." }, description: "Raw statements added after the generated ones, checked and linted like a raw policy's statements: for the one unusual statement, without giving up the generated policy. A `Sid` must differ from the generated statements' ids." } } } }, grants: { type: "array", items: { type: "object", additionalProperties: !1, required: ["name", "grantee", "operations"], properties: { name: { type: "string", minLength: 1, maxLength: 256, pattern: "^[a-zA-Z0-9:/_-]+$", description: "Grant name: identifies the grant across runs." }, grantee: { type: "string", minLength: 1, maxLength: 2048, description: "Grantee principal: a name from `principals`, an IAM ARN, or an AWS service principal (`<service>.amazonaws.com`; then `source_arn` and `retiring_principal` are required)." }, retiring_principal: { type: "string", minLength: 1, maxLength: 2048, description: "Principal that may retire the grant: a name from `principals`, an IAM ARN or an AWS service principal." }, operations: { type: "array", minItems: 1, uniqueItems: !0, items: { enum: ["Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "ReEncryptFrom", "ReEncryptTo", "Sign", "Verify", "GetPublicKey", "CreateGrant", "RetireGrant", "DescribeKey", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateMac", "VerifyMac", "DeriveSharedSecret"] }, description: "Grant operations." }, encryption_context_subset: { type: "object", description: "The grant applies only when the request's encryption context includes these pairs.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, encryption_context_equals: { type: "object", description: "The grant applies only when the request's encryption context equals these pairs.", propertyNames: { minLength: 1, maxLength: 256 }, additionalProperties: { type: "string", maxLength: 256 }, maxProperties: 32 }, source_arn: { type: "string", maxLength: 2048, pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", description: "Grants to a service principal only (required there): the ARN of the resource the service may use the grant for (the grant's `SourceArn` constraint)." } } }, description: "Declared grants. Live grants not declared here are reported." }, lint_ignore: { type: "array", description: "Lint suppressions for this key, each with the reason it is acceptable.", items: { type: "object", additionalProperties: !1, required: ["rule", "reason"], properties: { rule: { enum: ["public-principal", "no-root-backstop", "admin-user-overlap", "wildcard-action", "missing-mfa-guard", "cross-account-access", "missing-encryption-context", "unscoped-service-principal", "invalid-policy", "aws-managed-key", "shared-key", "rotation-disabled", "rotation-period", "deletion-window", "required-tags", "alias-naming", "alias-environment-mismatch", "compliance-isolation", "policy-lockout-bypass"], description: "Rule id to suppress on this key." }, reason: { type: "string", minLength: 1, pattern: "\\S", description: "Why the finding is acceptable for this key (required)." } } } } } } } } }, func1 = Object.prototype.hasOwnProperty, func2 = import_ucs2length.default.default ?? import_ucs2length.default, func0 = import_equal.default.default ?? import_equal.default, pattern4 = new RegExp("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", "u"), pattern5 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", "u"), pattern8 = new RegExp("^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", "u"), pattern9 = new RegExp("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u"), pattern10 = new RegExp("^(kms:)?[A-Za-z*]+$", "u"), pattern11 = new RegExp("^[a-z][a-z0-9-]*$", "u"), pattern13 = new RegExp("^o-[a-z0-9]{10,32}$", "u"), pattern15 = new RegExp("^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", "u"), pattern18 = new RegExp("^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", "u"), pattern19 = new RegExp("^[.\\-_/#A-Za-z0-9]{1,512}$", "u"), pattern20 = new RegExp("^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", "u"), pattern21 = new RegExp("^[\\w+=,.@-]{1,64}$", "u"), pattern22 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_-]*$", "u"), pattern23 = new RegExp("^[0-9]{12}$", "u"), pattern25 = new RegExp("^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$", "u"), pattern29 = new RegExp("\\$\\{each\\.key\\}", "u"), pattern31 = new RegExp("^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", "u"), pattern37 = new RegExp("^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$", "u"), pattern53 = new RegExp("^[a-zA-Z0-9:/_-]+$", "u"), pattern55 = new RegExp("\\S", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.keys === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "defaults" || key0 === "accounts" || key0 === "principals" || key0 === "lint" || key0 === "key_templates" || key0 === "keys")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (data0 !== 1) {
        let err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema31.properties.version, data: data0 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.defaults !== void 0) {
      let data1 = data.defaults;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (let key1 in data1)
          if (!func1.call(schema31.properties.defaults.properties, key1)) {
            let err4 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults, data: data1 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        if (data1.account !== void 0) {
          let data2 = data1.account;
          if (typeof data2 == "string") {
            if (func2(data2) < 1) {
              let err5 = { instancePath: instancePath + "/defaults/account", schemaPath: "#/properties/defaults/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.account, data: data2 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          } else {
            let err6 = { instancePath: instancePath + "/defaults/account", schemaPath: "#/properties/defaults/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.account.type, parentSchema: schema31.properties.defaults.properties.account, data: data2 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        if (data1.region !== void 0) {
          let data3 = data1.region;
          if (typeof data3 == "string") {
            if (!pattern4.test(data3)) {
              let err7 = { instancePath: instancePath + "/defaults/region", schemaPath: "#/properties/defaults/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$" }, message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"', schema: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", parentSchema: schema31.properties.defaults.properties.region, data: data3 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/defaults/region", schemaPath: "#/properties/defaults/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.region.type, parentSchema: schema31.properties.defaults.properties.region, data: data3 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        if (data1.environment !== void 0) {
          let data4 = data1.environment;
          if (typeof data4 == "string") {
            if (func2(data4) > 64) {
              let err9 = { instancePath: instancePath + "/defaults/environment", schemaPath: "#/properties/defaults/properties/environment/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.defaults.properties.environment, data: data4 };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
            if (func2(data4) < 1) {
              let err10 = { instancePath: instancePath + "/defaults/environment", schemaPath: "#/properties/defaults/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.environment, data: data4 };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
            if (!pattern5.test(data4)) {
              let err11 = { instancePath: instancePath + "/defaults/environment", schemaPath: "#/properties/defaults/properties/environment/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.defaults.properties.environment, data: data4 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/defaults/environment", schemaPath: "#/properties/defaults/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.environment.type, parentSchema: schema31.properties.defaults.properties.environment, data: data4 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data1.service !== void 0) {
          let data5 = data1.service;
          if (typeof data5 == "string") {
            if (func2(data5) > 64) {
              let err13 = { instancePath: instancePath + "/defaults/service", schemaPath: "#/properties/defaults/properties/service/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.defaults.properties.service, data: data5 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
            if (func2(data5) < 1) {
              let err14 = { instancePath: instancePath + "/defaults/service", schemaPath: "#/properties/defaults/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.service, data: data5 };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            if (!pattern5.test(data5)) {
              let err15 = { instancePath: instancePath + "/defaults/service", schemaPath: "#/properties/defaults/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.defaults.properties.service, data: data5 };
              vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
            }
          } else {
            let err16 = { instancePath: instancePath + "/defaults/service", schemaPath: "#/properties/defaults/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.service.type, parentSchema: schema31.properties.defaults.properties.service, data: data5 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
        }
        if (data1.compliance !== void 0) {
          let data6 = data1.compliance;
          if (typeof data6 == "string") {
            if (func2(data6) > 64) {
              let err17 = { instancePath: instancePath + "/defaults/compliance", schemaPath: "#/properties/defaults/properties/compliance/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.defaults.properties.compliance, data: data6 };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
            if (func2(data6) < 1) {
              let err18 = { instancePath: instancePath + "/defaults/compliance", schemaPath: "#/properties/defaults/properties/compliance/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.compliance, data: data6 };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
            if (!pattern5.test(data6)) {
              let err19 = { instancePath: instancePath + "/defaults/compliance", schemaPath: "#/properties/defaults/properties/compliance/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.defaults.properties.compliance, data: data6 };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
          } else {
            let err20 = { instancePath: instancePath + "/defaults/compliance", schemaPath: "#/properties/defaults/properties/compliance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.compliance.type, parentSchema: schema31.properties.defaults.properties.compliance, data: data6 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
        if (data1.description !== void 0) {
          let data7 = data1.description;
          if (typeof data7 == "string") {
            if (func2(data7) > 8192) {
              let err21 = { instancePath: instancePath + "/defaults/description", schemaPath: "#/properties/defaults/properties/description/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters", schema: 8192, parentSchema: schema31.properties.defaults.properties.description, data: data7 };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          } else {
            let err22 = { instancePath: instancePath + "/defaults/description", schemaPath: "#/properties/defaults/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.description.type, parentSchema: schema31.properties.defaults.properties.description, data: data7 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
        if (data1.rotation !== void 0) {
          let data8 = data1.rotation;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (let key2 in data8)
              if (!(key2 === "enabled" || key2 === "period_in_days")) {
                let err23 = { instancePath: instancePath + "/defaults/rotation", schemaPath: "#/properties/defaults/properties/rotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.rotation, data: data8 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            if (data8.enabled !== void 0) {
              let data9 = data8.enabled;
              if (typeof data9 != "boolean") {
                let err24 = { instancePath: instancePath + "/defaults/rotation/enabled", schemaPath: "#/properties/defaults/properties/rotation/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.defaults.properties.rotation.properties.enabled.type, parentSchema: schema31.properties.defaults.properties.rotation.properties.enabled, data: data9 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
            }
            if (data8.period_in_days !== void 0) {
              let data10 = data8.period_in_days;
              if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                let err25 = { instancePath: instancePath + "/defaults/rotation/period_in_days", schemaPath: "#/properties/defaults/properties/rotation/properties/period_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.defaults.properties.rotation.properties.period_in_days.type, parentSchema: schema31.properties.defaults.properties.rotation.properties.period_in_days, data: data10 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 > 2560 || isNaN(data10)) {
                  let err26 = { instancePath: instancePath + "/defaults/rotation/period_in_days", schemaPath: "#/properties/defaults/properties/rotation/properties/period_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2560 }, message: "must be <= 2560", schema: 2560, parentSchema: schema31.properties.defaults.properties.rotation.properties.period_in_days, data: data10 };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
                if (data10 < 90 || isNaN(data10)) {
                  let err27 = { instancePath: instancePath + "/defaults/rotation/period_in_days", schemaPath: "#/properties/defaults/properties/rotation/properties/period_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 90 }, message: "must be >= 90", schema: 90, parentSchema: schema31.properties.defaults.properties.rotation.properties.period_in_days, data: data10 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
              }
            }
          } else {
            let err28 = { instancePath: instancePath + "/defaults/rotation", schemaPath: "#/properties/defaults/properties/rotation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.rotation.type, parentSchema: schema31.properties.defaults.properties.rotation, data: data8 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data1.deletion_window_in_days !== void 0) {
          let data11 = data1.deletion_window_in_days;
          if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
            let err29 = { instancePath: instancePath + "/defaults/deletion_window_in_days", schemaPath: "#/properties/defaults/properties/deletion_window_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.defaults.properties.deletion_window_in_days.type, parentSchema: schema31.properties.defaults.properties.deletion_window_in_days, data: data11 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 30 || isNaN(data11)) {
              let err30 = { instancePath: instancePath + "/defaults/deletion_window_in_days", schemaPath: "#/properties/defaults/properties/deletion_window_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema31.properties.defaults.properties.deletion_window_in_days, data: data11 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
            if (data11 < 7 || isNaN(data11)) {
              let err31 = { instancePath: instancePath + "/defaults/deletion_window_in_days", schemaPath: "#/properties/defaults/properties/deletion_window_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 7 }, message: "must be >= 7", schema: 7, parentSchema: schema31.properties.defaults.properties.deletion_window_in_days, data: data11 };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
          }
        }
        if (data1.tags !== void 0) {
          let data12 = data1.tags;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (Object.keys(data12).length > 50) {
              let err32 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema31.properties.defaults.properties.tags, data: data12 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            for (let key3 in data12) {
              let _errs29 = errors;
              if (typeof key3 == "string") {
                if (func2(key3) > 128) {
                  let err33 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.defaults.properties.tags.propertyNames, data: key3, propertyName: key3 };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
                if (func2(key3) < 1) {
                  let err34 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.tags.propertyNames, data: key3, propertyName: key3 };
                  vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                }
                if (!pattern8.test(key3)) {
                  let err35 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, message: 'must match pattern "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"', schema: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", parentSchema: schema31.properties.defaults.properties.tags.propertyNames, data: key3, propertyName: key3 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              }
              var valid3 = _errs29 === errors;
              if (!valid3) {
                let err36 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema31.properties.defaults.properties.tags.propertyNames, parentSchema: schema31.properties.defaults.properties.tags, data: data12 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            for (let key4 in data12) {
              let data13 = data12[key4];
              if (typeof data13 == "string") {
                if (func2(data13) > 256) {
                  let err37 = { instancePath: instancePath + "/defaults/tags/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/tags/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.defaults.properties.tags.additionalProperties, data: data13 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
                if (!pattern9.test(data13)) {
                  let err38 = { instancePath: instancePath + "/defaults/tags/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/tags/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" }, message: 'must match pattern "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"', schema: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", parentSchema: schema31.properties.defaults.properties.tags.additionalProperties, data: data13 };
                  vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                }
              } else {
                let err39 = { instancePath: instancePath + "/defaults/tags/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.tags.additionalProperties.type, parentSchema: schema31.properties.defaults.properties.tags.additionalProperties, data: data13 };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
            }
          } else {
            let err40 = { instancePath: instancePath + "/defaults/tags", schemaPath: "#/properties/defaults/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.tags.type, parentSchema: schema31.properties.defaults.properties.tags, data: data12 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
        if (data1.key_spec !== void 0) {
          let data14 = data1.key_spec;
          if (!(data14 === "SYMMETRIC_DEFAULT" || data14 === "RSA_2048" || data14 === "RSA_3072" || data14 === "RSA_4096" || data14 === "ECC_NIST_P256" || data14 === "ECC_NIST_P384" || data14 === "ECC_NIST_P521" || data14 === "ECC_SECG_P256K1" || data14 === "ECC_NIST_EDWARDS25519" || data14 === "HMAC_224" || data14 === "HMAC_256" || data14 === "HMAC_384" || data14 === "HMAC_512" || data14 === "SM2" || data14 === "ML_DSA_44" || data14 === "ML_DSA_65" || data14 === "ML_DSA_87" || data14 === "ML_KEM_512" || data14 === "ML_KEM_768" || data14 === "ML_KEM_1024")) {
            let err41 = { instancePath: instancePath + "/defaults/key_spec", schemaPath: "#/properties/defaults/properties/key_spec/enum", keyword: "enum", params: { allowedValues: schema31.properties.defaults.properties.key_spec.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.defaults.properties.key_spec.enum, parentSchema: schema31.properties.defaults.properties.key_spec, data: data14 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
        if (data1.key_usage !== void 0) {
          let data15 = data1.key_usage;
          if (!(data15 === "ENCRYPT_DECRYPT" || data15 === "SIGN_VERIFY" || data15 === "GENERATE_VERIFY_MAC" || data15 === "KEY_AGREEMENT" || data15 === "ENCAPSULATE_DECAPSULATE")) {
            let err42 = { instancePath: instancePath + "/defaults/key_usage", schemaPath: "#/properties/defaults/properties/key_usage/enum", keyword: "enum", params: { allowedValues: schema31.properties.defaults.properties.key_usage.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.defaults.properties.key_usage.enum, parentSchema: schema31.properties.defaults.properties.key_usage, data: data15 };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
        if (data1.multi_region !== void 0) {
          let data16 = data1.multi_region;
          if (typeof data16 != "boolean") {
            let err43 = { instancePath: instancePath + "/defaults/multi_region", schemaPath: "#/properties/defaults/properties/multi_region/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.defaults.properties.multi_region.type, parentSchema: schema31.properties.defaults.properties.multi_region, data: data16 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
        if (data1.origin !== void 0) {
          let data17 = data1.origin;
          if (!(data17 === "AWS_KMS" || data17 === "EXTERNAL")) {
            let err44 = { instancePath: instancePath + "/defaults/origin", schemaPath: "#/properties/defaults/properties/origin/enum", keyword: "enum", params: { allowedValues: schema31.properties.defaults.properties.origin.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.defaults.properties.origin.enum, parentSchema: schema31.properties.defaults.properties.origin, data: data17 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data1.policy !== void 0) {
          let data18 = data1.policy;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (let key5 in data18)
              if (!func1.call(schema31.properties.defaults.properties.policy.properties, key5)) {
                let err45 = { instancePath: instancePath + "/defaults/policy", schemaPath: "#/properties/defaults/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy, data: data18 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            if (data18.admins !== void 0) {
              let data19 = data18.admins;
              if (Array.isArray(data19)) {
                let len0 = data19.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data20 = data19[i0];
                  if (typeof data20 == "string") {
                    if (func2(data20) > 2048) {
                      let err46 = { instancePath: instancePath + "/defaults/policy/admins/" + i0, schemaPath: "#/properties/defaults/properties/policy/properties/admins/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.admins.items, data: data20 };
                      vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                    }
                    if (func2(data20) < 1) {
                      let err47 = { instancePath: instancePath + "/defaults/policy/admins/" + i0, schemaPath: "#/properties/defaults/properties/policy/properties/admins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.admins.items, data: data20 };
                      vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                    }
                  } else {
                    let err48 = { instancePath: instancePath + "/defaults/policy/admins/" + i0, schemaPath: "#/properties/defaults/properties/policy/properties/admins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.admins.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.admins.items, data: data20 };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                }
                let i1 = data19.length, j0;
                if (i1 > 1) {
                  let indices0 = {};
                  for (; i1--; ) {
                    let item0 = data19[i1];
                    if (typeof item0 == "string") {
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        let err49 = { instancePath: instancePath + "/defaults/policy/admins", schemaPath: "#/properties/defaults/properties/policy/properties/admins/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.admins, data: data19 };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                        break;
                      }
                      indices0[item0] = i1;
                    }
                  }
                }
              } else {
                let err50 = { instancePath: instancePath + "/defaults/policy/admins", schemaPath: "#/properties/defaults/properties/policy/properties/admins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.admins.type, parentSchema: schema31.properties.defaults.properties.policy.properties.admins, data: data19 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
            if (data18.users !== void 0) {
              let data21 = data18.users;
              if (Array.isArray(data21)) {
                let len1 = data21.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data22 = data21[i2], _errs48 = errors, valid11 = !0, _errs49 = errors;
                  if (typeof data22 != "string") {
                    let err51 = {};
                    vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                  }
                  var _valid0 = _errs49 === errors;
                  errors = _errs48, vErrors !== null && (_errs48 ? vErrors.length = _errs48 : vErrors = null);
                  let ifClause0;
                  if (_valid0) {
                    let _errs51 = errors;
                    if (typeof data22 == "string") {
                      if (func2(data22) > 2048) {
                        let err52 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/then/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.then, data: data22 };
                        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                      }
                      if (func2(data22) < 1) {
                        let err53 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/then/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.then, data: data22 };
                        vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                      }
                    } else {
                      let err54 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.users.items.then.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.then, data: data22 };
                      vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                    }
                    var _valid0 = _errs51 === errors;
                    valid11 = _valid0, ifClause0 = "then";
                  } else {
                    let _errs53 = errors;
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                      if (data22.principals === void 0) {
                        let err55 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/required", keyword: "required", params: { missingProperty: "principals" }, message: "must have required property 'principals'", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.required, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else, data: data22 };
                        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                      }
                      if (data22.actions === void 0) {
                        let err56 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.required, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else, data: data22 };
                        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                      }
                      for (let key6 in data22)
                        if (!(key6 === "principals" || key6 === "actions")) {
                          let err57 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else, data: data22 };
                          vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                        }
                      if (data22.principals !== void 0) {
                        let data23 = data22.principals;
                        if (Array.isArray(data23)) {
                          if (data23.length < 1) {
                            let err58 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals, data: data23 };
                            vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                          }
                          let len2 = data23.length;
                          for (let i3 = 0; i3 < len2; i3++) {
                            let data24 = data23[i3];
                            if (typeof data24 == "string") {
                              if (func2(data24) > 2048) {
                                let err59 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals/" + i3, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.items, data: data24 };
                                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                              }
                              if (func2(data24) < 1) {
                                let err60 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals/" + i3, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.items, data: data24 };
                                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                              }
                            } else {
                              let err61 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals/" + i3, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.items, data: data24 };
                              vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                            }
                          }
                          let i4 = data23.length, j1;
                          if (i4 > 1) {
                            let indices1 = {};
                            for (; i4--; ) {
                              let item1 = data23[i4];
                              if (typeof item1 == "string") {
                                if (typeof indices1[item1] == "number") {
                                  j1 = indices1[item1];
                                  let err62 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals, data: data23 };
                                  vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                                  break;
                                }
                                indices1[item1] = i4;
                              }
                            }
                          }
                        } else {
                          let err63 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/principals", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/principals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.principals, data: data23 };
                          vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                        }
                      }
                      if (data22.actions !== void 0) {
                        let data25 = data22.actions;
                        if (Array.isArray(data25)) {
                          if (data25.length < 1) {
                            let err64 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions, data: data25 };
                            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                          }
                          let len3 = data25.length;
                          for (let i5 = 0; i5 < len3; i5++) {
                            let data26 = data25[i5];
                            if (typeof data26 == "string") {
                              if (!pattern10.test(data26)) {
                                let err65 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions/" + i5, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions.items, data: data26 };
                                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                              }
                            } else {
                              let err66 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions/" + i5, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions.items, data: data26 };
                              vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                            }
                          }
                          let i6 = data25.length, j2;
                          if (i6 > 1) {
                            let indices2 = {};
                            for (; i6--; ) {
                              let item2 = data25[i6];
                              if (typeof item2 == "string") {
                                if (typeof indices2[item2] == "number") {
                                  j2 = indices2[item2];
                                  let err67 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions, data: data25 };
                                  vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                                  break;
                                }
                                indices2[item2] = i6;
                              }
                            }
                          }
                        } else {
                          let err68 = { instancePath: instancePath + "/defaults/policy/users/" + i2 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else.properties.actions, data: data25 };
                          vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                        }
                      }
                    } else {
                      let err69 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.users.items.else.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items.else, data: data22 };
                      vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                    }
                    var _valid0 = _errs53 === errors;
                    valid11 = _valid0, ifClause0 = "else";
                  }
                  if (!valid11) {
                    let err70 = { instancePath: instancePath + "/defaults/policy/users/" + i2, schemaPath: "#/properties/defaults/properties/policy/properties/users/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema31.properties.defaults.properties.policy.properties.users.items.if, parentSchema: schema31.properties.defaults.properties.policy.properties.users.items, data: data22 };
                    vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                  }
                }
                let i7 = data21.length, j3;
                if (i7 > 1) {
                  outer0: for (; i7--; )
                    for (j3 = i7; j3--; )
                      if (func0(data21[i7], data21[j3])) {
                        let err71 = { instancePath: instancePath + "/defaults/policy/users", schemaPath: "#/properties/defaults/properties/policy/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.users, data: data21 };
                        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                        break outer0;
                      }
                }
              } else {
                let err72 = { instancePath: instancePath + "/defaults/policy/users", schemaPath: "#/properties/defaults/properties/policy/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.users.type, parentSchema: schema31.properties.defaults.properties.policy.properties.users, data: data21 };
                vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
              }
            }
            if (data18.via_service !== void 0) {
              let data27 = data18.via_service;
              if (Array.isArray(data27)) {
                let len4 = data27.length;
                for (let i8 = 0; i8 < len4; i8++) {
                  let data28 = data27[i8];
                  if (typeof data28 == "string") {
                    if (!pattern11.test(data28)) {
                      let err73 = { instancePath: instancePath + "/defaults/policy/via_service/" + i8, schemaPath: "#/properties/defaults/properties/policy/properties/via_service/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema31.properties.defaults.properties.policy.properties.via_service.items, data: data28 };
                      vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                    }
                  } else {
                    let err74 = { instancePath: instancePath + "/defaults/policy/via_service/" + i8, schemaPath: "#/properties/defaults/properties/policy/properties/via_service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.via_service.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.via_service.items, data: data28 };
                    vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                  }
                }
                let i9 = data27.length, j4;
                if (i9 > 1) {
                  let indices3 = {};
                  for (; i9--; ) {
                    let item3 = data27[i9];
                    if (typeof item3 == "string") {
                      if (typeof indices3[item3] == "number") {
                        j4 = indices3[item3];
                        let err75 = { instancePath: instancePath + "/defaults/policy/via_service", schemaPath: "#/properties/defaults/properties/policy/properties/via_service/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.via_service, data: data27 };
                        vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                        break;
                      }
                      indices3[item3] = i9;
                    }
                  }
                }
              } else {
                let err76 = { instancePath: instancePath + "/defaults/policy/via_service", schemaPath: "#/properties/defaults/properties/policy/properties/via_service/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.via_service.type, parentSchema: schema31.properties.defaults.properties.policy.properties.via_service, data: data27 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            }
            if (data18.encryption_context !== void 0) {
              let data29 = data18.encryption_context;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (Object.keys(data29).length > 32) {
                  let err77 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context, data: data29 };
                  vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                }
                for (let key7 in data29) {
                  let _errs70 = errors;
                  if (typeof key7 == "string") {
                    if (func2(key7) > 256) {
                      let err78 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context.propertyNames, data: key7, propertyName: key7 };
                      vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                    }
                    if (func2(key7) < 1) {
                      let err79 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context.propertyNames, data: key7, propertyName: key7 };
                      vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                    }
                  }
                  var valid23 = _errs70 === errors;
                  if (!valid23) {
                    let err80 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema31.properties.defaults.properties.policy.properties.encryption_context.propertyNames, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context, data: data29 };
                    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
                  }
                }
                for (let key8 in data29) {
                  let data30 = data29[key8];
                  if (typeof data30 == "string") {
                    if (func2(data30) > 256) {
                      let err81 = { instancePath: instancePath + "/defaults/policy/encryption_context/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context.additionalProperties, data: data30 };
                      vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
                    }
                  } else {
                    let err82 = { instancePath: instancePath + "/defaults/policy/encryption_context/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.encryption_context.additionalProperties.type, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context.additionalProperties, data: data30 };
                    vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                  }
                }
              } else {
                let err83 = { instancePath: instancePath + "/defaults/policy/encryption_context", schemaPath: "#/properties/defaults/properties/policy/properties/encryption_context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.encryption_context.type, parentSchema: schema31.properties.defaults.properties.policy.properties.encryption_context, data: data29 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
            if (data18.cross_account !== void 0) {
              let data31 = data18.cross_account;
              if (Array.isArray(data31)) {
                let len5 = data31.length;
                for (let i10 = 0; i10 < len5; i10++) {
                  let data32 = data31[i10];
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    if (data32.principal === void 0) {
                      let err84 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property 'principal'", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.required, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items, data: data32 };
                      vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                    }
                    if (data32.actions === void 0) {
                      let err85 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.required, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items, data: data32 };
                      vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
                    }
                    for (let key9 in data32)
                      if (!(key9 === "principal" || key9 === "actions")) {
                        let err86 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items, data: data32 };
                        vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                      }
                    if (data32.principal !== void 0) {
                      let data33 = data32.principal;
                      if (typeof data33 == "string") {
                        if (func2(data33) > 2048) {
                          let err87 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/principal", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/principal/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.principal, data: data33 };
                          vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
                        }
                        if (func2(data33) < 1) {
                          let err88 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/principal", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/principal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.principal, data: data33 };
                          vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                        }
                      } else {
                        let err89 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/principal", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.principal.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.principal, data: data33 };
                        vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                      }
                    }
                    if (data32.actions !== void 0) {
                      let data34 = data32.actions;
                      if (Array.isArray(data34)) {
                        if (data34.length < 1) {
                          let err90 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions, data: data34 };
                          vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                        }
                        let len6 = data34.length;
                        for (let i11 = 0; i11 < len6; i11++) {
                          let data35 = data34[i11];
                          if (typeof data35 == "string") {
                            if (!pattern10.test(data35)) {
                              let err91 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions/" + i11, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions.items, data: data35 };
                              vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
                            }
                          } else {
                            let err92 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions/" + i11, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions.items, data: data35 };
                            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                          }
                        }
                        let i12 = data34.length, j5;
                        if (i12 > 1) {
                          let indices4 = {};
                          for (; i12--; ) {
                            let item4 = data34[i12];
                            if (typeof item4 == "string") {
                              if (typeof indices4[item4] == "number") {
                                j5 = indices4[item4];
                                let err93 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i12 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions, data: data34 };
                                vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                                break;
                              }
                              indices4[item4] = i12;
                            }
                          }
                        }
                      } else {
                        let err94 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10 + "/actions", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items.properties.actions, data: data34 };
                        vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                      }
                    }
                  } else {
                    let err95 = { instancePath: instancePath + "/defaults/policy/cross_account/" + i10, schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.cross_account.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account.items, data: data32 };
                    vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                  }
                }
              } else {
                let err96 = { instancePath: instancePath + "/defaults/policy/cross_account", schemaPath: "#/properties/defaults/properties/policy/properties/cross_account/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.cross_account.type, parentSchema: schema31.properties.defaults.properties.policy.properties.cross_account, data: data31 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            }
            if (data18.organization !== void 0) {
              let data36 = data18.organization, _errs86 = errors, valid31 = !0, _errs87 = errors;
              if (typeof data36 != "string") {
                let err97 = {};
                vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
              }
              var _valid1 = _errs87 === errors;
              errors = _errs86, vErrors !== null && (_errs86 ? vErrors.length = _errs86 : vErrors = null);
              let ifClause1;
              if (_valid1) {
                let _errs89 = errors;
                if (typeof data36 == "string") {
                  if (!pattern13.test(data36)) {
                    let err98 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/then/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema31.properties.defaults.properties.policy.properties.organization.then, data: data36 };
                    vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                  }
                } else {
                  let err99 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.organization.then.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.then, data: data36 };
                  vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                }
                var _valid1 = _errs89 === errors;
                valid31 = _valid1, ifClause1 = "then";
              } else {
                let _errs91 = errors;
                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                  for (let key10 in data36)
                    if (!(key10 === "id" || key10 === "paths" || key10 === "actions")) {
                      let err100 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else, data: data36 };
                      vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                    }
                  if (data36.id !== void 0) {
                    let data37 = data36.id;
                    if (typeof data37 == "string") {
                      if (!pattern13.test(data37)) {
                        let err101 = { instancePath: instancePath + "/defaults/policy/organization/id", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/id/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.id, data: data37 };
                        vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                      }
                    } else {
                      let err102 = { instancePath: instancePath + "/defaults/policy/organization/id", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.id.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.id, data: data37 };
                      vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                    }
                  }
                  if (data36.paths !== void 0) {
                    let data38 = data36.paths;
                    if (Array.isArray(data38)) {
                      if (data38.length < 1) {
                        let err103 = { instancePath: instancePath + "/defaults/policy/organization/paths", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths, data: data38 };
                        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                      }
                      let len7 = data38.length;
                      for (let i13 = 0; i13 < len7; i13++) {
                        let data39 = data38[i13];
                        if (typeof data39 == "string") {
                          if (func2(data39) > 2048) {
                            let err104 = { instancePath: instancePath + "/defaults/policy/organization/paths/" + i13, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.items, data: data39 };
                            vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                          }
                          if (!pattern15.test(data39)) {
                            let err105 = { instancePath: instancePath + "/defaults/policy/organization/paths/" + i13, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$"', schema: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.items, data: data39 };
                            vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                          }
                        } else {
                          let err106 = { instancePath: instancePath + "/defaults/policy/organization/paths/" + i13, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.items, data: data39 };
                          vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
                        }
                      }
                      let i14 = data38.length, j6;
                      if (i14 > 1) {
                        let indices5 = {};
                        for (; i14--; ) {
                          let item5 = data38[i14];
                          if (typeof item5 == "string") {
                            if (typeof indices5[item5] == "number") {
                              j6 = indices5[item5];
                              let err107 = { instancePath: instancePath + "/defaults/policy/organization/paths", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i14 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths, data: data38 };
                              vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                              break;
                            }
                            indices5[item5] = i14;
                          }
                        }
                      }
                    } else {
                      let err108 = { instancePath: instancePath + "/defaults/policy/organization/paths", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.paths, data: data38 };
                      vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
                    }
                  }
                  if (data36.actions !== void 0) {
                    let data40 = data36.actions;
                    if (Array.isArray(data40)) {
                      if (data40.length < 1) {
                        let err109 = { instancePath: instancePath + "/defaults/policy/organization/actions", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions, data: data40 };
                        vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                      }
                      let len8 = data40.length;
                      for (let i15 = 0; i15 < len8; i15++) {
                        let data41 = data40[i15];
                        if (typeof data41 == "string") {
                          if (!pattern10.test(data41)) {
                            let err110 = { instancePath: instancePath + "/defaults/policy/organization/actions/" + i15, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions.items, data: data41 };
                            vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
                          }
                        } else {
                          let err111 = { instancePath: instancePath + "/defaults/policy/organization/actions/" + i15, schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions.items, data: data41 };
                          vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                        }
                      }
                      let i16 = data40.length, j7;
                      if (i16 > 1) {
                        let indices6 = {};
                        for (; i16--; ) {
                          let item6 = data40[i16];
                          if (typeof item6 == "string") {
                            if (typeof indices6[item6] == "number") {
                              j7 = indices6[item6];
                              let err112 = { instancePath: instancePath + "/defaults/policy/organization/actions", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i16 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions, data: data40 };
                              vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                              break;
                            }
                            indices6[item6] = i16;
                          }
                        }
                      }
                    } else {
                      let err113 = { instancePath: instancePath + "/defaults/policy/organization/actions", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else.properties.actions, data: data40 };
                      vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                    }
                  }
                } else {
                  let err114 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.organization.else.type, parentSchema: schema31.properties.defaults.properties.policy.properties.organization.else, data: data36 };
                  vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                }
                var _valid1 = _errs91 === errors;
                valid31 = _valid1, ifClause1 = "else";
              }
              if (!valid31) {
                let err115 = { instancePath: instancePath + "/defaults/policy/organization", schemaPath: "#/properties/defaults/properties/policy/properties/organization/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema31.properties.defaults.properties.policy.properties.organization.if, parentSchema: schema31.properties.defaults.properties.policy.properties.organization, data: data36 };
                vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
              }
            }
            if (data18.require_mfa_for !== void 0) {
              let data42 = data18.require_mfa_for;
              if (Array.isArray(data42)) {
                let len9 = data42.length;
                for (let i17 = 0; i17 < len9; i17++) {
                  let data43 = data42[i17];
                  if (typeof data43 == "string") {
                    if (!pattern10.test(data43)) {
                      let err116 = { instancePath: instancePath + "/defaults/policy/require_mfa_for/" + i17, schemaPath: "#/properties/defaults/properties/policy/properties/require_mfa_for/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.defaults.properties.policy.properties.require_mfa_for.items, data: data43 };
                      vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                    }
                  } else {
                    let err117 = { instancePath: instancePath + "/defaults/policy/require_mfa_for/" + i17, schemaPath: "#/properties/defaults/properties/policy/properties/require_mfa_for/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.require_mfa_for.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.require_mfa_for.items, data: data43 };
                    vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                  }
                }
                let i18 = data42.length, j8;
                if (i18 > 1) {
                  let indices7 = {};
                  for (; i18--; ) {
                    let item7 = data42[i18];
                    if (typeof item7 == "string") {
                      if (typeof indices7[item7] == "number") {
                        j8 = indices7[item7];
                        let err118 = { instancePath: instancePath + "/defaults/policy/require_mfa_for", schemaPath: "#/properties/defaults/properties/policy/properties/require_mfa_for/uniqueItems", keyword: "uniqueItems", params: { i: i18, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i18 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.require_mfa_for, data: data42 };
                        vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                        break;
                      }
                      indices7[item7] = i18;
                    }
                  }
                }
              } else {
                let err119 = { instancePath: instancePath + "/defaults/policy/require_mfa_for", schemaPath: "#/properties/defaults/properties/policy/properties/require_mfa_for/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.require_mfa_for.type, parentSchema: schema31.properties.defaults.properties.policy.properties.require_mfa_for, data: data42 };
                vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
              }
            }
            if (data18.services !== void 0) {
              let data44 = data18.services;
              if (Array.isArray(data44)) {
                if (data44.length > 32) {
                  let err120 = { instancePath: instancePath + "/defaults/policy/services", schemaPath: "#/properties/defaults/properties/policy/properties/services/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema31.properties.defaults.properties.policy.properties.services, data: data44 };
                  vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                }
                let len10 = data44.length;
                for (let i19 = 0; i19 < len10; i19++) {
                  let data45 = data44[i19];
                  if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                    if (data45.service === void 0) {
                      let err121 = { instancePath: instancePath + "/defaults/policy/services/" + i19, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.properties.defaults.properties.policy.properties.services.items.required, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items, data: data45 };
                      vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                    }
                    for (let key11 in data45)
                      if (!(key11 === "service" || key11 === "trails" || key11 === "log_groups" || key11 === "source_arns" || key11 === "role_suffix")) {
                        let err122 = { instancePath: instancePath + "/defaults/policy/services/" + i19, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items, data: data45 };
                        vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                      }
                    if (data45.service !== void 0) {
                      let data46 = data45.service;
                      if (!(data46 === "autoscaling" || data46 === "cloudtrail" || data46 === "cloudwatch" || data46 === "config" || data46 === "events" || data46 === "guardduty" || data46 === "logs" || data46 === "route53-dnssec" || data46 === "s3" || data46 === "ses" || data46 === "sns")) {
                        let err123 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/service", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/service/enum", keyword: "enum", params: { allowedValues: schema31.properties.defaults.properties.policy.properties.services.items.properties.service.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.service.enum, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.service, data: data46 };
                        vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                      }
                    }
                    if (data45.trails !== void 0) {
                      let data47 = data45.trails;
                      if (Array.isArray(data47)) {
                        if (data47.length > 100) {
                          let err124 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails, data: data47 };
                          vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                        }
                        if (data47.length < 1) {
                          let err125 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails, data: data47 };
                          vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                        }
                        let len11 = data47.length;
                        for (let i20 = 0; i20 < len11; i20++) {
                          let data48 = data47[i20];
                          if (typeof data48 == "string") {
                            if (func2(data48) > 2048) {
                              let err126 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails/" + i20, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.items, data: data48 };
                              vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                            }
                            if (!pattern18.test(data48)) {
                              let err127 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails/" + i20, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/items/pattern", keyword: "pattern", params: { pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$" }, message: 'must match pattern "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$"', schema: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.items, data: data48 };
                              vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                            }
                          } else {
                            let err128 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails/" + i20, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.items, data: data48 };
                            vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                          }
                        }
                        let i21 = data47.length, j9;
                        if (i21 > 1) {
                          let indices8 = {};
                          for (; i21--; ) {
                            let item8 = data47[i21];
                            if (typeof item8 == "string") {
                              if (typeof indices8[item8] == "number") {
                                j9 = indices8[item8];
                                let err129 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i21 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails, data: data47 };
                                vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                                break;
                              }
                              indices8[item8] = i21;
                            }
                          }
                        }
                      } else {
                        let err130 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/trails", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/trails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.trails, data: data47 };
                        vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                      }
                    }
                    if (data45.log_groups !== void 0) {
                      let data49 = data45.log_groups;
                      if (Array.isArray(data49)) {
                        if (data49.length > 100) {
                          let err131 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups, data: data49 };
                          vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                        }
                        if (data49.length < 1) {
                          let err132 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups, data: data49 };
                          vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                        }
                        let len12 = data49.length;
                        for (let i22 = 0; i22 < len12; i22++) {
                          let data50 = data49[i22];
                          if (typeof data50 == "string") {
                            if (!pattern19.test(data50)) {
                              let err133 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups/" + i22, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/items/pattern", keyword: "pattern", params: { pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$" }, message: 'must match pattern "^[.\\-_/#A-Za-z0-9]{1,512}$"', schema: "^[.\\-_/#A-Za-z0-9]{1,512}$", parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups.items, data: data50 };
                              vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                            }
                          } else {
                            let err134 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups/" + i22, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups.items, data: data50 };
                            vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                          }
                        }
                        let i23 = data49.length, j10;
                        if (i23 > 1) {
                          let indices9 = {};
                          for (; i23--; ) {
                            let item9 = data49[i23];
                            if (typeof item9 == "string") {
                              if (typeof indices9[item9] == "number") {
                                j10 = indices9[item9];
                                let err135 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i23 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups, data: data49 };
                                vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                                break;
                              }
                              indices9[item9] = i23;
                            }
                          }
                        }
                      } else {
                        let err136 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/log_groups", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/log_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.log_groups, data: data49 };
                        vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                      }
                    }
                    if (data45.source_arns !== void 0) {
                      let data51 = data45.source_arns;
                      if (Array.isArray(data51)) {
                        if (data51.length > 100) {
                          let err137 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns, data: data51 };
                          vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                        }
                        if (data51.length < 1) {
                          let err138 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns, data: data51 };
                          vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                        }
                        let len13 = data51.length;
                        for (let i24 = 0; i24 < len13; i24++) {
                          let data52 = data51[i24];
                          if (typeof data52 == "string") {
                            if (func2(data52) > 2048) {
                              let err139 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns/" + i24, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.items, data: data52 };
                              vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
                            }
                            if (!pattern20.test(data52)) {
                              let err140 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns/" + i24, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/items/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.items, data: data52 };
                              vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                            }
                          } else {
                            let err141 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns/" + i24, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.items, data: data52 };
                            vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
                          }
                        }
                        let i25 = data51.length, j11;
                        if (i25 > 1) {
                          let indices10 = {};
                          for (; i25--; ) {
                            let item10 = data51[i25];
                            if (typeof item10 == "string") {
                              if (typeof indices10[item10] == "number") {
                                j11 = indices10[item10];
                                let err142 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i25 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns, data: data51 };
                                vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
                                break;
                              }
                              indices10[item10] = i25;
                            }
                          }
                        }
                      } else {
                        let err143 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/source_arns", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/source_arns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.source_arns, data: data51 };
                        vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
                      }
                    }
                    if (data45.role_suffix !== void 0) {
                      let data53 = data45.role_suffix;
                      if (typeof data53 == "string") {
                        if (!pattern21.test(data53)) {
                          let err144 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/role_suffix", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/role_suffix/pattern", keyword: "pattern", params: { pattern: "^[\\w+=,.@-]{1,64}$" }, message: 'must match pattern "^[\\w+=,.@-]{1,64}$"', schema: "^[\\w+=,.@-]{1,64}$", parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.role_suffix, data: data53 };
                          vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                        }
                      } else {
                        let err145 = { instancePath: instancePath + "/defaults/policy/services/" + i19 + "/role_suffix", schemaPath: "#/properties/defaults/properties/policy/properties/services/items/properties/role_suffix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.defaults.properties.policy.properties.services.items.properties.role_suffix.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items.properties.role_suffix, data: data53 };
                        vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
                      }
                    }
                  } else {
                    let err146 = { instancePath: instancePath + "/defaults/policy/services/" + i19, schemaPath: "#/properties/defaults/properties/policy/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.services.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services.items, data: data45 };
                    vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
                  }
                }
                let i26 = data44.length, j12;
                if (i26 > 1) {
                  outer1: for (; i26--; )
                    for (j12 = i26; j12--; )
                      if (func0(data44[i26], data44[j12])) {
                        let err147 = { instancePath: instancePath + "/defaults/policy/services", schemaPath: "#/properties/defaults/properties/policy/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i26, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i26 + " are identical)", schema: !0, parentSchema: schema31.properties.defaults.properties.policy.properties.services, data: data44 };
                        vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
                        break outer1;
                      }
                }
              } else {
                let err148 = { instancePath: instancePath + "/defaults/policy/services", schemaPath: "#/properties/defaults/properties/policy/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.services.type, parentSchema: schema31.properties.defaults.properties.policy.properties.services, data: data44 };
                vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
              }
            }
            if (data18.extra_statements !== void 0) {
              let data54 = data18.extra_statements;
              if (Array.isArray(data54)) {
                if (data54.length < 1) {
                  let err149 = { instancePath: instancePath + "/defaults/policy/extra_statements", schemaPath: "#/properties/defaults/properties/policy/properties/extra_statements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.defaults.properties.policy.properties.extra_statements, data: data54 };
                  vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
                }
                let len14 = data54.length;
                for (let i27 = 0; i27 < len14; i27++) {
                  let data55 = data54[i27];
                  if (!(data55 && typeof data55 == "object" && !Array.isArray(data55))) {
                    let err150 = { instancePath: instancePath + "/defaults/policy/extra_statements/" + i27, schemaPath: "#/properties/defaults/properties/policy/properties/extra_statements/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.properties.extra_statements.items.type, parentSchema: schema31.properties.defaults.properties.policy.properties.extra_statements.items, data: data55 };
                    vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
                  }
                }
              } else {
                let err151 = { instancePath: instancePath + "/defaults/policy/extra_statements", schemaPath: "#/properties/defaults/properties/policy/properties/extra_statements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.defaults.properties.policy.properties.extra_statements.type, parentSchema: schema31.properties.defaults.properties.policy.properties.extra_statements, data: data54 };
                vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
              }
            }
          } else {
            let err152 = { instancePath: instancePath + "/defaults/policy", schemaPath: "#/properties/defaults/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.properties.policy.type, parentSchema: schema31.properties.defaults.properties.policy, data: data18 };
            vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
          }
        }
      } else {
        let err153 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.type, parentSchema: schema31.properties.defaults, data: data1 };
        vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
      }
    }
    if (data.accounts !== void 0) {
      let data56 = data.accounts;
      if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
        for (let key12 in data56) {
          let _errs134 = errors;
          if (typeof key12 == "string") {
            if (func2(key12) > 64) {
              let err154 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.accounts.propertyNames, data: key12, propertyName: key12 };
              vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
            }
            if (!pattern22.test(key12)) {
              let err155 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_-]*$", parentSchema: schema31.properties.accounts.propertyNames, data: key12, propertyName: key12 };
              vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
            }
          }
          var valid57 = _errs134 === errors;
          if (!valid57) {
            let err156 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid", schema: schema31.properties.accounts.propertyNames, parentSchema: schema31.properties.accounts, data: data56 };
            vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
          }
        }
        for (let key13 in data56) {
          let data57 = data56[key13];
          if (typeof data57 == "string") {
            if (!pattern23.test(data57)) {
              let err157 = { instancePath: instancePath + "/accounts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"', schema: "^[0-9]{12}$", parentSchema: schema31.properties.accounts.additionalProperties, data: data57 };
              vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
            }
          } else {
            let err158 = { instancePath: instancePath + "/accounts/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/accounts/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.accounts.additionalProperties.type, parentSchema: schema31.properties.accounts.additionalProperties, data: data57 };
            vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
          }
        }
      } else {
        let err159 = { instancePath: instancePath + "/accounts", schemaPath: "#/properties/accounts/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.accounts.type, parentSchema: schema31.properties.accounts, data: data56 };
        vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
      }
    }
    if (data.principals !== void 0) {
      let data58 = data.principals;
      if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
        for (let key14 in data58) {
          let _errs140 = errors;
          if (typeof key14 == "string") {
            if (func2(key14) > 64) {
              let err160 = { instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.principals.propertyNames, data: key14, propertyName: key14 };
              vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
            }
            if (!pattern5.test(key14)) {
              let err161 = { instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.principals.propertyNames, data: key14, propertyName: key14 };
              vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
            }
          }
          var valid59 = _errs140 === errors;
          if (!valid59) {
            let err162 = { instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/propertyNames", keyword: "propertyNames", params: { propertyName: key14 }, message: "property name must be valid", schema: schema31.properties.principals.propertyNames, parentSchema: schema31.properties.principals, data: data58 };
            vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
          }
        }
        for (let key15 in data58) {
          let data59 = data58[key15];
          if (typeof data59 == "string") {
            if (!pattern25.test(data59)) {
              let err163 = { instancePath: instancePath + "/principals/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/principals/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$" }, message: 'must match pattern "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$"', schema: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)/[\\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role/[\\w+=,.@/-]+)|[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com(\\.cn)?)$", parentSchema: schema31.properties.principals.additionalProperties, data: data59 };
              vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
            }
          } else {
            let err164 = { instancePath: instancePath + "/principals/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/principals/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.principals.additionalProperties.type, parentSchema: schema31.properties.principals.additionalProperties, data: data59 };
            vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
          }
        }
      } else {
        let err165 = { instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.principals.type, parentSchema: schema31.properties.principals, data: data58 };
        vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
      }
    }
    if (data.lint !== void 0) {
      let data60 = data.lint;
      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
        for (let key16 in data60)
          if (!(key16 === "rules" || key16 === "environments")) {
            let err166 = { instancePath: instancePath + "/lint", schemaPath: "#/properties/lint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.lint, data: data60 };
            vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
          }
        if (data60.rules !== void 0) {
          let data61 = data60.rules;
          if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
            for (let key17 in data61) {
              let _errs149 = errors;
              if (!(key17 === "public-principal" || key17 === "no-root-backstop" || key17 === "admin-user-overlap" || key17 === "wildcard-action" || key17 === "missing-mfa-guard" || key17 === "cross-account-access" || key17 === "missing-encryption-context" || key17 === "unscoped-service-principal" || key17 === "invalid-policy" || key17 === "aws-managed-key" || key17 === "shared-key" || key17 === "rotation-disabled" || key17 === "rotation-period" || key17 === "deletion-window" || key17 === "required-tags" || key17 === "alias-naming" || key17 === "alias-environment-mismatch" || key17 === "compliance-isolation" || key17 === "policy-lockout-bypass")) {
                let err167 = { instancePath: instancePath + "/lint/rules", schemaPath: "#/properties/lint/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema31.properties.lint.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lint.properties.rules.propertyNames.enum, parentSchema: schema31.properties.lint.properties.rules.propertyNames, data: key17, propertyName: key17 };
                vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
              }
              var valid62 = _errs149 === errors;
              if (!valid62) {
                let err168 = { instancePath: instancePath + "/lint/rules", schemaPath: "#/properties/lint/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key17 }, message: "property name must be valid", schema: schema31.properties.lint.properties.rules.propertyNames, parentSchema: schema31.properties.lint.properties.rules, data: data61 };
                vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
              }
            }
            for (let key18 in data61) {
              let data62 = data61[key18];
              if (!(data62 === "off" || data62 === "notice" || data62 === "warning" || data62 === "error")) {
                let err169 = { instancePath: instancePath + "/lint/rules/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.lint.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lint.properties.rules.additionalProperties.enum, parentSchema: schema31.properties.lint.properties.rules.additionalProperties, data: data62 };
                vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
              }
            }
          } else {
            let err170 = { instancePath: instancePath + "/lint/rules", schemaPath: "#/properties/lint/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.properties.rules.type, parentSchema: schema31.properties.lint.properties.rules, data: data61 };
            vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
          }
        }
        if (data60.environments !== void 0) {
          let data63 = data60.environments;
          if (data63 && typeof data63 == "object" && !Array.isArray(data63))
            for (let key19 in data63) {
              let data64 = data63[key19];
              if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                for (let key20 in data64)
                  if (key20 !== "rules") {
                    let err171 = { instancePath: instancePath + "/lint/environments/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.lint.properties.environments.additionalProperties, data: data64 };
                    vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
                  }
                if (data64.rules !== void 0) {
                  let data65 = data64.rules;
                  if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                    for (let key21 in data65) {
                      let _errs160 = errors;
                      if (!(key21 === "public-principal" || key21 === "no-root-backstop" || key21 === "admin-user-overlap" || key21 === "wildcard-action" || key21 === "missing-mfa-guard" || key21 === "cross-account-access" || key21 === "missing-encryption-context" || key21 === "unscoped-service-principal" || key21 === "invalid-policy" || key21 === "aws-managed-key" || key21 === "shared-key" || key21 === "rotation-disabled" || key21 === "rotation-period" || key21 === "deletion-window" || key21 === "required-tags" || key21 === "alias-naming" || key21 === "alias-environment-mismatch" || key21 === "compliance-isolation" || key21 === "policy-lockout-bypass")) {
                        let err172 = { instancePath: instancePath + "/lint/environments/" + key19.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules", schemaPath: "#/properties/lint/properties/environments/additionalProperties/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.propertyNames.enum, parentSchema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.propertyNames, data: key21, propertyName: key21 };
                        vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
                      }
                      var valid66 = _errs160 === errors;
                      if (!valid66) {
                        let err173 = { instancePath: instancePath + "/lint/environments/" + key19.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules", schemaPath: "#/properties/lint/properties/environments/additionalProperties/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key21 }, message: "property name must be valid", schema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.propertyNames, parentSchema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules, data: data65 };
                        vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
                      }
                    }
                    for (let key22 in data65) {
                      let data66 = data65[key22];
                      if (!(data66 === "off" || data66 === "notice" || data66 === "warning" || data66 === "error")) {
                        let err174 = { instancePath: instancePath + "/lint/environments/" + key19.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/environments/additionalProperties/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.additionalProperties.enum, parentSchema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.additionalProperties, data: data66 };
                        vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
                      }
                    }
                  } else {
                    let err175 = { instancePath: instancePath + "/lint/environments/" + key19.replace(/~/g, "~0").replace(/\//g, "~1") + "/rules", schemaPath: "#/properties/lint/properties/environments/additionalProperties/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules.type, parentSchema: schema31.properties.lint.properties.environments.additionalProperties.properties.rules, data: data65 };
                    vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
                  }
                }
              } else {
                let err176 = { instancePath: instancePath + "/lint/environments/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.properties.environments.additionalProperties.type, parentSchema: schema31.properties.lint.properties.environments.additionalProperties, data: data64 };
                vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
              }
            }
          else {
            let err177 = { instancePath: instancePath + "/lint/environments", schemaPath: "#/properties/lint/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.properties.environments.type, parentSchema: schema31.properties.lint.properties.environments, data: data63 };
            vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
          }
        }
      } else {
        let err178 = { instancePath: instancePath + "/lint", schemaPath: "#/properties/lint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.lint.type, parentSchema: schema31.properties.lint, data: data60 };
        vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
      }
    }
    if (data.key_templates !== void 0) {
      let data67 = data.key_templates;
      if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
        if (Object.keys(data67).length > 100) {
          let err179 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/maxProperties", keyword: "maxProperties", params: { limit: 100 }, message: "must NOT have more than 100 properties", schema: 100, parentSchema: schema31.properties.key_templates, data: data67 };
          vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
        }
        for (let key23 in data67) {
          let _errs165 = errors;
          if (typeof key23 == "string") {
            if (func2(key23) > 128) {
              let err180 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.key_templates.propertyNames, data: key23, propertyName: key23 };
              vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
            }
            if (!pattern5.test(key23)) {
              let err181 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.key_templates.propertyNames, data: key23, propertyName: key23 };
              vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
            }
          }
          var valid68 = _errs165 === errors;
          if (!valid68) {
            let err182 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/propertyNames", keyword: "propertyNames", params: { propertyName: key23 }, message: "property name must be valid", schema: schema31.properties.key_templates.propertyNames, parentSchema: schema31.properties.key_templates, data: data67 };
            vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
          }
        }
        for (let key24 in data67) {
          let data68 = data67[key24];
          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
            if (data68.for_each === void 0) {
              let err183 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/required", keyword: "required", params: { missingProperty: "for_each" }, message: "must have required property 'for_each'", schema: schema31.properties.key_templates.additionalProperties.required, parentSchema: schema31.properties.key_templates.additionalProperties, data: data68 };
              vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
            }
            if (data68.name === void 0) {
              let err184 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.key_templates.additionalProperties.required, parentSchema: schema31.properties.key_templates.additionalProperties, data: data68 };
              vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
            }
            if (data68.key === void 0) {
              let err185 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema31.properties.key_templates.additionalProperties.required, parentSchema: schema31.properties.key_templates.additionalProperties, data: data68 };
              vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
            }
            for (let key25 in data68)
              if (!(key25 === "for_each" || key25 === "name" || key25 === "key")) {
                let err186 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.key_templates.additionalProperties, data: data68 };
                vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
              }
            if (data68.for_each !== void 0) {
              let data69 = data68.for_each;
              if (!data69 || typeof data69 != "object") {
                let err187 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/type", keyword: "type", params: { type: schema31.properties.key_templates.additionalProperties.properties.for_each.type }, message: "must be array,object", schema: schema31.properties.key_templates.additionalProperties.properties.for_each.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data69 };
                vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
              }
              if (Array.isArray(data69)) {
                if (data69.length > 5e3) {
                  let err188 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/maxItems", keyword: "maxItems", params: { limit: 5e3 }, message: "must NOT have more than 5000 items", schema: 5e3, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data69 };
                  vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
                }
                if (data69.length < 1) {
                  let err189 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data69 };
                  vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
                }
                let len15 = data69.length;
                for (let i28 = 0; i28 < len15; i28++) {
                  let data70 = data69[i28];
                  if (typeof data70 == "string") {
                    if (func2(data70) > 64) {
                      let err190 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + i28, schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.items, data: data70 };
                      vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
                    }
                    if (!pattern5.test(data70)) {
                      let err191 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + i28, schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.items, data: data70 };
                      vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
                    }
                  } else {
                    let err192 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + i28, schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.key_templates.additionalProperties.properties.for_each.items.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.items, data: data70 };
                    vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
                  }
                }
                let i29 = data69.length, j13;
                if (i29 > 1) {
                  let indices11 = {};
                  for (; i29--; ) {
                    let item11 = data69[i29];
                    if (typeof item11 == "string") {
                      if (typeof indices11[item11] == "number") {
                        j13 = indices11[item11];
                        let err193 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/uniqueItems", keyword: "uniqueItems", params: { i: i29, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i29 + " are identical)", schema: !0, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data69 };
                        vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
                        break;
                      }
                      indices11[item11] = i29;
                    }
                  }
                }
              }
              if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                if (Object.keys(data69).length > 5e3) {
                  let err194 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/maxProperties", keyword: "maxProperties", params: { limit: 5e3 }, message: "must NOT have more than 5000 properties", schema: 5e3, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data69 };
                  vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
                }
                if (Object.keys(data69).length < 1) {
                  let err195 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data69 };
                  vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
                }
                for (let key26 in data69) {
                  let _errs174 = errors;
                  if (typeof key26 == "string") {
                    if (func2(key26) > 64) {
                      let err196 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.propertyNames, data: key26, propertyName: key26 };
                      vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
                    }
                    if (!pattern5.test(key26)) {
                      let err197 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.propertyNames, data: key26, propertyName: key26 };
                      vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
                    }
                  }
                  var valid74 = _errs174 === errors;
                  if (!valid74) {
                    let err198 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each", schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/propertyNames", keyword: "propertyNames", params: { propertyName: key26 }, message: "property name must be valid", schema: schema31.properties.key_templates.additionalProperties.properties.for_each.propertyNames, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each, data: data69 };
                    vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
                  }
                }
                for (let key27 in data69) {
                  let data71 = data69[key27];
                  if (typeof data71 == "string") {
                    if (func2(data71) > 256) {
                      let err199 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.additionalProperties, data: data71 };
                      vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
                    }
                  } else {
                    let err200 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/for_each/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/properties/for_each/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.key_templates.additionalProperties.properties.for_each.additionalProperties.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.for_each.additionalProperties, data: data71 };
                    vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
                  }
                }
              }
            }
            if (data68.name !== void 0) {
              let data72 = data68.name;
              if (typeof data72 == "string") {
                if (func2(data72) > 128) {
                  let err201 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/key_templates/additionalProperties/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.key_templates.additionalProperties.properties.name, data: data72 };
                  vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
                }
                if (func2(data72) < 1) {
                  let err202 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/key_templates/additionalProperties/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.key_templates.additionalProperties.properties.name, data: data72 };
                  vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
                }
                if (!pattern29.test(data72)) {
                  let err203 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/key_templates/additionalProperties/properties/name/pattern", keyword: "pattern", params: { pattern: "\\$\\{each\\.key\\}" }, message: 'must match pattern "\\$\\{each\\.key\\}"', schema: "\\$\\{each\\.key\\}", parentSchema: schema31.properties.key_templates.additionalProperties.properties.name, data: data72 };
                  vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
                }
              } else {
                let err204 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/key_templates/additionalProperties/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.key_templates.additionalProperties.properties.name.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.name, data: data72 };
                vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
              }
            }
            if (data68.key !== void 0) {
              let data73 = data68.key;
              if (!(data73 && typeof data73 == "object" && !Array.isArray(data73))) {
                let err205 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1") + "/key", schemaPath: "#/properties/key_templates/additionalProperties/properties/key/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.key_templates.additionalProperties.properties.key.type, parentSchema: schema31.properties.key_templates.additionalProperties.properties.key, data: data73 };
                vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
              }
            }
          } else {
            let err206 = { instancePath: instancePath + "/key_templates/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/key_templates/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.key_templates.additionalProperties.type, parentSchema: schema31.properties.key_templates.additionalProperties, data: data68 };
            vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
          }
        }
      } else {
        let err207 = { instancePath: instancePath + "/key_templates", schemaPath: "#/properties/key_templates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.key_templates.type, parentSchema: schema31.properties.key_templates, data: data67 };
        vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
      }
    }
    if (data.keys !== void 0) {
      let data74 = data.keys;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        if (Object.keys(data74).length > 5e3) {
          let err208 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/maxProperties", keyword: "maxProperties", params: { limit: 5e3 }, message: "must NOT have more than 5000 properties", schema: 5e3, parentSchema: schema31.properties.keys, data: data74 };
          vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
        }
        if (Object.keys(data74).length < 1) {
          let err209 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.keys, data: data74 };
          vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
        }
        for (let key28 in data74) {
          let _errs184 = errors;
          if (typeof key28 == "string") {
            if (func2(key28) > 128) {
              let err210 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.keys.propertyNames, data: key28, propertyName: key28 };
              vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
            }
            if (!pattern5.test(key28)) {
              let err211 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.propertyNames, data: key28, propertyName: key28 };
              vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
            }
          }
          var valid76 = _errs184 === errors;
          if (!valid76) {
            let err212 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/propertyNames", keyword: "propertyNames", params: { propertyName: key28 }, message: "property name must be valid", schema: schema31.properties.keys.propertyNames, parentSchema: schema31.properties.keys, data: data74 };
            vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
          }
        }
        for (let key29 in data74) {
          let data75 = data74[key29];
          if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            for (let key30 in data75)
              if (!func1.call(schema31.properties.keys.additionalProperties.properties, key30)) {
                let err213 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties, data: data75 };
                vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
              }
            if (data75.adopt !== void 0) {
              let data76 = data75.adopt;
              if (typeof data76 == "string") {
                if (!pattern31.test(data76)) {
                  let err214 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/adopt", schemaPath: "#/properties/keys/additionalProperties/properties/adopt/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:kms:[a-z0-9-]+:[0-9]{12}:key/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", parentSchema: schema31.properties.keys.additionalProperties.properties.adopt, data: data76 };
                  vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
                }
              } else {
                let err215 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/adopt", schemaPath: "#/properties/keys/additionalProperties/properties/adopt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.adopt.type, parentSchema: schema31.properties.keys.additionalProperties.properties.adopt, data: data76 };
                vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
              }
            }
            if (data75.moved_from !== void 0) {
              let data77 = data75.moved_from;
              if (typeof data77 == "string") {
                if (func2(data77) > 128) {
                  let err216 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/moved_from", schemaPath: "#/properties/keys/additionalProperties/properties/moved_from/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.keys.additionalProperties.properties.moved_from, data: data77 };
                  vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
                }
                if (!pattern5.test(data77)) {
                  let err217 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/moved_from", schemaPath: "#/properties/keys/additionalProperties/properties/moved_from/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.moved_from, data: data77 };
                  vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
                }
              } else {
                let err218 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/moved_from", schemaPath: "#/properties/keys/additionalProperties/properties/moved_from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.moved_from.type, parentSchema: schema31.properties.keys.additionalProperties.properties.moved_from, data: data77 };
                vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
              }
            }
            if (data75.account !== void 0) {
              let data78 = data75.account;
              if (typeof data78 == "string") {
                if (func2(data78) < 1) {
                  let err219 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/account", schemaPath: "#/properties/keys/additionalProperties/properties/account/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.account, data: data78 };
                  vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
                }
              } else {
                let err220 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/account", schemaPath: "#/properties/keys/additionalProperties/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.account.type, parentSchema: schema31.properties.keys.additionalProperties.properties.account, data: data78 };
                vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
              }
            }
            if (data75.region !== void 0) {
              let data79 = data75.region;
              if (typeof data79 == "string") {
                if (!pattern4.test(data79)) {
                  let err221 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/keys/additionalProperties/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$" }, message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"', schema: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", parentSchema: schema31.properties.keys.additionalProperties.properties.region, data: data79 };
                  vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
                }
              } else {
                let err222 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/region", schemaPath: "#/properties/keys/additionalProperties/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.region.type, parentSchema: schema31.properties.keys.additionalProperties.properties.region, data: data79 };
                vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
              }
            }
            if (data75.environment !== void 0) {
              let data80 = data75.environment;
              if (typeof data80 == "string") {
                if (func2(data80) > 64) {
                  let err223 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/keys/additionalProperties/properties/environment/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.keys.additionalProperties.properties.environment, data: data80 };
                  vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
                }
                if (func2(data80) < 1) {
                  let err224 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/keys/additionalProperties/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.environment, data: data80 };
                  vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
                }
                if (!pattern5.test(data80)) {
                  let err225 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/keys/additionalProperties/properties/environment/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.environment, data: data80 };
                  vErrors === null ? vErrors = [err225] : vErrors.push(err225), errors++;
                }
              } else {
                let err226 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/keys/additionalProperties/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.environment.type, parentSchema: schema31.properties.keys.additionalProperties.properties.environment, data: data80 };
                vErrors === null ? vErrors = [err226] : vErrors.push(err226), errors++;
              }
            }
            if (data75.service !== void 0) {
              let data81 = data75.service;
              if (typeof data81 == "string") {
                if (func2(data81) > 64) {
                  let err227 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/service/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.keys.additionalProperties.properties.service, data: data81 };
                  vErrors === null ? vErrors = [err227] : vErrors.push(err227), errors++;
                }
                if (func2(data81) < 1) {
                  let err228 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.service, data: data81 };
                  vErrors === null ? vErrors = [err228] : vErrors.push(err228), errors++;
                }
                if (!pattern5.test(data81)) {
                  let err229 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/service/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.service, data: data81 };
                  vErrors === null ? vErrors = [err229] : vErrors.push(err229), errors++;
                }
              } else {
                let err230 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.service.type, parentSchema: schema31.properties.keys.additionalProperties.properties.service, data: data81 };
                vErrors === null ? vErrors = [err230] : vErrors.push(err230), errors++;
              }
            }
            if (data75.compliance !== void 0) {
              let data82 = data75.compliance;
              if (typeof data82 == "string") {
                if (func2(data82) > 64) {
                  let err231 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/compliance", schemaPath: "#/properties/keys/additionalProperties/properties/compliance/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema31.properties.keys.additionalProperties.properties.compliance, data: data82 };
                  vErrors === null ? vErrors = [err231] : vErrors.push(err231), errors++;
                }
                if (func2(data82) < 1) {
                  let err232 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/compliance", schemaPath: "#/properties/keys/additionalProperties/properties/compliance/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.compliance, data: data82 };
                  vErrors === null ? vErrors = [err232] : vErrors.push(err232), errors++;
                }
                if (!pattern5.test(data82)) {
                  let err233 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/compliance", schemaPath: "#/properties/keys/additionalProperties/properties/compliance/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$" }, message: 'must match pattern "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"', schema: "^[a-zA-Z0-9][a-zA-Z0-9_.-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.compliance, data: data82 };
                  vErrors === null ? vErrors = [err233] : vErrors.push(err233), errors++;
                }
              } else {
                let err234 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/compliance", schemaPath: "#/properties/keys/additionalProperties/properties/compliance/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.compliance.type, parentSchema: schema31.properties.keys.additionalProperties.properties.compliance, data: data82 };
                vErrors === null ? vErrors = [err234] : vErrors.push(err234), errors++;
              }
            }
            if (data75.description !== void 0) {
              let data83 = data75.description;
              if (typeof data83 == "string") {
                if (func2(data83) > 8192) {
                  let err235 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/keys/additionalProperties/properties/description/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters", schema: 8192, parentSchema: schema31.properties.keys.additionalProperties.properties.description, data: data83 };
                  vErrors === null ? vErrors = [err235] : vErrors.push(err235), errors++;
                }
              } else {
                let err236 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/keys/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.description.type, parentSchema: schema31.properties.keys.additionalProperties.properties.description, data: data83 };
                vErrors === null ? vErrors = [err236] : vErrors.push(err236), errors++;
              }
            }
            if (data75.rotation !== void 0) {
              let data84 = data75.rotation;
              if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                for (let key31 in data84)
                  if (!(key31 === "enabled" || key31 === "period_in_days")) {
                    let err237 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation, data: data84 };
                    vErrors === null ? vErrors = [err237] : vErrors.push(err237), errors++;
                  }
                if (data84.enabled !== void 0) {
                  let data85 = data84.enabled;
                  if (typeof data85 != "boolean") {
                    let err238 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation/enabled", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.keys.additionalProperties.properties.rotation.properties.enabled.type, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation.properties.enabled, data: data85 };
                    vErrors === null ? vErrors = [err238] : vErrors.push(err238), errors++;
                  }
                }
                if (data84.period_in_days !== void 0) {
                  let data86 = data84.period_in_days;
                  if (!(typeof data86 == "number" && !(data86 % 1) && !isNaN(data86) && isFinite(data86))) {
                    let err239 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation/period_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/properties/period_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.keys.additionalProperties.properties.rotation.properties.period_in_days.type, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation.properties.period_in_days, data: data86 };
                    vErrors === null ? vErrors = [err239] : vErrors.push(err239), errors++;
                  }
                  if (typeof data86 == "number" && isFinite(data86)) {
                    if (data86 > 2560 || isNaN(data86)) {
                      let err240 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation/period_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/properties/period_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2560 }, message: "must be <= 2560", schema: 2560, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation.properties.period_in_days, data: data86 };
                      vErrors === null ? vErrors = [err240] : vErrors.push(err240), errors++;
                    }
                    if (data86 < 90 || isNaN(data86)) {
                      let err241 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation/period_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/properties/period_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 90 }, message: "must be >= 90", schema: 90, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation.properties.period_in_days, data: data86 };
                      vErrors === null ? vErrors = [err241] : vErrors.push(err241), errors++;
                    }
                  }
                }
              } else {
                let err242 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/rotation", schemaPath: "#/properties/keys/additionalProperties/properties/rotation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.rotation.type, parentSchema: schema31.properties.keys.additionalProperties.properties.rotation, data: data84 };
                vErrors === null ? vErrors = [err242] : vErrors.push(err242), errors++;
              }
            }
            if (data75.aliases !== void 0) {
              let data87 = data75.aliases;
              if (Array.isArray(data87)) {
                let len16 = data87.length;
                for (let i30 = 0; i30 < len16; i30++) {
                  let data88 = data87[i30];
                  if (typeof data88 == "string") {
                    if (func2(data88) > 256) {
                      let err243 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i30, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.aliases.items, data: data88 };
                      vErrors === null ? vErrors = [err243] : vErrors.push(err243), errors++;
                    }
                    if (!pattern37.test(data88)) {
                      let err244 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i30, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/pattern", keyword: "pattern", params: { pattern: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$" }, message: 'must match pattern "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$"', schema: "^alias/(?![Aa][Ww][Ss]/)[a-zA-Z0-9/_-]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.aliases.items, data: data88 };
                      vErrors === null ? vErrors = [err244] : vErrors.push(err244), errors++;
                    }
                  } else {
                    let err245 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases/" + i30, schemaPath: "#/properties/keys/additionalProperties/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.aliases.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.aliases.items, data: data88 };
                    vErrors === null ? vErrors = [err245] : vErrors.push(err245), errors++;
                  }
                }
                let i31 = data87.length, j14;
                if (i31 > 1) {
                  let indices12 = {};
                  for (; i31--; ) {
                    let item12 = data87[i31];
                    if (typeof item12 == "string") {
                      if (typeof indices12[item12] == "number") {
                        j14 = indices12[item12];
                        let err246 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/properties/keys/additionalProperties/properties/aliases/uniqueItems", keyword: "uniqueItems", params: { i: i31, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i31 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.aliases, data: data87 };
                        vErrors === null ? vErrors = [err246] : vErrors.push(err246), errors++;
                        break;
                      }
                      indices12[item12] = i31;
                    }
                  }
                }
              } else {
                let err247 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/aliases", schemaPath: "#/properties/keys/additionalProperties/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.aliases.type, parentSchema: schema31.properties.keys.additionalProperties.properties.aliases, data: data87 };
                vErrors === null ? vErrors = [err247] : vErrors.push(err247), errors++;
              }
            }
            if (data75.state !== void 0) {
              let data89 = data75.state;
              if (!(data89 === "enabled" || data89 === "disabled" || data89 === "pending_deletion")) {
                let err248 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/state", schemaPath: "#/properties/keys/additionalProperties/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.state.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.state.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.state, data: data89 };
                vErrors === null ? vErrors = [err248] : vErrors.push(err248), errors++;
              }
            }
            if (data75.deletion_window_in_days !== void 0) {
              let data90 = data75.deletion_window_in_days;
              if (!(typeof data90 == "number" && !(data90 % 1) && !isNaN(data90) && isFinite(data90))) {
                let err249 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.keys.additionalProperties.properties.deletion_window_in_days.type, parentSchema: schema31.properties.keys.additionalProperties.properties.deletion_window_in_days, data: data90 };
                vErrors === null ? vErrors = [err249] : vErrors.push(err249), errors++;
              }
              if (typeof data90 == "number" && isFinite(data90)) {
                if (data90 > 30 || isNaN(data90)) {
                  let err250 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 30 }, message: "must be <= 30", schema: 30, parentSchema: schema31.properties.keys.additionalProperties.properties.deletion_window_in_days, data: data90 };
                  vErrors === null ? vErrors = [err250] : vErrors.push(err250), errors++;
                }
                if (data90 < 7 || isNaN(data90)) {
                  let err251 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/deletion_window_in_days", schemaPath: "#/properties/keys/additionalProperties/properties/deletion_window_in_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 7 }, message: "must be >= 7", schema: 7, parentSchema: schema31.properties.keys.additionalProperties.properties.deletion_window_in_days, data: data90 };
                  vErrors === null ? vErrors = [err251] : vErrors.push(err251), errors++;
                }
              }
            }
            if (data75.tags !== void 0) {
              let data91 = data75.tags;
              if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                if (Object.keys(data91).length > 50) {
                  let err252 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema31.properties.keys.additionalProperties.properties.tags, data: data91 };
                  vErrors === null ? vErrors = [err252] : vErrors.push(err252), errors++;
                }
                for (let key32 in data91) {
                  let _errs221 = errors;
                  if (typeof key32 == "string") {
                    if (func2(key32) > 128) {
                      let err253 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema31.properties.keys.additionalProperties.properties.tags.propertyNames, data: key32, propertyName: key32 };
                      vErrors === null ? vErrors = [err253] : vErrors.push(err253), errors++;
                    }
                    if (func2(key32) < 1) {
                      let err254 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.tags.propertyNames, data: key32, propertyName: key32 };
                      vErrors === null ? vErrors = [err254] : vErrors.push(err254), errors++;
                    }
                    if (!pattern8.test(key32)) {
                      let err255 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$" }, message: 'must match pattern "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$"', schema: "^(?![Aa][Ww][Ss]:)(?!kms-action:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.tags.propertyNames, data: key32, propertyName: key32 };
                      vErrors === null ? vErrors = [err255] : vErrors.push(err255), errors++;
                    }
                  }
                  var valid83 = _errs221 === errors;
                  if (!valid83) {
                    let err256 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/propertyNames", keyword: "propertyNames", params: { propertyName: key32 }, message: "property name must be valid", schema: schema31.properties.keys.additionalProperties.properties.tags.propertyNames, parentSchema: schema31.properties.keys.additionalProperties.properties.tags, data: data91 };
                    vErrors === null ? vErrors = [err256] : vErrors.push(err256), errors++;
                  }
                }
                for (let key33 in data91) {
                  let data92 = data91[key33];
                  if (typeof data92 == "string") {
                    if (func2(data92) > 256) {
                      let err257 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.tags.additionalProperties, data: data92 };
                      vErrors === null ? vErrors = [err257] : vErrors.push(err257), errors++;
                    }
                    if (!pattern9.test(data92)) {
                      let err258 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" }, message: 'must match pattern "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"', schema: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.tags.additionalProperties, data: data92 };
                      vErrors === null ? vErrors = [err258] : vErrors.push(err258), errors++;
                    }
                  } else {
                    let err259 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.tags.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties.properties.tags.additionalProperties, data: data92 };
                    vErrors === null ? vErrors = [err259] : vErrors.push(err259), errors++;
                  }
                }
              } else {
                let err260 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/tags", schemaPath: "#/properties/keys/additionalProperties/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.tags.type, parentSchema: schema31.properties.keys.additionalProperties.properties.tags, data: data91 };
                vErrors === null ? vErrors = [err260] : vErrors.push(err260), errors++;
              }
            }
            if (data75.key_spec !== void 0) {
              let data93 = data75.key_spec;
              if (!(data93 === "SYMMETRIC_DEFAULT" || data93 === "RSA_2048" || data93 === "RSA_3072" || data93 === "RSA_4096" || data93 === "ECC_NIST_P256" || data93 === "ECC_NIST_P384" || data93 === "ECC_NIST_P521" || data93 === "ECC_SECG_P256K1" || data93 === "ECC_NIST_EDWARDS25519" || data93 === "HMAC_224" || data93 === "HMAC_256" || data93 === "HMAC_384" || data93 === "HMAC_512" || data93 === "SM2" || data93 === "ML_DSA_44" || data93 === "ML_DSA_65" || data93 === "ML_DSA_87" || data93 === "ML_KEM_512" || data93 === "ML_KEM_768" || data93 === "ML_KEM_1024")) {
                let err261 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/key_spec", schemaPath: "#/properties/keys/additionalProperties/properties/key_spec/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.key_spec.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.key_spec.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.key_spec, data: data93 };
                vErrors === null ? vErrors = [err261] : vErrors.push(err261), errors++;
              }
            }
            if (data75.key_usage !== void 0) {
              let data94 = data75.key_usage;
              if (!(data94 === "ENCRYPT_DECRYPT" || data94 === "SIGN_VERIFY" || data94 === "GENERATE_VERIFY_MAC" || data94 === "KEY_AGREEMENT" || data94 === "ENCAPSULATE_DECAPSULATE")) {
                let err262 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/key_usage", schemaPath: "#/properties/keys/additionalProperties/properties/key_usage/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.key_usage.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.key_usage.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.key_usage, data: data94 };
                vErrors === null ? vErrors = [err262] : vErrors.push(err262), errors++;
              }
            }
            if (data75.multi_region !== void 0) {
              let data95 = data75.multi_region;
              if (typeof data95 != "boolean") {
                let err263 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/multi_region", schemaPath: "#/properties/keys/additionalProperties/properties/multi_region/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.keys.additionalProperties.properties.multi_region.type, parentSchema: schema31.properties.keys.additionalProperties.properties.multi_region, data: data95 };
                vErrors === null ? vErrors = [err263] : vErrors.push(err263), errors++;
              }
            }
            if (data75.origin !== void 0) {
              let data96 = data75.origin;
              if (!(data96 === "AWS_KMS" || data96 === "EXTERNAL")) {
                let err264 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/origin", schemaPath: "#/properties/keys/additionalProperties/properties/origin/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.origin.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.origin.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.origin, data: data96 };
                vErrors === null ? vErrors = [err264] : vErrors.push(err264), errors++;
              }
            }
            if (data75.replicas !== void 0) {
              let data97 = data75.replicas;
              if (Array.isArray(data97)) {
                let len17 = data97.length;
                for (let i32 = 0; i32 < len17; i32++) {
                  let data98 = data97[i32];
                  if (typeof data98 == "string") {
                    if (!pattern4.test(data98)) {
                      let err265 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i32, schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$" }, message: 'must match pattern "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$"', schema: "^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items, data: data98 };
                      vErrors === null ? vErrors = [err265] : vErrors.push(err265), errors++;
                    }
                  } else {
                    let err266 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas/" + i32, schemaPath: "#/properties/keys/additionalProperties/properties/replicas/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.replicas.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas.items, data: data98 };
                    vErrors === null ? vErrors = [err266] : vErrors.push(err266), errors++;
                  }
                }
                let i33 = data97.length, j15;
                if (i33 > 1) {
                  let indices13 = {};
                  for (; i33--; ) {
                    let item13 = data97[i33];
                    if (typeof item13 == "string") {
                      if (typeof indices13[item13] == "number") {
                        j15 = indices13[item13];
                        let err267 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas", schemaPath: "#/properties/keys/additionalProperties/properties/replicas/uniqueItems", keyword: "uniqueItems", params: { i: i33, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i33 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas, data: data97 };
                        vErrors === null ? vErrors = [err267] : vErrors.push(err267), errors++;
                        break;
                      }
                      indices13[item13] = i33;
                    }
                  }
                }
              } else {
                let err268 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/replicas", schemaPath: "#/properties/keys/additionalProperties/properties/replicas/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.replicas.type, parentSchema: schema31.properties.keys.additionalProperties.properties.replicas, data: data97 };
                vErrors === null ? vErrors = [err268] : vErrors.push(err268), errors++;
              }
            }
            if (data75.bypass_policy_lockout_safety_check !== void 0) {
              let data99 = data75.bypass_policy_lockout_safety_check;
              if (typeof data99 != "boolean") {
                let err269 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/bypass_policy_lockout_safety_check", schemaPath: "#/properties/keys/additionalProperties/properties/bypass_policy_lockout_safety_check/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.keys.additionalProperties.properties.bypass_policy_lockout_safety_check.type, parentSchema: schema31.properties.keys.additionalProperties.properties.bypass_policy_lockout_safety_check, data: data99 };
                vErrors === null ? vErrors = [err269] : vErrors.push(err269), errors++;
              }
            }
            if (data75.policy !== void 0) {
              let data100 = data75.policy;
              if (!(data100 && typeof data100 == "object" && !Array.isArray(data100))) {
                let err270 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy, data: data100 };
                vErrors === null ? vErrors = [err270] : vErrors.push(err270), errors++;
              }
              let _errs238 = errors, valid88 = !0, _errs239 = errors;
              if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                let missing0;
                if (data100.document === void 0 && (missing0 = "document")) {
                  let err271 = {};
                  vErrors === null ? vErrors = [err271] : vErrors.push(err271), errors++;
                }
              }
              var _valid2 = _errs239 === errors;
              errors = _errs238, vErrors !== null && (_errs238 ? vErrors.length = _errs238 : vErrors = null);
              let ifClause2;
              if (_valid2) {
                let _errs240 = errors;
                if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                  if (data100.document === void 0) {
                    let err272 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property 'document'", schema: schema31.properties.keys.additionalProperties.properties.policy.then.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.then, data: data100 };
                    vErrors === null ? vErrors = [err272] : vErrors.push(err272), errors++;
                  }
                  for (let key34 in data100)
                    if (key34 !== "document") {
                      let err273 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.then, data: data100 };
                      vErrors === null ? vErrors = [err273] : vErrors.push(err273), errors++;
                    }
                  if (data100.document !== void 0) {
                    let data101 = data100.document;
                    if (!(data101 && typeof data101 == "object" && !Array.isArray(data101))) {
                      let err274 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/document", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/properties/document/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.then.properties.document.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.then.properties.document, data: data101 };
                      vErrors === null ? vErrors = [err274] : vErrors.push(err274), errors++;
                    }
                  }
                } else {
                  let err275 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.then.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.then, data: data100 };
                  vErrors === null ? vErrors = [err275] : vErrors.push(err275), errors++;
                }
                var _valid2 = _errs240 === errors;
                if (valid88 = _valid2, valid88)
                  var props2 = !0;
                ifClause2 = "then";
              } else {
                let _errs245 = errors;
                if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                  for (let key35 in data100)
                    if (!func1.call(schema31.properties.keys.additionalProperties.properties.policy.else.properties, key35)) {
                      let err276 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else, data: data100 };
                      vErrors === null ? vErrors = [err276] : vErrors.push(err276), errors++;
                    }
                  if (data100.admins !== void 0) {
                    let data102 = data100.admins;
                    if (Array.isArray(data102)) {
                      let len18 = data102.length;
                      for (let i34 = 0; i34 < len18; i34++) {
                        let data103 = data102[i34];
                        if (typeof data103 == "string") {
                          if (func2(data103) > 2048) {
                            let err277 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins/" + i34, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.items, data: data103 };
                            vErrors === null ? vErrors = [err277] : vErrors.push(err277), errors++;
                          }
                          if (func2(data103) < 1) {
                            let err278 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins/" + i34, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.items, data: data103 };
                            vErrors === null ? vErrors = [err278] : vErrors.push(err278), errors++;
                          }
                        } else {
                          let err279 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins/" + i34, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.items, data: data103 };
                          vErrors === null ? vErrors = [err279] : vErrors.push(err279), errors++;
                        }
                      }
                      let i35 = data102.length, j16;
                      if (i35 > 1) {
                        let indices14 = {};
                        for (; i35--; ) {
                          let item14 = data102[i35];
                          if (typeof item14 == "string") {
                            if (typeof indices14[item14] == "number") {
                              j16 = indices14[item14];
                              let err280 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/uniqueItems", keyword: "uniqueItems", params: { i: i35, j: j16 }, message: "must NOT have duplicate items (items ## " + j16 + " and " + i35 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins, data: data102 };
                              vErrors === null ? vErrors = [err280] : vErrors.push(err280), errors++;
                              break;
                            }
                            indices14[item14] = i35;
                          }
                        }
                      }
                    } else {
                      let err281 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/admins", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/admins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.admins, data: data102 };
                      vErrors === null ? vErrors = [err281] : vErrors.push(err281), errors++;
                    }
                  }
                  if (data100.users !== void 0) {
                    let data104 = data100.users;
                    if (Array.isArray(data104)) {
                      let len19 = data104.length;
                      for (let i36 = 0; i36 < len19; i36++) {
                        let data105 = data104[i36], _errs255 = errors, valid96 = !0, _errs256 = errors;
                        if (typeof data105 != "string") {
                          let err282 = {};
                          vErrors === null ? vErrors = [err282] : vErrors.push(err282), errors++;
                        }
                        var _valid3 = _errs256 === errors;
                        errors = _errs255, vErrors !== null && (_errs255 ? vErrors.length = _errs255 : vErrors = null);
                        let ifClause3;
                        if (_valid3) {
                          let _errs258 = errors;
                          if (typeof data105 == "string") {
                            if (func2(data105) > 2048) {
                              let err283 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.then, data: data105 };
                              vErrors === null ? vErrors = [err283] : vErrors.push(err283), errors++;
                            }
                            if (func2(data105) < 1) {
                              let err284 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.then, data: data105 };
                              vErrors === null ? vErrors = [err284] : vErrors.push(err284), errors++;
                            }
                          } else {
                            let err285 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.then.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.then, data: data105 };
                            vErrors === null ? vErrors = [err285] : vErrors.push(err285), errors++;
                          }
                          var _valid3 = _errs258 === errors;
                          valid96 = _valid3, ifClause3 = "then";
                        } else {
                          let _errs260 = errors;
                          if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                            if (data105.principals === void 0) {
                              let err286 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/required", keyword: "required", params: { missingProperty: "principals" }, message: "must have required property 'principals'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else, data: data105 };
                              vErrors === null ? vErrors = [err286] : vErrors.push(err286), errors++;
                            }
                            if (data105.actions === void 0) {
                              let err287 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else, data: data105 };
                              vErrors === null ? vErrors = [err287] : vErrors.push(err287), errors++;
                            }
                            for (let key36 in data105)
                              if (!(key36 === "principals" || key36 === "actions")) {
                                let err288 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else, data: data105 };
                                vErrors === null ? vErrors = [err288] : vErrors.push(err288), errors++;
                              }
                            if (data105.principals !== void 0) {
                              let data106 = data105.principals;
                              if (Array.isArray(data106)) {
                                if (data106.length < 1) {
                                  let err289 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals, data: data106 };
                                  vErrors === null ? vErrors = [err289] : vErrors.push(err289), errors++;
                                }
                                let len20 = data106.length;
                                for (let i37 = 0; i37 < len20; i37++) {
                                  let data107 = data106[i37];
                                  if (typeof data107 == "string") {
                                    if (func2(data107) > 2048) {
                                      let err290 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/principals/" + i37, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.items, data: data107 };
                                      vErrors === null ? vErrors = [err290] : vErrors.push(err290), errors++;
                                    }
                                    if (func2(data107) < 1) {
                                      let err291 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/principals/" + i37, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.items, data: data107 };
                                      vErrors === null ? vErrors = [err291] : vErrors.push(err291), errors++;
                                    }
                                  } else {
                                    let err292 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/principals/" + i37, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.items, data: data107 };
                                    vErrors === null ? vErrors = [err292] : vErrors.push(err292), errors++;
                                  }
                                }
                                let i38 = data106.length, j17;
                                if (i38 > 1) {
                                  let indices15 = {};
                                  for (; i38--; ) {
                                    let item15 = data106[i38];
                                    if (typeof item15 == "string") {
                                      if (typeof indices15[item15] == "number") {
                                        j17 = indices15[item15];
                                        let err293 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/uniqueItems", keyword: "uniqueItems", params: { i: i38, j: j17 }, message: "must NOT have duplicate items (items ## " + j17 + " and " + i38 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals, data: data106 };
                                        vErrors === null ? vErrors = [err293] : vErrors.push(err293), errors++;
                                        break;
                                      }
                                      indices15[item15] = i38;
                                    }
                                  }
                                }
                              } else {
                                let err294 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/principals", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/principals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.principals, data: data106 };
                                vErrors === null ? vErrors = [err294] : vErrors.push(err294), errors++;
                              }
                            }
                            if (data105.actions !== void 0) {
                              let data108 = data105.actions;
                              if (Array.isArray(data108)) {
                                if (data108.length < 1) {
                                  let err295 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions, data: data108 };
                                  vErrors === null ? vErrors = [err295] : vErrors.push(err295), errors++;
                                }
                                let len21 = data108.length;
                                for (let i39 = 0; i39 < len21; i39++) {
                                  let data109 = data108[i39];
                                  if (typeof data109 == "string") {
                                    if (!pattern10.test(data109)) {
                                      let err296 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/actions/" + i39, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions.items, data: data109 };
                                      vErrors === null ? vErrors = [err296] : vErrors.push(err296), errors++;
                                    }
                                  } else {
                                    let err297 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/actions/" + i39, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions.items, data: data109 };
                                    vErrors === null ? vErrors = [err297] : vErrors.push(err297), errors++;
                                  }
                                }
                                let i40 = data108.length, j18;
                                if (i40 > 1) {
                                  let indices16 = {};
                                  for (; i40--; ) {
                                    let item16 = data108[i40];
                                    if (typeof item16 == "string") {
                                      if (typeof indices16[item16] == "number") {
                                        j18 = indices16[item16];
                                        let err298 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i40, j: j18 }, message: "must NOT have duplicate items (items ## " + j18 + " and " + i40 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions, data: data108 };
                                        vErrors === null ? vErrors = [err298] : vErrors.push(err298), errors++;
                                        break;
                                      }
                                      indices16[item16] = i40;
                                    }
                                  }
                                }
                              } else {
                                let err299 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.properties.actions, data: data108 };
                                vErrors === null ? vErrors = [err299] : vErrors.push(err299), errors++;
                              }
                            }
                          } else {
                            let err300 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.else, data: data105 };
                            vErrors === null ? vErrors = [err300] : vErrors.push(err300), errors++;
                          }
                          var _valid3 = _errs260 === errors;
                          valid96 = _valid3, ifClause3 = "else";
                        }
                        if (!valid96) {
                          let err301 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users/" + i36, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/items/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: 'must match "' + ifClause3 + '" schema', schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items.if, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.items, data: data105 };
                          vErrors === null ? vErrors = [err301] : vErrors.push(err301), errors++;
                        }
                      }
                      let i41 = data104.length, j19;
                      if (i41 > 1) {
                        outer2: for (; i41--; )
                          for (j19 = i41; j19--; )
                            if (func0(data104[i41], data104[j19])) {
                              let err302 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/uniqueItems", keyword: "uniqueItems", params: { i: i41, j: j19 }, message: "must NOT have duplicate items (items ## " + j19 + " and " + i41 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users, data: data104 };
                              vErrors === null ? vErrors = [err302] : vErrors.push(err302), errors++;
                              break outer2;
                            }
                      }
                    } else {
                      let err303 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/users", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.users, data: data104 };
                      vErrors === null ? vErrors = [err303] : vErrors.push(err303), errors++;
                    }
                  }
                  if (data100.via_service !== void 0) {
                    let data110 = data100.via_service;
                    if (Array.isArray(data110)) {
                      let len22 = data110.length;
                      for (let i42 = 0; i42 < len22; i42++) {
                        let data111 = data110[i42];
                        if (typeof data111 == "string") {
                          if (!pattern11.test(data111)) {
                            let err304 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/via_service/" + i42, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service.items, data: data111 };
                            vErrors === null ? vErrors = [err304] : vErrors.push(err304), errors++;
                          }
                        } else {
                          let err305 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/via_service/" + i42, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service.items, data: data111 };
                          vErrors === null ? vErrors = [err305] : vErrors.push(err305), errors++;
                        }
                      }
                      let i43 = data110.length, j20;
                      if (i43 > 1) {
                        let indices17 = {};
                        for (; i43--; ) {
                          let item17 = data110[i43];
                          if (typeof item17 == "string") {
                            if (typeof indices17[item17] == "number") {
                              j20 = indices17[item17];
                              let err306 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/via_service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/uniqueItems", keyword: "uniqueItems", params: { i: i43, j: j20 }, message: "must NOT have duplicate items (items ## " + j20 + " and " + i43 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service, data: data110 };
                              vErrors === null ? vErrors = [err306] : vErrors.push(err306), errors++;
                              break;
                            }
                            indices17[item17] = i43;
                          }
                        }
                      }
                    } else {
                      let err307 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/via_service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/via_service/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.via_service, data: data110 };
                      vErrors === null ? vErrors = [err307] : vErrors.push(err307), errors++;
                    }
                  }
                  if (data100.encryption_context !== void 0) {
                    let data112 = data100.encryption_context;
                    if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                      if (Object.keys(data112).length > 32) {
                        let err308 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context, data: data112 };
                        vErrors === null ? vErrors = [err308] : vErrors.push(err308), errors++;
                      }
                      for (let key37 in data112) {
                        let _errs277 = errors;
                        if (typeof key37 == "string") {
                          if (func2(key37) > 256) {
                            let err309 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.propertyNames, data: key37, propertyName: key37 };
                            vErrors === null ? vErrors = [err309] : vErrors.push(err309), errors++;
                          }
                          if (func2(key37) < 1) {
                            let err310 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.propertyNames, data: key37, propertyName: key37 };
                            vErrors === null ? vErrors = [err310] : vErrors.push(err310), errors++;
                          }
                        }
                        var valid108 = _errs277 === errors;
                        if (!valid108) {
                          let err311 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/propertyNames", keyword: "propertyNames", params: { propertyName: key37 }, message: "property name must be valid", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.propertyNames, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context, data: data112 };
                          vErrors === null ? vErrors = [err311] : vErrors.push(err311), errors++;
                        }
                      }
                      for (let key38 in data112) {
                        let data113 = data112[key38];
                        if (typeof data113 == "string") {
                          if (func2(data113) > 256) {
                            let err312 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context/" + key38.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.additionalProperties, data: data113 };
                            vErrors === null ? vErrors = [err312] : vErrors.push(err312), errors++;
                          }
                        } else {
                          let err313 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context/" + key38.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.additionalProperties, data: data113 };
                          vErrors === null ? vErrors = [err313] : vErrors.push(err313), errors++;
                        }
                      }
                    } else {
                      let err314 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/encryption_context", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/encryption_context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.encryption_context, data: data112 };
                      vErrors === null ? vErrors = [err314] : vErrors.push(err314), errors++;
                    }
                  }
                  if (data100.cross_account !== void 0) {
                    let data114 = data100.cross_account;
                    if (Array.isArray(data114)) {
                      let len23 = data114.length;
                      for (let i44 = 0; i44 < len23; i44++) {
                        let data115 = data114[i44];
                        if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
                          if (data115.principal === void 0) {
                            let err315 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "principal" }, message: "must have required property 'principal'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items, data: data115 };
                            vErrors === null ? vErrors = [err315] : vErrors.push(err315), errors++;
                          }
                          if (data115.actions === void 0) {
                            let err316 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items, data: data115 };
                            vErrors === null ? vErrors = [err316] : vErrors.push(err316), errors++;
                          }
                          for (let key39 in data115)
                            if (!(key39 === "principal" || key39 === "actions")) {
                              let err317 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items, data: data115 };
                              vErrors === null ? vErrors = [err317] : vErrors.push(err317), errors++;
                            }
                          if (data115.principal !== void 0) {
                            let data116 = data115.principal;
                            if (typeof data116 == "string") {
                              if (func2(data116) > 2048) {
                                let err318 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.principal, data: data116 };
                                vErrors === null ? vErrors = [err318] : vErrors.push(err318), errors++;
                              }
                              if (func2(data116) < 1) {
                                let err319 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.principal, data: data116 };
                                vErrors === null ? vErrors = [err319] : vErrors.push(err319), errors++;
                              }
                            } else {
                              let err320 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44 + "/principal", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.principal.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.principal, data: data116 };
                              vErrors === null ? vErrors = [err320] : vErrors.push(err320), errors++;
                            }
                          }
                          if (data115.actions !== void 0) {
                            let data117 = data115.actions;
                            if (Array.isArray(data117)) {
                              if (data117.length < 1) {
                                let err321 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions, data: data117 };
                                vErrors === null ? vErrors = [err321] : vErrors.push(err321), errors++;
                              }
                              let len24 = data117.length;
                              for (let i45 = 0; i45 < len24; i45++) {
                                let data118 = data117[i45];
                                if (typeof data118 == "string") {
                                  if (!pattern10.test(data118)) {
                                    let err322 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44 + "/actions/" + i45, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions.items, data: data118 };
                                    vErrors === null ? vErrors = [err322] : vErrors.push(err322), errors++;
                                  }
                                } else {
                                  let err323 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44 + "/actions/" + i45, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions.items, data: data118 };
                                  vErrors === null ? vErrors = [err323] : vErrors.push(err323), errors++;
                                }
                              }
                              let i46 = data117.length, j21;
                              if (i46 > 1) {
                                let indices18 = {};
                                for (; i46--; ) {
                                  let item18 = data117[i46];
                                  if (typeof item18 == "string") {
                                    if (typeof indices18[item18] == "number") {
                                      j21 = indices18[item18];
                                      let err324 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i46, j: j21 }, message: "must NOT have duplicate items (items ## " + j21 + " and " + i46 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions, data: data117 };
                                      vErrors === null ? vErrors = [err324] : vErrors.push(err324), errors++;
                                      break;
                                    }
                                    indices18[item18] = i46;
                                  }
                                }
                              }
                            } else {
                              let err325 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44 + "/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.properties.actions, data: data117 };
                              vErrors === null ? vErrors = [err325] : vErrors.push(err325), errors++;
                            }
                          }
                        } else {
                          let err326 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account/" + i44, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.items, data: data115 };
                          vErrors === null ? vErrors = [err326] : vErrors.push(err326), errors++;
                        }
                      }
                    } else {
                      let err327 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/cross_account", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/cross_account/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.cross_account, data: data114 };
                      vErrors === null ? vErrors = [err327] : vErrors.push(err327), errors++;
                    }
                  }
                  if (data100.organization !== void 0) {
                    let data119 = data100.organization, _errs293 = errors, valid116 = !0, _errs294 = errors;
                    if (typeof data119 != "string") {
                      let err328 = {};
                      vErrors === null ? vErrors = [err328] : vErrors.push(err328), errors++;
                    }
                    var _valid4 = _errs294 === errors;
                    errors = _errs293, vErrors !== null && (_errs293 ? vErrors.length = _errs293 : vErrors = null);
                    let ifClause4;
                    if (_valid4) {
                      let _errs296 = errors;
                      if (typeof data119 == "string") {
                        if (!pattern13.test(data119)) {
                          let err329 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/then/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.then, data: data119 };
                          vErrors === null ? vErrors = [err329] : vErrors.push(err329), errors++;
                        }
                      } else {
                        let err330 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.then.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.then, data: data119 };
                        vErrors === null ? vErrors = [err330] : vErrors.push(err330), errors++;
                      }
                      var _valid4 = _errs296 === errors;
                      valid116 = _valid4, ifClause4 = "then";
                    } else {
                      let _errs298 = errors;
                      if (data119 && typeof data119 == "object" && !Array.isArray(data119)) {
                        for (let key40 in data119)
                          if (!(key40 === "id" || key40 === "paths" || key40 === "actions")) {
                            let err331 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else, data: data119 };
                            vErrors === null ? vErrors = [err331] : vErrors.push(err331), errors++;
                          }
                        if (data119.id !== void 0) {
                          let data120 = data119.id;
                          if (typeof data120 == "string") {
                            if (!pattern13.test(data120)) {
                              let err332 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/id", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/id/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}$"', schema: "^o-[a-z0-9]{10,32}$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.id, data: data120 };
                              vErrors === null ? vErrors = [err332] : vErrors.push(err332), errors++;
                            }
                          } else {
                            let err333 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/id", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.id.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.id, data: data120 };
                            vErrors === null ? vErrors = [err333] : vErrors.push(err333), errors++;
                          }
                        }
                        if (data119.paths !== void 0) {
                          let data121 = data119.paths;
                          if (Array.isArray(data121)) {
                            if (data121.length < 1) {
                              let err334 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths, data: data121 };
                              vErrors === null ? vErrors = [err334] : vErrors.push(err334), errors++;
                            }
                            let len25 = data121.length;
                            for (let i47 = 0; i47 < len25; i47++) {
                              let data122 = data121[i47];
                              if (typeof data122 == "string") {
                                if (func2(data122) > 2048) {
                                  let err335 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths/" + i47, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.items, data: data122 };
                                  vErrors === null ? vErrors = [err335] : vErrors.push(err335), errors++;
                                }
                                if (!pattern15.test(data122)) {
                                  let err336 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths/" + i47, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/pattern", keyword: "pattern", params: { pattern: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$" }, message: 'must match pattern "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$"', schema: "^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.items, data: data122 };
                                  vErrors === null ? vErrors = [err336] : vErrors.push(err336), errors++;
                                }
                              } else {
                                let err337 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths/" + i47, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.items, data: data122 };
                                vErrors === null ? vErrors = [err337] : vErrors.push(err337), errors++;
                              }
                            }
                            let i48 = data121.length, j22;
                            if (i48 > 1) {
                              let indices19 = {};
                              for (; i48--; ) {
                                let item19 = data121[i48];
                                if (typeof item19 == "string") {
                                  if (typeof indices19[item19] == "number") {
                                    j22 = indices19[item19];
                                    let err338 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/uniqueItems", keyword: "uniqueItems", params: { i: i48, j: j22 }, message: "must NOT have duplicate items (items ## " + j22 + " and " + i48 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths, data: data121 };
                                    vErrors === null ? vErrors = [err338] : vErrors.push(err338), errors++;
                                    break;
                                  }
                                  indices19[item19] = i48;
                                }
                              }
                            }
                          } else {
                            let err339 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/paths", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.paths, data: data121 };
                            vErrors === null ? vErrors = [err339] : vErrors.push(err339), errors++;
                          }
                        }
                        if (data119.actions !== void 0) {
                          let data123 = data119.actions;
                          if (Array.isArray(data123)) {
                            if (data123.length < 1) {
                              let err340 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions, data: data123 };
                              vErrors === null ? vErrors = [err340] : vErrors.push(err340), errors++;
                            }
                            let len26 = data123.length;
                            for (let i49 = 0; i49 < len26; i49++) {
                              let data124 = data123[i49];
                              if (typeof data124 == "string") {
                                if (!pattern10.test(data124)) {
                                  let err341 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions/" + i49, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions.items, data: data124 };
                                  vErrors === null ? vErrors = [err341] : vErrors.push(err341), errors++;
                                }
                              } else {
                                let err342 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions/" + i49, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions.items, data: data124 };
                                vErrors === null ? vErrors = [err342] : vErrors.push(err342), errors++;
                              }
                            }
                            let i50 = data123.length, j23;
                            if (i50 > 1) {
                              let indices20 = {};
                              for (; i50--; ) {
                                let item20 = data123[i50];
                                if (typeof item20 == "string") {
                                  if (typeof indices20[item20] == "number") {
                                    j23 = indices20[item20];
                                    let err343 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/uniqueItems", keyword: "uniqueItems", params: { i: i50, j: j23 }, message: "must NOT have duplicate items (items ## " + j23 + " and " + i50 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions, data: data123 };
                                    vErrors === null ? vErrors = [err343] : vErrors.push(err343), errors++;
                                    break;
                                  }
                                  indices20[item20] = i50;
                                }
                              }
                            }
                          } else {
                            let err344 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization/actions", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.properties.actions, data: data123 };
                            vErrors === null ? vErrors = [err344] : vErrors.push(err344), errors++;
                          }
                        }
                      } else {
                        let err345 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.else, data: data119 };
                        vErrors === null ? vErrors = [err345] : vErrors.push(err345), errors++;
                      }
                      var _valid4 = _errs298 === errors;
                      valid116 = _valid4, ifClause4 = "else";
                    }
                    if (!valid116) {
                      let err346 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/organization", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/organization/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: 'must match "' + ifClause4 + '" schema', schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization.if, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.organization, data: data119 };
                      vErrors === null ? vErrors = [err346] : vErrors.push(err346), errors++;
                    }
                  }
                  if (data100.require_mfa_for !== void 0) {
                    let data125 = data100.require_mfa_for;
                    if (Array.isArray(data125)) {
                      let len27 = data125.length;
                      for (let i51 = 0; i51 < len27; i51++) {
                        let data126 = data125[i51];
                        if (typeof data126 == "string") {
                          if (!pattern10.test(data126)) {
                            let err347 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/require_mfa_for/" + i51, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/items/pattern", keyword: "pattern", params: { pattern: "^(kms:)?[A-Za-z*]+$" }, message: 'must match pattern "^(kms:)?[A-Za-z*]+$"', schema: "^(kms:)?[A-Za-z*]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for.items, data: data126 };
                            vErrors === null ? vErrors = [err347] : vErrors.push(err347), errors++;
                          }
                        } else {
                          let err348 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/require_mfa_for/" + i51, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for.items, data: data126 };
                          vErrors === null ? vErrors = [err348] : vErrors.push(err348), errors++;
                        }
                      }
                      let i52 = data125.length, j24;
                      if (i52 > 1) {
                        let indices21 = {};
                        for (; i52--; ) {
                          let item21 = data125[i52];
                          if (typeof item21 == "string") {
                            if (typeof indices21[item21] == "number") {
                              j24 = indices21[item21];
                              let err349 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/require_mfa_for", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/uniqueItems", keyword: "uniqueItems", params: { i: i52, j: j24 }, message: "must NOT have duplicate items (items ## " + j24 + " and " + i52 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for, data: data125 };
                              vErrors === null ? vErrors = [err349] : vErrors.push(err349), errors++;
                              break;
                            }
                            indices21[item21] = i52;
                          }
                        }
                      }
                    } else {
                      let err350 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/require_mfa_for", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/require_mfa_for/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.require_mfa_for, data: data125 };
                      vErrors === null ? vErrors = [err350] : vErrors.push(err350), errors++;
                    }
                  }
                  if (data100.services !== void 0) {
                    let data127 = data100.services;
                    if (Array.isArray(data127)) {
                      if (data127.length > 32) {
                        let err351 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services, data: data127 };
                        vErrors === null ? vErrors = [err351] : vErrors.push(err351), errors++;
                      }
                      let len28 = data127.length;
                      for (let i53 = 0; i53 < len28; i53++) {
                        let data128 = data127[i53];
                        if (data128 && typeof data128 == "object" && !Array.isArray(data128)) {
                          if (data128.service === void 0) {
                            let err352 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items, data: data128 };
                            vErrors === null ? vErrors = [err352] : vErrors.push(err352), errors++;
                          }
                          for (let key41 in data128)
                            if (!(key41 === "service" || key41 === "trails" || key41 === "log_groups" || key41 === "source_arns" || key41 === "role_suffix")) {
                              let err353 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items, data: data128 };
                              vErrors === null ? vErrors = [err353] : vErrors.push(err353), errors++;
                            }
                          if (data128.service !== void 0) {
                            let data129 = data128.service;
                            if (!(data129 === "autoscaling" || data129 === "cloudtrail" || data129 === "cloudwatch" || data129 === "config" || data129 === "events" || data129 === "guardduty" || data129 === "logs" || data129 === "route53-dnssec" || data129 === "s3" || data129 === "ses" || data129 === "sns")) {
                              let err354 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/service", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/service/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.service.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.service.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.service, data: data129 };
                              vErrors === null ? vErrors = [err354] : vErrors.push(err354), errors++;
                            }
                          }
                          if (data128.trails !== void 0) {
                            let data130 = data128.trails;
                            if (Array.isArray(data130)) {
                              if (data130.length > 100) {
                                let err355 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails, data: data130 };
                                vErrors === null ? vErrors = [err355] : vErrors.push(err355), errors++;
                              }
                              if (data130.length < 1) {
                                let err356 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails, data: data130 };
                                vErrors === null ? vErrors = [err356] : vErrors.push(err356), errors++;
                              }
                              let len29 = data130.length;
                              for (let i54 = 0; i54 < len29; i54++) {
                                let data131 = data130[i54];
                                if (typeof data131 == "string") {
                                  if (func2(data131) > 2048) {
                                    let err357 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/trails/" + i54, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.items, data: data131 };
                                    vErrors === null ? vErrors = [err357] : vErrors.push(err357), errors++;
                                  }
                                  if (!pattern18.test(data131)) {
                                    let err358 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/trails/" + i54, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/pattern", keyword: "pattern", params: { pattern: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$" }, message: 'must match pattern "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$"', schema: "^(arn:aws(-cn|-us-gov|-iso|-iso-b)?:cloudtrail:[a-z0-9-]+:[0-9]{12}:trail/)?[A-Za-z0-9][A-Za-z0-9._-]{1,126}[A-Za-z0-9]$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.items, data: data131 };
                                    vErrors === null ? vErrors = [err358] : vErrors.push(err358), errors++;
                                  }
                                } else {
                                  let err359 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/trails/" + i54, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.items, data: data131 };
                                  vErrors === null ? vErrors = [err359] : vErrors.push(err359), errors++;
                                }
                              }
                              let i55 = data130.length, j25;
                              if (i55 > 1) {
                                let indices22 = {};
                                for (; i55--; ) {
                                  let item22 = data130[i55];
                                  if (typeof item22 == "string") {
                                    if (typeof indices22[item22] == "number") {
                                      j25 = indices22[item22];
                                      let err360 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/uniqueItems", keyword: "uniqueItems", params: { i: i55, j: j25 }, message: "must NOT have duplicate items (items ## " + j25 + " and " + i55 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails, data: data130 };
                                      vErrors === null ? vErrors = [err360] : vErrors.push(err360), errors++;
                                      break;
                                    }
                                    indices22[item22] = i55;
                                  }
                                }
                              }
                            } else {
                              let err361 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/trails", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/trails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.trails, data: data130 };
                              vErrors === null ? vErrors = [err361] : vErrors.push(err361), errors++;
                            }
                          }
                          if (data128.log_groups !== void 0) {
                            let data132 = data128.log_groups;
                            if (Array.isArray(data132)) {
                              if (data132.length > 100) {
                                let err362 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups, data: data132 };
                                vErrors === null ? vErrors = [err362] : vErrors.push(err362), errors++;
                              }
                              if (data132.length < 1) {
                                let err363 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups, data: data132 };
                                vErrors === null ? vErrors = [err363] : vErrors.push(err363), errors++;
                              }
                              let len30 = data132.length;
                              for (let i56 = 0; i56 < len30; i56++) {
                                let data133 = data132[i56];
                                if (typeof data133 == "string") {
                                  if (!pattern19.test(data133)) {
                                    let err364 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/log_groups/" + i56, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/items/pattern", keyword: "pattern", params: { pattern: "^[.\\-_/#A-Za-z0-9]{1,512}$" }, message: 'must match pattern "^[.\\-_/#A-Za-z0-9]{1,512}$"', schema: "^[.\\-_/#A-Za-z0-9]{1,512}$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups.items, data: data133 };
                                    vErrors === null ? vErrors = [err364] : vErrors.push(err364), errors++;
                                  }
                                } else {
                                  let err365 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/log_groups/" + i56, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups.items, data: data133 };
                                  vErrors === null ? vErrors = [err365] : vErrors.push(err365), errors++;
                                }
                              }
                              let i57 = data132.length, j26;
                              if (i57 > 1) {
                                let indices23 = {};
                                for (; i57--; ) {
                                  let item23 = data132[i57];
                                  if (typeof item23 == "string") {
                                    if (typeof indices23[item23] == "number") {
                                      j26 = indices23[item23];
                                      let err366 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/uniqueItems", keyword: "uniqueItems", params: { i: i57, j: j26 }, message: "must NOT have duplicate items (items ## " + j26 + " and " + i57 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups, data: data132 };
                                      vErrors === null ? vErrors = [err366] : vErrors.push(err366), errors++;
                                      break;
                                    }
                                    indices23[item23] = i57;
                                  }
                                }
                              }
                            } else {
                              let err367 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/log_groups", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/log_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.log_groups, data: data132 };
                              vErrors === null ? vErrors = [err367] : vErrors.push(err367), errors++;
                            }
                          }
                          if (data128.source_arns !== void 0) {
                            let data134 = data128.source_arns;
                            if (Array.isArray(data134)) {
                              if (data134.length > 100) {
                                let err368 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns, data: data134 };
                                vErrors === null ? vErrors = [err368] : vErrors.push(err368), errors++;
                              }
                              if (data134.length < 1) {
                                let err369 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns, data: data134 };
                                vErrors === null ? vErrors = [err369] : vErrors.push(err369), errors++;
                              }
                              let len31 = data134.length;
                              for (let i58 = 0; i58 < len31; i58++) {
                                let data135 = data134[i58];
                                if (typeof data135 == "string") {
                                  if (func2(data135) > 2048) {
                                    let err370 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/source_arns/" + i58, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.items, data: data135 };
                                    vErrors === null ? vErrors = [err370] : vErrors.push(err370), errors++;
                                  }
                                  if (!pattern20.test(data135)) {
                                    let err371 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/source_arns/" + i58, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.items, data: data135 };
                                    vErrors === null ? vErrors = [err371] : vErrors.push(err371), errors++;
                                  }
                                } else {
                                  let err372 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/source_arns/" + i58, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.items, data: data135 };
                                  vErrors === null ? vErrors = [err372] : vErrors.push(err372), errors++;
                                }
                              }
                              let i59 = data134.length, j27;
                              if (i59 > 1) {
                                let indices24 = {};
                                for (; i59--; ) {
                                  let item24 = data134[i59];
                                  if (typeof item24 == "string") {
                                    if (typeof indices24[item24] == "number") {
                                      j27 = indices24[item24];
                                      let err373 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/uniqueItems", keyword: "uniqueItems", params: { i: i59, j: j27 }, message: "must NOT have duplicate items (items ## " + j27 + " and " + i59 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns, data: data134 };
                                      vErrors === null ? vErrors = [err373] : vErrors.push(err373), errors++;
                                      break;
                                    }
                                    indices24[item24] = i59;
                                  }
                                }
                              }
                            } else {
                              let err374 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/source_arns", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/source_arns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.source_arns, data: data134 };
                              vErrors === null ? vErrors = [err374] : vErrors.push(err374), errors++;
                            }
                          }
                          if (data128.role_suffix !== void 0) {
                            let data136 = data128.role_suffix;
                            if (typeof data136 == "string") {
                              if (!pattern21.test(data136)) {
                                let err375 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/role_suffix", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/role_suffix/pattern", keyword: "pattern", params: { pattern: "^[\\w+=,.@-]{1,64}$" }, message: 'must match pattern "^[\\w+=,.@-]{1,64}$"', schema: "^[\\w+=,.@-]{1,64}$", parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.role_suffix, data: data136 };
                                vErrors === null ? vErrors = [err375] : vErrors.push(err375), errors++;
                              }
                            } else {
                              let err376 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53 + "/role_suffix", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/properties/role_suffix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.role_suffix.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.properties.role_suffix, data: data136 };
                              vErrors === null ? vErrors = [err376] : vErrors.push(err376), errors++;
                            }
                          }
                        } else {
                          let err377 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services/" + i53, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.items, data: data128 };
                          vErrors === null ? vErrors = [err377] : vErrors.push(err377), errors++;
                        }
                      }
                      let i60 = data127.length, j28;
                      if (i60 > 1) {
                        outer3: for (; i60--; )
                          for (j28 = i60; j28--; )
                            if (func0(data127[i60], data127[j28])) {
                              let err378 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i60, j: j28 }, message: "must NOT have duplicate items (items ## " + j28 + " and " + i60 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services, data: data127 };
                              vErrors === null ? vErrors = [err378] : vErrors.push(err378), errors++;
                              break outer3;
                            }
                      }
                    } else {
                      let err379 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/services", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.services, data: data127 };
                      vErrors === null ? vErrors = [err379] : vErrors.push(err379), errors++;
                    }
                  }
                  if (data100.extra_statements !== void 0) {
                    let data137 = data100.extra_statements;
                    if (Array.isArray(data137)) {
                      if (data137.length < 1) {
                        let err380 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/extra_statements", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements, data: data137 };
                        vErrors === null ? vErrors = [err380] : vErrors.push(err380), errors++;
                      }
                      let len32 = data137.length;
                      for (let i61 = 0; i61 < len32; i61++) {
                        let data138 = data137[i61];
                        if (!(data138 && typeof data138 == "object" && !Array.isArray(data138))) {
                          let err381 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/extra_statements/" + i61, schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements.items, data: data138 };
                          vErrors === null ? vErrors = [err381] : vErrors.push(err381), errors++;
                        }
                      }
                    } else {
                      let err382 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy/extra_statements", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/properties/extra_statements/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else.properties.extra_statements, data: data137 };
                      vErrors === null ? vErrors = [err382] : vErrors.push(err382), errors++;
                    }
                  }
                } else {
                  let err383 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.policy.else.type, parentSchema: schema31.properties.keys.additionalProperties.properties.policy.else, data: data100 };
                  vErrors === null ? vErrors = [err383] : vErrors.push(err383), errors++;
                }
                var _valid2 = _errs245 === errors;
                valid88 = _valid2, valid88 && props2 !== !0 && (props2 = !0), ifClause2 = "else";
              }
              if (!valid88) {
                let err384 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/policy", schemaPath: "#/properties/keys/additionalProperties/properties/policy/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema', schema: schema31.properties.keys.additionalProperties.properties.policy.if, parentSchema: schema31.properties.keys.additionalProperties.properties.policy, data: data100 };
                vErrors === null ? vErrors = [err384] : vErrors.push(err384), errors++;
              }
            }
            if (data75.grants !== void 0) {
              let data139 = data75.grants;
              if (Array.isArray(data139)) {
                let len33 = data139.length;
                for (let i62 = 0; i62 < len33; i62++) {
                  let data140 = data139[i62];
                  if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
                    if (data140.name === void 0) {
                      let err385 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.keys.additionalProperties.properties.grants.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data140 };
                      vErrors === null ? vErrors = [err385] : vErrors.push(err385), errors++;
                    }
                    if (data140.grantee === void 0) {
                      let err386 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/required", keyword: "required", params: { missingProperty: "grantee" }, message: "must have required property 'grantee'", schema: schema31.properties.keys.additionalProperties.properties.grants.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data140 };
                      vErrors === null ? vErrors = [err386] : vErrors.push(err386), errors++;
                    }
                    if (data140.operations === void 0) {
                      let err387 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/required", keyword: "required", params: { missingProperty: "operations" }, message: "must have required property 'operations'", schema: schema31.properties.keys.additionalProperties.properties.grants.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data140 };
                      vErrors === null ? vErrors = [err387] : vErrors.push(err387), errors++;
                    }
                    for (let key42 in data140)
                      if (!(key42 === "name" || key42 === "grantee" || key42 === "retiring_principal" || key42 === "operations" || key42 === "encryption_context_subset" || key42 === "encryption_context_equals" || key42 === "source_arn")) {
                        let err388 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data140 };
                        vErrors === null ? vErrors = [err388] : vErrors.push(err388), errors++;
                      }
                    if (data140.name !== void 0) {
                      let data141 = data140.name;
                      if (typeof data141 == "string") {
                        if (func2(data141) > 256) {
                          let err389 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/name", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name, data: data141 };
                          vErrors === null ? vErrors = [err389] : vErrors.push(err389), errors++;
                        }
                        if (func2(data141) < 1) {
                          let err390 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/name", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name, data: data141 };
                          vErrors === null ? vErrors = [err390] : vErrors.push(err390), errors++;
                        }
                        if (!pattern53.test(data141)) {
                          let err391 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/name", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9:/_-]+$" }, message: 'must match pattern "^[a-zA-Z0-9:/_-]+$"', schema: "^[a-zA-Z0-9:/_-]+$", parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name, data: data141 };
                          vErrors === null ? vErrors = [err391] : vErrors.push(err391), errors++;
                        }
                      } else {
                        let err392 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/name", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.name, data: data141 };
                        vErrors === null ? vErrors = [err392] : vErrors.push(err392), errors++;
                      }
                    }
                    if (data140.grantee !== void 0) {
                      let data142 = data140.grantee;
                      if (typeof data142 == "string") {
                        if (func2(data142) > 2048) {
                          let err393 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/grantee/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.grantee, data: data142 };
                          vErrors === null ? vErrors = [err393] : vErrors.push(err393), errors++;
                        }
                        if (func2(data142) < 1) {
                          let err394 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/grantee/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.grantee, data: data142 };
                          vErrors === null ? vErrors = [err394] : vErrors.push(err394), errors++;
                        }
                      } else {
                        let err395 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/grantee", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/grantee/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.grantee.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.grantee, data: data142 };
                        vErrors === null ? vErrors = [err395] : vErrors.push(err395), errors++;
                      }
                    }
                    if (data140.retiring_principal !== void 0) {
                      let data143 = data140.retiring_principal;
                      if (typeof data143 == "string") {
                        if (func2(data143) > 2048) {
                          let err396 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/retiring_principal", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/retiring_principal/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.retiring_principal, data: data143 };
                          vErrors === null ? vErrors = [err396] : vErrors.push(err396), errors++;
                        }
                        if (func2(data143) < 1) {
                          let err397 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/retiring_principal", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/retiring_principal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.retiring_principal, data: data143 };
                          vErrors === null ? vErrors = [err397] : vErrors.push(err397), errors++;
                        }
                      } else {
                        let err398 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/retiring_principal", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/retiring_principal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.retiring_principal.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.retiring_principal, data: data143 };
                        vErrors === null ? vErrors = [err398] : vErrors.push(err398), errors++;
                      }
                    }
                    if (data140.operations !== void 0) {
                      let data144 = data140.operations;
                      if (Array.isArray(data144)) {
                        if (data144.length < 1) {
                          let err399 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/operations", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/operations/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations, data: data144 };
                          vErrors === null ? vErrors = [err399] : vErrors.push(err399), errors++;
                        }
                        let len34 = data144.length;
                        for (let i63 = 0; i63 < len34; i63++) {
                          let data145 = data144[i63];
                          if (!(data145 === "Decrypt" || data145 === "Encrypt" || data145 === "GenerateDataKey" || data145 === "GenerateDataKeyWithoutPlaintext" || data145 === "ReEncryptFrom" || data145 === "ReEncryptTo" || data145 === "Sign" || data145 === "Verify" || data145 === "GetPublicKey" || data145 === "CreateGrant" || data145 === "RetireGrant" || data145 === "DescribeKey" || data145 === "GenerateDataKeyPair" || data145 === "GenerateDataKeyPairWithoutPlaintext" || data145 === "GenerateMac" || data145 === "VerifyMac" || data145 === "DeriveSharedSecret")) {
                            let err400 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/operations/" + i63, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/operations/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations.items.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations.items, data: data145 };
                            vErrors === null ? vErrors = [err400] : vErrors.push(err400), errors++;
                          }
                        }
                        let i64 = data144.length, j29;
                        if (i64 > 1) {
                          outer4: for (; i64--; )
                            for (j29 = i64; j29--; )
                              if (func0(data144[i64], data144[j29])) {
                                let err401 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/operations", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/operations/uniqueItems", keyword: "uniqueItems", params: { i: i64, j: j29 }, message: "must NOT have duplicate items (items ## " + j29 + " and " + i64 + " are identical)", schema: !0, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations, data: data144 };
                                vErrors === null ? vErrors = [err401] : vErrors.push(err401), errors++;
                                break outer4;
                              }
                        }
                      } else {
                        let err402 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/operations", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/operations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.operations, data: data144 };
                        vErrors === null ? vErrors = [err402] : vErrors.push(err402), errors++;
                      }
                    }
                    if (data140.encryption_context_subset !== void 0) {
                      let data146 = data140.encryption_context_subset;
                      if (data146 && typeof data146 == "object" && !Array.isArray(data146)) {
                        if (Object.keys(data146).length > 32) {
                          let err403 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset, data: data146 };
                          vErrors === null ? vErrors = [err403] : vErrors.push(err403), errors++;
                        }
                        for (let key43 in data146) {
                          let _errs355 = errors;
                          if (typeof key43 == "string") {
                            if (func2(key43) > 256) {
                              let err404 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.propertyNames, data: key43, propertyName: key43 };
                              vErrors === null ? vErrors = [err404] : vErrors.push(err404), errors++;
                            }
                            if (func2(key43) < 1) {
                              let err405 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.propertyNames, data: key43, propertyName: key43 };
                              vErrors === null ? vErrors = [err405] : vErrors.push(err405), errors++;
                            }
                          }
                          var valid148 = _errs355 === errors;
                          if (!valid148) {
                            let err406 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/propertyNames", keyword: "propertyNames", params: { propertyName: key43 }, message: "property name must be valid", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.propertyNames, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset, data: data146 };
                            vErrors === null ? vErrors = [err406] : vErrors.push(err406), errors++;
                          }
                        }
                        for (let key44 in data146) {
                          let data147 = data146[key44];
                          if (typeof data147 == "string") {
                            if (func2(data147) > 256) {
                              let err407 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_subset/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.additionalProperties, data: data147 };
                              vErrors === null ? vErrors = [err407] : vErrors.push(err407), errors++;
                            }
                          } else {
                            let err408 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_subset/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.additionalProperties, data: data147 };
                            vErrors === null ? vErrors = [err408] : vErrors.push(err408), errors++;
                          }
                        }
                      } else {
                        let err409 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_subset", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_subset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_subset, data: data146 };
                        vErrors === null ? vErrors = [err409] : vErrors.push(err409), errors++;
                      }
                    }
                    if (data140.encryption_context_equals !== void 0) {
                      let data148 = data140.encryption_context_equals;
                      if (data148 && typeof data148 == "object" && !Array.isArray(data148)) {
                        if (Object.keys(data148).length > 32) {
                          let err410 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals, data: data148 };
                          vErrors === null ? vErrors = [err410] : vErrors.push(err410), errors++;
                        }
                        for (let key45 in data148) {
                          let _errs361 = errors;
                          if (typeof key45 == "string") {
                            if (func2(key45) > 256) {
                              let err411 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/propertyNames/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.propertyNames, data: key45, propertyName: key45 };
                              vErrors === null ? vErrors = [err411] : vErrors.push(err411), errors++;
                            }
                            if (func2(key45) < 1) {
                              let err412 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.propertyNames, data: key45, propertyName: key45 };
                              vErrors === null ? vErrors = [err412] : vErrors.push(err412), errors++;
                            }
                          }
                          var valid150 = _errs361 === errors;
                          if (!valid150) {
                            let err413 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/propertyNames", keyword: "propertyNames", params: { propertyName: key45 }, message: "property name must be valid", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.propertyNames, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals, data: data148 };
                            vErrors === null ? vErrors = [err413] : vErrors.push(err413), errors++;
                          }
                        }
                        for (let key46 in data148) {
                          let data149 = data148[key46];
                          if (typeof data149 == "string") {
                            if (func2(data149) > 256) {
                              let err414 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_equals/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.additionalProperties, data: data149 };
                              vErrors === null ? vErrors = [err414] : vErrors.push(err414), errors++;
                            }
                          } else {
                            let err415 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_equals/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.additionalProperties, data: data149 };
                            vErrors === null ? vErrors = [err415] : vErrors.push(err415), errors++;
                          }
                        }
                      } else {
                        let err416 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/encryption_context_equals", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/encryption_context_equals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.encryption_context_equals, data: data148 };
                        vErrors === null ? vErrors = [err416] : vErrors.push(err416), errors++;
                      }
                    }
                    if (data140.source_arn !== void 0) {
                      let data150 = data140.source_arn;
                      if (typeof data150 == "string") {
                        if (func2(data150) > 2048) {
                          let err417 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/source_arn", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/source_arn/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters", schema: 2048, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.source_arn, data: data150 };
                          vErrors === null ? vErrors = [err417] : vErrors.push(err417), errors++;
                        }
                        if (!pattern20.test(data150)) {
                          let err418 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/source_arn", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/source_arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$" }, message: 'must match pattern "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$"', schema: "^arn:aws(-cn|-us-gov|-iso|-iso-b)?:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:\\S+$", parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.source_arn, data: data150 };
                          vErrors === null ? vErrors = [err418] : vErrors.push(err418), errors++;
                        }
                      } else {
                        let err419 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62 + "/source_arn", schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/properties/source_arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.source_arn.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items.properties.source_arn, data: data150 };
                        vErrors === null ? vErrors = [err419] : vErrors.push(err419), errors++;
                      }
                    }
                  } else {
                    let err420 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants/" + i62, schemaPath: "#/properties/keys/additionalProperties/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.grants.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants.items, data: data140 };
                    vErrors === null ? vErrors = [err420] : vErrors.push(err420), errors++;
                  }
                }
              } else {
                let err421 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/grants", schemaPath: "#/properties/keys/additionalProperties/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.grants.type, parentSchema: schema31.properties.keys.additionalProperties.properties.grants, data: data139 };
                vErrors === null ? vErrors = [err421] : vErrors.push(err421), errors++;
              }
            }
            if (data75.lint_ignore !== void 0) {
              let data151 = data75.lint_ignore;
              if (Array.isArray(data151)) {
                let len35 = data151.length;
                for (let i65 = 0; i65 < len35; i65++) {
                  let data152 = data151[i65];
                  if (data152 && typeof data152 == "object" && !Array.isArray(data152)) {
                    if (data152.rule === void 0) {
                      let err422 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i65, schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items, data: data152 };
                      vErrors === null ? vErrors = [err422] : vErrors.push(err422), errors++;
                    }
                    if (data152.reason === void 0) {
                      let err423 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i65, schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.required, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items, data: data152 };
                      vErrors === null ? vErrors = [err423] : vErrors.push(err423), errors++;
                    }
                    for (let key47 in data152)
                      if (!(key47 === "rule" || key47 === "reason")) {
                        let err424 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i65, schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items, data: data152 };
                        vErrors === null ? vErrors = [err424] : vErrors.push(err424), errors++;
                      }
                    if (data152.rule !== void 0) {
                      let data153 = data152.rule;
                      if (!(data153 === "public-principal" || data153 === "no-root-backstop" || data153 === "admin-user-overlap" || data153 === "wildcard-action" || data153 === "missing-mfa-guard" || data153 === "cross-account-access" || data153 === "missing-encryption-context" || data153 === "unscoped-service-principal" || data153 === "invalid-policy" || data153 === "aws-managed-key" || data153 === "shared-key" || data153 === "rotation-disabled" || data153 === "rotation-period" || data153 === "deletion-window" || data153 === "required-tags" || data153 === "alias-naming" || data153 === "alias-environment-mismatch" || data153 === "compliance-isolation" || data153 === "policy-lockout-bypass")) {
                        let err425 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i65 + "/rule", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/properties/rule/enum", keyword: "enum", params: { allowedValues: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.rule.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.rule.enum, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.rule, data: data153 };
                        vErrors === null ? vErrors = [err425] : vErrors.push(err425), errors++;
                      }
                    }
                    if (data152.reason !== void 0) {
                      let data154 = data152.reason;
                      if (typeof data154 == "string") {
                        if (func2(data154) < 1) {
                          let err426 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i65 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.reason, data: data154 };
                          vErrors === null ? vErrors = [err426] : vErrors.push(err426), errors++;
                        }
                        if (!pattern55.test(data154)) {
                          let err427 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i65 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.reason, data: data154 };
                          vErrors === null ? vErrors = [err427] : vErrors.push(err427), errors++;
                        }
                      } else {
                        let err428 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i65 + "/reason", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.reason.type, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.properties.reason, data: data154 };
                        vErrors === null ? vErrors = [err428] : vErrors.push(err428), errors++;
                      }
                    }
                  } else {
                    let err429 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore/" + i65, schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items.type, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore.items, data: data152 };
                    vErrors === null ? vErrors = [err429] : vErrors.push(err429), errors++;
                  }
                }
              } else {
                let err430 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1") + "/lint_ignore", schemaPath: "#/properties/keys/additionalProperties/properties/lint_ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.keys.additionalProperties.properties.lint_ignore.type, parentSchema: schema31.properties.keys.additionalProperties.properties.lint_ignore, data: data151 };
                vErrors === null ? vErrors = [err430] : vErrors.push(err430), errors++;
              }
            }
          } else {
            let err431 = { instancePath: instancePath + "/keys/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.additionalProperties.type, parentSchema: schema31.properties.keys.additionalProperties, data: data75 };
            vErrors === null ? vErrors = [err431] : vErrors.push(err431), errors++;
          }
        }
      } else {
        let err432 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.keys.type, parentSchema: schema31.properties.keys, data: data74 };
        vErrors === null ? vErrors = [err432] : vErrors.push(err432), errors++;
      }
    }
  } else {
    let err433 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    vErrors === null ? vErrors = [err433] : vErrors.push(err433), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };

// core/manifest/hint-near-miss.ts
var MERGE_KEY_HINT = 'YAML merge keys (`<<:`) are written unquoted: a quoted `"<<"` is a field name, and keys have no such field';
function hintNearMiss(path, value) {
  if (typeof value != "string") return;
  if (path.findLast((segment) => !/^\d+$/.test(String(segment))) === "aliases" && !value.startsWith("alias/") && value.length <= 250)
    return `did you mean \`alias/${value.replace(/^alias:/i, "").replace(/^\/+/, "")}\`?`;
}

// core/manifest/key-only-default-hint.ts
var KEY_ONLY_FIELDS = {
  adopt: "adopts exactly one existing key",
  moved_from: "names exactly one earlier logical name",
  aliases: "an alias names exactly one key per account and Region",
  state: "is decided key by key, so that one line cannot disable or delete every key",
  bypass_policy_lockout_safety_check: "is decided key by key, so that one line cannot turn off the lockout check of every key",
  grants: "grant names are per key",
  lint_ignore: "each exception carries its own reason; use `lint.rules:` for the whole manifest",
  replicas: "lists one key's Regions"
};
function keyOnlyDefaultHint(field) {
  let why = Object.hasOwn(KEY_ONLY_FIELDS, field) ? KEY_ONLY_FIELDS[field] : void 0;
  if (why !== void 0)
    return `\`${field}\` cannot be a default (${why}): write it on each key, or share it with a YAML merge key (\`<<: *shared\`) or a \`key_templates:\` entry`;
}

// core/manifest/validate-manifest.ts
var MAX_SCHEMA_PROBLEMS = 100;
function validateManifest(loaded) {
  let validate2 = validate;
  if (validate2(loaded.data))
    return { valid: !0, manifest: loaded.data, problems: [] };
  let seen = /* @__PURE__ */ new Set(), problems = [], errors = relevantErrors(validate2.errors ?? []);
  for (let [index, error] of errors.entries()) {
    let problem = toProblem(loaded, error), id = `${problem.path}\0${problem.message}`;
    if (!seen.has(id)) {
      if (problems.length === MAX_SCHEMA_PROBLEMS) {
        problems.push({
          ...problem,
          message: `more schema errors follow (${errors.length - index} from here): only the first ${MAX_SCHEMA_PROBLEMS} are reported`,
          hint: "fix the errors above and validate again"
        });
        break;
      }
      seen.add(id), problems.push(problem);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column), { valid: !1, problems };
}
function relevantErrors(errors) {
  return errors.filter((error) => error.keyword !== "if" && error.propertyName === void 0);
}
function toProblem(loaded, error) {
  let segments = pathSegments(error.instancePath), where = segments.length === 0 ? "the manifest" : `\`${formatPath(segments)}\``, base = (message, hint, keyPath) => {
    let position = keyPath ? loaded.locateKey(keyPath) : loaded.locate(segments), pointer = keyPath ?? segments, origin = loaded.originOf?.(pointer);
    return {
      message: origin === void 0 ? message : `${message} (${origin})`,
      file: loaded.file,
      line: position.line,
      column: position.column,
      path: pointer.length === 0 ? "" : `/${pointer.map(String).join("/")}`,
      ...hint === void 0 ? {} : { hint }
    };
  }, value = valueAt(loaded.data, segments), subschema = error.parentSchema;
  switch (error.keyword) {
    case "additionalProperties": {
      let field = String(error.params.additionalProperty), allowed = Object.keys(subschema?.properties ?? {});
      if (allowed.length === 1 && allowed[0] === "document")
        return base(
          `${where} mixes \`document\` with the intent field \`${field}\``,
          "use either `document:` (a raw key policy, used as is) or the intent fields (`admins`, `users`, `via_service`, ...), not both",
          [...segments, field]
        );
      let suggestion = suggestName2(field, allowed), keyOnly = segments.length === 1 && segments[0] === "defaults", hint = field === "<<" ? MERGE_KEY_HINT : keyOnly && keyOnlyDefaultHint(field) !== void 0 ? keyOnlyDefaultHint(field) : suggestion !== void 0 ? `did you mean \`${suggestion}\`?` : `allowed fields: ${allowed.map((name) => `\`${name}\``).join(", ")}`;
      return base(`unknown field \`${field}\` in ${where}`, hint, [...segments, field]);
    }
    case "required": {
      let field = String(error.params.missingProperty), description = subschema?.properties?.[field]?.description;
      return base(`${where} is missing the required field \`${field}\``, description);
    }
    case "propertyNames": {
      let name = String(error.params.propertyName), shown = name === "" ? "an empty name" : `\`${name}\``, allowed = subschema?.propertyNames?.enum;
      if (Array.isArray(allowed)) {
        let names = allowed.map(String), suggestion = suggestName2(name, names);
        return base(
          `${shown} is not a known name in ${where}`,
          suggestion !== void 0 ? `did you mean \`${suggestion}\`?` : `expected one of: ${names.join(", ")}`,
          [...segments, name]
        );
      }
      return base(
        `${shown} is not a valid name in ${where}`,
        namingHint(segments, subschema?.propertyNames?.maxLength),
        [...segments, name]
      );
    }
    case "type": {
      let expected = String(error.params.type), hint = expected === "string" && typeof value == "number" ? isAccountLike(segments) ? 'quote the account id as written, e.g. `"012345678901"`: unquoted digits are read as a number and leading zeros are lost' : `quote it: \`"${String(value)}"\` (unquoted digits are read as a number)` : subschema?.description;
      return base(`${where} must be ${article(expected)}, got ${describe(value)}`, hint);
    }
    case "enum": {
      let allowed = error.params.allowedValues.map(String), suggestion = typeof value == "string" ? suggestName2(value, allowed) : void 0, hint = suggestion !== void 0 ? `did you mean \`${suggestion}\`?` : `expected one of: ${allowed.join(", ")}`;
      return base(`${where} must be one of the allowed values, got ${describe(value)}`, hint);
    }
    case "const":
      return base(
        `${where} must be ${JSON.stringify(error.params.allowedValue)}, got ${describe(value)}`
      );
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      let range = rangeText(subschema);
      return base(`${where} must be ${range}, got ${describe(value)}`, subschema?.description);
    }
    case "pattern":
      return base(
        `${where} has an invalid format: ${describe(value)}`,
        hintNearMiss(segments, value) ?? nearestDescription(error.schemaPath)
      );
    case "minLength":
    case "maxLength":
      return base(
        `${where} must be ${lengthText(subschema)} characters long, got ${typeof value == "string" ? value.length : describe(value)}`,
        subschema?.description
      );
    case "minItems":
      return base(
        `${where} must list at least ${String(error.params.limit)} item${error.params.limit === 1 ? "" : "s"}`,
        subschema?.description
      );
    case "maxProperties":
      return base(
        `${where} has ${Object.keys(value).length} entries, over the limit of ${String(error.params.limit)}`,
        subschema?.description
      );
    case "minProperties":
      return base(
        `${where} must have at least ${String(error.params.limit)} entr${error.params.limit === 1 ? "y" : "ies"}`,
        subschema?.description
      );
    case "uniqueItems": {
      let j = Number(error.params.j);
      return base(
        `${where} lists ${describe(value[j])} more than once`,
        "remove the duplicate entry"
      );
    }
    default:
      return base(`${where} ${error.message ?? "is invalid"}`, subschema?.description);
  }
}
function nearestDescription(schemaPath) {
  let node = kms_schema_default, found;
  for (let segment of schemaPath.replace(/^#\//, "").split("/")) {
    if (node === null || typeof node != "object") break;
    let description = node.description;
    description !== void 0 && (found = description), node = node[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return found;
}
function pathSegments(instancePath) {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAt(data, segments) {
  let current = data;
  for (let segment of segments) {
    if (current === null || typeof current != "object") return;
    current = current[segment];
  }
  return current;
}
function suggestName2(input, allowed) {
  if (allowed.length === 0 || input === "") return;
  let lower = input.toLowerCase(), normalized = lower.replace(/[-\s]/g, "_"), exact = allowed.find((name) => {
    let candidate = name.toLowerCase();
    return candidate === lower || candidate === normalized;
  });
  if (exact !== void 0) return exact;
  let prefixed = allowed.filter((name) => name.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  let suggestion = (0, import_fastest_levenshtein3.closest)(input, [...allowed]);
  return isCloseEnough(input, suggestion) ? suggestion : void 0;
}
function isCloseEnough(input, suggestion) {
  let a = input.toLowerCase(), b = suggestion.toLowerCase();
  return b.includes(a) || a.includes(b) ? !0 : (0, import_fastest_levenshtein3.distance)(a, b) <= Math.max(2, Math.floor(b.length / 3));
}
function describe(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value == "object") return "a mapping";
  if (typeof value == "number" && !Number.isFinite(value))
    return Number.isNaN(value) ? "not-a-number (`.nan`)" : "infinity (`.inf`)";
  let text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function article(type) {
  switch (type) {
    case "object":
      return "a mapping";
    case "array":
      return "a list";
    case "integer":
      return "a whole number";
    case "boolean":
      return "true or false";
    default:
      return `a ${type}`;
  }
}
function rangeText(schemaNode) {
  let { minimum, maximum } = schemaNode ?? {};
  return minimum !== void 0 && maximum !== void 0 ? `between ${minimum} and ${maximum}` : minimum !== void 0 ? `at least ${minimum}` : maximum !== void 0 ? `at most ${maximum}` : "in range";
}
function lengthText(schemaNode) {
  let { minLength, maxLength } = schemaNode ?? {};
  return minLength !== void 0 && maxLength !== void 0 ? `${minLength} to ${maxLength}` : minLength !== void 0 ? `at least ${minLength}` : `at most ${maxLength ?? 0}`;
}
function isAccountLike(segments) {
  return segments[0] === "accounts" || segments.at(-1) === "account";
}
function namingHint(segments, maxLength) {
  return segments.at(-1) === "tags" ? "tag keys are 1..128 letters, digits, spaces and `_.:/=+-@`; `aws:` and `kms-action:` are reserved" : `names start with a letter or digit and contain only letters, digits, \`_\`, \`.\` and \`-\`${maxLength === void 0 ? "" : `, at most ${maxLength} characters`}`;
}
function formatPath(segments) {
  return segments.map((segment, index) => {
    if (/^\d+$/.test(segment) && index > 0) return `[${segment}]`;
    let name = segment === "" ? '""' : segment;
    return index === 0 ? name : `.${name}`;
  }).join("");
}

// core/manifest/read-manifest.ts
function readManifest(file, content, options) {
  let loaded;
  try {
    loaded = expandKeyTemplates(loadManifest(file, content));
  } catch (error) {
    if (error instanceof ManifestError) return { ok: !1, problems: [...error.problems] };
    throw error;
  }
  let validation = validateManifest(loaded);
  if (!validation.valid) return { ok: !1, problems: validation.problems };
  let compiled = compileDesiredState(loaded, validation.manifest, options);
  return compiled.ok ? { ok: !0, loaded, manifest: validation.manifest, desired: compiled.desired } : compiled.lintable === void 0 ? { ok: !1, problems: compiled.problems } : { ok: !1, problems: compiled.problems, lintable: compiled.lintable };
}

// core/lint/compare-key-labels.ts
var STRICTEST = "until it is merged, the key is linted as strictly as the strictest environment the base branch defines, and at least as production";
function compareKeyLabels(base, change) {
  let known = /* @__PURE__ */ new Set([
    void 0,
    ...Object.keys(base.lint.environments),
    ...base.keys.map((key) => key.environment)
  ]), byName = new Map(base.keys.map((key) => [key.name, key])), byAdopt = new Map(
    base.keys.flatMap(
      (key) => key.adopt === void 0 ? [] : [[key.adopt.toLowerCase(), key]]
    )
  );
  return { keys: change.keys.map((key) => {
    let before = byName.get(key.name) ?? (key.movedFrom === void 0 ? void 0 : byName.get(key.movedFrom)) ?? byAdopt.get(key.adopt?.toLowerCase() ?? ""), unknown = !known.has(key.environment), notes = [], environmentPath = keyOrDefaultsPath(change, key.name, ["environment"]);
    return before === void 0 ? key.adopt !== void 0 ? (notes.push({
      path: ["keys", key.name, "adopt"],
      message: `this change adopts an existing key as \`${key.name}\`, which the base branch does not manage; ${STRICTEST}`
    }), { key, lintAs: [key.environment], atStrictest: !0, notes }) : unknown ? (notes.push({
      path: environmentPath,
      message: `key \`${key.name}\` is new in this change with environment ${label(key.environment)}, which the base branch does not know; ${STRICTEST}`
    }), { key, lintAs: [key.environment], atStrictest: !0, notes }) : { key, lintAs: [key.environment], atStrictest: !1, notes } : (before.environment !== key.environment && notes.push({
      path: environmentPath,
      message: unknown ? `this change relabels key \`${key.name}\` from environment ${label(before.environment)} to ${label(key.environment)}, which the base branch does not know; ${STRICTEST}` : `this change relabels key \`${key.name}\` from environment ${label(before.environment)} to ${label(key.environment)}; until it is merged, the key is linted with the stricter severities of both`
    }), before.compliance !== key.compliance && notes.push({
      path: keyOrDefaultsPath(change, key.name, ["compliance"]),
      message: `this change relabels key \`${key.name}\` from compliance domain ${label(before.compliance)} to ${label(key.compliance)}; the rules that read it (\`compliance-isolation\`, \`required-tags\`) judge the new domain, so the relabelling needs its own review`
    }), { key, lintAs: [key.environment, before.environment], atStrictest: unknown, notes });
  }), strictest: [...known, "production"] };
}
function label(value) {
  return value === void 0 ? "none" : `\`${value}\``;
}

// core/lint/types.ts
var LINT_CONFIG_CHANGE_RULE = "lint-config-change", RULES_DOC_URL = "https://github.com/kms-action/kms-action/blob/main/docs/rules.md";
function ruleHelpUri(id) {
  return `${RULES_DOC_URL}#${id}`;
}

// core/lint/compare-lint-config.ts
var lintConfigChange = {
  id: LINT_CONFIG_CHANGE_RULE,
  defaultSeverity: "warning",
  summary: "The change relaxes a lint rule, adds a suppression or relabels a key's environment or compliance; the base branch settings still apply.",
  rationale: "On a pull request, severities and suppressions come from the base branch's manifest, not from the change: otherwise a change could turn off the rule it breaks and approve itself, or move a production key to an environment linted more leniently. Tightening applies at once; relaxing a rule, adding a `lint_ignore` or changing a key's `environment` or `compliance` shows up as this finding and takes effect only once merged, so reviewers see and own the decision.",
  help: "have the lint configuration change or the relabelling reviewed on its own (a maintainer approves it, or it lands in a separate pull request first), or revert it",
  practice: {
    title: "The key policy is the source of truth (SPEC section 1): changes are reviewed, not self-approved",
    url: "https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches"
  }
}, EMPTY_CONFIG = { rules: {}, environments: {}, suppressions: {} };
function compareLintConfig(base, change) {
  let before = base === void 0 ? EMPTY_CONFIG : lintConfigOf(base), after = lintConfigOf(change), findings = [], report = (path, message, key) => {
    let position = change.locate(path);
    findings.push({
      rule: lintConfigChange.id,
      severity: lintConfigChange.defaultSeverity,
      message,
      file: change.file,
      line: position.line,
      column: position.column,
      ...key === void 0 ? {} : { key },
      help: lintConfigChange.help
    });
  }, environments = [
    .../* @__PURE__ */ new Set([
      ...Object.keys(before.environments),
      ...Object.keys(after.environments),
      ...[...base?.keys ?? [], ...change.keys].flatMap(
        (key) => key.environment === void 0 ? [] : [key.environment]
      )
    ])
  ].sort(), rules = {}, perEnvironment = {};
  for (let rule of LINT_RULES) {
    let was = resolveSeverity(rule, void 0, before), is = resolveSeverity(rule, void 0, after);
    rules[rule.id] = stricterSeverity(was, is), compareSeverity(is, was) < 0 && report(
      ["lint", "rules", rule.id],
      `this change relaxes \`${rule.id}\` from ${was} to ${is}; the base branch's ${was} applies until it is merged`
    );
    for (let environment of environments) {
      let wasHere = resolveSeverity(rule, environment, before), isHere = resolveSeverity(rule, environment, after);
      (perEnvironment[environment] ??= {})[rule.id] = stricterSeverity(wasHere, isHere), before.environments[environment]?.[rule.id] !== after.environments[environment]?.[rule.id] && compareSeverity(isHere, wasHere) < 0 && report(
        ["lint", "environments", environment, "rules", rule.id],
        `this change relaxes \`${rule.id}\` for environment \`${environment}\` from ${wasHere} to ${isHere}; the base branch's ${wasHere} applies until it is merged`
      );
    }
  }
  let merged = { rules, environments: perEnvironment }, keys = {};
  if (base !== void 0) {
    let labels = compareKeyLabels(base, change), strictest = Object.fromEntries(
      LINT_RULES.map((rule) => [
        rule.id,
        labels.strictest.map((environment) => resolveSeverity(rule, environment, merged)).reduce(stricterSeverity)
      ])
    );
    for (let { key, lintAs, atStrictest, notes } of labels.keys) {
      for (let note of notes) report(note.path, note.message, key.name);
      keys[key.name] = Object.fromEntries(
        LINT_RULES.map((rule) => [
          rule.id,
          lintAs.map((environment) => resolveSeverity(rule, environment, merged)).reduce(stricterSeverity, atStrictest ? strictest[rule.id] ?? "error" : "off")
        ])
      );
    }
  }
  let suppressions = {};
  for (let key of change.keys) {
    let kept = [];
    key.lintIgnore.forEach((entry, index) => {
      if ((before.suppressions[key.name] ?? []).some(
        (existing) => existing.rule === entry.rule
      )) {
        kept.push({ ...entry });
        return;
      }
      report(
        ["keys", key.name, "lint_ignore", index],
        `this change adds a suppression of \`${entry.rule}\` on key \`${key.name}\` ("${entry.reason}"); it applies only once merged`,
        key.name
      );
    }), kept.length > 0 && (suppressions[key.name] = kept);
  }
  return {
    config: { ...merged, keys, suppressions },
    findings: findings.sort((a, b) => a.line - b.line || a.column - b.column)
  };
}

export {
  require_dist,
  manifestTooLargeProblem,
  require_mod,
  parseKeyPolicy,
  readManifest,
  requestedKeyOf,
  buildSatisfyingRequest,
  escapeMarkdown,
  inlineCode,
  tableCode,
  codeBlock,
  escapeHtml,
  linkDestination,
  plainText,
  revealInvisible,
  resolveSeverity,
  capSeverity,
  invalidPolicy,
  LINT_RULES,
  runPolicyRules,
  runLint,
  ruleHelpUri,
  lintConfigChange,
  compareLintConfig
};
