import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  createDeliveryLog,
  createProbot,
  readAppSettings,
  receiveWebhook,
  withAppSecret
} from "../chunks/chunk-QWH62G6B.js";
import "../chunks/chunk-OT2EWRKC.js";
import {
  kmsActionApp
} from "../chunks/chunk-7FJC766C.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-M6NUIOBZ.js";
import "../chunks/chunk-SYSWJXOR.js";
import "../chunks/chunk-WUA73PKS.js";
import "../chunks/chunk-F4I5NE37.js";
import "../chunks/chunk-QYQBAT5I.js";
import "../chunks/chunk-AHARAJSB.js";
import "../chunks/chunk-O2GON2TM.js";
import "../chunks/chunk-3EQ7SXB4.js";
import "../chunks/chunk-NHXHU6JS.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-BYMTJQAP.js";
import "../chunks/chunk-DFQM77SO.js";
import "../chunks/chunk-6AMXRTES.js";
import "../chunks/chunk-A7NF7W6Z.js";
import {
  errorMessage
} from "../chunks/chunk-OXRK6FS4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-BTB2OLG5.js";

// app/create-lambda-handler.ts
function createLambdaHandler(probot2, deliveries = createDeliveryLog()) {
  return async (event) => {
    let headers = lowercaseKeys(event.headers ?? {});
    if (typeof event.body != "string") return respond(400, { error: "Request body missing" });
    let body = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body, response = await receiveWebhook(probot2, deliveries, { headers, body });
    return respond(response.status, response.body);
  };
}
function respond(statusCode, body) {
  return {
    statusCode,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body)
  };
}
function lowercaseKeys(headers) {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])
  );
}

// app/lambda.ts
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
var handler = createLambdaHandler(probot);
export {
  handler
};
