import { performance } from 'node:perf_hooks';
import type { Clock } from '../../../../src/core/data/clock';
import { ReportError } from '../../../../src/core/errors';
import {
  BLOCKED_MESSAGE,
  PoliceApiClient,
  retryAfterMs,
  type PoliceApiOptions,
} from '../../../../src/core/data/police-api';
import type { LatLng } from '../../../../src/core/data/polygon';
import {
  startPoliceApiServer,
  type PoliceApiServer,
  type ServedCrime,
} from '../../../support/police-api-server';

let server: PoliceApiServer;

beforeEach(async () => {
  server = await startPoliceApiServer();
});

afterEach(async () => {
  await server.close();
});

/** A clock whose sleeps return at once (and are recorded), for back-off tests that must not wait. */
function fakeClock(): { clock: Clock; sleeps: number[] } {
  let now = Date.UTC(2018, 0, 12, 10, 0, 0);
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: {
      now: () => now,
      sleep: async (ms, signal) => {
        if (signal?.aborted) throw new ReportError('data-cancelled', 'Stopped.');
        sleeps.push(ms);
        now += ms;
      },
    },
  };
}

function client(options: PoliceApiOptions = {}): PoliceApiClient {
  return new PoliceApiClient({ baseUrl: server.baseUrl, requestsPerSecond: 1000, burst: 1000, ...options });
}

async function failure(promise: Promise<unknown>): Promise<ReportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected a ReportError');
}

const SQUARE: LatLng[] = [
  { lat: 51.2, lng: 0.4 },
  { lat: 51.2, lng: 0.6 },
  { lat: 51.3, lng: 0.6 },
  { lat: 51.3, lng: 0.4 },
];

/** A grid of crimes inside SQUARE (some exactly on the lines a split will cut along). */
function gridCrimes(month: string, categories: string[], firstId = 1): ServedCrime[] {
  const crimes: ServedCrime[] = [];
  let id = firstId;
  for (let i = 0; i <= 4; i++) {
    for (let j = 0; j <= 4; j++) {
      crimes.push({
        id: id++,
        lat: 51.21 + i * 0.02,
        lng: 0.42 + j * 0.04,
        category: categories[(i + j) % categories.length] as string,
        month,
      });
    }
  }
  return crimes;
}

