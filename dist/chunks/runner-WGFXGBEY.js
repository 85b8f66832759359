import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  selectDriftRepairs
} from "./chunk-Z7W3YESD.js";
import {
  core_exports,
  getIDToken,
  getInput,
  info,
  require_tunnel,
  require_undici,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-IYB7ZMPO.js";
import {
  isAwsGrantRevoke
} from "./chunk-75VBSE4Z.js";
import {
  digestLiveStateWithoutAwsGrants,
  identifyChange
} from "./chunk-DV5KBW3G.js";
import {
  holdBackReason
} from "./chunk-OYYC2BEA.js";
import {
  getActionInputs,
  isDefaultBranchPush,
  modeOfEvent,
  refuseUnsupportedEvent,
  roleForMode,
  runUrl,
  toActionContext
} from "./chunk-XOIHNBBV.js";
import {
  Octokit,
  paginateRest,
  restEndpointMethods,
  retry,
  throttling
} from "./chunk-OT2EWRKC.js";
import {
  GITHUB_LIMITS,
  composeGitHubBody,
  hasMarkerLine
} from "./chunk-MGOT42HD.js";
import {
  renderDriftAlarmsMarkdown,
  renderPlanMarkdown
} from "./chunk-F2SUTSNJ.js";
import "./chunk-HH6VCJ65.js";
import "./chunk-N5XFL46V.js";
import "./chunk-A4JPLLK3.js";
import {
  roleSessionsPerAccount
} from "./chunk-AYFF7TSP.js";
import "./chunk-7J6WFNQB.js";
import {
  describeChange
} from "./chunk-67NWA6VW.js";
import {
  countNoun
} from "./chunk-IEWPRWQS.js";
import {
  awsErrorName,
  toAwsAccessError
} from "./chunk-VWFXGFL7.js";
import {
  renderPlanJson
} from "./chunk-VNOEOQF6.js";
import {
  runLint
} from "./chunk-P6QZPTO3.js";
import {
  manifestTooLargeProblem,
  readManifest
} from "./chunk-EFAHECC7.js";
import "./chunk-G5JIHOCA.js";
import "./chunk-TJWVZCXE.js";
import "./chunk-BDFDA2XX.js";
import {
  reachesFailOn
} from "./chunk-EI2BIT7Y.js";
import {
  renderFindingsJson
} from "./chunk-BFVUAMJO.js";
import {
  readRegularFile
} from "./chunk-JD6MCHYC.js";
import {
  compareLintConfig
} from "./chunk-EUYH6NZ5.js";
import "./chunk-JQODEOEG.js";
import "./chunk-LRLGX7QA.js";
import "./chunk-SRQPVIDI.js";
import "./chunk-II7W7C4Z.js";
import "./chunk-5PJNXYGC.js";
import "./chunk-A54FERCJ.js";
import "./chunk-A7NF7W6Z.js";
import "./chunk-JV3QVPE7.js";
import {
  escapeMarkdown,
  inlineCode,
  linkDestination,
  plainText,
  revealInvisible,
  tableCode
} from "./chunk-4OQQTHGJ.js";
import {
  AwsAccessError,
  ManifestError,
  UsageError,
  errorMessage
} from "./chunk-OXRK6FS4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BTB2OLG5.js";

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.getProxyUrl = getProxyUrl;
    exports.checkBypass = checkBypass;
    function getProxyUrl(reqUrl) {
      let usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl))
        return;
      let proxyVar = usingSsl ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
      if (proxyVar)
        try {
          return new DecodedURL(proxyVar);
        } catch {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      else
        return;
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname)
        return !1;
      let reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost))
        return !0;
      let noProxy = process.env.no_proxy || process.env.NO_PROXY || "";
      if (!noProxy)
        return !1;
      let reqPort;
      reqUrl.port ? reqPort = Number(reqUrl.port) : reqUrl.protocol === "http:" ? reqPort = 80 : reqUrl.protocol === "https:" && (reqPort = 443);
      let upperReqHosts = [reqUrl.hostname.toUpperCase()];
      typeof reqPort == "number" && upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      for (let upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x))
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`)))
          return !0;
      return !1;
    }
    function isLoopbackAddress(host) {
      let hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base), this._decodedUsername = decodeURIComponent(super.username), this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k);
      var desc = Object.getOwnPropertyDescriptor(m, k);
      (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
        return m[k];
      } }), Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      k2 === void 0 && (k2 = k), o[k2] = m[k];
    })), __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: !0, value: v });
    }) : function(o, v) {
      o.default = v;
    }), __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        return ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) Object.prototype.hasOwnProperty.call(o2, k) && (ar[ar.length] = k);
          return ar;
        }, ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) k[i] !== "default" && __createBinding(result, mod, k[i]);
        return __setModuleDefault(result, mod), result;
      };
    })(), __awaiter2 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve) {
          resolve(value);
        });
      }
      return new (P || (P = Promise))(function(resolve, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator.throw(value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    exports.getProxyUrl = getProxyUrl;
    exports.isHttps = isHttps;
    var http = __importStar(__require("http")), https = __importStar(__require("https")), pm = __importStar(require_proxy()), tunnel = __importStar(require_tunnel()), undici_1 = require_undici(), HttpCodes;
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2.OK = 200] = "OK", HttpCodes2[HttpCodes2.MultipleChoices = 300] = "MultipleChoices", HttpCodes2[HttpCodes2.MovedPermanently = 301] = "MovedPermanently", HttpCodes2[HttpCodes2.ResourceMoved = 302] = "ResourceMoved", HttpCodes2[HttpCodes2.SeeOther = 303] = "SeeOther", HttpCodes2[HttpCodes2.NotModified = 304] = "NotModified", HttpCodes2[HttpCodes2.UseProxy = 305] = "UseProxy", HttpCodes2[HttpCodes2.SwitchProxy = 306] = "SwitchProxy", HttpCodes2[HttpCodes2.TemporaryRedirect = 307] = "TemporaryRedirect", HttpCodes2[HttpCodes2.PermanentRedirect = 308] = "PermanentRedirect", HttpCodes2[HttpCodes2.BadRequest = 400] = "BadRequest", HttpCodes2[HttpCodes2.Unauthorized = 401] = "Unauthorized", HttpCodes2[HttpCodes2.PaymentRequired = 402] = "PaymentRequired", HttpCodes2[HttpCodes2.Forbidden = 403] = "Forbidden", HttpCodes2[HttpCodes2.NotFound = 404] = "NotFound", HttpCodes2[HttpCodes2.MethodNotAllowed = 405] = "MethodNotAllowed", HttpCodes2[HttpCodes2.NotAcceptable = 406] = "NotAcceptable", HttpCodes2[HttpCodes2.ProxyAuthenticationRequired = 407] = "ProxyAuthenticationRequired", HttpCodes2[HttpCodes2.RequestTimeout = 408] = "RequestTimeout", HttpCodes2[HttpCodes2.Conflict = 409] = "Conflict", HttpCodes2[HttpCodes2.Gone = 410] = "Gone", HttpCodes2[HttpCodes2.TooManyRequests = 429] = "TooManyRequests", HttpCodes2[HttpCodes2.InternalServerError = 500] = "InternalServerError", HttpCodes2[HttpCodes2.NotImplemented = 501] = "NotImplemented", HttpCodes2[HttpCodes2.BadGateway = 502] = "BadGateway", HttpCodes2[HttpCodes2.ServiceUnavailable = 503] = "ServiceUnavailable", HttpCodes2[HttpCodes2.GatewayTimeout = 504] = "GatewayTimeout";
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2.Accept = "accept", Headers2.ContentType = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2.ApplicationJson = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      let proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ], HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ], RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"], ExponentialBackoffCeiling = 10, ExponentialBackoffTimeSlice = 5, HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message), this.name = "HttpClientError", this.statusCode = statusCode, Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter2(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            }), this.message.on("end", () => {
              resolve(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve) => __awaiter2(this, void 0, void 0, function* () {
            let chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            }), this.message.on("end", () => {
              resolve(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      return new URL(requestUrl).protocol === "https:";
    }
    var HttpClient2 = class {
      constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = !1, this._allowRedirects = !0, this._allowRedirectDowngrade = !1, this._maxRedirects = 50, this._allowRetries = !1, this._maxRetries = 1, this._keepAlive = !1, this._disposed = !1, this.userAgent = this._getUserAgentWithOrchestrationId(userAgent), this.handlers = handlers || [], this.requestOptions = requestOptions, requestOptions && (requestOptions.ignoreSslError != null && (this._ignoreSslError = requestOptions.ignoreSslError), this._socketTimeout = requestOptions.socketTimeout, requestOptions.allowRedirects != null && (this._allowRedirects = requestOptions.allowRedirects), requestOptions.allowRedirectDowngrade != null && (this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade), requestOptions.maxRedirects != null && (this._maxRedirects = Math.max(requestOptions.maxRedirects, 0)), requestOptions.keepAlive != null && (this._keepAlive = requestOptions.keepAlive), requestOptions.allowRetries != null && (this._allowRetries = requestOptions.allowRetries), requestOptions.maxRetries != null && (this._maxRetries = requestOptions.maxRetries));
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          let res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          let data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson), additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          let res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          let data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson), additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          let res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          let data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson), additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          let res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._disposed)
            throw new Error("Client has already been disposed.");
          let parsedUrl = new URL(requestUrl), info2 = this._prepareRequest(verb, parsedUrl, headers), maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1, numTries = 0, response;
          do {
            if (response = yield this.requestRaw(info2, data), response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (let handler of this.handlers)
                if (handler.canHandleAuthentication(response)) {
                  authenticationHandler = handler;
                  break;
                }
              return authenticationHandler ? authenticationHandler.handleAuthentication(this, info2, data) : response;
            }
            let redirectsRemaining = this._maxRedirects;
            for (; response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0; ) {
              let redirectUrl = response.message.headers.location;
              if (!redirectUrl)
                break;
              let parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade)
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              if (yield response.readBody(), parsedRedirectUrl.hostname !== parsedUrl.hostname)
                for (let header in headers)
                  header.toLowerCase() === "authorization" && delete headers[header];
              info2 = this._prepareRequest(verb, parsedRedirectUrl, headers), response = yield this.requestRaw(info2, data), redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode))
              return response;
            numTries += 1, numTries < maxTries && (yield response.readBody(), yield this._performExponentialBackoff(numTries));
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        this._agent && this._agent.destroy(), this._disposed = !0;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info2, data) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve, reject) => {
            function callbackForResult(err, res) {
              err ? reject(err) : res ? resolve(res) : reject(new Error("Unknown error"));
            }
            this.requestRawWithCallback(info2, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info2, data, onResult) {
        typeof data == "string" && (info2.options.headers || (info2.options.headers = {}), info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8"));
        let callbackCalled = !1;
        function handleResult(err, res) {
          callbackCalled || (callbackCalled = !0, onResult(err, res));
        }
        let req = info2.httpModule.request(info2.options, (msg) => {
          let res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        }), socket;
        req.on("socket", (sock) => {
          socket = sock;
        }), req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          socket && socket.end(), handleResult(new Error(`Request timeout: ${info2.options.path}`));
        }), req.on("error", function(err) {
          handleResult(err);
        }), data && typeof data == "string" && req.write(data, "utf8"), data && typeof data != "string" ? (data.on("close", function() {
          req.end();
        }), data.pipe(req)) : req.end();
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        let parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        let parsedUrl = new URL(serverUrl), proxyUrl = pm.getProxyUrl(parsedUrl);
        if (proxyUrl && proxyUrl.hostname)
          return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        let info2 = {};
        info2.parsedUrl = requestUrl;
        let usingSsl = info2.parsedUrl.protocol === "https:";
        info2.httpModule = usingSsl ? https : http;
        let defaultPort = usingSsl ? 443 : 80;
        if (info2.options = {}, info2.options.host = info2.parsedUrl.hostname, info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort, info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || ""), info2.options.method = method, info2.options.headers = this._mergeHeaders(headers), this.userAgent != null && (info2.options.headers["user-agent"] = this.userAgent), info2.options.agent = this._getAgent(info2.parsedUrl), this.handlers)
          for (let handler of this.handlers)
            handler.prepareRequest(info2.options);
        return info2;
      }
      _mergeHeaders(headers) {
        return this.requestOptions && this.requestOptions.headers ? Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {})) : lowercaseKeys(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          let headerValue = lowercaseKeys(this.requestOptions.headers)[header];
          headerValue && (clientHeader = typeof headerValue == "number" ? headerValue.toString() : headerValue);
        }
        let additionalValue = additionalHeaders[header];
        return additionalValue !== void 0 ? typeof additionalValue == "number" ? additionalValue.toString() : additionalValue : clientHeader !== void 0 ? clientHeader : _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          let headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
          headerValue && (typeof headerValue == "number" ? clientHeader = String(headerValue) : Array.isArray(headerValue) ? clientHeader = headerValue.join(", ") : clientHeader = headerValue);
        }
        let additionalValue = additionalHeaders[Headers.ContentType];
        return additionalValue !== void 0 ? typeof additionalValue == "number" ? String(additionalValue) : Array.isArray(additionalValue) ? additionalValue.join(", ") : additionalValue : clientHeader !== void 0 ? clientHeader : _default;
      }
      _getAgent(parsedUrl) {
        let agent, proxyUrl = pm.getProxyUrl(parsedUrl), useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy && (agent = this._proxyAgent), useProxy || (agent = this._agent), agent)
          return agent;
        let usingSsl = parsedUrl.protocol === "https:", maxSockets = 100;
        if (this.requestOptions && (maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets), proxyUrl && proxyUrl.hostname) {
          let agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          }, tunnelAgent, overHttps = proxyUrl.protocol === "https:";
          usingSsl ? tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp : tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp, agent = tunnelAgent(agentOptions), this._proxyAgent = agent;
        }
        if (!agent) {
          let options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options), this._agent = agent;
        }
        return usingSsl && this._ignoreSslError && (agent.options = Object.assign(agent.options || {}, {
          rejectUnauthorized: !1
        })), agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive && (proxyAgent = this._proxyAgentDispatcher), proxyAgent)
          return proxyAgent;
        let usingSsl = parsedUrl.protocol === "https:";
        return proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: this._keepAlive ? 1 : 0 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        })), this._proxyAgentDispatcher = proxyAgent, usingSsl && this._ignoreSslError && (proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
          rejectUnauthorized: !1
        })), proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent) {
        let baseUserAgent = userAgent || "actions/http-client", orchId = process.env.ACTIONS_ORCHESTRATION_ID;
        if (orchId) {
          let sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter2(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          let ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve) => setTimeout(() => resolve(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve, reject) => __awaiter2(this, void 0, void 0, function* () {
            let statusCode = res.message.statusCode || 0, response = {
              statusCode,
              result: null,
              headers: {}
            };
            statusCode === HttpCodes.NotFound && resolve(response);
            function dateTimeDeserializer(key, value) {
              if (typeof value == "string") {
                let a = new Date(value);
                if (!isNaN(a.valueOf()))
                  return a;
              }
              return value;
            }
            let obj, contents;
            try {
              contents = yield res.readBody(), contents && contents.length > 0 && (options && options.deserializeDates ? obj = JSON.parse(contents, dateTimeDeserializer) : obj = JSON.parse(contents), response.result = obj), response.headers = res.message.headers;
            } catch {
            }
            if (statusCode > 299) {
              let msg;
              obj && obj.message ? msg = obj.message : contents && contents.length > 0 ? msg = contents : msg = `Failed request: (${statusCode})`;
              let err = new HttpClientError(msg, statusCode);
              err.result = response.result, reject(err);
            } else
              resolve(response);
          }));
        });
      }
    };
    exports.HttpClient = HttpClient2;
    var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    if (this.payload = {}, process.env.GITHUB_EVENT_PATH)
      if (existsSync(process.env.GITHUB_EVENT_PATH))
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      else {
        let path = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
      }
    this.eventName = process.env.GITHUB_EVENT_NAME, this.sha = process.env.GITHUB_SHA, this.ref = process.env.GITHUB_REF, this.workflow = process.env.GITHUB_WORKFLOW, this.action = process.env.GITHUB_ACTION, this.actor = process.env.GITHUB_ACTOR, this.job = process.env.GITHUB_JOB, this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10), this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10), this.runId = parseInt(process.env.GITHUB_RUN_ID, 10), this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : "https://api.github.com", this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : "https://github.com", this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : "https://api.github.com/graphql";
  }
  get issue() {
    let payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      let [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository)
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib(), 1), import_undici = __toESM(require_undici(), 1), __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options) {
  if (!token && !options.auth)
    throw new Error("Parameter token or opts.auth is required");
  if (token && options.auth)
    throw new Error("Parameters token and opts.auth may not both be specified");
  return typeof options.auth == "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  return new httpClient.HttpClient().getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  return new httpClient.HttpClient().getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  let httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  return (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
}
function getApiBaseUrl() {
  return process.env.GITHUB_API_URL || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a;
  let orchId = (_a = process.env.ACTIONS_ORCHESTRATION_ID) === null || _a === void 0 ? void 0 : _a.trim();
  if (orchId) {
    let tag = `actions_orchestration_id/${orchId.replace(/[^a-z0-9_.-]/gi, "_")}`;
    return baseUserAgent?.includes(tag) ? baseUserAgent : `${baseUserAgent ? `${baseUserAgent} ` : ""}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/@actions/github/lib/utils.js
