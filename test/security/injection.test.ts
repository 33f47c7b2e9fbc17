/**
 * Injection: every hostile string (hostile-strings.ts) through every builder and output that
 * exists. The OOXML must parse with our parser AND with libxml2 (`xmllint --noout`) and show the
 * value as written (less the characters XML cannot hold and the bidi controls we drop); the
 * agenda HTML must show script tags as text; the CLI's terminal text must hold no control or bidi
 * characters; the consultation CSV must neutralise formulas. Counts per sink are printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { insertMissingSection } from '../../src/app/report-fixes';
import { checkReport } from '../../src/app/check-report';
import { PoliceCsvReader } from '../../src/core/data/police-csv';
import { PopulationTable } from '../../src/core/data/population';
import { ReportError } from '../../src/core/errors';
import { builtInElements, elementCatalogue, renderTableOrFigure } from '../../src/core/live';
import { emptyConsultationRecord } from '../../src/core/state/consultation-record';
import { DocxReportHost } from '../../src/docx/docx-host';
import { readDocx } from '../../src/docx/read/read-docx';
import { runCli, type CliIo } from '../../src/cli/main';
import { loadTemplate } from '../../src/cli/shared/templates';
import { blockContentControl } from '../../src/ooxml/content-control';
import {
  buildReportStatePart,
  emptyReportState,
  parseReportStatePart,
} from '../../src/ooxml/custom-xml-part';
import { NS } from '../../src/ooxml/namespaces';
import { paragraph } from '../../src/ooxml/paragraph';
import { dataTableBlock } from '../support/reference-blocks';
import { isElement, parseXml, type XmlElement } from '../../src/ooxml/xml';
import { hostileReport } from './hostile-docx';
import { HOSTILE_ENTRIES, SinkCounts, xmlVisible } from './hostile-strings';
import { renderRegionContent } from '../../src/ooxml/render-blocks';

const counts = new SinkCounts();
afterAll(() => process.stdout.write(`${counts.lines().join('\n')}\n`));

/** libxml2's verdict on a piece of XML: throws with its message when not well-formed. */
function xmllint(xml: string): void {
  execFileSync('xmllint', ['--noout', '--huge', '-'], {
    input: xml,
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
}

/** Wraps block WordprocessingML in a w:document, as a host would put it in document.xml. */
function wrapBody(blocks: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${NS.w}"><w:body>${blocks}</w:body></w:document>`;
}

/** The text Word would show: w:t text, w:tab as a tab, w:br as a line break. */
function shownText(element: XmlElement): string {
  let out = '';
  for (const node of element.children) {
    if (!isElement(node)) continue;
    if (node.name === 'w:t') out += node.children.filter((c) => typeof c === 'string').join('');
    else if (node.name === 'w:tab') out += '\t';
    else if (node.name === 'w:br') out += '\n';
    else out += shownText(node);
  }
  return out;
}

function asShown(value: string): string {
  return xmlVisible(value).replace(/\r\n?/g, '\n');
}

describe('hostile strings in the OOXML builders', () => {
  it('paragraphs show each string as written and stay well-formed (our parser and xmllint)', () => {
    const blocks: string[] = [];
    for (const [name, value] of HOSTILE_ENTRIES) {
      const xml = paragraph({ runs: [{ text: value, bold: true }] });
      const root = parseXml(wrapBody(xml), name);
      expect(shownText(root)).toBe(asShown(value));
      blocks.push(xml);
      counts.add('ooxml paragraph');
    }
    xmllint(wrapBody(blocks.join('')));
  });

  it('data tables keep caption, headers, cells, source and alt text as text', () => {
    const blocks: string[] = [];
    for (const [name, value] of HOSTILE_ENTRIES) {
      const xml = dataTableBlock(
        {
          caption: value,
          columns: [
            { header: value, align: 'left' },
            { header: 'Count', align: 'right' },
          ],
          rows: [{ cells: [value, '1'] }, { cells: ['Total', value], kind: 'total' }],
          source: value,
        },
        { description: value },
      );
      const root = parseXml(wrapBody(xml), name);
      const text = shownText(root);
      expect(text).toContain(asShown(value));
      const description = findAll(root, 'w:tblDescription')[0]?.attributes['w:val'];
      expect(description).toBe(xmlVisible(value));
      blocks.push(xml);
      counts.add('ooxml data table');
    }
    xmllint(wrapBody(blocks.join('')));
  });

  it('content controls keep tag and title as attribute values', () => {
    const blocks: string[] = [];
    for (const [name, value] of HOSTILE_ENTRIES) {
      const xml = blockContentControl({ tag: value, title: value }, paragraph({ runs: value }));
      const root = parseXml(wrapBody(xml), name);
      expect(findAll(root, 'w:tag')[0]?.attributes['w:val']).toBe(xmlVisible(value));
      expect(findAll(root, 'w:alias')[0]?.attributes['w:val']).toBe(xmlVisible(value));
      blocks.push(xml);
      counts.add('ooxml content control');
    }
    xmllint(wrapBody(blocks.join('')));
  });

  it('the custom XML state part round-trips every field, or refuses to pass 1 MB with a ReportError', () => {
    for (const [name, value] of HOSTILE_ENTRIES) {
      const state = emptyReportState();
      state.templateId = value;
      state.regions.push({
        id: 'r1',
        element: value,
        source: value,
        area: value,
        periodEnd: '2017-10',
        refreshedAt: value,
        valuesHash: 'h',
        options: { [name]: value },
        values: [{ where: value, value }],
      });
      let xml: string;
      try {
        xml = buildReportStatePart(state);
      } catch (error) {
        expect(error).toBeInstanceOf(ReportError);
        expect((error as ReportError).code).toBe('state-too-large');
        expect(value.length).toBeGreaterThan(250_000);
        counts.add('custom XML state part');
        continue;
      }
      xmllint(xml);
      const parsed = parseReportStatePart(xml, name).state;
      expect(parsed.templateId).toBe(xmlVisible(value));
      expect(parsed.regions[0]?.area).toBe(xmlVisible(value));
      expect(parsed.regions[0]?.values?.[0]?.where).toBe(xmlVisible(value));
      counts.add('custom XML state part');
    }
  });

  it('the consultation record (directory, assignments, responses) round-trips', () => {
    for (const [, value] of HOSTILE_ENTRIES) {
      const record = emptyConsultationRecord();
      record.directory.organisations.push({
        id: 'org',
        name: value,
        domains: [value],
        aliases: [value],
        people: [{ name: value, initials: value, email: value }],
      });
      record.assignments.push({ author: value, organisation: 'org' });
      record.dispositions.push({
        commentId: '1',
        durableId: null,
        hash: 'h',
        status: 'accepted',
        response: value,
        decidedAt: '2018-12-20T10:00:00Z',
        decidedBy: value,
      });
      let xml: string;
      try {
        xml = buildReportStatePart({ ...emptyReportState(), consultation: record });
      } catch (error) {
        expect((error as ReportError).code).toBe('state-too-large');
        counts.add('consultation state');
        continue;
      }
      xmllint(xml);
      const parsed = parseReportStatePart(xml, 'customXml/item1.xml').state.consultation!;
      // A response is a paragraph of text: line ends may come back as LF.
      const lines = (text: string | undefined) => text?.replace(/\r\n?/g, '\n');
      expect(lines(parsed.dispositions[0]?.response)).toBe(lines(xmlVisible(value)));
      expect(parsed.directory.organisations[0]?.name).toBe(xmlVisible(value));
      counts.add('consultation state');
    }
  });
});

function findAll(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const node of element.children) {
    if (!isElement(node)) continue;
    if (node.name === name) out.push(node);
    findAll(node, name, out);
  }
  return out;
}

function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

describe('hostile area and crime type names from a police.uk CSV into live tables', () => {
  it('tables built from the data parse, pass xmllint and show the names as text', async () => {
    for (const [name, value] of HOSTILE_ENTRIES) {
      const header =
        'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n';
      // 24 months, so the year-on-year comparison has both years complete.
      const months = Array.from({ length: 24 }, (_, i) =>
        new Date(Date.UTC(2015, 10 + i, 1)).toISOString().slice(0, 7),
      );
      const rows = months
        .flatMap((month) => [
          `,${month},Kent Police,Kent Police,0.5,51.2,x,E01,${csvField(`${value} 001A`)},Burglary,,`,
          `,${month},Kent Police,Kent Police,0.5,51.2,x,E02,${csvField('Maidstone 002B')},${csvField(value)},,`,
        ])
        .join('\n');
      const reader = new PoliceCsvReader({ retrieved: '2018-01-12' });
      try {
        await reader.readFile({ name: `${name}.csv`, chunks: [header + rows] });
      } catch (error) {
        // A megabyte in one field is longer than any row the reader accepts: refused, typed.
        expect(error).toBeInstanceOf(ReportError);
        counts.add('police CSV names into live tables');
        continue;
      }
      const data = reader.finish();
      const district = data.districts.find((d) => d !== 'Maidstone') ?? 'Maidstone';
      const population = new PopulationTable(
        { kind: 'tidy-csv', label: 'pop', retrieved: '2018-01-12', files: [] },
        data.districts.map((area) => ({ area, year: 2017, population: 1000, note: null })),
      );
      const blocks: string[] = [];
      for (const elementName of ['crime-by-category-yoy', 'top-lsoas', 'rate-per-1000-by-district']) {
        const element = elementCatalogue(builtInElements()).find(elementName);
        expect(element).toBeTruthy();
        const rendering = element!.compute({
          data,
          population,
          area: district,
          periodEnd: '2017-10',
          options: {},
        });
        blocks.push(
          renderRegionContent(renderTableOrFigure(rendering, { tableNumber: 1, figureNumber: 1 })).xml,
        );
      }
      const root = parseXml(wrapBody(blocks.join('')), name);
      xmllint(wrapBody(blocks.join('')));
      // The district (the name less its LSOA code) is shown as written, trimmed as the reader does.
      // The district (the LSOA name less its code, trimmed as the reader does) is shown as text.
      const firstLine = xmlVisible(district)
        .split(/[\r\n\t]/)[0]!
        .trim();
      if (district !== 'Maidstone' && firstLine !== '') expect(shownText(root)).toContain(firstLine);
      counts.add('police CSV names into live tables');
    }
  });
});

describe('hostile template specs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cr-injection-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a section title and guidance from a council template file are written as text by Insert missing section', async () => {
    const base = JSON.parse(
      readFileSync(join(__dirname, '../../src/core/template/specs/maidstone-2019.json'), 'utf8'),
    ) as { id: string; sections: { id: string; title: string; guidance?: string }[] };
    const outline = new Uint8Array(
      readFileSync(join(__dirname, '../fixtures/reports/strategic-assessment-problems.docx')),
    );
    // The problems report lacks a section (Risk): find it with the real spec first.
    const missing = (
      await checkReport(new DocxReportHost(outline, 'problems.docx'), loadTemplate(null))
    ).sections.find((s) => s.status === 'missing');
    expect(missing).toBeTruthy();
    for (const [, value] of HOSTILE_ENTRIES) {
      const spec = structuredClone(base);
      spec.id = 'hostile';
      const file = join(dir, 'spec.json');
      const host = new DocxReportHost(outline, 'problems.docx');
      const target = spec.sections.find((s) => s.id === missing!.id)!;
      target.title = `Risk ${value}`;
      target.guidance = value;
      writeFileSync(file, JSON.stringify(spec));
      let template;
      try {
        template = loadTemplate(file);
      } catch (error) {
        // A template file is refused with the field at fault named, never half-loaded.
        expect(error).toBeInstanceOf(ReportError);
        counts.add('template spec -> inserted section');
        continue;
      }
      const snapshot = await host.readSnapshot();
      await insertMissingSection(host, template, snapshot, target.id);
      const documentXml = new TextDecoder().decode(unzipSync(host.bytes)['word/document.xml']!);
      xmllint(documentXml);
      const text = readDocx(host.bytes, 'out.docx')
        .paragraphs.map((para) => para.text)
        .join('\n');
      expect(text).toContain(
        xmlVisible(value)
          .replace(/[\r\n\t]+/g, ' ')
          .trim()
          .split(' ')[0] ?? '',
      );
      expect(documentXml).not.toContain('<script>');
      counts.add('template spec -> inserted section');
    }
  });
});

