/**
 * Faults while writing, for the Template view's fixes (Insert missing section, Protect section
 * headings, Remove protection), on both hosts:
 *
 * - Word (the fake): a failing `context.sync()` at each sync the use case makes, and a failure at
 *   each queued operation (as in Word, a batch is not a transaction: operations before the failing
 *   one have run).
 * - .docx: a failure inside the editor at each of its method calls (open, every edit step, save).
 *
 * After each fault the document must be exactly as before or exactly as after a clean run, and the
 * error must say which. Fault points per use case are counted and printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot } from '../../src/app/check-report';
import {
  insertMissingSection,
  protectSectionHeadings,
  removeHeadingProtection,
} from '../../src/app/report-fixes';
import type { ReportHost } from '../../src/core/report/host';
import type { ReportSnapshot } from '../../src/core/report/snapshot';
import type { TemplateSpec } from '../../src/core/template/spec';
import { loadTemplate } from '../../src/cli/shared/templates';
import { DocxReportHost } from '../../src/docx/docx-host';
import { WordReportHost } from '../../src/word/word-host';
import { fakeDocumentFromDocx, installFakeWord, WORD_PROFILES } from '../support/fake-word';
import {
  classify,
  describeRuns,
  faultEveryWordPoint,
  instrumentDocxEditor,
  toldChanged,
  toldUnchanged,
  type FaultRun,
  type WordFault,
  type WordScenario,
} from './fault-harness';

const REPORTS = join(__dirname, '../fixtures/reports');
const read = (name: string) => new Uint8Array(readFileSync(join(REPORTS, name)));
const template = loadTemplate(null);

interface UseCase {
  name: string;
  file: string;
  /** Brings the document to the state the use case starts from (e.g. protected, to unprotect). */
  setup?: (host: ReportHost, template: TemplateSpec, snapshot: ReportSnapshot) => Promise<unknown>;
  run: (host: ReportHost, template: TemplateSpec, snapshot: ReportSnapshot) => Promise<unknown>;
}

const USE_CASES: UseCase[] = [
  {
    name: 'insert missing section',
    file: 'strategic-assessment-problems.docx',
    run: (host, t, s) => insertMissingSection(host, t, s, 'risk'),
  },
  {
    name: 'protect section headings',
    file: 'strategic-assessment-complete.docx',
    run: (host, t, s) => protectSectionHeadings(host, t, s),
  },
  {
    name: 'remove heading protection',
    file: 'strategic-assessment-complete.docx',
    setup: (host, t, s) => protectSectionHeadings(host, t, s),
    run: (host) => removeHeadingProtection(host),
  },
];

const lines: string[] = [];
afterAll(() => process.stdout.write(`${lines.join('\n')}\n`));

/**
 * No use case on either host may be half-changed: Insert missing section in Word takes out the
 * paragraphs Word wrote before a failure in the same batch (Paragraph.delete), so it too ends
 * unchanged or fully changed.
 */
function expectHonest(useCase: string, runs: FaultRun[]): void {
  for (const run of runs) {
    const where = `${useCase}, fault at ${run.point}: ${run.outcome}; error ${String((run.error as Error)?.message)}`;
    expect({ where, outcome: run.outcome }).not.toEqual({ where, outcome: 'half-changed' });
    // A fault after everything was written (e.g. in the check that follows) may still succeed.
    if (run.error === null) {
      expect({ where, outcome: run.outcome }).toEqual({ where, outcome: 'changed' });
      continue;
    }
    if (run.outcome === 'unchanged')
      expect({ where, told: toldUnchanged(run.error) }).toEqual({ where, told: true });
    else expect({ where, told: toldChanged(run.error) }).toEqual({ where, told: true });
  }
}

const WORD_CASES = WORD_PROFILES.flatMap((profile) => USE_CASES.map((useCase) => ({ profile, useCase })));

