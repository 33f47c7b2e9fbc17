/**
 * "Insert missing recommendations" on both hosts, on LibreOffice-made layouts other councils use
 * without recommendations: the template's lead and one numbered placeholder go where the template
 * has them (before the timetable; after the header fields when there is neither summary nor
 * timetable), never inside a table, and the check then finds the recommendations and asks only that
 * the placeholder be replaced. Every report fixture that has recommendations is never offered it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot } from '../../src/app/check-report';
import { insertMissingSection } from '../../src/app/report-fixes';
import { ReportError } from '../../src/core/errors';
import { checkSnapshot } from '../../src/core/template/check';
import {
  FIRST_RECOMMENDATION_NUMBER,
  RECOMMENDATION_PLACEHOLDER,
  planRecommendationsInsertion,
} from '../../src/core/template/recommendations-insertion';
import { offersInsertion } from '../../src/core/template/section-insertion';
import { getTemplate } from '../../src/core/template/templates';
import { readDocx } from '../../src/docx/read/read-docx';
import { DocxReportHost } from '../../src/docx/docx-host';
import { renderDocx } from '../support/libreoffice';
import { contractFixtures } from './fixtures';
import { HOSTS, type HostUnderTest } from './hosts';
import { inEachWordProfile } from '../support/word-profile-suite';

const template = getTemplate('maidstone-2019');
const LEAD = template.frontMatter.recommendations!.lead;
const ITEM = `${FIRST_RECOMMENDATION_NUMBER}${RECOMMENDATION_PLACEHOLDER}`;

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'reports', `${name}.docx`)));
}

async function insertRecommendations(kind: HostUnderTest, name: string) {
  const opened = kind.open(fixture(name), `${name}.docx`, { wordApi: '1.6' });
  try {
    const { host } = opened;
    const before = await checkReportKeepingSnapshot(host, template);
    const after = await insertMissingSection(host, template, before.snapshot, 'recommendations');
    const body = after.snapshot.paragraphs.filter((p) => p.cell === null).map((p) => p.text.trim());
    const at = body.indexOf(LEAD);
    const rules = (findings: typeof before.result.findings) => findings.map((f) => `${f.rule} ${f.section}`);
    const part = (result: typeof before.result) => result.sections.find((s) => s.id === 'recommendations');
    return {
      statusBefore: part(before.result)?.status,
      statusAfter: part(after.result)?.status,
      found: part(after.result)?.heading,
      offeredAfter: offersInsertion(part(after.result)!),
      around: body.slice(at - 1, at + 3),
      inCell: after.snapshot.paragraphs.some((p) => p.cell !== null && p.text.includes(LEAD)),
      gone: rules(before.result.findings).filter((r) => !rules(after.result.findings).includes(r)),
      added: rules(after.result.findings).filter((r) => !rules(before.result.findings).includes(r)),
    };
  } finally {
    opened.close();
  }
}

const docxHost = HOSTS.find((h) => h.kind === 'docx')!;
const wordHost = HOSTS.find((h) => h.kind === 'word')!;

inEachWordProfile(() => {
  describe('inserting missing recommendations', () => {
    it('go before the timetable, after the summary and "Purpose of Report", out of every table', async () => {
      const docx = await insertRecommendations(docxHost, 'other-council-no-recommendations-fields-table');
      expect(docx).toEqual({
        statusBefore: 'missing',
        // From an error to the placeholder the officer must replace: not to complete.
        statusAfter: 'incomplete',
        found: LEAD,
        offeredAfter: false,
        around: ['Decision', LEAD, ITEM, 'Timetable'],
        inCell: false,
        gone: ['recommendations-missing recommendations'],
        added: ['placeholder-text recommendations'],
      });
      expect(await insertRecommendations(wordHost, 'other-council-no-recommendations-fields-table')).toEqual(
        docx,
      );
    });

    it('go after the last "Label: value" field when there is no summary and no timetable', async () => {
      const docx = await insertRecommendations(docxHost, 'other-council-no-recommendations-label-value');
      expect(docx).toEqual({
        statusBefore: 'missing',
        statusAfter: 'incomplete',
        found: LEAD,
        offeredAfter: false,
        around: ['Wards affected: All Wards', LEAD, ITEM, 'Purpose of Report'],
        inCell: false,
        gone: ['recommendations-missing recommendations'],
        added: ['placeholder-text recommendations'],
      });
      expect(await insertRecommendations(wordHost, 'other-council-no-recommendations-label-value')).toEqual(
        docx,
      );
    });
  });
});

describe('reports that have recommendations', () => {
  const reports = contractFixtures().filter((f) => f.name.startsWith('reports/'));

  it('covers the sample reports and the other councils’ layouts', () => {
    expect(reports.length).toBeGreaterThanOrEqual(15);
  });

  it.each(reports.map((f) => [f.name, f.bytes] as const))(
    '%s is offered the insert only when it has no recommendations lead',
    (name, bytes) => {
      const snapshot = readDocx(bytes, name);
      const part = checkSnapshot(snapshot, template).sections.find((s) => s.id === 'recommendations')!;
      const hasNone = name.includes('no-recommendations');
      expect(part.status === 'missing').toBe(hasNone);
      expect(offersInsertion(part)).toBe(hasNone);
      if (!hasNone) {
        let error: unknown = null;
        try {
          planRecommendationsInsertion(snapshot, template);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ReportError);
        expect((error as ReportError).code).toBe('section-present');
      }
    },
  );
});

describe('then the missing Executive Summary', () => {
  it('goes after the fields, before the inserted recommendations, and both are found', async () => {
    const host = new DocxReportHost(fixture('other-council-no-recommendations-label-value'), 'in.docx');
    const first = await checkReportKeepingSnapshot(host, template);
    const withRecommendations = await insertMissingSection(host, template, first.snapshot, 'recommendations');
    const after = await insertMissingSection(
      host,
      template,
      withRecommendations.snapshot,
      'executive-summary',
    );
    const body = after.snapshot.paragraphs.map((p) => p.text);
    const at = body.indexOf('Wards affected: All Wards');
    expect(body.slice(at + 1, at + 5)).toEqual([
      'Executive Summary',
      expect.stringMatching(/^\[Insert a short summary/),
      LEAD,
      ITEM,
    ]);
    const status = (id: string) => after.result.sections.find((s) => s.id === id)?.status;
    expect([status('executive-summary'), status('recommendations')]).toEqual(['incomplete', 'incomplete']);
    expect(
      after.result.findings
        .filter((f) => f.section === 'executive-summary' || f.section === 'recommendations')
        .map((f) => `${f.rule} ${f.section}`),
    ).toEqual(['placeholder-text executive-summary', 'placeholder-text recommendations']);
  });
});

describe('the .docx written', () => {
  it('opens in LibreOffice with the lead and the numbered placeholder before the timetable', async () => {
    const host = new DocxReportHost(fixture('other-council-no-recommendations-fields-table'), 'in.docx');
    const before = await checkReportKeepingSnapshot(host, template);
    await insertMissingSection(host, template, before.snapshot, 'recommendations');
    const { text } = await renderDocx(host.bytes, 'with-recommendations.docx');
    const flat = text.replace(/\s+/g, ' ');
    const lead = flat.indexOf(LEAD);
    expect(lead).toBeGreaterThan(flat.indexOf('Decision'));
    expect(flat.indexOf(`1. ${RECOMMENDATION_PLACEHOLDER}`)).toBeGreaterThan(lead);
    expect(flat.indexOf('Timetable')).toBeGreaterThan(flat.indexOf(RECOMMENDATION_PLACEHOLDER));
  });

  it('is refused, bytes untouched, when the report changed between the check and the insert', async () => {
    const host = new DocxReportHost(fixture('other-council-no-recommendations-fields-table'), 'in.docx');
    const before = await checkReportKeepingSnapshot(host, template);
    const plan = planRecommendationsInsertion(before.snapshot, template);
    // Someone retitles the timetable after the check: the anchor no longer reads as it did.
    const stale = {
      ...before.snapshot,
      paragraphs: before.snapshot.paragraphs.map((p) =>
        p.index === plan.anchor.paragraph ? { ...p, text: 'Decision timetable' } : p,
      ),
    };
    const original = host.bytes;
    await expect(insertMissingSection(host, template, stale, 'recommendations')).rejects.toMatchObject({
      code: 'report-changed',
    });
    expect(host.bytes).toBe(original);
  });

  it('writes a lead from a council’s own template file as text, whatever characters it has', async () => {
    const lead = 'This report makes <these> & "those" ]]> recommendations to the Committee:';
    const own = {
      ...template,
      frontMatter: { ...template.frontMatter, recommendations: { lead, aliases: [] } },
    };
    const host = new DocxReportHost(fixture('other-council-no-recommendations-fields-table'), 'in.docx');
    const before = await checkReportKeepingSnapshot(host, own);
    const after = await insertMissingSection(host, own, before.snapshot, 'recommendations');
    expect(readDocx(host.bytes, 'out.docx').paragraphs.map((p) => p.text)).toContain(lead);
    expect(after.result.sections.find((s) => s.id === 'recommendations')).toMatchObject({
      status: 'incomplete',
      heading: lead,
    });
  });
});
