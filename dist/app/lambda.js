import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  createDeliveryLog,
  createProbot,
  readAppSettings,
  receiveWebhook,
  withAppSecret
} from "../chunks/chunk-3GYZUGI4.js";
import "../chunks/chunk-OT2EWRKC.js";
import {
  kmsActionApp
} from "../chunks/chunk-OQCQ4EBU.js";
import "../chunks/chunk-OW5UKHSU.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-Q2WFHJCO.js";
import "../chunks/chunk-U7JBKCQA.js";
import "../chunks/chunk-47L2FQQ6.js";
import "../chunks/chunk-UTZXG7NI.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-COSSWZIQ.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-O7NZLATS.js";
import "../chunks/chunk-RY7FEIKO.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-KKZZODNK.js";
import "../chunks/chunk-UGSVSN4Q.js";
import "../chunks/chunk-3G3BO3JX.js";
import "../chunks/chunk-VHSQRDKW.js";
import "../chunks/chunk-D6K7E3B7.js";
import "../chunks/chunk-GDZ64OS2.js";
import "../chunks/chunk-N7WOB3MB.js";
import "../chunks/chunk-HUXCVKPI.js";
import "../chunks/chunk-6Y5XOGPD.js";
import "../chunks/chunk-HO3EIDBU.js";
import "../chunks/chunk-LQCUPP2J.js";
import "../chunks/chunk-YVOF3DXM.js";
import "../chunks/chunk-JSEXNFQO.js";
import {
  errorMessage
} from "../chunks/chunk-OXRK6FS4.js";
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
