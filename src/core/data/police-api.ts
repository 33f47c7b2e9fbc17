import { ReportError } from '../errors';
import type { ProgressListener } from '../report/host';
import { cancelledError, realClock, RequestRateLimiter, type Clock } from './clock';
import { crimeTypeFrom, type CrimeType } from './crime-types';
import { CrimeDatasetBuilder, type CrimeDataset, type District } from './dataset';
import { isMonth, type Month } from './months';
import { polyParameter, splitPolygon, type LatLng, type Polygon } from './polygon';
import { isoDay, policeApiSource } from './source';

/**
 * Client for the police.uk API (https://data.police.uk/docs/). Everything that can go wrong ends
 * in a ReportError an officer can act on, within a bounded time: no request waits longer than
 * the timeout, retries are counted, and the caller's AbortSignal stops everything at once.
 */

/** The part of a fetch Response used here (so core needs no DOM types). */
export interface FetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type FetchFunction = (
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; signal: AbortSignal },
) => Promise<FetchResponse>;

export interface PoliceApiOptions {
  /** Default https://data.police.uk/api/ */
  readonly baseUrl?: string;
  /** Default globalThis.fetch. */
  readonly fetch?: FetchFunction;
  readonly clock?: Clock;
  /**
   * Sustained rate and burst. The API allows 15 a second with bursts of 30; the defaults (12 a
   * second after a burst of 2) keep every one-second window at 14 or fewer, with room for jitter.
   */
  readonly requestsPerSecond?: number;
  readonly burst?: number;
  /** Per request, including reading the body. Default 30 s. */
  readonly timeoutMs?: number;
  /** Retries of one request after 429, 5xx, a timeout or a dropped connection. Default 3. */
  readonly maxRetries?: number;
  /** A Retry-After longer than this is not waited for: the user is told to try later. Default 60 s. */
  readonly maxRetryAfterMs?: number;
  /** How many times a polygon may be halved after "too many crimes" (503). Default 6 (64 pieces). */
  readonly maxSplitDepth?: number;
}

export const DEFAULT_BASE_URL = 'https://data.police.uk/api/';
/** The API answers 400 to a longer GET; such polygons go by POST. */
export const MAX_GET_URL_LENGTH = 4094;

export const BLOCKED_MESSAGE =
  "The police.uk API cannot be reached from here (the request was blocked). Download the force's CSV files from police.uk and import them instead.";

/** A street-level crime as the API describes it, with numbers parsed. */
export interface StreetCrime {
  readonly id: number;
  readonly persistentId: string;
  readonly category: CrimeType;
  readonly month: Month;
  readonly street: { readonly id: number; readonly name: string } | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly outcome: { readonly category: string; readonly date: string } | null;
  readonly context: string;
}

export interface CrimeCategory {
  /** Slug, e.g. "burglary" ("all-crime" for all). */
  readonly url: string;
  readonly name: string;
}

export type StreetCrimeQuery = {
  /** A slug, or "all-crime". */
  readonly category: string;
  /** Default: the latest month the API has. */
  readonly date?: Month;
  readonly signal?: AbortSignal;
} & ({ readonly poly: Polygon } | { readonly lat: number; readonly lng: number });

export interface FetchAreaRequest {
  readonly polygon: Polygon;
  /** The district the polygon is; street responses carry no LSOA, so counts are recorded for it. */
  readonly district: District;
  readonly months: readonly Month[];
  /** Default ["all-crime"]: one request per month. Do not mix "all-crime" with single types. */
  readonly categories?: readonly string[];
  readonly onProgress?: ProgressListener;
  readonly signal?: AbortSignal;
  /** Requests in flight at once (the rate limiter still paces them). Default 4. */
  readonly concurrency?: number;
}

/** Thrown inside the client when the API says an area holds more than 10,000 crimes. */
class TooManyCrimes extends Error {}

export class PoliceApiClient {
  private readonly baseUrl: string;
  private readonly fetchFn: FetchFunction;
  private readonly clock: Clock;
  private readonly limiter: RequestRateLimiter;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxRetryAfterMs: number;
  private readonly maxSplitDepth: number;

