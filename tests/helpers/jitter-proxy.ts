/**
 * A slow, uneven link to an emulator: an HTTP proxy that holds each request for a random time
 * before passing it on, as a real network does. Races that the emulator's quick, steady answers
 * would hide come out through it; nothing in the code under test changes.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface JitterProxy {
  /** host:port to point an SDK at. */
  host: string;
  close(): Promise<void>;
}

export async function jitterProxy(target: string, maxDelayMs: number): Promise<JitterProxy> {
  const [hostname, port] = target.split(':');
  const server: Server = createServer((req, res) => {
    setTimeout(() => {
      const upstream = request(
        { hostname, port: Number(port), path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (err) => res.destroy(err));
      req.pipe(upstream);
    }, Math.random() * maxDelayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: proxyPort } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${proxyPort}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