describe('PoliceApiClient against a local police.uk server', () => {
  it('reads crimes-street, crime-categories and crime-last-updated in the documented shapes', async () => {
    server.crimes = gridCrimes('2017-10', ['burglary', 'anti-social-behaviour']);
    const api = client();
    const crimes = await api.crimesStreet({ category: 'all-crime', poly: SQUARE, date: '2017-10' });
    expect(crimes).toHaveLength(25);
    expect(crimes[0]).toEqual({
      id: 1,
      persistentId: 'p1',
      category: 'burglary',
      month: '2017-10',
      street: { id: 1001, name: 'On or near Test Street' },
      latitude: 51.21,
      longitude: 0.42,
      outcome: { category: 'Under investigation', date: '2017-10' },
      context: '',
    });
    expect(await api.crimeCategories('2017-10')).toContainEqual({ url: 'burglary', name: 'Burglary' });
    expect(await api.lastUpdated()).toBe('2017-11-01');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET crimes-street/all-crime',
      'GET crime-categories',
      'GET crime-last-updated',
    ]);
    expect(server.requests[0]?.params.get('poly')).toBe('51.2,0.4:51.2,0.6:51.3,0.6:51.3,0.4');
    expect(server.requests[0]?.params.get('date')).toBe('2017-10');
  });

  it('waits as long as Retry-After says after a 429, in seconds or as an HTTP date', async () => {
    const { clock, sleeps } = fakeClock();
    const start = clock.now();
    server.script = (_r, i) =>
      i === 0
        ? { status: 429, body: '', headers: { 'Retry-After': '2' } }
        : i === 1
          ? { status: 429, body: '', headers: { 'Retry-After': new Date(start + 5000).toUTCString() } }
          : undefined;
    expect(await client({ clock }).lastUpdated()).toBe('2017-11-01');
    expect(sleeps).toEqual([2000, 3000]); // the date is 5 s after the start, 2 s of which have passed
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after a bounded number of 429s with a message to try later', async () => {
    const { clock } = fakeClock();
    server.script = () => ({ status: 429, body: '', headers: { 'Retry-After': '1' } });
    const error = await failure(client({ clock, maxRetries: 3 }).lastUpdated());
    expect(error.code).toBe('police-api-rate-limited');
    expect(server.requests).toHaveLength(4);
  });

  it('splits a polygon with too many crimes (503) into halves and counts each crime once', async () => {
    server.crimes = gridCrimes('2017-10', ['burglary']);
    server.maxCrimesPerAnswer = 8;
    const crimes = await client().crimesStreet({ category: 'all-crime', poly: SQUARE, date: '2017-10' });
    expect(crimes.map((c) => c.id).sort((a, b) => a - b)).toEqual(server.crimes.map((c) => c.id));
    const outcomes = server.requests.map((r) => r.outcome);
    expect(outcomes[0]).toBe(503);
    expect(outcomes.filter((o) => o === 200).length).toBeGreaterThanOrEqual(2);
    expect(outcomes.every((o) => o === 200 || o === 503)).toBe(true);
    // Every piece asked after the refusal lies within the square.
    for (const request of server.requests.slice(1)) {
      for (const pair of (request.params.get('poly') ?? '').split(':')) {
        const [lat, lng] = pair.split(',').map(Number) as [number, number];
        expect(lat >= 51.2 && lat <= 51.3 && lng >= 0.4 && lng <= 0.6).toBe(true);
      }
    }
  });

  it('counts a crime on the cut line once, though both halves return it', async () => {
    server.crimes = [
      { id: 1, lat: 51.25, lng: 0.5, category: 'burglary', month: '2017-10' },
      { id: 2, lat: 51.25, lng: 0.45, category: 'burglary', month: '2017-10' },
      { id: 3, lat: 51.25, lng: 0.55, category: 'burglary', month: '2017-10' },
    ];
    server.maxCrimesPerAnswer = 2;
    const crimes = await client().crimesStreet({ category: 'burglary', poly: SQUARE, date: '2017-10' });
    expect(crimes.map((c) => c.id).sort()).toEqual([1, 2, 3]);
    expect(server.requests.map((r) => r.outcome)).toEqual([503, 200, 200]);
  });

  it('says so when even small pieces have too many crimes, and when a radius search does', async () => {
    server.crimes = gridCrimes('2017-10', ['burglary']);
    server.maxCrimesPerAnswer = 0;
    const error = await failure(
      client({ maxSplitDepth: 2 }).crimesStreet({ category: 'all-crime', poly: SQUARE, date: '2017-10' }),
    );
    expect(error.code).toBe('police-api-too-many-crimes');
    // The whole, a half, a quarter: then it stops rather than cutting further.
    expect(server.requests).toHaveLength(3);
    server.script = () => ({ status: 503, body: '' });
    const radius = await failure(client().crimesStreet({ category: 'all-crime', lat: 51.27, lng: 0.52 }));
    expect(radius.code).toBe('police-api-too-many-crimes');
  });

  it('sends a polygon whose GET URL would pass 4,094 characters by POST', async () => {
    // A circle of 300 points: about 6,000 characters of "lat,lng:" pairs.
    const circle: LatLng[] = Array.from({ length: 300 }, (_, i) => ({
      lat: 51.25 + 0.049 * Math.sin((2 * Math.PI * i) / 300),
      lng: 0.5 + 0.099 * Math.cos((2 * Math.PI * i) / 300),
    }));
    server.crimes = gridCrimes('2017-10', ['burglary']).filter(
      (c) => Math.hypot((c.lat - 51.25) / 0.049, (c.lng - 0.5) / 0.099) < 0.95,
    );
    const crimes = await client().crimesStreet({ category: 'all-crime', poly: circle, date: '2017-10' });
    expect(crimes).toHaveLength(server.crimes.length);
    expect(
      server.requests.map((r) => [r.method, r.params.get('date'), r.params.get('poly')?.split(':').length]),
    ).toEqual([['POST', '2017-10', 300]]);
    // The same request as a GET is refused by the server, as police.uk does.
    const url = `${server.baseUrl}crimes-street/all-crime?poly=${server.requests[0]?.params.get('poly')}&date=2017-10`;
    expect(url.length).toBeGreaterThan(4094);
    expect((await fetch(url)).status).toBe(400);
  });

  it('times out a hung response, retries a bounded number of times, then says so', async () => {
    server.script = () => 'hang';
    const started = performance.now();
    const error = await failure(
      client({ timeoutMs: 150, maxRetries: 1, clock: fakeClock().clock }).lastUpdated(),
    );
    expect(error.code).toBe('police-api-timeout');
    expect(server.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('retries after a connection reset, and reports a network failure when it keeps happening', async () => {
    const { clock } = fakeClock();
    server.script = (_r, i) => (i === 0 ? 'reset' : undefined);
    expect(await client({ clock }).lastUpdated()).toBe('2017-11-01');
    expect(server.requests).toHaveLength(2);
    server.script = () => 'reset';
    const error = await failure(client({ clock, maxRetries: 2 }).lastUpdated());
    expect(error.code).toBe('police-api-network');
    expect(server.requests).toHaveLength(2 + 3);
  });

  it('reports an answer that is not JSON without retrying', async () => {
    server.script = () => ({ status: 200, body: '{"date": "2017-' });
    const error = await failure(client().lastUpdated());
    expect(error.code).toBe('police-api-bad-response');
    expect(error.message).toContain('could not be read');
    expect(server.requests).toHaveLength(1);
  });

  it('stops promptly when the caller cancels, even with a long timeout', async () => {
    server.script = () => 'hang';
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(client({ timeoutMs: 30_000 }).lastUpdated(controller.signal));
    expect(error.code).toBe('data-cancelled');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keeps to at most 15 requests in any second over a burst of 40 (server-side timestamps)', async () => {
    const api = new PoliceApiClient({ baseUrl: server.baseUrl });
    await Promise.all(Array.from({ length: 40 }, () => api.lastUpdated()));
    const times = server.requests.map((r) => r.time).sort((a, b) => a - b);
    expect(times).toHaveLength(40);
    let busiest = 0;
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter(
        (t) => t >= (times[i] as number) && t < (times[i] as number) + 1000,
      ).length;
      busiest = Math.max(busiest, inWindow);
    }
    expect(busiest).toBeLessThanOrEqual(15);
    const overall = (times.length - 1) / (((times.at(-1) as number) - (times[0] as number)) / 1000);
    expect(overall).toBeLessThanOrEqual(15);
  });

  it('assembles a data set for an area and months in the CSV model, keeping unknown categories', async () => {
    const months = ['2017-08', '2017-09', '2017-10'];
    server.crimes = months.flatMap((m, k) =>
      gridCrimes(m, ['burglary', 'violent-crime', 'fraud'], 1000 * (k + 1)),
    );
    server.maxCrimesPerAnswer = 12;
    const progress: number[] = [];
    const data = await client({ clock: fakeClock().clock }).fetchArea({
      polygon: SQUARE,
      district: 'Maidstone',
      months,
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(data.months).toEqual(months);
    expect(data.districts).toEqual(['Maidstone']);
    const window = { from: '2017-08', to: '2017-10' };
    const expected = new Map<string | null, number>();
    for (const c of server.crimes) expected.set(c.category, (expected.get(c.category) ?? 0) + 1);
    expect(data.countBy({ window }, 'crimeType')).toEqual(expected);
    expect(data.count({ window, district: 'Maidstone' })).toBe(server.crimes.length);
    expect(data.unknownCrimeTypes.map((u) => [u.slug, u.rows])).toEqual([['fraud', expected.get('fraud')]]);
    expect(data.source).toMatchObject({
      kind: 'police-uk-api',
      label: 'police.uk API street-level data, retrieved 12 Jan 2018',
    });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops every request of fetchArea when one fails', async () => {
    server.script = (r) => (r.params.get('date') === '2017-09' ? { status: 200, body: 'not json' } : 'hang');
    const started = performance.now();
    const error = await failure(
      client({ timeoutMs: 20_000 }).fetchArea({
        polygon: SQUARE,
        district: 'Maidstone',
        months: ['2017-08', '2017-09', '2017-10'],
      }),
    );
    expect(error.code).toBe('police-api-bad-response');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('PoliceApiClient in a browser that blocks the request (CORS)', () => {
  it('explains that the API cannot be reached and the CSV files should be imported, without retrying', async () => {
    let calls = 0;
    const api = new PoliceApiClient({
      fetch: async () => {
        calls++;
        throw new TypeError('Failed to fetch');
      },
    });
    const error = await failure(api.lastUpdated());
    expect(error.code).toBe('police-api-blocked');
    expect(error.message).toBe(BLOCKED_MESSAGE);
    expect(error.message).toBe(
      "The police.uk API cannot be reached from here (the request was blocked). Download the force's CSV files from police.uk and import them instead.",
    );
    expect(calls).toBe(1);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.UTC(2018, 0, 12, 10, 0, 0);
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Fri, 12 Jan 2018 10:00:04 GMT', now)).toBe(4000);
    expect(retryAfterMs('Fri, 12 Jan 2018 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
