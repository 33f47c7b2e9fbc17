/**
 * Faults while writing live data (insert a live table, refresh every region), on both hosts: a
 * failing sync and a failing operation at every point in the fake Word, a failure at every editor
 * step in the .docx host, and a data source that fails halfway through loading. The report must
 * end up unchanged or fully changed, and the officer told which.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  insertLiveElement,
  loadedSource,
  refreshLiveRegions,
  type LiveData,
  type LiveSource,
} from '../../src/app/live';
import { sampleDataset, samplePopulation } from '../../src/core/data';
import type { ReportHost } from '../../src/core/report/host';
import { loadTemplate } from '../../src/cli/shared/templates';
import { DocxReportHost } from '../../src/docx/docx-host';
import { WordReportHost } from '../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord } from '../support/fake-word';
import {
  classify,
  describeRuns,
  faultEveryWordPoint,
  instrumentDocxEditor,
  told,
  toldChanged,
  toldUnchanged,
  type FaultRun,
  type WordFault,
  type WordScenario,
} from './fault-harness';
import { currentWordProfile, inEachWordProfile } from '../support/word-profile-suite';
import { builtInCatalogue } from '../support/elements';

const elements = builtInCatalogue();

const FILE = 'strategic-assessment-complete.docx';
const bytes = new Uint8Array(readFileSync(join(__dirname, '../fixtures/reports', FILE)));
const template = loadTemplate(null);
const NOW = new Date('2026-11-01T09:00:00Z');

let sample: LiveData;
beforeAll(() => {
  sample = { data: sampleDataset(), population: samplePopulation(), source: 'sample' };
});

interface UseCase {
  name: string;
  setup?: (host: ReportHost) => Promise<unknown>;
  run: (host: ReportHost) => Promise<unknown>;
}

const insertTable = (host: ReportHost, periodEnd?: string) =>
  insertLiveElement(
    host,
    loadedSource(sample),
    {
      element: 'crime-by-category-yoy',
      area: 'Maidstone',
      ...(periodEnd ? { periodEnd, options: { period: 'latest' } } : {}),
    },
    { section: 'risk', template },
    { elements, now: NOW },
  );

const USE_CASES: UseCase[] = [
  { name: 'insert live table', run: (host) => insertTable(host) },
  {
    name: 'refresh live regions',
    // Inserted a year back, following the latest month: the refresh rewrites its figures.
    setup: async (host) => {
      await insertTable(host, '2024-06');
      await insertLiveElement(
        host,
        loadedSource(sample),
        {
          element: 'figure:total-crime',
          area: 'Maidstone',
          periodEnd: '2024-06',
          options: { period: 'latest' },
        },
        { section: 'introduction-background', template },
        { elements, now: NOW },
      );
    },
    run: async (host) => {
      const report = await refreshLiveRegions(host, loadedSource(sample), { elements, now: NOW });
      if (!report.written)
        throw new Error(`the refresh wrote nothing: ${JSON.stringify(report.regions.map((r) => r.status))}`);
    },
  },
];

const lines: string[] = [];
afterAll(() => process.stdout.write(`${lines.join('\n')}\n`));

/** A read that fails before anything is written: the message is about reading, nothing else. */
function readFailed(error: unknown): boolean {
  return (error as { code?: string })?.code === 'word-read-failed';
}

/**
 * Never half-changed: a failed insert takes its new regions out again, and a failed refresh in
 * Word is finished by sending its (repeatable) writes once more.
 */