var context = new Context(), baseUrl = getApiBaseUrl(), defaults = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
}, GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults);
function getOctokitOptions(token, options) {
  let opts = Object.assign({}, options || {}), auth = getAuthString(token, opts);
  auth && (opts.auth = auth);
  let userAgent = getUserAgentWithOrchestrationId(opts.userAgent);
  return userAgent && (opts.userAgent = userAgent), opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  let GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// adapters/github/create-octokit.ts
function createOctokit(options) {
  let retries = options.retries ?? 3, log = options.log ?? (() => {
  }), onLimit = (kind) => (retryAfter, request, _octokit, count) => (log(
    `GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter} s`
  ), count < retries);
  return getOctokit(
    options.token,
    {
      ...options.baseUrl === void 0 ? {} : { baseUrl: options.baseUrl },
      ...options.fetch === void 0 ? {} : { request: { fetch: options.fetch } },
      retry: { enabled: retries > 0, retries },
      throttle: retries > 0 ? { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") } : { enabled: !1 }
    },
    retry,
    throttling
  );
}

// action/action-services.ts
var REAL_AWS = {
  prepare: async (...args) => (await new Promise((resolve) => setImmediate(resolve)), (await import("./prepare-plan-TB6IZSIW.js")).prepareAwsPlan(...args)),
  refresh: async (...args) => (await import("./prepare-plan-TB6IZSIW.js")).refreshAwsPlan(...args),
  apply: async (...args) => (await import("./apply-plan-CPMBNJF2.js")).applyPlan(...args)
};

// action/action-result.ts
function outputsOf(plan, findings, applied) {
  return {
    "plan-json": plan === void 0 ? "" : JSON.stringify(renderPlanJson(plan, renderFindingsJson(findings))),
    "has-changes": plan !== void 0 && plan.changes.length > 0 ? "true" : "false",
    findings: JSON.stringify(renderFindingsJson(findings)),
    applied: String(applied)
  };
}

// action/apply-role-of.ts
function applyRoleOf(template) {
  return (account) => template?.replace("{account}", account);
}

// adapters/github/to-github-error.ts
var GitHubApiError = class extends Error {
  name = "GitHubApiError";
  /** HTTP status, when GitHub answered. */
  status;
  constructor(message, status, options) {
    super(message, options), this.status = status;
  }
};
function toGitHubError(error, what, permission) {
  if (error instanceof GitHubApiError) return error;
  let status = statusOf(error), said = error instanceof Error ? error.message : String(error);
  return status === 403 || status === 401 ? new GitHubApiError(
    `${what} was refused (HTTP ${status}: ${said}). The github-token needs \`${permission}\`: add it to the workflow job's \`permissions:\` (pull requests from forks always get a read-only token).`,
    status,
    { cause: error }
  ) : status === 404 ? new GitHubApiError(
    `${what} failed: not found (HTTP 404: ${said}). Check the repository and that the github-token may see it (\`${permission}\`).`,
    status,
    { cause: error }
  ) : new GitHubApiError(
    `${what} failed (${status === void 0 ? said : `HTTP ${status}: ${said}`})`,
    status,
    { cause: error }
  );
}
function statusOf(error) {
  if (!(typeof error != "object" || error === null || !("status" in error)))
    return typeof error.status == "number" ? error.status : void 0;
}

// adapters/github/list-issue-comments.ts
async function listIssueComments(octokit, target) {
  try {
    return (await octokit.paginate(octokit.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100
    })).map((comment) => ({
      id: comment.id,
      body: comment.body ?? "",
      url: comment.html_url,
      login: comment.user?.login,
      updatedAt: comment.updated_at
    }));
  } catch (error) {
    throw toGitHubError(
      error,
      `listing the comments of #${target.number} in ${target.owner}/${target.repo}`,
      "pull-requests: read"
    );
  }
}

// adapters/github/find-sticky-comment.ts
async function findStickyComment(octokit, target, marker, login, listed) {
  if (login === void 0) return;
  let found = (listed ?? await listIssueComments(octokit, target)).find(
    (comment) => comment.login === login && hasMarkerLine(comment.body, marker)
  );
  return found === void 0 ? void 0 : { id: found.id, body: found.body, url: found.url, updatedAt: found.updatedAt };
}

// adapters/github/upsert-sticky-comment.ts
async function upsertStickyComment(octokit, target, marker, body, login, listed) {
  if (!hasMarkerLine(body, marker))
    throw new Error(`sticky comment body does not start with its marker ${marker}`);
  let existing = await findStickyComment(octokit, target, marker, login, listed), where = `#${target.number} in ${target.owner}/${target.repo}`;
  try {
    if (existing !== void 0) {
      let { data: data2 } = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body
      });
      return { id: data2.id, url: data2.html_url, created: !1 };
    }
    let { data } = await octokit.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body
    });
    return { id: data.id, url: data.html_url, created: !0 };
  } catch (error) {
    throw toGitHubError(
      error,
      `${existing === void 0 ? "commenting on" : "updating the comment on"} ${where}`,
      "pull-requests: write"
    );
  }
}

