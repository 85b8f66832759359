import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  createDeliveryLog,
  createProbot,
  readAppSettings,
  receiveWebhook,
  withAppSecret
} from "../chunks/chunk-VQRNTEFK.js";
import "../chunks/chunk-OT2EWRKC.js";
import {
  kmsActionApp
} from "../chunks/chunk-XNIOUIRG.js";
import "../chunks/chunk-HI5MHJYG.js";
import "../chunks/chunk-5QV43BK5.js";
import "../chunks/chunk-O6ZKYWRY.js";
import "../chunks/chunk-3QEOV4LF.js";
import "../chunks/chunk-HF65X6UC.js";
import "../chunks/chunk-KT43SEZ2.js";
import "../chunks/chunk-JV3DINU2.js";
import "../chunks/chunk-AYFF7TSP.js";
import "../chunks/chunk-KG5NXLGK.js";
import "../chunks/chunk-BIT5ZYAF.js";
import "../chunks/chunk-DW365P27.js";
import "../chunks/chunk-RY7FEIKO.js";
import "../chunks/chunk-IEWPRWQS.js";
import "../chunks/chunk-KV4KW7Z2.js";
import "../chunks/chunk-VWFXGFL7.js";
import "../chunks/chunk-RNEI2JW4.js";
import "../chunks/chunk-2ZK27IC7.js";
import "../chunks/chunk-JIONHZ52.js";
import "../chunks/chunk-Z6D3DMKJ.js";
import "../chunks/chunk-3ZXDXTXE.js";
import "../chunks/chunk-FIHFHPUY.js";
import "../chunks/chunk-YVUN5BEX.js";
import "../chunks/chunk-753JFEKN.js";
import "../chunks/chunk-GDZ64OS2.js";
import "../chunks/chunk-A4QIZG3Z.js";
import "../chunks/chunk-AIIOV6PX.js";
import "../chunks/chunk-UCAAMFPD.js";
import "../chunks/chunk-25NWGOEL.js";
import "../chunks/chunk-V6YDAHLQ.js";
import "../chunks/chunk-NBKIKN3I.js";
import "../chunks/chunk-FHJPTY4B.js";
import "../chunks/chunk-JSEXNFQO.js";
import "../chunks/chunk-NH32PBGD.js";
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