function expectHonest(useCase: string, runs: FaultRun[]): void {
  for (const run of runs) {
    const where = `${useCase}, fault at ${run.point}: ${run.outcome}; error ${String((run.error as Error)?.message)}`;
    if (run.outcome === 'unchanged' && readFailed(run.error)) continue;
    expect({ where, outcome: run.outcome }).not.toEqual({ where, outcome: 'half-changed' });
    if (run.error === null) {
      expect({ where, outcome: run.outcome }).toEqual({ where, outcome: 'changed' });
      continue;
    }
    // "part of the change MAY be in the report" is true of an unchanged report too (Word could not
    // say): honest, if less precise than "nothing was changed".
    const said =
      run.outcome === 'unchanged'
        ? toldUnchanged(run.error) || told(run.error) === 'partly'
        : toldChanged(run.error);
    expect({ where, told: said }).toEqual({ where, told: true });
  }
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  describe.each(USE_CASES)('live data faults on the Word host: $name', (useCase) => {
    // The starting document is made once, with the .docx host (the same regions Word would write).
    let start: Uint8Array | null = null;

    async function scenario(failure: WordFault): Promise<WordScenario> {
      if (!start) {
        const setupHost = new DocxReportHost(bytes, FILE);
        await useCase.setup?.(setupHost);
        start = setupHost.bytes;
      }
      const { fake, uninstall } = installFakeWord(fakeDocumentFromDocx(start, FILE), {
        profile: currentWordProfile(),
      });
      try {
        const host = new WordReportHost(FILE);
        const before = await host.readSnapshot();
        const start = { syncs: fake.syncCount, operations: fake.operationCount };
        if (failure?.kind === 'sync') fake.failSync(failure.n);
        if (failure?.kind === 'operation') fake.failOperation(failure.n);
        let error: unknown = null;
        try {
          await useCase.run(host);
        } catch (e) {
          error = e;
        }
        const used = {
          syncs: fake.syncCount - start.syncs,
          operations: fake.operationCount - start.operations,
        };
        return { before, after: await new WordReportHost(FILE).readSnapshot(), error, used };
      } finally {
        uninstall();
      }
    }

    it('leaves the report unchanged or fully changed at every sync and operation, and says which', async () => {
      const { clean, runs } = await faultEveryWordPoint(scenario);
      lines.push(
        describeRuns(
          useCase.name,
          `${currentWordProfile().name} (${clean.used.syncs} syncs, ${clean.used.operations} operations)`,
          runs,
        ),
      );
      for (const r of runs.filter((x) => x.outcome === 'half-changed'))
        lines.push(`  half-changed at ${r.point}: ${String((r.error as Error)?.message)}`);
      expectHonest(useCase.name, runs);
    });
  });

  describe.each(USE_CASES)('live data faults on the .docx host: $name', (useCase) => {
    let start: Uint8Array | null = null;

    async function scenario(failAt: number | null) {
      if (!start) {
        const setupHost = new DocxReportHost(bytes, FILE);
        await useCase.setup?.(setupHost);
        start = setupHost.bytes;
      }
      const host = new DocxReportHost(start, FILE);
      const probe = instrumentDocxEditor(failAt);
      let error: unknown = null;
      try {
        await useCase.run(host);
      } catch (e) {
        error = e;
      } finally {
        probe.restore();
      }
      return { before: start, after: host.bytes, error, calls: probe.calls };
    }

    it('keeps the file byte for byte or fully changed at every editor step, and says which', async () => {
      const clean = await scenario(null);
      expect(clean.error).toBeNull();
      expect(clean.calls.length).toBeGreaterThan(0);
      const runs: FaultRun[] = [];
      for (let n = 1; n <= clean.calls.length; n++) {
        const r = await scenario(n);
        runs.push({
          point: `editor call ${n} (${clean.calls[n - 1]})`,
          outcome: classify(r.after, r.before, clean.after),
          error: r.error,
        });
      }
      lines.push(describeRuns(useCase.name, `.docx (${clean.calls.length} editor calls)`, runs));
      expectHonest(useCase.name, runs);
    });
  });

  describe('a data source that fails halfway through loading', () => {
    const failing: LiveSource = {
      label: 'police.uk CSV files',
      load: (onProgress) => {
        onProgress?.(0.5, 'Reading 2017-10-kent-street.csv');
        return Promise.reject(
          new Error('2017-10-kent-street.csv, line 5012: the file ends inside a quoted field'),
        );
      },
    };

    it.each(['docx', 'word'] as const)(
      'leaves every region as it was on the %s host and says why',
      async (kind) => {
        const setupHost = new DocxReportHost(bytes, FILE);
        await insertTable(setupHost, '2024-06');
        const installed =
          kind === 'word'
            ? installFakeWord(fakeDocumentFromDocx(setupHost.bytes, FILE), { profile: currentWordProfile() })
            : null;
        try {
          const host: ReportHost =
            kind === 'word' ? new WordReportHost(FILE) : new DocxReportHost(setupHost.bytes, FILE);
          const before = await host.readSnapshot();
          const report = await refreshLiveRegions(host, failing, { elements, now: NOW });
          expect(report.written).toBe(false);
          expect(report.sourceError).toMatch(/line 5012/);
          expect(await (kind === 'word' ? new WordReportHost(FILE) : host).readSnapshot()).toEqual(before);
          if (host instanceof DocxReportHost)
            expect(Buffer.from(host.bytes).equals(setupHost.bytes)).toBe(true);
          lines.push(
            `faults source failing halfway on ${kind}: 1 fault point; unchanged, told: ${report.sourceError}`,
          );
        } finally {
          installed?.uninstall();
        }
      },
    );
  });
});