describe('hostile text in documents through the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cr-injection-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function io() {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIo = {
      stdout: { write: (t: string) => out.push(t) },
      stderr: { write: (t: string) => err.push(t) },
      env: {},
      now: () => new Date('2018-01-12T10:00:00Z'),
    };
    return { cli, out, err };
  }

  const entries = HOSTILE_ENTRIES;
  const file = join(dir, '<img src=x onerror=alert(1)> report.docx');
  writeFileSync(file, hostileReport());

  it('agenda HTML shows markup as text: no script, no event handlers, no injected elements', async () => {
    const out = join(dir, 'agenda.html');
    const { cli } = io();
    await runCli(['check', file, '--format', 'html', '--out', out], cli);
    const html = readFileSync(out, 'utf8');
    const dom = new JSDOM(html);
    const document = dom.window.document;
    expect(document.querySelectorAll('script, img, iframe, object, embed').length).toBe(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on')).toBe(false);
    }
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)> report.docx');
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
    counts.add('CLI agenda HTML', entries.length + 1);
  });

  it('JSON output parses and carries the strings exactly', async () => {
    const { cli, out } = io();
    await runCli(['check', file, '--json'], cli);
    const parsed = JSON.parse(out.join('')) as unknown;
    expect(JSON.stringify(parsed)).toContain('<script>alert(1)</script>');
    counts.add('CLI check --json', entries.length + 1);
  });

  it('terminal text holds no control characters or bidi overrides (escape sequences cannot reach the terminal)', async () => {
    const { cli, out } = io();
    await runCli(['check', file], cli);
    const text = out.join('');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    counts.add('CLI check text', entries.length + 1);
  });

  it('consultation CSV neutralises formulas in every cell; JSON and text stay intact', async () => {
    const csv = io();
    await runCli(['comments', file, '--csv'], csv.cli);
    const csvText = csv.out.join('').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csvText, { skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(entries.length);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvText).toContain("'=HYPERLINK(");
    counts.add('consultation CSV', entries.length);

    const json = io();
    await runCli(['comments', file, '--json'], json.cli);
    const parsed = JSON.parse(json.out.join('')) as { comments: { text: string }[] };
    expect(parsed.comments.some((c) => c.text.includes('<script>alert(1)</script>'))).toBe(true);
    counts.add('consultation JSON', entries.length);

    const text = io();
    await runCli(['comments', file], text.cli);
    // eslint-disable-next-line no-control-regex
    expect(text.out.join('')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    counts.add('consultation text', entries.length);
  });
});
