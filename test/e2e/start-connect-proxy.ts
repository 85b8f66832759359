/**
 * A forward proxy for tests, as a corporate proxy is to the runner: it answers CONNECT (how
 * @actions/http-client tunnels through https_proxy / http_proxy) by connecting to `target`
 * on loopback whatever host was asked, and records the hosts it was asked for. A request's
 * host can then be a name that does not resolve: only the proxy can reach it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';

export interface ConnectProxy {
  url: string;
  /** `host:port` of every CONNECT, in order. */
  tunnels: string[];
  close: () => Promise<void>;
}

export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const sockets = new Set<Socket>();
  const proxy: ConnectProxy = { url: '', tunnels: [], close: () => Promise.resolve() };
  const server = createServer((_request, response) => {
    response.writeHead(405).end();
  });
  server.on('connect', (request: { url?: string }, client: Socket, head: Buffer) => {
    proxy.tunnels.push(request.url ?? '');
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  proxy.close = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => {
        resolve();
      });
    });
  return proxy;
}
