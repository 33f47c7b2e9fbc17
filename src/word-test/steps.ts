/**
 * The use cases `npm run test:word` runs inside real Word, in order, on a copy of the bundled
 * sample report: each step is the same app-layer call the pane makes, with a check of what the
 * officer would see. The same steps run on the fake Word in Jest (test/unit/word-test), so the list
 * itself is tested; in Word the task pane runs them (`run-in-word.ts`) and posts each outcome to
 * Microsoft's office-addin-test-server.
 */
import { checkReportKeepingSnapshot } from '../app/check-report';
import { readConsultationOf, recordDispositions } from '../app/consultation/consultation-use-cases';
import { writeSummaryRegion } from '../app/consultation/summary-region';
import { insertLiveElement, refreshLiveRegions } from '../app/live';
import { sampleSource } from '../app/live/source';
import { insertMissingSection, protectSectionHeadings, removeHeadingProtection } from '../app/report-fixes';
import { offersInsertion } from '../core/template/section-insertion';
import type { ElementCatalogue } from '../core/live/catalogue';
import type { ReportHost } from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import { DEFAULT_TEMPLATE_ID, getTemplate } from '../core/template/templates';

export interface StepOutcome {
  step: string;
  pass: boolean;
  /** What happened, in a line: the officer's message on failure. */
  detail: string;
}

interface Context {
  host: ReportHost;
  /** The face's elements: the chart step is skipped where they hold no charts. */
  elements: ElementCatalogue;
  snapshot: ReportSnapshot | null;
}

type Step = [name: string, run: (c: Context) => Promise<string>];