  constructor(options: PoliceApiOptions = {}) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/?$/, '/');
    this.fetchFn = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.clock = options.clock ?? realClock;
    this.limiter = new RequestRateLimiter(options.requestsPerSecond ?? 12, options.burst ?? 2, this.clock);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRetries = options.maxRetries ?? 3;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.maxSplitDepth = options.maxSplitDepth ?? 6;
  }

  /** `crime-last-updated`: the day the API's data was last updated (`YYYY-MM-DD`). */
  async lastUpdated(signal?: AbortSignal): Promise<string> {
    const body = await this.getJson('crime-last-updated', [], signal);
    const date = (body as { date?: unknown } | null)?.date;
    if (typeof date !== 'string') throw badResponse('crime-last-updated', 'no "date"');
    return date.slice(0, 10);
  }

  /** `crime-categories`: the categories valid for a month. */
  async crimeCategories(date?: Month, signal?: AbortSignal): Promise<CrimeCategory[]> {
    const body = await this.getJson('crime-categories', date ? [['date', date]] : [], signal);
    if (!Array.isArray(body)) throw badResponse('crime-categories', 'not a list');
    return body.map((c: unknown) => {
      const { url, name } = (c ?? {}) as { url?: unknown; name?: unknown };
      if (typeof url !== 'string' || typeof name !== 'string')
        throw badResponse('crime-categories', 'an entry without url/name');
      return { url, name };
    });
  }

  /**
   * `crimes-street/{category}` for a polygon or a 1-mile radius. A polygon with more than 10,000
   * crimes (503) is halved and each half asked again (a month is already the smallest period the
   * API serves); crimes on the cut line come back twice and are counted once.
   */
  async crimesStreet(query: StreetCrimeQuery): Promise<StreetCrime[]> {
    const path = `crimes-street/${encodeURIComponent(query.category)}`;
    const date: [string, string][] = query.date ? [['date', query.date]] : [];
    if (!('poly' in query)) {
      try {
        return mapCrimes(
          await this.getJson(
            path,
            [['lat', String(query.lat)], ['lng', String(query.lng)], ...date],
            query.signal,
          ),
          path,
        );
      } catch (error) {
        if (error instanceof TooManyCrimes) throw tooManyCrimes();
        throw error;
      }
    }
    const seen = new Set<number>();
    const crimes: StreetCrime[] = [];
    const visit = async (polygon: Polygon, depth: number): Promise<void> => {
      let found: StreetCrime[];
      try {
        found = mapCrimes(
          await this.getJson(path, [['poly', polyParameter(polygon)], ...date], query.signal),
          path,
        );
      } catch (error) {
        if (!(error instanceof TooManyCrimes)) throw error;
        if (depth >= this.maxSplitDepth) throw tooManyCrimes();
        for (const half of splitPolygon(polygon)) if (half.length >= 3) await visit(half, depth + 1);
        return;
      }
      for (const crime of found) {
        if (seen.has(crime.id)) continue;
        seen.add(crime.id);
        crimes.push(crime);
      }
    };
    await visit(query.poly, 0);
    return crimes;
  }

  /**
   * Street-level crimes of an area for several months, counted into a CrimeDataset in the same
   * model as the CSV import (area = the district asked for).
   */
  async fetchArea(request: FetchAreaRequest): Promise<CrimeDataset> {
    const categories = request.categories ?? ['all-crime'];
    if (categories.includes('all-crime') && categories.length > 1) {
      throw new RangeError('fetchArea: "all-crime" already includes every category; ask for it alone.');
    }
    const bad = request.months.find((m) => !isMonth(m));
    if (bad !== undefined) throw new RangeError(`fetchArea: "${bad}" is not a month (YYYY-MM).`);
    const builder = new CrimeDatasetBuilder();
    const area = builder.area(null, null, request.district);
    for (const month of request.months) builder.month(month);
    const tasks = request.months.flatMap((month) => categories.map((category) => ({ month, category })));
    let done = 0;
    // One failure (or the caller's cancel) stops the requests still in flight, not only new ones.
    const stop = new AbortController();
    request.onProgress?.(0, 'Asking police.uk for crimes');
    const run = async (task: { month: Month; category: string }): Promise<void> => {
      const crimes = await this.crimesStreet({
        category: task.category,
        poly: request.polygon,
        date: task.month,
        signal: stop.signal,
      });
      for (const crime of crimes) {
        // The API answers for the month asked; a crime dated otherwise would be counted in the wrong month.
        if (crime.month !== task.month)
          throw badResponse('crimes-street', `a crime for ${crime.month} in the answer for ${task.month}`);
        const type = crimeTypeFrom(crime.category);
        if (!type.known) builder.noteUnknownType(type.slug, crime.category, null);
        builder.add(builder.month(crime.month), area, builder.crimeType(type.slug));
        builder.recordsCounted++;
      }
      done++;
      request.onProgress?.(
        done / tasks.length,
        `Fetched ${task.month}${task.category === 'all-crime' ? '' : ` (${task.category})`}`,
      );
    };
    const onAbort = (): void => stop.abort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    if (request.signal?.aborted) stop.abort();
    try {
      await runPool(tasks, request.concurrency ?? 4, run, stop);
    } finally {
      request.signal?.removeEventListener('abort', onAbort);
    }
    return builder.build(policeApiSource(isoDay(new Date(this.clock.now()))));
  }

  /** GET (or POST when the URL would be too long) with pacing, timeout, retries and clear errors. */
  private async getJson(path: string, params: [string, string][], signal?: AbortSignal): Promise<unknown> {
    // ":" and "," stay as they are in `poly`, as the API documents it (and the URL stays short).
    const query = params
      .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%3A/g, ':').replace(/%2C/g, ',')}`)
      .join('&');
    const getUrl = `${this.baseUrl}${path}${query ? `?${query}` : ''}`;
    const post = getUrl.length > MAX_GET_URL_LENGTH;
    const where = `police.uk API: ${path}`;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw cancelledError();
      await this.limiter.take(signal);
      const outcome = await this.attempt(
        post ? `${this.baseUrl}${path}` : getUrl,
        post ? query : null,
        signal,
      );
      const last = attempt >= this.maxRetries;
      if (outcome.kind === 'response') {
        const { status, body, retryAfter } = outcome;
        if (status >= 200 && status < 300) {
          try {
            return JSON.parse(body) as unknown;
          } catch {
            throw badResponse(path, 'not valid JSON');
          }
        }
        if (status === 503) throw new TooManyCrimes();
        if (status === 429) {
          const wait = retryAfterMs(retryAfter, this.clock.now()) ?? 1000 * 2 ** attempt;
          if (last || wait > this.maxRetryAfterMs) {
            throw new ReportError(
              'police-api-rate-limited',
              'police.uk is receiving too many requests and asked us to wait. Try again in a few minutes, or import the CSV files instead.',
              where,
            );
          }
          await this.clock.sleep(wait, signal);
          continue;
        }
        if (status >= 500 && !last) {
          await this.clock.sleep(500 * 2 ** attempt, signal);
          continue;
        }
        throw new ReportError(
          'police-api-refused',
          `police.uk refused the request (HTTP ${status}${status === 404 ? ': that month or area may not be published yet' : ''}).`,
          where,
        );
      }
      if (outcome.kind === 'blocked') throw new ReportError('police-api-blocked', BLOCKED_MESSAGE, where);
      if (last) {
        throw new ReportError(
          outcome.kind === 'timeout' ? 'police-api-timeout' : 'police-api-network',
          outcome.kind === 'timeout'
            ? `police.uk did not answer within ${Math.round(this.timeoutMs / 1000)} seconds (tried ${attempt + 1} times). Try again later, or import the CSV files instead.`
            : `The connection to police.uk failed (tried ${attempt + 1} times). Check the network and try again, or import the CSV files instead.`,
          where,
        );
      }
      await this.clock.sleep(500 * 2 ** attempt, signal);
    }
  }

  /** One request under its own timeout, linked to the caller's signal. */
  private async attempt(
    url: string,
    formBody: string | null,
    signal?: AbortSignal,
  ): Promise<
    | { kind: 'response'; status: number; body: string; retryAfter: string | null }
    | { kind: 'timeout' | 'network' | 'blocked' }
  > {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await this.fetchFn(url, {
        method: formBody === null ? 'GET' : 'POST',
        headers:
          formBody === null
            ? { Accept: 'application/json' }
            : { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
        ...(formBody === null ? {} : { body: formBody }),
        signal: controller.signal,
      });
      const body = await response.text();
      return {
        kind: 'response',
        status: response.status,
        body,
        retryAfter: response.headers.get('Retry-After'),
      };
    } catch (error) {
      if (signal?.aborted) throw cancelledError();
      if (timedOut) return { kind: 'timeout' };
      // A browser refusing a cross-origin request rejects with a bare TypeError; Node's fetch
      // gives network failures (reset, refused) a `cause` with an error code.
      if (error instanceof TypeError && (error as { cause?: unknown }).cause === undefined)
        return { kind: 'blocked' };
      return { kind: 'network' };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Retry-After as seconds ("2") or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Maps the documented JSON of crimes-street; anything else is a bad response, not a guess. */
function mapCrimes(body: unknown, path: string): StreetCrime[] {
  if (!Array.isArray(body)) throw badResponse(path, 'not a list of crimes');
  return body.map((raw: unknown): StreetCrime => {
    const c = (raw ?? {}) as Record<string, unknown>;
    if (
      typeof c.category !== 'string' ||
      typeof c.month !== 'string' ||
      !isMonth(c.month) ||
      typeof c.id !== 'number'
    ) {
      throw badResponse(path, 'a crime without id, category or month');
    }
    const location = (c.location ?? null) as {
      latitude?: unknown;
      longitude?: unknown;
      street?: { id?: unknown; name?: unknown };
    } | null;
    const outcome = (c.outcome_status ?? null) as { category?: unknown; date?: unknown } | null;
    return {
      id: c.id,
      persistentId: typeof c.persistent_id === 'string' ? c.persistent_id : '',
      category: c.category,
      month: c.month,
      street:
        location?.street && typeof location.street.name === 'string'
          ? { id: Number(location.street.id), name: location.street.name }
          : null,
      latitude: toNumber(location?.latitude),
      longitude: toNumber(location?.longitude),
      outcome:
        outcome && typeof outcome.category === 'string'
          ? { category: outcome.category, date: String(outcome.date ?? '') }
          : null,
      context: typeof c.context === 'string' ? c.context : '',
    };
  });
}

function toNumber(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isFinite(n) ? n : null;
}

function badResponse(path: string, what: string): ReportError {
  return new ReportError(
    'police-api-bad-response',
    `police.uk sent an answer that could not be read (${what}). Try again later, or import the CSV files instead.`,
    `police.uk API: ${path}`,
  );
}

function tooManyCrimes(): ReportError {
  // police.uk answers 503 for over 10,000 crimes; a 503 that survives every split may also be an outage.
  return new ReportError(
    'police-api-too-many-crimes',
    'police.uk would not send the crimes for this area (HTTP 503: too many crimes for one answer even in small pieces, or the service is unavailable). ' +
      "Try again later, or import the force's CSV files instead.",
    'police.uk API: crimes-street',
  );
}

/** Runs tasks with at most `limit` in flight; the first failure aborts the rest and is thrown. */
async function runPool<T>(
  tasks: readonly T[],
  limit: number,
  run: (task: T) => Promise<void>,
  stop: AbortController,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      if (stop.signal.aborted) throw cancelledError();
      const task = tasks[next++] as T;
      try {
        await run(task);
      } catch (error) {
        stop.abort();
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

export type { LatLng, Polygon };