// core/plan/select-reviewed-changes.ts
function selectReviewedChanges(planned, options) {
  let repairs = new Set(options.repairs), { reviewed } = options, withheld = planned.filter(isAwsGrantRevoke), withheldSet = new Set(withheld), selection = {
    reviewed: [],
    repairs: [],
    heldBack: [],
    withheld: withheld.map((change) => ({ change, reason: withheldReason(change) }))
  }, changes = planned.filter((change) => !withheldSet.has(change)), unreviewed = changes.filter(
    (change) => !repairs.has(change) && (reviewed === void 0 || !reviewed.includes(change))
  ), unreviewedSet = new Set(unreviewed), heldKeys = new Set(unreviewed.map(keyScope)), dropped = reviewed?.dropped ?? 0;
  for (let change of changes)
    repairs.has(change) ? selection.repairs.push(change) : unreviewedSet.has(change) ? selection.heldBack.push({
      change,
      reason: reviewed === void 0 ? `not reviewed: ${options.noReview}` : `not in the plan reviewed on ${reviewed.source}`
    }) : heldKeys.has(keyScope(change)) ? selection.heldBack.push({
      change,
      reason: `reviewed, but another change of key ${change.key} was not: the key's changes are made together`
    }) : (unreviewed.length > 0 || dropped > 0) && change.risk !== "safe" ? selection.heldBack.push({
      change,
      reason: unreviewed.length > 0 ? `reviewed, but ${change.risk} while ${unreviewed.length === 1 ? "a change" : `${String(unreviewed.length)} changes`} of the plan ${unreviewed.length === 1 ? "was" : "were"} not reviewed: made only with the whole reviewed plan` : `reviewed, but ${change.risk} while ${dropped === 1 ? "1 reviewed change is" : `${String(dropped)} reviewed changes are`} no longer planned (the manifest changed since the review): made only with the whole reviewed plan`
    }) : selection.reviewed.push(change);
  return selection;
}
function withheldReason(change) {
  return holdBackReason(change, { allowDestructive: !0, revokeGrants: [] }) ?? "a revoke of a grant to a grantee AWS operates: the Action never makes it";
}
function keyScope(change) {
  return `${change.account}\0${change.region}\0${change.key}`;
}

// adapters/aws/assume-role-with-web-identity.ts
var STS_MAX_ATTEMPTS = 5;
function assumeRoleWithWebIdentityPerAccount(options) {
  let sts, sessionName = toSessionName(options.sessionName);
  return roleSessionsPerAccount(
    options.roleTemplate,
    options.inputName,
    async (roleArn, account) => {
      let token = await options.getIdToken();
      try {
        sts ??= (await import("./create-web-identity-sts-KZZ53XPZ.js")).createWebIdentitySts({
          region: options.region,
          maxAttempts: STS_MAX_ATTEMPTS
        });
        let credentials = (await sts({
          RoleArn: roleArn,
          RoleSessionName: sessionName,
          WebIdentityToken: token,
          DurationSeconds: options.durationSeconds ?? 3600
        })).Credentials;
        if (credentials?.AccessKeyId === void 0 || credentials.SecretAccessKey === void 0 || credentials.SessionToken === void 0)
          throw new AwsAccessError(
            `sts:AssumeRoleWithWebIdentity for ${roleArn} returned no credentials`
          );
        let result = {
          accessKeyId: credentials.AccessKeyId,
          secretAccessKey: credentials.SecretAccessKey,
          sessionToken: credentials.SessionToken,
          expiration: credentials.Expiration ?? new Date(Date.now() + (options.durationSeconds ?? 3600) * 1e3)
        };
        return options.onCredentials?.(result), result;
      } catch (error) {
        throw error instanceof AwsAccessError ? error : webIdentityError(error, { roleArn, account, token, options });
      }
    }
  );
}
function toSessionName(name) {
  let clean = name.replace(/[^\w+=,.@-]/g, "-").slice(0, 64);
  return clean.length >= 2 ? clean : `kms-action-${clean}`;
}
function webIdentityError(error, context3) {
  let { roleArn, account, token, options } = context3, failure = toAwsAccessError(error, {
    operation: "AssumeRoleWithWebIdentity",
    service: "sts",
    account,
    region: options.region,
    target: roleArn,
    endpoint: `sts.${options.region}.amazonaws.com`
  }), name = awsErrorName(error), claims = tokenClaims(token), seen = claims === void 0 ? "" : ` The token says sub '${claims.sub ?? "?"}', aud '${claims.aud ?? "?"}'.`, advice = name === "InvalidIdentityTokenException" || name === "InvalidIdentityToken" ? ` Check that account ${account} has an IAM OIDC provider for token.actions.githubusercontent.com whose audience list holds the token's aud (the \`audience\` input).` : ` Check the trust policy of ${roleArn}: it must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider with conditions on aud and sub that this workflow's token satisfies.`;
  return new AwsAccessError(
    `cannot assume ${roleArn} (${options.inputName}) for account ${account} with the GitHub OIDC token: ${failure.message}${seen}${advice}`,
    { cause: error }
  );
}
function tokenClaims(token) {
  let payload = token.split(".")[1];
  if (payload !== void 0)
    try {
      let claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")), result = {};
      return typeof claims.sub == "string" && (result.sub = claims.sub), typeof claims.aud == "string" ? result.aud = claims.aud : Array.isArray(claims.aud) && (result.aud = claims.aud.join(",")), result;
    } catch {
      return;
    }
}

