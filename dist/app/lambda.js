import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  createDeliveryLog,
  createProbot,
  readAppSettings,
  receiveWebhook,
  withAppSecret
} from "../chunks/chunk-XMJUY2AB.js";
import "../chunks/chunk-OT2EWRKC.js";
import {
  kmsActionApp
} from "../chunks/chunk-R6IJTLCC.js";
import "../chunks/chunk-Q2BUQZOK.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-LUCPNCIP.js";
import "../chunks/chunk-WFFTM6J7.js";
import "../chunks/chunk-BG5BMS3O.js";
import "../chunks/chunk-UPHG6KVA.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-DIMZK2SM.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-EMA5YLG5.js";
import "../chunks/chunk-RY7FEIKO.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-6IY4SMLA.js";
import "../chunks/chunk-HOWIXWPJ.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-KZENSM24.js";
import "../chunks/chunk-DS725E4R.js";
import "../chunks/chunk-GDZ64OS2.js";
import "../chunks/chunk-BDFDA2XX.js";
import "../chunks/chunk-XV5LI7TW.js";
import "../chunks/chunk-M27RS3TG.js";
import "../chunks/chunk-LXNROLER.js";
import "../chunks/chunk-BZZ7VMWE.js";
import "../chunks/chunk-CPC7E7YC.js";
import "../chunks/chunk-QSB7NCUL.js";
import "../chunks/chunk-A54FERCJ.js";
import "../chunks/chunk-JSEXNFQO.js";
import "../chunks/chunk-JV3QVPE7.js";
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
