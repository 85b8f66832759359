import type { Probot } from 'probot';

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

const REQUIRED_HEADERS = ['x-github-event', 'x-github-delivery', 'x-hub-signature-256'] as const;

/**
 * A Lambda handler for GitHub webhooks, for a Probot that has the app loaded: checks the
 * delivery headers, then `probot.webhooks.verifyAndReceive`, which rejects a payload whose
 * `X-Hub-Signature-256` does not match the webhook secret before any handler runs. Answers
 * as Probot's Node middleware does: 200 handled, 400 bad request or signature, 500 handler
 * failure (details in the logs only). It waits for the handlers: Lambda freezes on return.
 */
export function createLambdaHandler(
  probot: Probot,
): (event: LambdaHttpEvent) => Promise<LambdaHttpResult> {
  return async (event) => {
    const headers = lowercaseKeys(event.headers ?? {});
    const missing = REQUIRED_HEADERS.filter((header) => headers[header] === undefined);
    if (missing.length > 0) return respond(400, `Required headers missing: ${missing.join(', ')}`);
    if (typeof event.body !== 'string') return respond(400, 'Request body missing');
    const payload = event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body;
    const id = headers['x-github-delivery'] ?? '';
    try {
      await probot.webhooks.verifyAndReceive({
        id,
        name: headers['x-github-event'] ?? '',
        signature: headers['x-hub-signature-256'] ?? '',
        payload,
      });
      return respond(200, 'ok');
    } catch (error) {
      const status = statusOf(error);
      if (status !== undefined && status >= 400 && status < 500) {
        probot.log.warn(`webhook delivery ${id} rejected: ${messageOf(error)}`);
        return respond(status, messageOf(error));
      }
      probot.log.error({ err: error }, `webhook delivery ${id} failed`);
      return respond(500, 'The webhook handler failed; see the app logs.');
    }
  };
}

function respond(statusCode: number, message: string): LambdaHttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(statusCode === 200 ? { ok: true } : { error: message }),
  };
}

function lowercaseKeys(
  headers: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
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
