/**
 * DocxReportHost's paragraph changes on a real report: the Template view's fixes (add a missing
 * section, protect headings, remove protection, go to a finding) as the browser workspace runs
 * them, checked by reading the result again and by LibreOffice rendering it.
 */
import { checkReportKeepingSnapshot } from '../../../../src/app/check-report';
import {
  insertMissingSection,
  protectSectionHeadings,
  removeHeadingProtection,
  selectParagraph,
} from '../../../../src/app/report-fixes';
import { ReportError } from '../../../../src/core/errors';
import { HEADING_TAG_PREFIX } from '../../../../src/core/template/heading-protection';
import { getTemplate } from '../../../../src/core/template/templates';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import { readDocx } from '../../../../src/docx/read/read-docx';
import { renderDocx } from '../../../support/libreoffice';
import { fixture } from '../fixtures';

const template = getTemplate('maidstone-2019');
const PROBLEMS = 'reports/strategic-assessment-problems.docx';

function host(onSelect?: (paragraph: number) => void) {
  return new DocxReportHost(fixture(PROBLEMS), 'problems.docx', onSelect ? { onSelect } : {});
}

describe('DocxReportHost paragraph writes', () => {
  it('adds the missing Risk section in template order, styled like its neighbours, and the check then finds it', async () => {
    const docx = host();
    const before = await checkReportKeepingSnapshot(docx, template);
    expect(before.result.sections.find((s) => s.id === 'risk')?.status).toBe('missing');

    const after = await insertMissingSection(docx, template, before.snapshot, 'risk');
    const risk = after.result.sections.find((s) => s.id === 'risk');
    expect(risk?.status).not.toBe('missing');
    expect(after.result.findings.some((f) => f.rule === 'section-missing')).toBe(false);
    // The heading follows the report's own style ("4 RISK", bold Normal) and sits before section 5.
    const paragraphs = readDocx(docx.bytes, 'after.docx').paragraphs;
    const heading = paragraphs.find((p) => p.text === '4 RISK');
    expect(heading).toBeDefined();
    expect(heading!.boldOnly).toBe(true);
    expect(paragraphs[heading!.index + 1]?.text.length).toBeGreaterThan(0); // the guidance
    const next = paragraphs.findIndex((p) => p.text.startsWith('5 CONSULTATION'));
    expect(next).toBeGreaterThan(heading!.index);
    expect(after.snapshot.paragraphs.length).toBe(before.snapshot.paragraphs.length + 2);
  });

  it('refuses, writing nothing, when the anchor paragraph no longer has the text the check saw', async () => {
    const docx = host();
    const original = docx.bytes;
    await expect(
      docx.insertParagraphs({ paragraph: 10, text: 'Not what is there' }, 'Before', [
        { text: 'X', styleBuiltIn: 'Normal', bold: null },
      ]),
    ).rejects.toMatchObject({ code: 'report-changed' });
    expect(docx.bytes).toBe(original);
    const snapshot = await docx.readSnapshot();
    await expect(
      docx.protectParagraphs([
        { paragraph: 0, text: snapshot.paragraphs[0]!.text, tag: 'cr:heading:a', title: 'A' },
        { paragraph: 1, text: 'changed', tag: 'cr:heading:b', title: 'B' },
      ]),
    ).rejects.toBeInstanceOf(ReportError);
    expect(docx.bytes).toBe(original);
  });

  it('protects each section heading once, leaves protected ones alone, and removes the protection keeping the text', async () => {
    const docx = host();
    const { snapshot } = await checkReportKeepingSnapshot(docx, template);
    const first = await protectSectionHeadings(docx, template, snapshot);
    expect(first.protectedNow).toBe(8); // nine sections, Risk missing
    expect(first.alreadyProtected).toBe(0);

    const protectedSnapshot = readDocx(docx.bytes, 'protected.docx');
    const controls = protectedSnapshot.contentControls.filter((c) => c.tag?.startsWith(HEADING_TAG_PREFIX));
    expect(controls).toHaveLength(8);
    for (const control of controls) {
      expect(control.inline).toBe(false);
      expect(protectedSnapshot.paragraphs[control.firstParagraph]?.text).toBe(control.text);
    }
    // Same paragraphs, same text: wrapping changes no index.
    expect(protectedSnapshot.paragraphs.map((p) => p.text)).toEqual(snapshot.paragraphs.map((p) => p.text));

    const again = await protectSectionHeadings(
      docx,
      template,
      (await checkReportKeepingSnapshot(docx, template)).snapshot,
    );
    expect(again).toEqual({ protectedNow: 0, alreadyProtected: 8 });

    expect(await removeHeadingProtection(docx)).toBe(8);
    const unprotected = readDocx(docx.bytes, 'unprotected.docx');
    expect(unprotected.contentControls).toHaveLength(0);
    expect(unprotected.paragraphs.map((p) => p.text)).toEqual(snapshot.paragraphs.map((p) => p.text));
  });

  it('writes a file LibreOffice opens, showing the added section and the protected headings', async () => {
    const docx = host();
    const { snapshot } = await checkReportKeepingSnapshot(docx, template);
    const inserted = await insertMissingSection(docx, template, snapshot, 'risk');
    await protectSectionHeadings(docx, template, inserted.snapshot);
    const { text } = await renderDocx(docx.bytes, 'changed.docx');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('4 RISK');
    expect(flat).toContain('5 CONSULTATION RESULTS AND PREVIOUS COMMITTEE FEEDBACK');
  });

  it('goes to a paragraph by calling the workspace back, after checking its text', async () => {
    const selected: number[] = [];
    const docx = host((paragraph) => selected.push(paragraph));
    const snapshot = await docx.readSnapshot();
    await selectParagraph(docx, 5, snapshot.paragraphs[5]!.text);
    expect(selected).toEqual([5]);
    await expect(selectParagraph(docx, 5, 'something else')).rejects.toMatchObject({
      code: 'report-changed',
    });
    expect(selected).toEqual([5]);
  });
});