// action/credentials-for-role.ts
function credentialsForRole(role, inputs, context3, services, stsRegion) {
  if (role === void 0) return () => {
  };
  let prefetched = services.getIdToken(inputs.audience);
  return prefetched.catch(() => {
  }), assumeRoleWithWebIdentityPerAccount({
    roleTemplate: role.arn,
    inputName: role.input,
    sessionName: inputs.roleSessionName ?? `kms-action-${context3.repo.repo}-${context3.runId}`,
    region: stsRegion,
    durationSeconds: inputs.roleDurationSeconds,
    getIdToken: () => {
      let token = prefetched ?? services.getIdToken(inputs.audience);
      return prefetched = void 0, token;
    },
    onCredentials: (credentials) => {
      services.setSecret(credentials.accessKeyId), services.setSecret(credentials.secretAccessKey), services.setSecret(credentials.sessionToken);
    }
  });
}
function stsRegionOf(inputs, env, firstKeyRegion) {
  return inputs.awsRegion ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? firstKeyRegion ?? "us-east-1";
}

// action/lint-manifest.ts
function lintManifest(desired, base) {
  if (base === void 0) return runLint(desired);
  let comparison = compareLintConfig(base.desired, desired);
  return [...comparison.findings, ...runLint(desired, { config: comparison.config })].sort(
    (a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)
  );
}

// action/markers.ts
function planCommentMarker(manifestPath) {
  return `<!-- kms-action:${safe(manifestPath)} -->`;
}
function applyCommentMarker(manifestPath) {
  return `<!-- kms-action-apply:${safe(manifestPath)} -->`;
}
function driftIssueMarker(manifestPath) {
  return `<!-- kms-action-drift:${safe(manifestPath)} -->`;
}
function safe(path) {
  return path.replace(/[^\w./@+=,:-]/g, (character) => encodeURIComponent(character)).replace(/--/g, "-%2D");
}

// action/plan-fingerprint.ts
import { createHash } from "node:crypto";
var MAX_LISTED_CHANGES = 1e3, PREFIX = "<!-- kms-action-fingerprint ", SUFFIX = " -->", SHA256 = /^[0-9a-f]{64}$/, COMMIT = /^[0-9a-f]{0,64}$/, SHORT_ID = /^[A-Za-z0-9_-]{22}$/, FIELDS = /* @__PURE__ */ new Set([
  "version",
  "base",
  "manifest",
  "live",
  "changes",
  "changeCount",
  "destructiveCount",
  "ids"
]);
function computeFingerprint(input) {
  let changes = actionable(input.plan.changes), fingerprint = {
    version: 3,
    base: input.base,
    manifest: input.manifestSha256,
    // Grants AWS services make come and go (EBS, per instance start): not a change of state.
    live: digestLiveStateWithoutAwsGrants(input.live),
    changes: digestChanges(changes),
    changeCount: changes.length,
    destructiveCount: changes.filter((change) => change.risk === "destructive").length
  };
  return changes.length <= MAX_LISTED_CHANGES && (fingerprint.ids = changes.map((change) => shortChangeId(identifyChange(change))).sort()), fingerprint;
}
function digestChanges(changes) {
  let lines = actionable(changes).map(identifyChange).sort();
  return createHash("sha256").update(lines.join(`
`)).digest("hex");
}
function shortChangeId(identity) {
  return Buffer.from(identity.slice(0, 32), "hex").toString("base64url");
}
function reviewedChangesOf(fingerprint, planned, source, manifestSha256) {
  let changes = actionable(planned);
  if (fingerprint.ids !== void 0) {
    let ids = new Set(fingerprint.ids), plannedIds = new Set(changes.map((change) => shortChangeId(identifyChange(change)))), dropped = fingerprint.manifest === manifestSha256 ? 0 : [...ids].filter((id) => !plannedIds.has(id)).length;
    return {
      source,
      dropped,
      includes: (change) => !isAwsGrantRevoke(change) && ids.has(shortChangeId(identifyChange(change)))
    };
  }
  let same = digestChanges(changes) === fingerprint.changes;
  return { source, dropped: 0, includes: (change) => same && !isAwsGrantRevoke(change) };
}
function actionable(changes) {
  return changes.filter((change) => !isAwsGrantRevoke(change));
}
function renderFingerprint(fingerprint) {
  let count = (n, noun) => `${String(n)} ${noun}${n === 1 ? "" : "s"}`;
  return {
    hidden: `${PREFIX}${JSON.stringify(fingerprint)}${SUFFIX}`,
    visible: `<sub>Plan fingerprint: base ${inlineCode(fingerprint.base.slice(0, 12) || "none")} \xB7 manifest sha256 ${inlineCode(fingerprint.manifest.slice(0, 12))} \xB7 live state ${inlineCode(fingerprint.live.slice(0, 12))} \xB7 ${count(fingerprint.changeCount, "change")} ${inlineCode(fingerprint.changes.slice(0, 12))}, ${String(fingerprint.destructiveCount)} destructive</sub>`
  };
}
function parseFingerprint(body) {
  let line = body.split(`
`, 2)[1]?.replace(/\r$/, "");
  if (line === void 0 || !line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) return;
  let value;
  try {
    value = JSON.parse(line.slice(PREFIX.length, line.length - SUFFIX.length));
  } catch {
    return;
  }
  if (typeof value != "object" || value === null || Array.isArray(value)) return;
  let candidate = value;
  if (Object.keys(candidate).some((field) => !FIELDS.has(field))) return;
  let { base, manifest, live, changes, changeCount, destructiveCount, ids } = candidate;
  if (candidate.version !== 3 || typeof base != "string" || !COMMIT.test(base) || typeof manifest != "string" || !SHA256.test(manifest) || typeof live != "string" || !SHA256.test(live) || typeof changes != "string" || !SHA256.test(changes) || !isCount(changeCount) || !isCount(destructiveCount) || destructiveCount > changeCount)
    return;
  let fingerprint = {
    version: 3,
    base,
    manifest,
    live,
    changes,
    changeCount,
    destructiveCount
  };
  if (ids === void 0) return changeCount > MAX_LISTED_CHANGES ? fingerprint : void 0;
  if (!(!Array.isArray(ids) || ids.length !== changeCount || changeCount > MAX_LISTED_CHANGES || !ids.every((id) => typeof id == "string" && SHORT_ID.test(id))))
    return { ...fingerprint, ids };
}
function isCount(value) {
  return typeof value == "number" && Number.isSafeInteger(value) && value >= 0;
}

// action/mask-account-ids.ts
function maskAccountIds(inputs, desired, services) {
  if (!inputs.maskAwsAccountId) return;
  let ids = /* @__PURE__ */ new Set();
  for (let role of [inputs.roleToAssume, inputs.planRoleToAssume, inputs.applyRole]) {
    let account = role?.split(":")[4];
    account !== void 0 && /^[0-9]{12}$/.test(account) && ids.add(account);
  }
  for (let key of desired?.keys ?? []) ids.add(key.account);
  for (let id of [...ids].sort()) services.setSecret(id);
}

// action/read-action-manifest.ts
import { createHash as createHash2 } from "node:crypto";
async function readActionManifest(workspace, manifest, repository) {
  let read;
  try {
    read = await readRegularFile(workspace, manifest, 1048576);
  } catch (error) {
    throw new UsageError(
      `input 'manifest': cannot read '${manifest}' in ${workspace} (${errorMessage(error)})`
    );
  }
  switch (read.kind) {
    case "missing":
      throw new UsageError(
        `input 'manifest': '${manifest}' does not exist in ${workspace}. Check out the repository first (actions/checkout) and check the path`
      );
    case "symlink":
      throw new UsageError(
        `input 'manifest' must name a regular file of the repository, reached without a symbolic link, but '${read.path}' is a symbolic link (manifest '${manifest}'): a link could point at any file on the runner. Commit the manifest itself at that path, or point 'manifest' at the file the link targets`
      );
    case "not-a-file":
      throw new UsageError(
        `input 'manifest' must name a regular file, got '${manifest}', a ${read.type}`
      );
    case "too-large":
      return {
        path: manifest,
        sha256: "",
        result: { ok: !1, problems: [manifestTooLargeProblem(manifest, read.size)] }
      };
    case "file":
      break;
  }
  let { content } = read, sha256 = createHash2("sha256").update(content).digest("hex"), result;
  try {
    result = readManifest(manifest, content, { repository, manifestPath: manifest });
  } catch (error) {
    if (error instanceof ManifestError) result = { ok: !1, problems: [...error.problems] };
    else throw error;
  }
  return { path: manifest, sha256, result };
}

// adapters/github/read-file-from-repo.ts
async function readFileFromRepo(octokit, file) {
  try {
    let data = (await octokit.rest.repos.getContent({
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
      mediaType: { format: "raw" }
    })).data;
    if (typeof data == "string") return data;
    throw new Error(`${file.path} is not a file`);
  } catch (error) {
    if (typeof error == "object" && error !== null && "status" in error && error.status === 404)
      return;
    throw toGitHubError(
      error,
      `reading ${file.path} at ${file.ref} from ${file.owner}/${file.repo}`,
      "contents: read"
    );
  }
}

