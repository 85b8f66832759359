import type { Probot } from 'probot';
import { createDeliveryLog, type DeliveryLog } from './create-delivery-log.ts';
import { receiveWebhook } from './receive-webhook.ts';

/** The parts of an API Gateway (REST or HTTP API) or Lambda function URL event that matter. */
export interface LambdaHttpEvent {
  headers?: Readonly<Record<string, string | undefined>> | null;
  body?: string | null;
  isBase64Encoded?: boolean;
}

export interface LambdaHttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A Lambda handler for GitHub webhooks, for a Probot that has the app loaded: the same
 * intake as the server (`receiveWebhook`: JSON only, 25 MB, signature verified before any
 * handler runs, a delivery handled once per warm instance). It waits for the handlers:
 * Lambda freezes on return.
 */
export function createLambdaHandler(
  probot: Probot,
  deliveries: DeliveryLog = createDeliveryLog(),
): (event: LambdaHttpEvent) => Promise<LambdaHttpResult> {
  return async (event) => {
    const headers = lowercaseKeys(event.headers ?? {});
    if (typeof event.body !== 'string') return respond(400, { error: 'Request body missing' });
    const body = event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body;
    const response = await receiveWebhook(probot, deliveries, { headers, body });
    return respond(response.status, response.body);
  };
}

function respond(statusCode: number, body: object): LambdaHttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  };
}

function lowercaseKeys(
  headers: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
}
