import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Probot } from 'probot';
import { createDeliveryLog, type DeliveryLog } from './create-delivery-log.ts';
import { MAX_WEBHOOK_BYTES, isJsonContentType, receiveWebhook } from './receive-webhook.ts';

export interface WebhookServerOptions {
  /** Where GitHub posts deliveries, e.g. `/api/github/webhooks`. */
  webhookPath: string;
  deliveries?: DeliveryLog;
  /** Default: GitHub's 25 MB cap. */
  maxBytes?: number;
}

/**
 * The app's HTTP server: `POST <webhookPath>` takes deliveries through `receiveWebhook`, and
 * `GET /ping` answers `PONG` for health checks. What costs memory is refused before it is
 * read: a body that is not JSON (415), or that is larger than 25 MB by its `Content-Length`
 * or while it streams in (413); a refused request's body is never kept, and its connection is
 * cut once it has sent 1 MiB more.
 */
export function createWebhookServer(probot: Probot, options: WebhookServerOptions): Server {
  const deliveries = options.deliveries ?? createDeliveryLog();
  const maxBytes = options.maxBytes ?? MAX_WEBHOOK_BYTES;

  return createServer((request, response) => {
    let path: string;
    try {
      path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
    } catch {
      refuse(request, response, 400, 'the request URL cannot be parsed');
      return;
    }
    if (path === '/ping' && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('PONG');
      return;
    }
    if (path !== options.webhookPath.replace(/\/+$/, '')) {
      refuse(
        request,
        response,
        404,
        `unknown route: ${request.method ?? ''} ${path.slice(0, 100)}`,
      );
      return;
    }
    if (request.method !== 'POST') {
      refuse(request, response, 405, `webhooks are POSTed, got ${request.method ?? 'no method'}`);
      return;
    }
    const contentType = request.headers['content-type'];
    if (!isJsonContentType(contentType)) {
      refuse(
        request,
        response,
        415,
        `Content-Type must be application/json, got '${(contentType ?? 'none').slice(0, 80)}'`,
      );
      return;
    }
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      refuse(
        request,
        response,
        413,
        `webhook payloads are at most ${maxBytes} bytes (GitHub's limit), got a Content-Length of ${declared}`,
      );
      return;
    }

    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        refused = true;
        chunks.length = 0;
        refuse(
          request,
          response,
          413,
          `webhook payloads are at most ${maxBytes} bytes (GitHub's limit), got more`,
        );
        return;
      }
      chunks.push(chunk);
    });
    request.on('error', () => {
      refused = true;
      chunks.length = 0;
    });
    request.on('end', () => {
      if (refused) return;
      const body = Buffer.concat(chunks).toString('utf8');
      chunks.length = 0;
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(', ') : value,
        ]),
      );
      void receiveWebhook(probot, deliveries, { headers, body })
        .catch((error: unknown) => {
          probot.log.error({ err: error }, 'webhook intake failed');
          return { status: 500, body: { error: 'The webhook handler failed; see the app logs.' } };
        })
        .then((result) => {
          response
            .writeHead(result.status, { 'content-type': 'application/json' })
            .end(JSON.stringify(result.body));
        });
    });
  });
}

/** What a refused request may still send before its connection is cut. */
const DISCARD_BYTES = 1024 * 1024;

/**
 * Answers, then discards what the client still sends (so it can read the answer rather than
 * a connection reset) and cuts the connection past `DISCARD_BYTES`: nothing is kept.
 */
function refuse(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  error: string,
): void {
  let discarded = 0;
  request.removeAllListeners('data');
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_BYTES) request.socket.destroy();
  });
  request.resume();
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
}