// action/read-previous-manifest.ts
var NO_COMMIT = /^0+$/, COMMIT2 = /^[0-9a-f]{40,64}$/;
async function readPreviousManifest(octokit, context3, manifest, services) {
  let before = context3.before ?? "", skip = (why) => (services.log.warning(
    `${why}: no change is made as a drift repair in this run (a repair restores a state the manifest declared before the push)`
  ), null);
  if (NO_COMMIT.test(before) || !COMMIT2.test(before))
    return skip(`no previous commit of this branch is known (push event 'before': '${before}')`);
  try {
    let text = await readFileFromRepo(octokit, { ...context3.repo, path: manifest, ref: before });
    if (text === void 0) return skip(`${manifest} did not exist before this push`);
    let read = readManifest(manifest, text, {
      repository: `${context3.repo.owner}/${context3.repo.repo}`,
      manifestPath: manifest
    });
    return read.ok ? read.desired : skip(`${manifest} before this push does not compile`);
  } catch (error) {
    return skip(`cannot read ${manifest} before this push (${errorMessage(error)})`);
  }
}

// adapters/github/find-merged-pull-request.ts
async function findMergedPullRequest(octokit, repository, sha, baseRef) {
  let pulls;
  try {
    ({ data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: repository.owner,
      repo: repository.repo,
      commit_sha: sha,
      per_page: 100
    }));
  } catch (error) {
    throw toGitHubError(
      error,
      `looking up the pull request of commit ${sha} in ${repository.owner}/${repository.repo}`,
      "pull-requests: read"
    );
  }
  let merged = pulls.filter((pull2) => pull2.merged_at !== null && pull2.base.ref === baseRef), pull = merged.find((pull2) => pull2.merge_commit_sha === sha) ?? merged[0];
  return pull === void 0 ? void 0 : {
    number: pull.number,
    url: pull.html_url,
    headSha: pull.head.sha,
    baseRef: pull.base.ref,
    mergedAt: pull.merged_at ?? ""
  };
}

