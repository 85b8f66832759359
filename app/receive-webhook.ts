import type { Probot } from 'probot';
import type { DeliveryLog } from './create-delivery-log.ts';

/** GitHub caps webhook payloads at 25 MB and does not send larger ones. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

/** Delivery ids are GUIDs; anything much longer is not from GitHub. */
const MAX_DELIVERY_ID_LENGTH = 100;

const REQUIRED_HEADERS = ['x-github-event', 'x-github-delivery', 'x-hub-signature-256'] as const;

/** `application/json`, with parameters (`; charset=utf-8`) or not. */
export function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && /^\s*application\/json\s*(;|$)/i.test(value);
}

export interface WebhookRequest {
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

export interface WebhookResponse {
  status: number;
  body: { ok: true; duplicate?: true } | { error: string };
}

/**
 * One webhook delivery, as both entry points take it in: JSON only (415), headers present
 * (400), at most 25 MB (413), `X-Hub-Signature-256` verified against the secret (400) before
 * anything else; then a delivery already handled (same id or same signed body) is answered
 * `200` and not handled again; otherwise the app's handlers run (a handler failure is `500`,
 * details in the logs only, and the delivery is forgotten so a redelivery is handled).
 */
export async function receiveWebhook(
  probot: Probot,
  deliveries: DeliveryLog,
  request: WebhookRequest,
): Promise<WebhookResponse> {
  const { headers } = request;
  if (!isJsonContentType(headers['content-type'])) {
    return refuse(
      415,
      `Content-Type must be application/json, got '${(headers['content-type'] ?? 'none').slice(0, 80)}'`,
    );
  }
  const missing = REQUIRED_HEADERS.filter((header) => headers[header] === undefined);
  if (missing.length > 0) return refuse(400, `Required headers missing: ${missing.join(', ')}`);
  const id = headers['x-github-delivery'] ?? '';
  const name = headers['x-github-event'] ?? '';
  const signature = headers['x-hub-signature-256'] ?? '';
  if (id.length > MAX_DELIVERY_ID_LENGTH) {
    return refuse(
      400,
      `X-GitHub-Delivery must be a delivery id of at most ${MAX_DELIVERY_ID_LENGTH} characters, got ${id.length}`,
    );
  }
  const size = Buffer.byteLength(request.body);
  if (size > MAX_WEBHOOK_BYTES) {
    return refuse(
      413,
      `webhook payloads are at most ${MAX_WEBHOOK_BYTES} bytes (GitHub's limit), got ${size}`,
    );
  }

  const verified = await probot.webhooks.verify(request.body, signature).catch(() => false);
  if (!verified) {
    probot.log.warn(`webhook delivery ${id} rejected: the signature does not match`);
    return refuse(400, '[@octokit/webhooks] signature does not match event payload and secret');
  }
  if (!deliveries.claim(id, signature)) {
    probot.log.info(`webhook delivery ${id} was handled already: ignored`);
    return { status: 200, body: { ok: true, duplicate: true } };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(request.body);
  } catch {
    return refuse(400, 'Invalid JSON');
  }
  try {
    await probot.webhooks.receive({ id, name, payload } as Parameters<
      Probot['webhooks']['receive']
    >[0]);
    return { status: 200, body: { ok: true } };
  } catch (error) {
    deliveries.release(id, signature);
    const status = statusOf(error);
    if (status !== undefined && status >= 400 && status < 500) {
      probot.log.warn(`webhook delivery ${id} rejected: ${messageOf(error)}`);
      return refuse(status, messageOf(error));
    }
    probot.log.error({ err: error }, `webhook delivery ${id} failed`);
    return refuse(500, 'The webhook handler failed; see the app logs.');
  }
}

function refuse(status: number, error: string): WebhookResponse {
  return { status, body: { error } };
}

/** Like Probot's middleware: the status of the first error of the AggregateError. */
function statusOf(error: unknown): number | undefined {
  const first = error instanceof AggregateError ? (error.errors[0] as unknown) : error;
  if (typeof first === 'object' && first !== null && 'status' in first) {
    return typeof first.status === 'number' ? first.status : undefined;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  const first = error instanceof AggregateError ? (error.errors[0] as unknown) : error;
  return first instanceof Error ? first.message : String(first);
}
