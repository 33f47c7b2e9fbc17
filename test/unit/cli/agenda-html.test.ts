/**
 * @jest-environment jsdom
 */
import {
  agendaHtml,
  breakableName,
  escapeHtml,
  fileName,
  shortColumnNames,
} from '../../../src/cli/commands/check/agenda-html';
import type { ReportOutcome } from '../../../src/cli/commands/check/outcome';
import { checked, cleanReport, finding, reportWithProblems, section } from './sample-results';

const CHECKED_AT = new Date('2019-01-07T09:30:00Z');
const HOSTILE = `<script>alert("x")</script> & 'quoted' "double"`;

/** The browser's own parser (jsdom): what a reader's browser would build from the page. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function page(outcomes: ReportOutcome[]): Document {
  return parse(agendaHtml(outcomes, { checkedAt: CHECKED_AT }));
}

describe('agenda page', () => {
  const outcomes: ReportOutcome[] = [
    checked('strategic-assessment.docx', reportWithProblems()),
    checked('cctv-review.docx', cleanReport()),
    { file: 'broken.docx', error: { code: 'docx-corrupt', message: 'This is not a Word document.' } },
  ];
  const doc = page(outcomes);

  it('is a standalone en-GB page with inline CSS and no external assets', () => {
    const html = agendaHtml(outcomes, { checkedAt: CHECKED_AT });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(doc.querySelector('title')?.textContent).toBeTruthy();
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('link, script, img, iframe')).toHaveLength(0);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(doc.body.textContent).toContain('7 January 2019');
  });

  it('has a real table: caption, column headers, one row per report headed by the file name', () => {
    const table = doc.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent).toMatch(/complete, incomplete or missing/);
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    // Short names that fit a laptop screen; the full name is the tooltip and the accessible name.
    // Long words may break with a hyphen (soft hyphens): the words read the same without them.
    expect(headers.map((th) => th.textContent?.replace(/\u00ad/g, ''))).toEqual([
      'Report',
      'Header fields',
      'Introduction',
      'Available Options',
      'Preferred Option',
      'Risk',
      'Consultation Results',
      'Next Steps',
      'Cross-Cutting Issues',
      'Report Appendices',
      'Background Papers',
      'Findings',
    ]);
    const full = (th: Element) => th.getAttribute('aria-label') ?? th.textContent;
    expect(headers.map(full).slice(2, 9)).toEqual([
      'Introduction and Background',
      'Available Options',
      'Preferred Option and Reasons for Recommendations',
      'Risk',
      'Consultation Results and Previous Committee Feedback',
      'Next Steps: Communication and Implementation of the Decision',
      'Cross-Cutting Issues and Implications',
    ]);
    expect(headers[7]?.getAttribute('title')).toBe(
      'Next Steps: Communication and Implementation of the Decision',
    );
    // The key below the table lists the short names with the full ones.
    const key = [...doc.querySelectorAll('dl.key div')].map((d) => d.textContent);
    expect(key).toContain('Next StepsNext Steps: Communication and Implementation of the Decision');
    expect(key).toHaveLength(5);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.querySelector('th[scope="row"]')?.textContent)).toEqual([
      'strategic-assessment.docx',
      'cctv-review.docx',
      'broken.docx',
    ]);
  });

  it('says each status in words and links it to the findings below', () => {
    const cells = [...doc.querySelectorAll('tbody tr')][0]?.querySelectorAll(
      'td',
    ) as NodeListOf<HTMLTableCellElement>;
    const words = [...cells].map((td) => td.textContent?.replace(/^[✓!✗]\s*/, ''));
    expect(words.slice(0, 10)).toEqual([
      'Incomplete',
      'Complete',
      'Complete',
      'Complete',
      'Missing',
      'Complete',
      'Incomplete',
      'Complete',
      'Complete',
      'Complete',
    ]);
    expect(words[10]).toBe('3 errors, 2 warnings');
    const risk = cells[4] as HTMLTableCellElement;
    expect(risk.className).toBe('missing');
    const target = risk.querySelector('a')?.getAttribute('href') ?? '';
    expect(target).toMatch(/^#report-1-risk$/);
    const anchored = doc.getElementById(target.slice(1));
    expect(anchored?.tagName).toBe('H3');
    expect(anchored?.nextElementSibling?.textContent).toContain('no "Risk" section');
    // The symbol is decoration only: hidden from screen readers, the word is what is read.
    expect(risk.querySelector('[aria-hidden="true"]')?.textContent?.trim()).toBe('✗');
  });

  it('lists findings with severity, 1-based paragraph and excerpt', () => {
    const item = [...doc.querySelectorAll('#report-1 li')].find((li) =>
      li.textContent?.includes('1.4 is used twice'),
    );
    expect(item?.textContent).toContain('Warning');
    expect(item?.textContent).toContain('paragraph 17');
    expect(item?.querySelector('q')?.textContent).toBe('1.4 Our priorities for this year...');
  });

  it('shows a file that could not be checked, with the reason, across the row', () => {
    const row = [...doc.querySelectorAll('tbody tr')][2] as HTMLTableRowElement;
    const cell = row.querySelector('td') as HTMLTableCellElement;
    expect(cell.colSpan).toBe(11);
    expect(cell.textContent).toContain('Could not be checked: This is not a Word document.');
    expect(doc.querySelector('#report-3')?.textContent).toContain('docx-corrupt');
  });

  it('escapes every string that comes from a document or a file name', () => {
    const hostile = reportWithProblems();
    hostile.sections = hostile.sections.map((s) => ({ ...s, heading: HOSTILE }));
    hostile.findings = [
      finding({
        rule: 'placeholder-text',
        severity: 'error',
        section: 'risk',
        message: HOSTILE,
        excerpt: HOSTILE,
        number: HOSTILE,
      }),
      finding({
        rule: 'crosscutting-signoff-empty',
        severity: 'error',
        section: 'cross-cutting',
        row: HOSTILE,
      }),
    ];
    const html = agendaHtml(
      [
        checked(`${HOSTILE}.docx`, hostile, HOSTILE),
        { file: HOSTILE, error: { code: HOSTILE, message: HOSTILE } },
      ],
      { checkedAt: CHECKED_AT },
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain(`'quoted'`);
    expect(html).not.toContain('"double"');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    const parsed = parse(html);
    expect(parsed.querySelectorAll('script')).toHaveLength(0);
    // The name after the last "/" is shown; the whole name only as the tooltip.
    expect(parsed.querySelector('tbody th')?.textContent).toBe(`script> & 'quoted' "double".docx`);
    expect(parsed.querySelector('tbody th a')?.getAttribute('title')).toBe(`${HOSTILE}.docx`);
    expect(parsed.querySelector('#report-1 q')?.textContent).toBe(HOSTILE);
  });

  it('keeps anchors safe when a user template has odd section ids', () => {
    const odd = cleanReport('mine');
    odd.sections = [section('x" onclick="evil', 'X', 'missing')];
    odd.findings = [finding({ rule: 'section-missing', severity: 'error', section: 'x" onclick="evil' })];
    const html = agendaHtml([checked('a.docx', odd)], { checkedAt: CHECKED_AT });
    expect(html).not.toContain('onclick="');
    expect(html).toContain('href="#report-1-x-onclick-evil"');
  });

  it('with reports on different templates, shows the union of sections and says when one is not in a template', () => {
    const other = cleanReport('other-council');
    other.sections = [
      ...other.sections.slice(0, 4),
      section('community-impact', 'Community Impact', 'complete'),
      ...other.sections.slice(4),
    ];
    const twoTemplates = page([checked('a.docx', cleanReport()), checked('b.docx', other, 'Other council')]);
    const headers = [...twoTemplates.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers.indexOf('Community Impact')).toBe(headers.indexOf('Risk') + 1);
    const firstRow = [...twoTemplates.querySelectorAll('tbody tr')][0] as HTMLTableRowElement;
    const cell = firstRow.cells[headers.indexOf('Community Impact')];
    expect(cell?.textContent).toBe('Not in this template');
  });

  it('has text colours with a contrast of at least 4.5:1 on their fills', () => {
    const css = doc.querySelector('style')?.textContent ?? '';
    const pairs = [...css.matchAll(/background:(#[0-9a-f]{6});color:(#[0-9a-f]{6})/g)];
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    for (const [, background, colour] of pairs) {
      expect(contrast(colour as string, background as string)).toBeGreaterThanOrEqual(4.5);
    }
    // Text colours without a fill of their own sit on the white page or on the lightest fill.
    for (const [, colour] of css.matchAll(/[{;]color:(#[0-9a-f]{6})/g)) {
      expect(contrast(colour as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour as string, '#fde7e9')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('names each report by its file name, whichever separator its path uses', () => {
    expect(fileName('agenda/2019-02-13/item 4 report.docx')).toBe('item 4 report.docx');
    expect(fileName('C:\\Committees\\item 4.docx')).toBe('item 4.docx');
    expect(fileName('report.docx')).toBe('report.docx');
  });

  it('gives columns short names: before a colon or " and ", two words at most, never two alike', () => {
    const columns = [
      { id: 'a', title: 'Next Steps: Communication and Implementation of the Decision' },
      { id: 'b', title: 'Financial Implications and Value for Money' },
      { id: 'c', title: 'Financial Implications and Risk' },
      { id: 'd', title: 'Terms of Reference' },
      { id: 'e', title: 'Risk' },
    ];
    expect(shortColumnNames(columns)).toEqual([
      'Next Steps',
      'Financial Implications and Value for Money',
      'Financial Implications and Risk',
      'Terms of Reference',
      'Risk',
    ]);
  });

  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });
});

/** WCAG 2 contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('breakableName', () => {
  it('lets long words break between syllables with a hyphen, and leaves short words whole', () => {
    expect(breakableName('Recommendations')).toBe('Recom&shy;men&shy;dations');
    expect(breakableName('Introduction')).toBe('Intro&shy;duc&shy;tion');
    expect(breakableName('Implications')).toBe('Impli&shy;cations');
    expect(breakableName('Consultation Results')).toBe('Con&shy;sul&shy;tation Results');
    expect(breakableName('Risk')).toBe('Risk');
    expect(breakableName('Appendices')).toBe('Appendices');
  });

  it('escapes what it shows', () => {
    expect(breakableName('<Recommendations&Risk>')).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|shy;)/);
  });
});