// adapters/github/get-token-login.ts
async function getTokenLogin(octokit) {
  let reasons = [];
  try {
    let login = (await octokit.graphql(
      "query { viewer { login } }"
    )).viewer?.login;
    if (typeof login == "string" && login !== "") return { login };
    reasons.push("GraphQL viewer returned no login");
  } catch (error) {
    reasons.push(`GraphQL viewer: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    let { data } = await octokit.rest.users.getAuthenticated();
    if (data.login !== "") return { login: data.login };
    reasons.push("GET /user returned no login");
  } catch (error) {
    reasons.push(`GET /user: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { login: void 0, reason: reasons.join("; ") };
}

// action/token-login.ts
async function tokenLogin(octokit, services) {
  let identity = await getTokenLogin(octokit);
  if (identity.login !== void 0) return identity.login;
  services.log.warning(
    `cannot tell which account the github-token posts as (${identity.reason}): earlier kms-action comments and issues are neither edited nor trusted, so a new one is posted and apply treats the plan as unreviewed. Use the workflow's GITHUB_TOKEN or a token that may read its own identity.`
  );
}

// action/read-reviewed-plan.ts
async function readReviewedPlan(octokit, context3, services, manifest) {
  let branch = context3.ref.replace(/^refs\/heads\//, ""), merged, login, comments;
  try {
    if (merged = await findMergedPullRequest(octokit, context3.repo, context3.sha, branch), merged === void 0)
      return {
        merged,
        login,
        fingerprint: void 0,
        missing: "no merged pull request brought this commit (a direct push)",
        comments
      };
    login = await tokenLogin(octokit, services);
    let target = { ...context3.repo, number: merged.number };
    comments = await listIssueComments(octokit, target);
    let comment = await findStickyComment(
      octokit,
      target,
      planCommentMarker(manifest),
      login,
      comments
    );
    if (comment === void 0)
      return {
        merged,
        login,
        fingerprint: void 0,
        missing: `pull request #${String(merged.number)} has no kms-action plan comment for this manifest`,
        comments
      };
    if (!(Date.parse(comment.updatedAt) < Date.parse(merged.mergedAt)))
      return {
        merged,
        login,
        fingerprint: void 0,
        missing: `the plan comment on pull request #${String(merged.number)} was last updated at ${comment.updatedAt || "an unknown time"}, not before the merge at ${merged.mergedAt || "an unknown time"}: no reviewer saw that plan before the merge`,
        comments
      };
    let fingerprint = parseFingerprint(comment.body);
    return fingerprint === void 0 ? {
      merged,
      login,
      fingerprint,
      missing: `the plan comment on pull request #${String(merged.number)} has no valid fingerprint on its second line (missing, malformed, or written by a kms-action before version 3, which did not list the changes)`,
      comments
    } : { merged, login, fingerprint, missing: void 0, comments };
  } catch (error) {
    let message = `cannot read the reviewed plan: ${errorMessage(error)}`;
    return services.log.warning(message), { merged, login, fingerprint: void 0, missing: message, comments };
  }
}
function describeReview(reviewed, liveDigest, manifestSha256) {
  let { merged, fingerprint } = reviewed;
  if (fingerprint === void 0 || merged === void 0)
    return `No plan was reviewed: ${reviewed.missing ?? "unknown"}.`;
  let live = fingerprint.live === liveDigest ? "the live state is unchanged since the plan reviewed" : "the live state changed since the plan reviewed", file = fingerprint.manifest === manifestSha256 ? "the manifest is the one reviewed" : "the manifest differs from the one reviewed (another change merged since?)";
  return `Pull request #${String(merged.number)}: ${live}, ${file}.`;
}

// action/render-apply-report.ts
function renderApplyReport(props) {
  let out = [
    `### kms-action apply for ${inlineCode(props.manifest)} at ${inlineCode(props.commit.slice(0, 12))}`,
    ""
  ], { result, plan } = props;
  props.refusal !== void 0 ? out.push("> [!CAUTION]", `> **Nothing was applied.** ${escapeMarkdown(props.refusal)}`, "") : result !== void 0 && (result.failed !== void 0 ? out.push(
    "> [!CAUTION]",
    `> **Apply failed** at ${inlineCode(result.failed.change.address)}: ${escapeMarkdown(result.failed.error.message)}`,
    "> Fix the cause and re-run: apply plans afresh and continues from the live state.",
    ""
  ) : result.applied.length === 0 && result.heldBack.length === 0 && (props.unreviewed ?? []).length === 0 ? out.push("\u2705 **Nothing to apply.** The live keys match the manifest.", "") : out.push(
    `\u2705 **Applied ${result.applied.length} change${result.applied.length === 1 ? "" : "s"}.**`,
    ""
  )), props.review !== void 0 && out.push(`Review check: ${escapeMarkdown(props.review)}`, "");
  let unreviewed = props.unreviewed ?? [];
  if (unreviewed.length > 0 && out.push(
    "> [!CAUTION]",
    `> **Held back: not reviewed** (${unreviewed.length === 1 ? "this change was" : `these ${String(unreviewed.length)} changes were`} not made; open a pull request so its plan shows ${unreviewed.length === 1 ? "it" : "them"}, and merge it after review):`,
    ">",
    ...unreviewed.map(
      ({ change, reason }) => `> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))} (${escapeMarkdown(reason)})`
    ),
    ""
  ), result !== void 0) {
    let repairs = new Set(props.repairs ?? []);
    list(
      out,
      "Drift repairs (made without review: they restore the state the manifest declares after an out-of-band change)",
      result.applied.filter((change) => repairs.has(change))
    ), list(
      out,
      "Applied",
      result.applied.filter((change) => !repairs.has(change))
    ), result.heldBack.length > 0 && out.push(
      "> [!WARNING]",
      "> **Held back** (destructive; applied only with `allow-destructive: true`, and a grant to a grantee AWS operates never by the Action, only when named with the CLI: `kms-action apply --allow-destructive --revoke-grant <id>`):",
      ">",
      ...result.heldBack.slice(0, MAX_HELD_BACK_LISTED).map(
        ({ change, reason }) => `> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}${isAwsGrantRevoke(change) ? ` (${escapeMarkdown(reason)})` : ""}`
      ),
      ...result.heldBack.length > MAX_HELD_BACK_LISTED ? [`> - and ${String(result.heldBack.length - MAX_HELD_BACK_LISTED)} more (see the log)`] : [],
      ""
    ), result.failed !== void 0 && list(out, "Not attempted", result.failed.notAttempted);
  }
  return plan !== void 0 && plan.changes.length + plan.problems.length > 0 && out.push(
    "<details>",
    "<summary>The plan</summary>",
    "",
    renderPlanMarkdown(plan),
    "</details>",
    ""
  ), out.join(`
`);
}
var MAX_HELD_BACK_LISTED = 50;
function list(out, title, changes) {
  changes.length !== 0 && out.push(
    `**${title}**`,
    "",
    ...changes.map(
      (change) => `- ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}`
    ),
    ""
  );
}

// core/render/render-findings-annotations.ts
var COMMANDS = {
  error: "error",
  warning: "warning",
  notice: "notice"
};
function renderFindingsAnnotations(findings) {
  return findings.map((finding) => {
    let properties = [
      `file=${escapeProperty(finding.file)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `title=${escapeProperty(plainText(`kms-action ${finding.rule}${finding.key === void 0 ? "" : ` (key ${finding.key})`}`))}`
    ].join(","), message = plainText(`${finding.message}
help: ${finding.help}`);
    return `::${COMMANDS[finding.severity]} ${properties}::${escapeData(message)}
`;
  }).join("");
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll(`
`, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

// action/write-annotations.ts
function writeAnnotations(log, findings, problems = []) {
  for (let problem of problems) {
    let hint = problem.hint === void 0 ? "" : `
hint: ${problem.hint}`;
    log.write(
      `::error file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty("kms-action: invalid manifest")}::${escapeData(plainText(`${problem.message}${hint}`))}
`
    );
  }
  let annotations = renderFindingsAnnotations(findings);
  annotations !== "" && log.write(annotations);
}

// action/apply-mode.ts
async function runApplyMode(inputs, octokit, context3, services) {
  let report = (props) => renderApplyReport({ manifest: inputs.manifest, commit: context3.sha, ...props }), refuse = (reason, plan, findings2 = []) => ({
    mode: "apply",
    outputs: outputsOf(plan, findings2, 0),
    summary: report({ plan, refusal: reason }),
    failures: [`refusing to apply: ${reason}`]
  });
  if (!isDefaultBranchPush(context3) && !inputs.applyOutsideDefaultBranch)
    return refuse(
      `mode apply runs on a push to the default branch (${context3.defaultBranch ?? "unknown"}), but this run is a '${context3.eventName}' event on ${context3.ref || "no ref"}. Use mode plan here, or set apply-outside-default-branch: true deliberately.`
    );
  let manifest = await readActionManifest(
    context3.workspace,
    inputs.manifest,
    `${context3.repo.owner}/${context3.repo.repo}`
  );
  if (!manifest.result.ok)
    return writeAnnotations(services.log, [], manifest.result.problems), refuse(
      `${inputs.manifest} is invalid (${countNoun(manifest.result.problems.length, "problem")}, see the annotations).`
    );
  let { desired } = manifest.result;
  maskAccountIds(inputs, desired, services);
  let findings = lintManifest(desired, void 0);
  if (writeAnnotations(services.log, findings), reachesFailOn(findings, inputs.failOn))
    return refuse(
      `the manifest has lint findings at or above fail-on '${inputs.failOn}' (see the annotations).`,
      void 0,
      findings
    );
  let stsRegion = stsRegionOf(inputs, services.env, desired.keys[0]?.region), role = roleForMode("apply", inputs), prepared = await services.aws.prepare(desired, {
    credentialsFor: credentialsForRole(role, inputs, context3, services, stsRegion),
    stsRegion,
    ...inputs.roleToAssume === void 0 ? {} : { applierFor: applyRoleOf(inputs.roleToAssume) }
  });
  try {
    let { plan } = prepared;
    if (plan.problems.length > 0)
      return refuse(
        `the plan has ${countNoun(plan.problems.length, "problem")}: ${plan.problems.map((problem) => `[${problem.code}] ${problem.message}`).join("; ")}`,
        plan,
        findings
      );
    let reviewedPlan = await readReviewedPlan(octokit, context3, services, inputs.manifest), { merged, login, fingerprint } = reviewedPlan, review = describeReview(
      reviewedPlan,
      digestLiveStateWithoutAwsGrants(prepared.live),
      manifest.sha256
    ), candidates = fingerprint?.manifest === manifest.sha256 ? selectDriftRepairs(desired, plan.changes) : [], repairs = candidates.length === 0 ? [] : selectDriftRepairs(
      desired,
      candidates,
      await readPreviousManifest(octokit, context3, inputs.manifest, services)
    ), selection = selectReviewedChanges(plan.changes, {
      reviewed: fingerprint === void 0 || merged === void 0 ? void 0 : reviewedChangesOf(
        fingerprint,
        plan.changes,
        `pull request #${String(merged.number)}`,
        manifest.sha256
      ),
      repairs,
      noReview: reviewedPlan.missing ?? "no plan was reviewed"
    }), making = /* @__PURE__ */ new Set([...selection.reviewed, ...selection.repairs]), toApply = plan.changes.filter((change) => making.has(change)), result;
    toApply.length === 0 ? result = { applied: [], heldBack: [] } : result = await services.aws.apply(
      { ...plan, changes: toApply },
      {
        clients: prepared.clients,
        allowDestructive: inputs.allowDestructive,
        onProgress: (event) => {
          let what = revealInvisible(
            `${event.change.address}: ${describeChange(event.change)}`
          );
          event.type === "start" ? services.log.info(`applying ${what}`) : event.type === "held-back" && services.log.warning(`held back ${what} (${event.reason})`);
        }
      }
    ), selection.withheld.length > 0 && (result = { ...result, heldBack: [...result.heldBack, ...selection.withheld] });
    let failures = [];
    if (result.failed !== void 0 && failures.push(
      `apply failed at ${result.failed.change.address}: ${result.failed.error.message}`
    ), selection.heldBack.length > 0 && failures.push(
      `${countNoun(selection.heldBack.length, "change")} held back because no reviewer saw ${selection.heldBack.length === 1 ? "it" : "them"} (or the rest of their plan): ${listSome(selection.heldBack.map(({ change }) => revealInvisible(`${change.address} ${change.action}`)))}. ${review} Open a pull request so its plan shows them (or undo the out-of-band change), and merge it after review.`
    ), result.heldBack.length > 0) {
      let aws = result.heldBack.filter(({ change }) => isAwsGrantRevoke(change)).length, others = result.heldBack.length - aws;
      services.log.warning(
        `${countNoun(result.heldBack.length, "destructive change")} held back: ${[
          aws > 0 ? `${countNoun(aws, "revoke")} of grants to grantees AWS operates, which the Action never makes (keep the grant with keep_grants, or revoke it with the CLI: kms-action apply --allow-destructive --revoke-grant <id>)` : "",
          others > 0 ? "set allow-destructive: true to make the others" : ""
        ].filter((part) => part !== "").join("; ")}`
      );
    }
    let summary2 = `${report({ plan, result, review, unreviewed: selection.heldBack, repairs: selection.repairs })}
<sub>[Workflow run](${runUrl(context3)})</sub>
`;
    if (merged !== void 0 && inputs.comment && (plan.changes.length > 0 || result.failed !== void 0)) {
      let marker = applyCommentMarker(inputs.manifest);
      try {
        await upsertStickyComment(
          octokit,
          { ...context3.repo, number: merged.number },
          marker,
          composeGitHubBody({
            marker,
            content: summary2,
            fullReport: `the [job summary](${runUrl(context3)})`,
            limit: GITHUB_LIMITS.comment
          }),
          login,
          reviewedPlan.comments
        );
      } catch (error) {
        services.log.warning(
          `cannot comment the result on #${merged.number}: ${errorMessage(error)}`
        );
      }
    }
    return {
      mode: "apply",
      outputs: outputsOf(plan, findings, result.applied.length),
      summary: summary2,
      failures
    };
  } finally {
    prepared.clients.destroy();
  }
}
function listSome(entries) {
  let shown = entries.slice(0, 20).join(", ");
  return entries.length > 20 ? `${shown} and ${entries.length - 20} more` : shown;
}

// adapters/github/sync-drift-issue.ts
var DRIFT_LABEL = "kms-drift";
async function syncDriftIssue(octokit, request) {
  let { owner, repo, marker } = request;
  if (request.body !== void 0 && !hasMarkerLine(request.body, marker))
    throw new Error(`drift issue body does not start with its marker ${marker}`);
  let existing;
  try {
    let issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: DRIFT_LABEL,
      state: "open",
      per_page: 100
    }), found = request.login === void 0 ? void 0 : issues.find(
      (issue) => issue.pull_request === void 0 && issue.user?.login === request.login && hasMarkerLine(issue.body ?? "", marker)
    );
    found !== void 0 && (existing = { number: found.number, url: found.html_url });
  } catch (error) {
    throw toGitHubError(
      error,
      `listing the ${DRIFT_LABEL} issues of ${owner}/${repo}`,
      "issues: read"
    );
  }
  try {
    if (request.body === void 0)
      return existing === void 0 ? { action: "none" } : (await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: existing.number,
        body: request.closingComment
      }), await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        state: "closed",
        state_reason: "completed"
      }), { action: "closed", ...existing });
    if (existing !== void 0)
      return await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        title: request.title,
        body: request.body
      }), { action: "updated", ...existing };
    let { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: request.title,
      body: request.body,
      labels: [DRIFT_LABEL]
    });
    return { action: "opened", number: data.number, url: data.html_url };
  } catch (error) {
    throw toGitHubError(
      error,
      existing === void 0 ? `opening a ${DRIFT_LABEL} issue in ${owner}/${repo}` : `updating drift issue #${existing.number} in ${owner}/${repo}`,
      "issues: write"
    );
  }
}

// action/render-drift-report.ts
function renderDriftReport(props) {
  let { detected, repair, remaining } = props, out = [`### KMS drift in ${inlineCode(props.manifest)}`, ""], options = { drift: !0, ...props.now === void 0 ? {} : { now: props.now } };
  return out.push(...renderDriftAlarmsMarkdown(detected, options)), detected.changes.length === 0 && detected.problems.length === 0 ? out.push("\u2705 **No drift.** The live keys match the manifest.", "") : out.push(
    `The live keys differ from the manifest (checked ${escapeMarkdown(props.checkedAt)} in [this run](${linkDestination(props.runUrl)})). Someone changed them outside this repository, or a merged change was not applied. Apply the manifest to restore it, or change the manifest to accept the live state.`,
    ""
  ), repair !== void 0 && (repair.applied.length > 0 && out.push(
    "> [!IMPORTANT]",
    "> **Repaired automatically** (`on-drift: cancel-deletion`): the manifest says these keys are enabled.",
    ">",
    ...repair.applied.map(
      (change) => `> - ${inlineCode(change.address)}: ${escapeMarkdown(describeChange(change))}`
    ),
    ""
  ), repair.failed !== void 0 && out.push(
    "> [!CAUTION]",
    `> **Repair failed** at ${inlineCode(repair.failed.change.address)}: ${escapeMarkdown(repair.failed.error.message)}`,
    ""
  )), detected.changes.length + detected.problems.length > 0 && out.push(
    "#### Drift found",
    "",
    renderPlanMarkdown(detected, { ...options, omitAlarms: !0 }),
    ""
  ), remaining !== void 0 && repair !== void 0 && out.push(
    "#### Drift left after the repairs",
    "",
    remaining.changes.length + remaining.problems.length === 0 ? "None: the live keys match the manifest again." : renderPlanMarkdown(remaining, options),
    ""
  ), out.join(`
`);
}

