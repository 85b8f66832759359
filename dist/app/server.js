import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  createDeliveryLog,
  createProbot,
  isJsonContentType,
  readAppSettings,
  receiveWebhook,
  withAppSecret
} from "../chunks/chunk-7MFPJJ77.js";
import "../chunks/chunk-OT2EWRKC.js";
import {
  kmsActionApp
} from "../chunks/chunk-CZEVE7F4.js";
import "../chunks/chunk-5BZOW744.js";
import "../chunks/chunk-MGOT42HD.js";
import "../chunks/chunk-F2SUTSNJ.js";
import "../chunks/chunk-HH6VCJ65.js";
import "../chunks/chunk-N5XFL46V.js";
import "../chunks/chunk-A4JPLLK3.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-GNUHT7F6.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-7J6WFNQB.js";
import "../chunks/chunk-67NWA6VW.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-P6QZPTO3.js";
import "../chunks/chunk-EFAHECC7.js";
import "../chunks/chunk-G5JIHOCA.js";
import "../chunks/chunk-TJWVZCXE.js";
import "../chunks/chunk-BDFDA2XX.js";
import "../chunks/chunk-EUYH6NZ5.js";
import "../chunks/chunk-JQODEOEG.js";
import "../chunks/chunk-LRLGX7QA.js";
import "../chunks/chunk-SRQPVIDI.js";
import "../chunks/chunk-II7W7C4Z.js";
import "../chunks/chunk-5PJNXYGC.js";
import "../chunks/chunk-A54FERCJ.js";
import "../chunks/chunk-A7NF7W6Z.js";
import "../chunks/chunk-JV3QVPE7.js";
import "../chunks/chunk-4OQQTHGJ.js";
import {
  errorMessage
} from "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-BTB2OLG5.js";

// app/create-webhook-server.ts
import { createServer } from "node:http";
function createWebhookServer(probot2, options) {
  let deliveries = options.deliveries ?? createDeliveryLog(), maxBytes = options.maxBytes ?? 26214400;
  return createServer((request, response) => {
    let path;
    try {
      path = new URL(request.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "") || "/";
    } catch {
      refuse(request, response, 400, "the request URL cannot be parsed");
      return;
    }
    if (path === "/ping" && request.method === "GET") {
      response.writeHead(200, { "content-type": "text/plain" }).end("PONG");
      return;
    }
    if (path !== options.webhookPath.replace(/\/+$/, "")) {
      refuse(
        request,
        response,
        404,
        `unknown route: ${request.method ?? ""} ${path.slice(0, 100)}`
      );
      return;
    }
    if (request.method !== "POST") {
      refuse(request, response, 405, `webhooks are POSTed, got ${request.method ?? "no method"}`);
      return;
    }
    let contentType = request.headers["content-type"];
    if (!isJsonContentType(contentType)) {
      refuse(
        request,
        response,
        415,
        `Content-Type must be application/json, got '${(contentType ?? "none").slice(0, 80)}'`
      );
      return;
    }
    let declared = Number(request.headers["content-length"] ?? 0);
    if (declared > maxBytes) {
      refuse(
        request,
        response,
        413,
        `webhook payloads are at most ${maxBytes} bytes (GitHub's limit), got a Content-Length of ${declared}`
      );
      return;
    }
    let chunks = [], size = 0, refused = !1;
    request.on("data", (chunk) => {
      if (!refused) {
        if (size += chunk.length, size > maxBytes) {
          refused = !0, chunks.length = 0, refuse(
            request,
            response,
            413,
            `webhook payloads are at most ${maxBytes} bytes (GitHub's limit), got more`
          );
          return;
        }
        chunks.push(chunk);
      }
    }), request.on("error", () => {
      refused = !0, chunks.length = 0;
    }), request.on("end", () => {
      if (refused) return;
      let body = Buffer.concat(chunks).toString("utf8");
      chunks.length = 0;
      let headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(", ") : value
        ])
      );
      receiveWebhook(probot2, deliveries, { headers, body }).catch((error) => (probot2.log.error({ err: error }, "webhook intake failed"), { status: 500, body: { error: "The webhook handler failed; see the app logs." } })).then((result) => {
        response.writeHead(result.status, { "content-type": "application/json" }).end(JSON.stringify(result.body));
      });
    });
  });
}
var DISCARD_BYTES = 1024 * 1024;
function refuse(request, response, status, error) {
  let discarded = 0;
  request.removeAllListeners("data"), request.on("data", (chunk) => {
    discarded += chunk.length, discarded > DISCARD_BYTES && request.socket.destroy();
  }), request.resume(), response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error }));
}

// app/server.ts
var settings;
try {
  settings = readAppSettings(await withAppSecret(process.env));
} catch (error) {
  process.stderr.write(`kms-action app: ${errorMessage(error)}
`), process.exit(1);
}
var probot = createProbot({
  overrides: { appId: settings.appId, privateKey: settings.privateKey, secret: settings.secret }
});
await probot.load(kmsActionApp({ planner: settings.planner }));
var server = createWebhookServer(probot, { webhookPath: settings.webhookPath });
server.on("error", (error) => {
  process.stderr.write(
    `kms-action app: cannot listen on ${settings.host}:${settings.port}: ${errorMessage(error)}
`
  ), process.exit(1);
});
server.listen(settings.port, settings.host, () => {
  let address = server.address(), port = typeof address == "object" && address !== null ? address.port : settings.port;
  probot.log.info(
    `kms-action app listening on http://${settings.host}:${port}${settings.webhookPath}`
  );
});
process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
});