function expectThat(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** A plain paragraph outside tables and controls, to put a live region after. */
function plainParagraph(snapshot: ReportSnapshot) {
  const inControl = new Set(snapshot.contentControls.flatMap((c) => [c.firstParagraph, c.lastParagraph]));
  const p = snapshot.paragraphs.find(
    (x) => x.cell === null && x.text.trim().length > 40 && !inControl.has(x.index),
  );
  if (!p) throw new Error('the report has no plain paragraph to put a live region after');
  return { anchor: { paragraph: p.index, text: p.text }, location: 'After' as const };
}

const template = () => getTemplate(DEFAULT_TEMPLATE_ID);

export const WORD_STEPS: readonly Step[] = [
  [
    'Check the report',
    async (c) => {
      const { snapshot, result } = await checkReportKeepingSnapshot(c.host, template());
      c.snapshot = snapshot;
      expectThat(result.sections.length > 0, 'no template sections were recognised');
      return `${result.findings.length} findings, ${result.sections.filter((s) => s.status === 'missing').length} sections missing`;
    },
  ],
  [
    'Insert a missing section',
    async (c) => {
      const checked = await checkReportKeepingSnapshot(c.host, template());
      // Only what the checklist offers to insert: the timetable, a table, is written by hand.
      const missing = checked.result.sections.find((s) => offersInsertion(s));
      if (!missing) return 'no section was missing (nothing to insert)';
      const after = await insertMissingSection(c.host, template(), checked.snapshot, missing.id);
      const now = after.result.sections.find((s) => s.id === missing.id);
      expectThat(now?.status !== 'missing', `"${missing.title}" is still missing after inserting it`);
      return `inserted "${missing.title}"`;
    },
  ],
  [
    'Protect the section headings',
    async (c) => {
      const { snapshot } = await checkReportKeepingSnapshot(c.host, template());
      const outcome = await protectSectionHeadings(c.host, template(), snapshot);
      expectThat(outcome.protectedNow + outcome.alreadyProtected > 0, 'no heading was protected');
      return `${outcome.protectedNow} protected`;
    },
  ],
  [
    'Remove the heading protection',
    async (c) => {
      const removed = await removeHeadingProtection(c.host);
      expectThat(removed > 0, 'no protection was removed');
      return `${removed} removed`;
    },
  ],
  [
    'Insert a live table',
    async (c) => {
      const place = plainParagraph(await c.host.readSnapshot());
      await insertLiveElement(
        c.host,
        sampleSource(),
        { element: 'crime-by-category-yoy', id: 'word-test-table' },
        place,
        { elements: c.elements },
      );
      return 'inserted crime-by-category-yoy';
    },
  ],
  [
    'Insert a chart',
    async (c) => {
      if (!c.elements.find('chart:spc-total-crime')) return 'skipped: no chart renderer here';
      const place = plainParagraph(await c.host.readSnapshot());
      await insertLiveElement(
        c.host,
        sampleSource(),
        { element: 'chart:spc-total-crime', id: 'word-test-chart' },
        place,
        { elements: c.elements },
      );
      return 'inserted chart:spc-total-crime';
    },
  ],
  [
    'Refresh the live regions',
    async (c) => {
      const report = await refreshLiveRegions(c.host, sampleSource(), { elements: c.elements });
      expectThat(report.regions.length > 0, 'no live region was found to refresh');
      const failed = report.regions.filter((r) => r.status === 'failed');
      expectThat(failed.length === 0, `${failed.length} regions failed to refresh`);
      return report.regions.map((r) => `${r.id}: ${r.status}`).join(', ');
    },
  ],
  [
    'Reply to and resolve a comment',
    async (c) => {
      const reading = await readConsultationOf(c.host, template());
      const comment = reading.consultation.comments.find((x) => !x.thread.resolved);
      if (!comment) return 'no open comment (nothing to answer)';
      const outcome = await recordDispositions(
        c.host,
        reading,
        [
          {
            comment,
            status: 'accepted',
            response: 'Checked in Word by test:word.',
            reply: true,
            resolve: true,
          },
        ],
        { name: '', initials: '' },
      );
      const after = await readConsultationOf(c.host, template());
      const same = after.consultation.comments.find((x) => x.thread.id === comment.thread.id);
      expectThat(same?.disposition === 'accepted', 'the disposition was not recorded');
      return outcome.unpostedReplies.length > 0
        ? 'recorded; Word refused the reply (its text was handed back)'
        : 'recorded, replied and resolved';
    },
  ],
  [
    'Write the consultation summary',
    async (c) => {
      const reading = await readConsultationOf(c.host, template());
      return `summary ${(await writeSummaryRegion(c.host, reading, template())).how}`;
    },
  ],
];

/** Runs every step in order; a failing step is reported and the next one still runs. */
export async function runWordSteps(
  host: ReportHost,
  options: { elements: ElementCatalogue; onStep?: (outcome: StepOutcome) => void },
): Promise<StepOutcome[]> {
  const context: Context = { host, elements: options.elements, snapshot: null };
  const outcomes: StepOutcome[] = [];
  for (const [step, run] of WORD_STEPS) {
    let outcome: StepOutcome;
    try {
      outcome = { step, pass: true, detail: await run(context) };
    } catch (error) {
      outcome = { step, pass: false, detail: error instanceof Error ? error.message : String(error) };
    }
    outcomes.push(outcome);
    options.onStep?.(outcome);
  }
  return outcomes;
}

/** The table `npm run test:word` prints. */
export function formatStepTable(outcomes: readonly StepOutcome[]): string {
  const width = Math.max(4, ...outcomes.map((o) => o.step.length));
  const lines = [`${'Step'.padEnd(width)}  Result  Detail`];
  for (const o of outcomes)
    lines.push(`${o.step.padEnd(width)}  ${o.pass ? 'pass  ' : 'FAIL  '}  ${o.detail}`);
  const failed = outcomes.filter((o) => !o.pass).length;
  lines.push(
    failed === 0
      ? `All ${outcomes.length} steps passed in Word.`
      : `${failed} of ${outcomes.length} steps failed in Word.`,
  );
  return lines.join('\n');
}
