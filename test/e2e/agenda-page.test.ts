/**
 * The agenda page (`council-report check … --format html`) in Debian's Chromium, on a 1366 × 768
 * laptop screen: the page itself never scrolls sideways, and every section column and the findings
 * count are on screen, with 15 section columns (a council template with more sections than ours:
 * the page must not depend on how many sections a template has). Also printed: A4 landscape.
 *
 * The screenshot goes to test-output/screenshots/agenda-1366x768.png for people to look at.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { launchChromium } from './support/browser';

const ROOT = join(__dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
const REPORTS = join(ROOT, 'test', 'fixtures', 'reports');

/** The council's template with five more numbered sections: 14 sections and the front matter. */
function widerTemplate(): unknown {
  const spec = JSON.parse(
    readFileSync(join(ROOT, 'src', 'core', 'template', 'specs', 'maidstone-2019.json'), 'utf8'),
  ) as { id: string; name: string; sections: { number: number }[] };
  const extra = [
    ['equalities', 'Equalities Impact Assessment'],
    ['climate', 'Climate Change and Biodiversity Implications'],
    ['value-for-money', 'Financial Implications and Value for Money'],
    ['legal', 'Legal Implications'],
    ['health-safety', 'Health and Safety'],
  ].map(([id, title], i) => ({
    id,
    number: spec.sections.length + i + 1,
    title,
    aliases: [],
    required: true,
    numberedParagraphs: true,
    guidance: `Set out the ${title!.toLowerCase()}.`,
  }));
  return {
    ...spec,
    id: 'wider-council',
    name: 'A council with more sections',
    sections: [...spec.sections, ...extra],
  };
}

function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'council-report.js'), ...args],
      { cwd: ROOT },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
    );
  });
}

let browser: Browser;
let page: Page;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'cr-agenda-'));
  // Reports in nested folders with long names, as an agenda's papers are kept.
  const papers = join(
    folder,
    'Committees',
    'Communities Housing and Environment',
    '2019-02-13 agenda papers',
  );
  mkdirSync(papers, { recursive: true });
  const files = ['complete', 'outline', 'problems'].map((name) => {
    const target = join(papers, `item-${name}-strategic-assessment-2018-19-final-version.docx`);
    writeFileSync(target, readFileSync(join(REPORTS, `strategic-assessment-${name}.docx`)));
    return target;
  });
  const template = join(folder, 'wider.json');
  writeFileSync(template, JSON.stringify(widerTemplate()));
  const out = join(folder, 'agenda.html');
  const { code, stderr } = await cli([
    'check',
    ...files,
    '--template',
    template,
    '--format',
    'html',
    '--out',
    out,
  ]);
  expect({ code, stderr }).toMatchObject({ code: 1 }); // the outline and problem reports have errors
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(pathToFileURL(out).href);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

test('at 1366 × 768: no sideways scrolling, every column and the findings count on screen', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'agenda-1366x768.png') });
  const layout = await page.evaluate(() => {
    const box = (element: Element) => element.getBoundingClientRect();
    const table = document.querySelector('#status-table')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => ({
      text: th.textContent ?? '',
      title: th.getAttribute('title'),
      left: box(th).left,
      right: box(th).right,
      top: box(th).top,
    }));
    const findings = [...table.querySelectorAll('tbody td.findings')].map((td) => ({
      text: td.textContent ?? '',
      right: box(td).right,
      bottom: box(td).bottom,
    }));
    const reports = [...table.querySelectorAll('tbody th')].map((th) => ({
      text: th.textContent ?? '',
      title: th.querySelector('a')?.getAttribute('title') ?? '',
    }));
    const tableBox = table.parentElement!;
    return {
      pageWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
      tableScrolls: tableBox.scrollWidth > tableBox.clientWidth,
      headers,
      findings,
      reports,
    };
  });
  expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewportWidth);
  expect(layout.tableScrolls).toBe(false);
  // Report, header fields, executive summary, recommendations, timetable, 14 sections, findings.
  expect(layout.headers).toHaveLength(20);
  for (const header of layout.headers) {
    expect(header.left).toBeGreaterThanOrEqual(0);
    expect(header.right).toBeLessThanOrEqual(layout.viewportWidth);
    expect(header.top).toBeLessThan(768);
  }
  expect(layout.headers.at(-1)?.text).toBe('Findings');
  // Short names, the full name on hover.
  const nextSteps = layout.headers.find((h) => h.title?.startsWith('Next Steps'));
  expect(nextSteps?.text).toBe('Next Steps');
  for (const cell of layout.findings) {
    expect(cell.text).toMatch(/\d+ errors?|No findings|warning/);
    expect(cell.right).toBeLessThanOrEqual(layout.viewportWidth);
    expect(cell.bottom).toBeLessThanOrEqual(768);
  }
  // Each report by its file name; the full path only as the tooltip.
  expect(layout.reports.map((r) => r.text)).toEqual([
    'item-complete-strategic-assessment-2018-19-final-version.docx',
    'item-outline-strategic-assessment-2018-19-final-version.docx',
    'item-problems-strategic-assessment-2018-19-final-version.docx',
  ]);
  for (const report of layout.reports) expect(report.title).toContain(join('Committees', 'Communities'));
});

test('axe finds no serious or critical violation (short headers keep their full names)', async () => {
  const { serious } = await axeViolations(page);
  expect(serious).toEqual([]);
});

test('the key lists each short column name with its full name', async () => {
  const key = await page.$$eval('dl.key div', (items) =>
    items.map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent]),
  );
  expect(key).toContainEqual(['Next Steps', 'Next Steps: Communication and Implementation of the Decision']);
  expect(key).toContainEqual(['Climate Change', 'Climate Change and Biodiversity Implications']);
});

test('prints on A4 landscape in black and white: the status is a word and a mark, not a colour', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    const cells = await page.$$eval('#status-table td.missing, #status-table td.incomplete', (tds) =>
      tds.map((td) => {
        const style = getComputedStyle(td);
        return { text: td.textContent ?? '', background: style.backgroundColor, colour: style.color };
      }),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.text).toMatch(/^[!✗] (Incomplete|Missing)$/);
      expect(cell.colour).toBe('rgb(0, 0, 0)');
      expect(cell.background).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
    const pdf = await page.pdf({ preferCSSPageSize: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'agenda-print.pdf'), pdf);
    // The first page's MediaBox: A4 landscape is 842 × 595 points.
    const media = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(Buffer.from(pdf).toString('latin1'));
    expect(media).not.toBeNull();
    expect(Math.round(Number(media![1]))).toBe(842);
    expect(Math.round(Number(media![2]))).toBe(595);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});
