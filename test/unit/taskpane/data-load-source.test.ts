/**
 * The Data view's sources, on the real readers: the bundled sample, police.uk CSV files as the
 * browser hands them over (`File.stream()`), the police.uk API on a local server, and the API
 * refused by the browser (CORS), said plainly after one request.
 */
import { SAMPLE_LABEL, samplePoliceCsv, PoliceApiClient, BLOCKED_MESSAGE } from '../../../src/core/data';
import { ReportError } from '../../../src/core/errors';
import type { PickedFile } from '../../../src/taskpane/views/data/data-actions';
import {
  API_MONTHS,
  describeDataset,
  loadDataset,
  parseBoundary,
} from '../../../src/taskpane/views/data/load-source';
import { startPoliceApiServer, type PoliceApiServer } from '../../support/police-api-server';

function picked(name: string, text: string): PickedFile {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    // Two chunks, split mid-row, as a browser stream may deliver them.
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          const half = Math.floor(bytes.length / 2);
          controller.enqueue(bytes.slice(0, half));
          controller.enqueue(bytes.slice(half));
          controller.close();
        },
      }),
  };
}

describe('the boundary the officer pastes for the API', () => {
  test('reads lat,lng:lat,lng:… points', () => {
    expect(parseBoundary(' 51.2,0.4 : 51.2, 0.6:51.3,0.6 ')).toEqual([
      { lat: 51.2, lng: 0.4 },
      { lat: 51.2, lng: 0.6 },
      { lat: 51.3, lng: 0.6 },
    ]);
  });
  test.each([
    ['51.2,0.4:51.3,0.6', /at least three points/],
    ['51.2,0.4:north,0.6:51.3,0.6', /Point 2 of the boundary \("north,0.6"\)/],
    ['51.2,0.4,7:51.2,0.6:51.3,0.6', /Point 1/],
    ['95,0.4:51.2,0.6:51.3,0.6', /Point 1/],
  ])('refuses %s plainly', (text, message) => {
    expect(() => parseBoundary(text)).toThrow(ReportError);
    expect(() => parseBoundary(text)).toThrow(message);
  });
});

