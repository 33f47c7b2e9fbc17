/**
 * The police.uk client's fetch over Node's own HTTP, for jsdom tests (jest's jsdom environment
 * has no fetch) talking to the local police.uk server in `police-api-server.ts`.
 */
import { request } from 'node:http';
import type { FetchFunction, FetchResponse } from '../../src/core/data/police-api';

export const nodeHttpFetch: FetchFunction = (url, init) =>
  new Promise<FetchResponse>((resolve, reject) => {
    const req = request(url, { method: init.method, headers: init.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: {
            get: (name) => {
              const value = res.headers[name.toLowerCase()];
              return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
          },
          text: () => Promise.resolve(body),
        });
      });
    });
    req.on('error', reject);
    init.signal.addEventListener('abort', () => req.destroy(new Error('aborted')));
    req.end(init.body);
  });
