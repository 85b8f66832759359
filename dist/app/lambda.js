import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  createDeliveryLog,
  createProbot,
  readAppSettings,
  receiveWebhook,
  withAppSecret
} from "../chunks/chunk-RHON53QH.js";
import "../chunks/chunk-OT2EWRKC.js";
import {
  kmsActionApp
} from "../chunks/chunk-QCJW5MCW.js";
import "../chunks/chunk-SWOOKLCB.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-7UQ75XYF.js";
import "../chunks/chunk-PUUSUJO2.js";
import "../chunks/chunk-CWYRR4XO.js";
import "../chunks/chunk-UQ64QWTW.js";
import "../chunks/chunk-DCH6RVE7.js";
import "../chunks/chunk-3EQ7SXB4.js";
import "../chunks/chunk-TLVXSEWW.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-BNOJHT2F.js";
import "../chunks/chunk-JAMP4WOP.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-RBHAPDBG.js";
import "../chunks/chunk-7PDCMRVM.js";
import "../chunks/chunk-NDXQVA3D.js";
import "../chunks/chunk-ZMV3RWWW.js";
import "../chunks/chunk-S4JGLEPT.js";
import "../chunks/chunk-GDZ64OS2.js";
import "../chunks/chunk-2NWXIFTJ.js";
import "../chunks/chunk-AUAWH2WI.js";
import "../chunks/chunk-FCQEN57T.js";
import "../chunks/chunk-ST6G34OW.js";
import "../chunks/chunk-ERD5ZMZD.js";
import "../chunks/chunk-K734PVPB.js";
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