describe.each(WORD_CASES)('faults while writing in $profile.name: $useCase.name', ({ profile, useCase }) => {
  // The check the use case starts from is the same every time: made once, on the clean run.
  let checked: ReportSnapshot | null = null;

  async function scenario(failure: WordFault): Promise<WordScenario> {
    const { fake, uninstall } = installFakeWord(fakeDocumentFromDocx(read(useCase.file), useCase.file), {
      profile,
    });
    try {
      const host = new WordReportHost(useCase.file);
      if (useCase.setup)
        await useCase.setup(host, template, (await checkReportKeepingSnapshot(host, template)).snapshot);
      checked ??= (await checkReportKeepingSnapshot(host, template)).snapshot;
      const snapshot = checked;
      const before = await host.readSnapshot();
      const start = { syncs: fake.syncCount, operations: fake.operationCount };
      if (failure?.kind === 'sync') fake.failSync(failure.n);
      if (failure?.kind === 'operation') fake.failOperation(failure.n);
      let error: unknown = null;
      try {
        await useCase.run(host, template, snapshot);
      } catch (e) {
        error = e;
      }
      const used = {
        syncs: fake.syncCount - start.syncs,
        operations: fake.operationCount - start.operations,
      };
      const after = await new WordReportHost(useCase.file).readSnapshot();
      return { before, after, error, used };
    } finally {
      uninstall();
    }
  }

  it('leaves the document unchanged or fully changed at every sync and every operation, and says which', async () => {
    const { clean, runs } = await faultEveryWordPoint(scenario);
    lines.push(
      describeRuns(
        useCase.name,
        `${profile.name} (${clean.used.syncs} syncs, ${clean.used.operations} operations)`,
        runs,
      ),
    );
    expect(runs.length).toBe(clean.used.syncs + clean.used.operations);
    expectHonest(useCase.name, runs);
  });
});

describe.each(USE_CASES)('faults while writing on the .docx host: $name', (useCase) => {
  // The document and check the use case starts from are the same every time: made once.
  let start: { bytes: Uint8Array; snapshot: ReportSnapshot } | null = null;

  async function scenario(failAt: number | null) {
    if (!start) {
      const setupHost = new DocxReportHost(read(useCase.file), useCase.file);
      if (useCase.setup) {
        await useCase.setup(
          setupHost,
          template,
          (await checkReportKeepingSnapshot(setupHost, template)).snapshot,
        );
      }
      start = {
        bytes: setupHost.bytes,
        snapshot: (await checkReportKeepingSnapshot(setupHost, template)).snapshot,
      };
    }
    const host = new DocxReportHost(start.bytes, useCase.file);
    const snapshot = start.snapshot;
    const before = host.bytes;
    const probe = instrumentDocxEditor(failAt);
    let error: unknown = null;
    try {
      await useCase.run(host, template, snapshot);
    } catch (e) {
      error = e;
    } finally {
      probe.restore();
    }
    return { before, after: host.bytes, error, calls: probe.calls };
  }

  it('keeps the file byte for byte or fully changed at every editor step, and says which', async () => {
    const clean = await scenario(null);
    expect(clean.error).toBeNull();
    expect(clean.calls.length).toBeGreaterThan(1);
    // Every distinct step, each of its first three calls, and the save; a step repeated a hundred
    // times (a loop over the controls) is the same fault point a hundred times over.
    const seen = new Map<string, number>();
    const points = clean.calls.flatMap((name, i) => {
      const k = (seen.get(name) ?? 0) + 1;
      seen.set(name, k);
      return k <= 3 || name === 'save' ? [i + 1] : [];
    });
    const runs: FaultRun[] = [];
    for (const n of points) {
      const r = await scenario(n);
      runs.push({
        point: `editor call ${n} (${clean.calls[n - 1]})`,
        outcome: classify(r.after, r.before, clean.after),
        error: r.error,
      });
    }
    lines.push(
      describeRuns(
        useCase.name,
        `.docx (${points.length} of ${clean.calls.length} editor calls: every distinct step)`,
        runs,
      ),
    );
    expectHonest(useCase.name, runs);
  });
});