// action/drift-mode.ts
async function runDriftMode(inputs, octokit, context3, services, now = () => /* @__PURE__ */ new Date()) {
  let failures = [], manifest = await readActionManifest(
    context3.workspace,
    inputs.manifest,
    `${context3.repo.owner}/${context3.repo.repo}`
  );
  if (!manifest.result.ok) {
    writeAnnotations(services.log, [], manifest.result.problems);
    let reason = `${inputs.manifest} is invalid (${countNoun(manifest.result.problems.length, "problem")}, see the annotations): drift not checked`;
    return {
      mode: "drift",
      outputs: outputsOf(void 0, [], 0),
      summary: `### KMS drift in ${inlineCode(inputs.manifest)}

\u274C ${escapeMarkdown(reason)}
`,
      failures: [reason]
    };
  }
  let { desired } = manifest.result;
  maskAccountIds(inputs, desired, services);
  let repairing = inputs.onDrift === "cancel-deletion", role = roleForMode("drift", inputs), stsRegion = stsRegionOf(inputs, services.env, desired.keys[0]?.region), prepared = await services.aws.prepare(desired, {
    credentialsFor: credentialsForRole(role, inputs, context3, services, stsRegion),
    stsRegion,
    ...inputs.roleToAssume === void 0 ? {} : { applierFor: applyRoleOf(inputs.roleToAssume) }
  });
  try {
    let detected = prepared.plan, drift = detected.changes.length + detected.problems.length > 0;
    services.log.info(
      drift ? `Drift in ${inputs.manifest}: ${countNoun(detected.changes.length, "change")}, ${countNoun(detected.problems.length, "problem")}` : `No drift in ${inputs.manifest}`
    );
    let repair, remaining, repairs = repairing ? selectDriftRepairs(desired, detected.changes) : [];
    repairs.length > 0 && (repair = await services.aws.apply(
      { ...detected, changes: repairs, problems: [] },
      {
        clients: prepared.clients,
        allowDestructive: !1,
        onProgress: (event) => {
          event.type === "start" && services.log.info(
            revealInvisible(
              `repairing ${event.change.address}: ${describeChange(event.change)}`
            )
          );
        }
      }
    ), repair.failed !== void 0 && failures.push(
      `repair failed at ${repair.failed.change.address}: ${repair.failed.error.message}`
    ), remaining = (await services.aws.refresh(prepared)).plan);
    let marker = driftIssueMarker(inputs.manifest), report = renderDriftReport({
      manifest: inputs.manifest,
      detected,
      ...repair === void 0 ? {} : { repair },
      ...remaining === void 0 ? {} : { remaining },
      runUrl: runUrl(context3),
      checkedAt: now().toISOString(),
      now: now()
    });
    try {
      let issue = await syncDriftIssue(octokit, {
        ...context3.repo,
        marker,
        title: plainText(`KMS drift in ${inputs.manifest}`),
        body: drift ? composeGitHubBody({
          marker,
          content: report,
          fullReport: `the [job summary](${runUrl(context3)})`,
          limit: GITHUB_LIMITS.issueBody
        }) : void 0,
        login: await tokenLogin(octokit, services),
        closingComment: `\u2705 No drift in ${inlineCode(inputs.manifest)} any more ([run](${linkDestination(runUrl(context3))})): the live keys match the manifest.`
      });
      issue.action !== "none" && services.log.info(`Drift issue #${issue.number} ${issue.action}: ${issue.url}`);
    } catch (error) {
      failures.push(errorMessage(error));
    }
    return {
      mode: "drift",
      outputs: outputsOf(detected, [], repair?.applied.length ?? 0),
      summary: `${report}
<sub>[Workflow run](${runUrl(context3)})</sub>
`,
      failures
    };
  } finally {
    prepared.clients.destroy();
  }
}

// core/plan/add-former-scopes.ts
function addFormerScopes(desired, previous) {
  if (previous === void 0) return desired;
  let scopeOf = (account, region) => `${account}/${region}`, current = new Set(desired.keys.map((key) => scopeOf(key.account, key.region))), former = /* @__PURE__ */ new Map();
  for (let key of previous.keys) {
    let id = scopeOf(key.account, key.region);
    current.has(id) || former.set(id, { account: key.account, region: key.region });
  }
  return former.size === 0 ? desired : { ...desired, formerScopes: [...former.values()] };
}

// core/plan/without-former-scopes.ts
function withoutFormerScopes(live, desired) {
  let former = desired.formerScopes ?? [];
  if (former.length === 0) return live;
  let own = new Set(desired.keys.map((key) => `${key.account}/${key.region}`)), dropped = new Set(
    former.map(({ account, region }) => `${account}/${region}`).filter((scope) => !own.has(scope))
  ), kept = (entry) => !dropped.has(`${entry.account}/${entry.region}`);
  return {
    ...live,
    owned: live.owned.filter(kept),
    regions: live.regions.filter(kept),
    ...live.untargeted === void 0 ? {} : { untargeted: live.untargeted.filter(kept) }
  };
}

// action/manifest-links.ts
function manifestLineUrl(context3, manifestPath, sha) {
  let path = manifestPath.split("/").map(encodeURIComponent).join("/");
  return (line) => `${context3.serverUrl}/${context3.repo.owner}/${context3.repo.repo}/blob/${sha}/${path}#L${line}`;
}

// action/render-findings-markdown.ts
var SEVERITY = {
  error: "\u{1F534} error",
  warning: "\u{1F7E0} warning",
  notice: "\u{1F535} notice"
};
function renderFindingsMarkdown(findings, lineUrl) {
  if (findings.length === 0) return "";
  let rows = findings.map(
    (finding) => `| ${SEVERITY[finding.severity]} | ${tableCode(finding.rule)} | [line ${finding.line}](${linkDestination(lineUrl(finding.line))}) | ${escapeMarkdown(finding.message)}<br><sub>${escapeMarkdown(finding.help)}</sub> |`
  );
  return [
    `#### Lint findings (${findings.length})`,
    "",
    "| Severity | Rule | Where | Finding |",
    "| --- | --- | --- | --- |",
    ...rows,
    ""
  ].join(`
`);
}
function renderProblemsMarkdown(problems, lineUrl) {
  return ["| Where | Problem |", "| --- | --- |", ...problems.map((problem) => {
    let hint = problem.hint === void 0 ? "" : `<br><sub>${escapeMarkdown(problem.hint)}</sub>`;
    return `| [line ${problem.line}, column ${problem.column}](${linkDestination(lineUrl(problem.line))}) | ${escapeMarkdown(problem.message)}${hint} |`;
  }), ""].join(`
`);
}

