import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  getActionInputs,
  isDefaultBranchPush,
  modeOfEvent,
  refuseUnsupportedEvent,
  roleForMode,
  toActionContext
} from "../chunks/chunk-XOIHNBBV.js";
import "../chunks/chunk-EI2BIT7Y.js";
import "../chunks/chunk-4OQQTHGJ.js";
import "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";

// action/id-token-audience-needed.ts
function idTokenAudienceNeeded(inputs, context, env) {
  if (refuseUnsupportedEvent(context.eventName) !== void 0) return;
  let mode = inputs.mode ?? modeOfEvent(context.eventName);
  if (mode !== void 0 && !(mode === "apply" && !isDefaultBranchPush(context) && !inputs.applyOutsideDefaultBranch) && !(mode === "plan" && context.pullRequest?.fromFork === !0) && roleForMode(mode, inputs) !== void 0 && !((env.ACTIONS_ID_TOKEN_REQUEST_URL ?? "") === "" || (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? "") === ""))
    return inputs.audience;
}

// action/read-github-context.ts
function readGitHubContext(env) {
  let { existsSync, readFileSync } = process.getBuiltinModule("node:fs"), path = env.GITHUB_EVENT_PATH ?? "", parsed = path !== "" && existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : {};
  if (typeof parsed != "object" || parsed === null || Array.isArray(parsed))
    throw new TypeError(`the event payload at GITHUB_EVENT_PATH is not a JSON object: ${path}`);
  let payload = parsed;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    runId: Number.parseInt(env.GITHUB_RUN_ID ?? "", 10),
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    repo: repoOf(env.GITHUB_REPOSITORY, payload.repository),
    payload
  };
}
function repoOf(variable, repository) {
  if (variable !== void 0 && variable !== "") {
    let [owner = "", repo = ""] = variable.split("/");
    return { owner, repo };
  }
  let fromPayload = repository;
  if (typeof fromPayload?.owner?.login == "string" && typeof fromPayload.name == "string")
    return { owner: fromPayload.owner.login, repo: fromPayload.name };
  throw new TypeError(
    "context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'"
  );
}

// action/id-token-url.ts
function idTokenUrl(env, audience) {
  let base = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? "";
  return audience === "" ? base : `${base}&audience=${encodeURIComponent(audience)}`;
}

// action/request-id-token-directly.ts
var MAX_RESPONSE_BYTES = 64 * 1024, TIMEOUT_MS = 3e4;
function requestIdTokenDirectly(env, audience, signal) {
  let markSent = () => {
  }, sent = new Promise((resolve) => {
    markSent = resolve;
  }), token = new Promise((resolve, reject) => {
    let url = new URL(idTokenUrl(env, audience)), request = (url.protocol === "http:" ? process.getBuiltinModule("node:http").request : process.getBuiltinModule("node:https").request)(url, {
      method: "GET",
      headers: {
        accept: "application/json",
        authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ""}`,
        "user-agent": "actions/oidc-client"
      },
      signal,
      timeout: TIMEOUT_MS
    });
    request.on("finish", markSent), request.on("close", markSent), request.on(
      "timeout",
      () => request.destroy(new Error("the token service did not answer in time"))
    ), request.on("error", reject), request.on("response", (response) => {
      let chunks = [], bytes = 0;
      response.on("data", (chunk) => {
        bytes += chunk.length, bytes > MAX_RESPONSE_BYTES ? request.destroy(new Error("the token answer is too large")) : chunks.push(chunk);
      }), response.on("error", reject), response.on("end", () => {
        if (response.statusCode !== 200) {
          reject(new Error(`the token service answered HTTP ${String(response.statusCode)}`));
          return;
        }
        try {
          let value = JSON.parse(Buffer.concat(chunks).toString("utf8"))?.value;
          typeof value == "string" && value !== "" ? resolve(value) : reject(new Error("the token answer has no value"));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    }), request.end();
  });
  return token.catch(markSent), { token, sent };
}

// action/start-id-token-prefetch.ts
var SEND_WAIT_MS = 250, PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
function startIdTokenPrefetch(env, loadToolkit = () => import("../chunks/core-BKH4KUSE.js")) {
  let audience;
  try {
    audience = idTokenAudienceNeeded(
      getActionInputs((name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? ""),
      toActionContext(readGitHubContext(env), env),
      env
    );
  } catch {
    return;
  }
  if (audience === void 0) return;
  let wanted = audience, taken = !1, takeOnce = (asked) => taken || asked !== wanted ? !1 : (taken = !0, !0);
  if (PROXY_VARIABLES.some((name) => (env[name] ?? "") !== "")) {
    let toolkit = loadToolkit(), token2 = toolkit.then((loaded) => loaded.getIDToken(wanted));
    return token2.catch(() => {
    }), {
      audience: wanted,
      take: (asked) => takeOnce(asked) ? token2 : void 0,
      release: () => {
      },
      sent: atMost(
        toolkit.then(() => new Promise((resolve) => setImmediate(resolve))),
        SEND_WAIT_MS
      )
    };
  }
  let abort = new AbortController(), { token, sent } = requestIdTokenDirectly(env, wanted, abort.signal);
  return token.catch(() => {
  }), {
    sent: atMost(sent, SEND_WAIT_MS),
    audience: wanted,
    take: (asked, toolkit) => {
      if (takeOnce(asked))
        return token.then(
          (value) => (toolkit.debug(`ID token url is ${idTokenUrl(env, wanted)}`), toolkit.setSecret(value), value),
          // The toolkit retries, follows redirects and words the error as users know it.
          () => toolkit.getIDToken(wanted)
        );
    },
    release: () => {
      taken || abort.abort();
    }
  };
}
function atMost(promise, ms) {
  return new Promise((resolve) => {
    let timer = setTimeout(resolve, ms), done = () => {
      clearTimeout(timer), resolve();
    };
    promise.then(done, done);
  });
}

// action/index.ts
var prefetch = startIdTokenPrefetch(process.env);
await prefetch?.sent;
var { limitYoungGeneration } = await import("../chunks/limit-young-generation-KDYJTNFU.js");
limitYoungGeneration();
var { runner } = await import("../chunks/runner-WGFXGBEY.js");
await runner(prefetch);
