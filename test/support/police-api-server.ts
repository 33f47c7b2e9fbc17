/**
 * A real HTTP server on 127.0.0.1 that answers like the police.uk API (documented JSON shapes) and
 * fails on cue: 429 with Retry-After, 503 for polygons with too many crimes, 400 for a GET longer
 * than 4,094 characters, a hung response, a connection reset, invalid JSON. Every request is
 * logged with a server-side timestamp so tests can check counts, methods and pacing.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoggedRequest {
  readonly method: string;
  /** Path below /api/, e.g. "crimes-street/all-crime". */
  readonly path: string;
  /** Query parameters, or the form body's for a POST. */
  readonly params: URLSearchParams;
  /** Length of the request URL as the client built it (scheme, host and query included). */
  readonly urlLength: number;
  /** performance.now() when the request arrived. */
  readonly time: number;
  /** What the server did: the HTTP status, or "hang" / "reset". */
  outcome?: number | 'hang' | 'reset';
}

export type Reply =
  | {
      readonly status: number;
      readonly json?: unknown;
      readonly body?: string;
      readonly headers?: Record<string, string>;
    }
  | 'hang'
  | 'reset';

/** Decides the reply; return undefined for the documented default. */
export type Script = (request: LoggedRequest, index: number) => Reply | undefined;

export interface ServedCrime {
  readonly id: number;
  readonly lat: number;
  readonly lng: number;
  readonly category: string;
  readonly month: string;
}

export interface PoliceApiServer {
  readonly baseUrl: string;
  readonly requests: LoggedRequest[];
  /** The crimes crimes-street serves: those inside the polygon (edges included) for the month. */
  crimes: ServedCrime[];
  /** More crimes than this in one answer → 503, as the real API does over 10,000. */
  maxCrimesPerAnswer: number;
  script: Script;
  close(): Promise<void>;
}

const MAX_GET_URL_LENGTH = 4094;

export async function startPoliceApiServer(): Promise<PoliceApiServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  const api: PoliceApiServer = {
    baseUrl: `${origin}/api/`,
    requests: [],
    crimes: [],
    maxCrimesPerAnswer: 10_000,
    script: () => undefined,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  function handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', origin);
    const params = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
    const request: LoggedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname.replace(/^\/api\//, ''),
      params,
      urlLength: origin.length + (req.url ?? '').length,
      time: performance.now(),
    };
    api.requests.push(request);
    const reply = api.script(request, api.requests.length - 1) ?? documented(request);
    request.outcome = typeof reply === 'string' ? reply : reply.status;
    if (reply === 'hang') return; // never answered; close() ends it
    if (reply === 'reset') {
      req.socket.destroy();
      return;
    }
    const text = reply.body ?? JSON.stringify(reply.json ?? null);
    res.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
    res.end(text);
  }

  function documented(request: LoggedRequest): Reply {
    if (request.method === 'GET' && request.urlLength > MAX_GET_URL_LENGTH) return { status: 400, body: '' };
    if (request.path === 'crime-last-updated') return { status: 200, json: { date: '2017-11-01' } };
    if (request.path === 'crime-categories') {
      return {
        status: 200,
        json: [
          { url: 'all-crime', name: 'All crime' },
          { url: 'anti-social-behaviour', name: 'Anti-social behaviour' },
          { url: 'burglary', name: 'Burglary' },
          { url: 'violent-crime', name: 'Violence and sexual offences' },
        ],
      };
    }
    const street = /^crimes-street\/(.+)$/.exec(request.path);
    if (street) {
      const category = street[1] as string;
      const poly = request.params.get('poly');
      const month = request.params.get('date') ?? '2017-10';
      if (!poly) return { status: 200, json: [] };
      const polygon = poly.split(':').map((pair) => pair.split(',').map(Number) as [number, number]);
      const found = api.crimes.filter(
        (c) =>
          c.month === month &&
          (category === 'all-crime' || c.category === category) &&
          insideOrOn(polygon, c.lat, c.lng),
      );
      if (found.length > api.maxCrimesPerAnswer) return { status: 503, body: '' };
      return { status: 200, json: found.map(streetCrimeJson) };
    }
    return { status: 404, body: '' };
  }

  return api;
}

/** A crime in the documented crimes-street shape. */
export function streetCrimeJson(c: ServedCrime): unknown {
  return {
    category: c.category,
    location_type: 'Force',
    location: {
      latitude: String(c.lat),
      street: { id: 1000 + c.id, name: 'On or near Test Street' },
      longitude: String(c.lng),
    },
    context: '',
    outcome_status:
      c.category === 'anti-social-behaviour' ? null : { category: 'Under investigation', date: c.month },
    persistent_id: c.category === 'anti-social-behaviour' ? '' : `p${c.id}`,
    id: c.id,
    location_subtype: '',
    month: c.month,
  };
}

/** Ray casting, with points on an edge counted inside (as a lenient server would). */
function insideOrOn(polygon: [number, number][], lat: number, lng: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ai, bi] = polygon[i] as [number, number];
    const [aj, bj] = polygon[j] as [number, number];
    const cross = (aj - ai) * (lng - bi) - (bj - bi) * (lat - ai);
    const onSegment =
      Math.abs(cross) < 1e-9 &&
      lat >= Math.min(ai, aj) - 1e-9 &&
      lat <= Math.max(ai, aj) + 1e-9 &&
      lng >= Math.min(bi, bj) - 1e-9 &&
      lng <= Math.max(bi, bj) + 1e-9;
    if (onSegment) return true;
    if (bi > lng !== bj > lng && lat < ((aj - ai) * (lng - bi)) / (bj - bi) + ai) inside = !inside;
  }
  return inside;
}
