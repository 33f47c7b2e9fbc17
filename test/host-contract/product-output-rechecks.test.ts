/**
 * What the product writes never trips its own check. Every use case that changes a report is run
 * on the workspace's sample report and on the complete Strategic Assessment, through the .docx host
 * and through the Word host over the fake Word, and the report is checked again: the only new
 * finding allowed is `placeholder-text` for the guidance an inserted section carries on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot } from '../../src/app/check-report';
import {
  readConsultationOf,
  recordDispositions,
  resolveComments,
} from '../../src/app/consultation/consultation-use-cases';
import { writeSummaryRegion } from '../../src/app/consultation/summary-region';
import { insertLiveElement, loadedSource, refreshLiveRegions, type LiveData } from '../../src/app/live';
import { insertMissingSection, protectSectionHeadings } from '../../src/app/report-fixes';
import { sampleDataset, samplePopulation } from '../../src/core/data';
import type { ReportHost } from '../../src/core/report/host';
import type { ReportSnapshot } from '../../src/core/report/snapshot';
import type { Finding } from '../../src/core/template/finding';
import { getTemplate } from '../../src/core/template/templates';
import { HOSTS, type HostUnderTest } from './hosts';
import { nodeCatalogue } from '../support/elements';

const ROOT = join(__dirname, '..', '..');
const REPORTS = {
  sample: join(ROOT, 'src/workspace/sample/strategic-assessment-sample.docx'),
  complete: join(ROOT, 'test/fixtures/reports/strategic-assessment-complete.docx'),
} as const;
const template = getTemplate('maidstone-2019');
const NOW = new Date('2026-01-12T09:30:00Z');
const elements = nodeCatalogue();
const officer = { name: 'Sam Okafor', initials: 'SO' };

let sample: LiveData;
beforeAll(() => {
  sample = { data: sampleDataset(), population: samplePopulation(), source: 'sample' };
});

/** A finding as a clerk reads it, without its paragraph index (which an insert moves). */
function key(finding: Finding): string {
  return [finding.rule, finding.severity, finding.section, finding.number, finding.row, finding.excerpt].join(
    ' | ',
  );
}

/** Findings after that were not there before (each counted as often as it appears). */
function added(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const finding of before) left.set(key(finding), (left.get(key(finding)) ?? 0) + 1);
  return after.filter((finding) => {
    const n = left.get(key(finding)) ?? 0;
    if (n === 0) return true;
    left.set(key(finding), n - 1);
    return false;
  });
}

const check = (host: ReportHost) => checkReportKeepingSnapshot(host, template, { live: { now: NOW } });

type UseCase = (host: ReportHost, report: keyof typeof REPORTS) => Promise<void>;

const insert =
  (element: string, section: string, id: string): UseCase =>
  async (host) => {
    await insertLiveElement(
      host,
      loadedSource(sample),
      { element, area: 'Maidstone', id },
      { section, template },
      {
        now: NOW,
        elements,
      },
    );
  };

const USE_CASES: Record<string, UseCase> = {
  'a live table in a section': insert('crime-by-category-yoy', 'introduction-background', 'yoy'),
  'a live table of rates': insert('rate-per-1000-by-district', 'introduction-background', 'rates'),
  'a live figure in a section': insert('figure:total-crime', 'introduction-background', 'total'),
  'a chart with its caption and source line': insert(
    'chart:category-yoy',
    'introduction-background',
    'chart',
  ),
  'a live table in the executive summary': insert('top-lsoas', 'executive-summary', 'lsoas'),
  'live regions refreshed': async (host, report) => {
    await insert('crime-by-category-yoy', 'consultation', 'yoy')(host, report);
    await insert('chart:monthly-trend', 'next-steps', 'trend')(host, report);
    await refreshLiveRegions(host, loadedSource(sample), { elements, now: NOW, force: true });
  },
  'the consultation summary': async (host) => {
    await writeSummaryRegion(host, await readConsultationOf(host, template), template, NOW);
  },
  'replies in comments, with decisions recorded': async (host) => {
    const reading = await readConsultationOf(host, template);
    const changes = reading.consultation.comments.map((comment) => ({
      comment,
      status: 'accepted' as const,
      response: 'The paragraph has been reworded.',
      reply: true,
      resolve: true,
    }));
    await recordDispositions(host, reading, changes, officer, NOW);
  },
  'comments resolved without a decision, then the summary': async (host) => {
    const reading = await readConsultationOf(host, template);
    await resolveComments(host, reading.consultation.comments);
    await writeSummaryRegion(host, await readConsultationOf(host, template), template, NOW);
  },
  'protected section headings': async (host) => {
    const { snapshot } = await check(host);
    await protectSectionHeadings(host, template, snapshot);
  },
  'a missing section inserted': async (host) => {
    const { result } = await check(host);
    const missing = result.sections.filter((s) => s.status === 'missing' && s.number !== null);
    expect(missing.length).toBeGreaterThan(0);
    for (const section of missing) {
      await insertMissingSection(host, template, (await check(host)).snapshot, section.id);
    }
  },
};

const SAMPLE_ONLY = ['replies in comments, with decisions recorded', 'a missing section inserted'];

/** What a use case may change: the text, controls, comments and data part. */
function documentOf(snapshot: ReportSnapshot) {
  return {
    paragraphs: snapshot.paragraphs.map((p) => p.text),
    controls: snapshot.contentControls.map((c) => [c.tag, c.firstParagraph, c.lastParagraph]),
    comments: snapshot.comments.map((c) => [c.resolved, c.replies.length]),
    parts: snapshot.customXmlParts.map((part) => part.xml),
  };
}

describe.each(HOSTS.map((host) => [host.kind, host] as [string, HostUnderTest]))(
  'what the product writes re-checks clean (%s host)',
  (_kind, hostUnderTest) => {
    describe.each(Object.keys(REPORTS) as (keyof typeof REPORTS)[])('on the %s report', (report) => {
      // The complete report has no comments and no missing section: those use cases need the sample.
      const names = Object.keys(USE_CASES).filter(
        (name) => report === 'sample' || !SAMPLE_ONLY.includes(name),
      );
      it.each(names)('%s', async (name) => {
        const opened = hostUnderTest.open(new Uint8Array(readFileSync(REPORTS[report])), `${report}.docx`, {
          wordApi: '1.6',
        });
        try {
          const { snapshot, result: before } = await check(opened.host);
          await USE_CASES[name]!(opened.host, report);
          const { snapshot: written, result: after } = await check(opened.host);
          // The use case did write something, so a clean re-check means something.
          expect(JSON.stringify(documentOf(written))).not.toBe(JSON.stringify(documentOf(snapshot)));
          const allowed = name === 'a missing section inserted' ? ['placeholder-text'] : [];
          const unexpected = added(before.findings, after.findings).filter((f) => !allowed.includes(f.rule));
          expect(unexpected.map((f) => `${key(f)} | ${f.message}`)).toEqual([]);
        } finally {
          opened.close();
        }
      });
    });
  },
);
