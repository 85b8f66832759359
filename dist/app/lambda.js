import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  createDeliveryLog,
  createProbot,
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