// action/plan-mode.ts
async function runPlanMode(inputs, octokit, context3, services) {
  let failures = [], pull = context3.pullRequest, lineUrl = manifestLineUrl(context3, inputs.manifest, pull?.headSha ?? context3.sha), title = `### kms-action plan for ${inlineCode(inputs.manifest)}`, footer = `<sub>[Workflow run](${runUrl(context3)})</sub>`, deliver = async (report2, fingerprint2) => {
    let summary3 = `${report2.trimEnd()}

${footer}
`;
    if (pull === void 0 || !inputs.comment) return summary3;
    let marker = planCommentMarker(inputs.manifest), rendered = fingerprint2 === void 0 ? void 0 : renderFingerprint(fingerprint2), body = composeGitHubBody({
      marker,
      head: rendered?.hidden ?? "<!-- kms-action: no plan, no fingerprint -->",
      content: report2.trimEnd(),
      tail: rendered === void 0 ? footer : `${footer}
${rendered.visible}`,
      fullReport: `the [job summary](${runUrl(context3)})`,
      limit: GITHUB_LIMITS.comment
    });
    try {
      let comment = await upsertStickyComment(
        octokit,
        { ...context3.repo, number: pull.number },
        marker,
        body,
        await tokenLogin(octokit, services)
      );
      services.log.info(
        `${comment.created ? "Posted" : "Updated"} the plan comment: ${comment.url}`
      );
    } catch (error) {
      pull.fromFork ? services.log.warning(errorMessage(error)) : failures.push(errorMessage(error));
    }
    return summary3;
  }, manifest = await readActionManifest(
    context3.workspace,
    inputs.manifest,
    `${context3.repo.owner}/${context3.repo.repo}`
  );
  if (!manifest.result.ok) {
    let { problems } = manifest.result;
    writeAnnotations(services.log, [], problems);
    let report2 = [
      title,
      "",
      `\u274C **The manifest is invalid** (${problems.length} problem${problems.length === 1 ? "" : "s"}): nothing was planned.`,
      "",
      renderProblemsMarkdown(problems, lineUrl)
    ].join(`
`);
    return failures.push(
      `${inputs.manifest} is invalid: ${countNoun(problems.length, "problem")}, see the annotations`
    ), {
      mode: "plan",
      outputs: outputsOf(void 0, [], 0),
      summary: await deliver(report2),
      failures
    };
  }
  let { desired } = manifest.result;
  maskAccountIds(inputs, desired, services);
  let base = pull === void 0 ? void 0 : await readBaseDesired(octokit, context3, inputs, services);
  base?.desired !== void 0 && maskAccountIds(inputs, base.desired, services), base?.unreadable !== void 0 && failures.push(
    `cannot read the base branch's ${inputs.manifest} (${base.unreadable}): the keys it has in accounts and Regions this manifest no longer has keys in were not checked for orphans; run the check again`
  );
  let findings = lintManifest(desired, base);
  writeAnnotations(services.log, findings), reachesFailOn(findings, inputs.failOn) && failures.push(`lint findings at or above fail-on '${inputs.failOn}', see the annotations`);
  let findingsSection = renderFindingsMarkdown(findings, lineUrl);
  if (pull?.fromFork === !0) {
    let report2 = [
      title,
      "",
      "> [!NOTE]",
      "> This pull request comes from a fork: it gets no AWS credentials, so it was validated and linted but **not planned** against the live keys. Planning needs a maintainer's run: a maintainer can push the branch to this repository (or run the workflow for it) to get the plan.",
      "",
      `\u2705 The manifest is valid (${desired.keys.length} key${desired.keys.length === 1 ? "" : "s"}).`,
      "",
      findingsSection
    ].join(`
`);
    return {
      mode: "plan",
      outputs: outputsOf(void 0, findings, 0),
      summary: await deliver(report2),
      failures
    };
  }
  let role = roleForMode("plan", inputs), applier = applierOf(inputs, role?.input);
  applier.unchecked !== void 0 && services.log.warning(applier.unchecked);
  let plan, fingerprint;
  try {
    let stsRegion = stsRegionOf(inputs, services.env, desired.keys[0]?.region), prepared = await services.aws.prepare(addFormerScopes(desired, base?.desired), {
      credentialsFor: credentialsForRole(role, inputs, context3, services, stsRegion),
      stsRegion,
      ...applier.applierFor === void 0 ? {} : { applierFor: applier.applierFor }
    });
    prepared.clients.destroy(), plan = prepared.plan, fingerprint = computeFingerprint({
      base: pull?.baseSha ?? context3.sha,
      manifestSha256: manifest.sha256,
      // Apply reads only the manifest's own accounts and Regions: so does the digest.
      live: withoutFormerScopes(prepared.live, prepared.desired),
      plan
    });
  } catch (error) {
    let message = errorMessage(error);
    failures.push(`planning failed: ${message}`);
    let report2 = [
      title,
      "",
      `\u274C **Planning failed**: ${escapeMarkdown(message)}`,
      "",
      findingsSection
    ].join(`
`);
    return {
      mode: "plan",
      outputs: outputsOf(void 0, findings, 0),
      summary: await deliver(report2),
      failures
    };
  }
  plan.problems.length > 0 && failures.push(
    `the plan has ${countNoun(plan.problems.length, "problem")} that apply would refuse: ${plan.problems.map((problem) => problem.message).join("; ")}`
  ), services.log.info(
    `Plan for ${inputs.manifest}: ${countNoun(plan.changes.length, "change")}, ${plan.summary.byRisk.destructive} destructive, ${countNoun(plan.problems.length, "problem")}`
  );
  let report = [
    renderPlanMarkdown(plan, { now: /* @__PURE__ */ new Date() }),
    ...applier.unchecked === void 0 ? [] : [`> [!WARNING]
> ${applier.unchecked}
`],
    findingsSection
  ].join(`
`), summary2 = await deliver(report, fingerprint);
  return { mode: "plan", outputs: outputsOf(plan, findings, 0), summary: summary2, failures };
}
async function readBaseDesired(octokit, context3, inputs, services) {
  let pull = context3.pullRequest;
  if (pull === void 0 || pull.baseSha === "") return { desired: void 0 };
  try {
    let text = await readFileFromRepo(octokit, {
      ...context3.repo,
      path: inputs.manifest,
      ref: pull.baseSha
    });
    if (text === void 0) return { desired: void 0 };
    let base = readManifest(inputs.manifest, text, {
      repository: `${context3.repo.owner}/${context3.repo.repo}`,
      manifestPath: inputs.manifest
    });
    if (base.ok) return { desired: base.desired };
    services.log.warning(
      `the base branch's ${inputs.manifest} is invalid: lint severities and suppressions fall back to the built-in defaults, and keys it may have in accounts or Regions this manifest no longer has keys in are not checked for orphans`
    );
  } catch (error) {
    return services.log.warning(
      `cannot read the base branch's ${inputs.manifest} (${errorMessage(error)}): lint severities and suppressions fall back to the built-in defaults`
    ), { desired: void 0, unreadable: errorMessage(error) };
  }
  return { desired: void 0 };
}
function applierOf(inputs, planningInput) {
  let template = inputs.applyRole ?? inputs.roleToAssume;
  return template !== void 0 ? { applierFor: (account) => template.replace("{account}", account) } : planningInput !== "plan-role-to-assume" ? {} : {
    applierFor: () => {
    },
    unchecked: "This plan does not check whether the role that applies on merge may make each change (MFA guard, lockout): set the input 'apply-role' to that role (e.g. 'arn:aws:iam::{account}:role/kms-action-apply'; it is never assumed), or a change it cannot make fails only after the merge."
  };
}

// action/main.ts
async function run(inputs, octokit, context3, services) {
  let refusal = refuseUnsupportedEvent(context3.eventName);
  if (refusal !== void 0)
    return {
      mode: inputs.mode ?? "plan",
      outputs: outputsOf(void 0, [], 0),
      summary: `### kms-action

\u274C **Refused**: ${escapeMarkdown(refusal)}
`,
      failures: [refusal]
    };
  let mode = inputs.mode ?? modeOfEvent(context3.eventName);
  if (mode === void 0) {
    let reason = `cannot tell what to do on a '${context3.eventName}' event: set the input 'mode' to plan, apply or drift`;
    return { mode: "plan", outputs: outputsOf(void 0, [], 0), summary: "", failures: [reason] };
  }
  maskAccountIds(inputs, void 0, services), services.log.info(`kms-action: mode ${mode} for ${inputs.manifest} (${context3.eventName} event)`);
  try {
    switch (mode) {
      case "plan":
        return await runPlanMode(inputs, octokit, context3, services);
      case "apply":
        return await runApplyMode(inputs, octokit, context3, services);
      case "drift":
        return await runDriftMode(inputs, octokit, context3, services);
    }
  } catch (error) {
    let message = errorMessage(error);
    return {
      mode,
      outputs: outputsOf(void 0, [], 0),
      summary: `### kms-action ${mode} for ${inlineCode(inputs.manifest)}

\u274C **Failed**: ${escapeMarkdown(message)}
`,
      failures: [message]
    };
  }
}

// action/request-id-token.ts
async function requestIdToken(audience, env, getIDToken2) {
  if ((env.ACTIONS_ID_TOKEN_REQUEST_URL ?? "") === "" || (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? "") === "")
    throw new UsageError(
      "role-to-assume needs a GitHub OIDC token, but this job cannot request one: add 'permissions: id-token: write' to the job (pull requests from forks never get one; to use credentials configured by another step instead, leave role-to-assume unset)"
    );
  try {
    return await getIDToken2(audience);
  } catch (error) {
    throw new UsageError(
      `requesting a GitHub OIDC token for audience '${audience}' failed: ${errorMessage(error)}. Check 'permissions: id-token: write' on the job`,
      { cause: error }
    );
  }
}

// action/runner.ts
async function runner(prefetch) {
  try {
    let inputs = getActionInputs((name) => getInput(name)), octokit = createOctokit({
      token: inputs.githubToken,
      log: (message) => {
        info(revealInvisible(message));
      }
    }), context3 = toActionContext(context2, process.env), services = {
      log: {
        // No logged text may start a line of its own (a `::command::` the runner would obey).
        info: (message) => {
          info(revealInvisible(message));
        },
        // @actions/core escapes CR and LF in annotations; ESC and the other invisibles too.
        warning: (message) => {
          warning(revealInvisible(message));
        },
        write: (text) => process.stdout.write(text)
      },
      getIdToken: (audience) => requestIdToken(
        audience,
        process.env,
        (value) => prefetch?.take(value, core_exports) ?? getIDToken(value)
      ),
      setSecret: (secret) => {
        setSecret(secret);
      },
      env: process.env,
      aws: REAL_AWS
    }, result = await run(inputs, octokit, context3, services);
    for (let [name, value] of Object.entries(result.outputs)) setOutput(name, value);
    if (result.summary !== "" && (process.env.GITHUB_STEP_SUMMARY ?? "") !== "") {
      let summary2 = composeGitHubBody({
        content: result.summary,
        fullReport: "the `plan-json` output of this step (or run `kms-action plan` locally)",
        limit: GITHUB_LIMITS.jobSummaryBytes,
        unit: "utf8"
      });
      await summary.addRaw(summary2, !0).write();
    }
    result.failures.length > 0 && setFailed(result.failures.map((failure) => revealInvisible(failure)).join(`
`));
  } catch (error) {
    setFailed(revealInvisible(errorMessage(error)));
  } finally {
    prefetch?.release();
  }
}
export {
  runner
};