describe('loading a source', () => {
  test('the sample: labelled synthetic, every district, the report’s own district first choice', async () => {
    const data = await loadDataset({ kind: 'sample' }, () => undefined);
    const described = describeDataset(data, 'maidstone');
    expect(described.label).toBe(SAMPLE_LABEL);
    expect(described.areas).toContain('Maidstone');
    expect(described.areas).toContain('Swale');
    expect(described.defaultArea).toBe('Maidstone');
    expect(described.latestMonth).toBe(data.months.at(-1));
    expect(described.earliestMonth).toBe(data.months[0]);
    expect(describeDataset(data, 'Nowhere').defaultArea).toBe(described.areas[0]);
  });

  test('CSV files from the file input: streamed with progress over all files', async () => {
    const files = [
      picked('2025-08-kent-street.csv', samplePoliceCsv('2025-08')),
      picked('2025-09-kent-street.csv', samplePoliceCsv('2025-09')),
    ];
    const progress: [number, string][] = [];
    const data = await loadDataset({ kind: 'csv', files }, (fraction, stage) =>
      progress.push([fraction, stage]),
    );
    expect(data.months).toEqual(['2025-08', '2025-09']);
    expect(data.source.label).toMatch(/^police\.uk street-level data, retrieved /);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)![0]).toBe(1);
    expect(progress.map(([, stage]) => stage)).toContainEqual(
      expect.stringMatching(/^Reading 2025-09-kent-street\.csv \(2 of 2\)/),
    );
    const fractions = progress.map(([f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  test('a file that is not police.uk CSV: a clear error naming the file', async () => {
    const error = await loadDataset(
      { kind: 'csv', files: [picked('notes.csv', 'name,phone\nA,1\n')] },
      () => undefined,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as Error).message).toContain('notes.csv');
  });

  test('a picked file too large to be police.uk CSV: refused by its size, never read', async () => {
    let pulled = 0;
    const export2gb: PickedFile = {
      name: 'all-forces-export.csv',
      size: 2 * 1024 * 1024 * 1024,
      // As a browser's File.stream(): nothing is read until the stream is pulled (highWaterMark 0).
      stream: () =>
        new ReadableStream<Uint8Array>(
          {
            pull(controller) {
              pulled++;
              controller.enqueue(new Uint8Array(65_536));
            },
          },
          { highWaterMark: 0 },
        ),
    };
    await expect(loadDataset({ kind: 'csv', files: [export2gb] }, () => undefined)).rejects.toMatchObject({
      code: 'csv-too-large',
      message: expect.stringMatching(
        /^all-forces-export\.csv is too large to read as police\.uk crime data: it is 2 GB \(the limit is 50 MB a file\)/,
      ) as unknown,
    });
    expect(pulled).toBe(0);
  });

  describe('the police.uk API', () => {
    let server: PoliceApiServer;
    beforeEach(async () => {
      server = await startPoliceApiServer();
    });
    afterEach(() => server.close());

    test(`asks for the last ${API_MONTHS} months the API has, for the district in the boundary`, async () => {
      server.crimes = [
        { id: 1, lat: 51.25, lng: 0.5, category: 'burglary', month: '2017-10' },
        { id: 2, lat: 51.25, lng: 0.5, category: 'anti-social-behaviour', month: '2016-11' },
      ];
      const api = () =>
        new PoliceApiClient({ baseUrl: server.baseUrl, requestsPerSecond: 1000, burst: 1000 });
      const data = await loadDataset(
        { kind: 'police-api', district: 'Maidstone', boundary: '51.2,0.4:51.2,0.6:51.3,0.6:51.3,0.4' },
        () => undefined,
        undefined,
        api,
      );
      expect(server.requests[0]!.path).toBe('crime-last-updated');
      const months = server.requests
        .filter((r) => r.path.startsWith('crimes-street'))
        .map((r) => r.params.get('date'));
      expect(months).toHaveLength(API_MONTHS);
      expect(new Set(months)).toEqual(new Set(data.months));
      expect(data.months.at(-1)).toBe('2017-11');
      expect(data.months[0]).toBe('2015-12');
      expect(describeDataset(data, null).areas).toEqual(['Maidstone']);
    });

    test('rate-limited for longer than it is worth waiting: says so plainly, and what to do', async () => {
      server.script = () => ({ status: 429, json: {}, headers: { 'Retry-After': '3600' } });
      const api = () =>
        new PoliceApiClient({ baseUrl: server.baseUrl, requestsPerSecond: 1000, burst: 1000 });
      const error = await loadDataset(
        { kind: 'police-api', district: 'Maidstone', boundary: '51.2,0.4:51.2,0.6:51.3,0.6' },
        () => undefined,
        undefined,
        api,
      ).catch((e: unknown) => e);
      expect((error as ReportError).code).toBe('police-api-rate-limited');
      expect((error as Error).message).toMatch(/too many requests.*import the CSV files instead/);
      expect(server.requests).toHaveLength(1);
    });

    test('refused by the browser (CORS): says to import the CSV instead, after one request', async () => {
      let calls = 0;
      const blocked = () =>
        new PoliceApiClient({
          fetch: () => {
            calls++;
            // What a browser's fetch does when the server sends no CORS headers.
            return Promise.reject(new TypeError('Failed to fetch'));
          },
        });
      const error = await loadDataset(
        { kind: 'police-api', district: 'Maidstone', boundary: '51.2,0.4:51.2,0.6:51.3,0.6' },
        () => undefined,
        undefined,
        blocked,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportError);
      expect((error as Error).message).toBe(BLOCKED_MESSAGE);
      expect(calls).toBe(1);
    });
  });
});
