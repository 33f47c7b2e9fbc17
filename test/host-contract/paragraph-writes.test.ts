/**
 * The Template view's fixes, written once and run through both hosts on the same report: adding a
 * missing section, protecting the headings and removing the protection leave the report the same
 * whether Word (the faithful fake) or the .docx host (the browser workspace, the CLI) made them,
 * and both refuse the same stale anchor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportKeepingSnapshot } from '../../src/app/check-report';
import {
  insertMissingSection,
  protectSectionHeadings,
  removeHeadingProtection,
} from '../../src/app/report-fixes';
import type { ReportSnapshot } from '../../src/core/report/snapshot';
import { HEADING_TAG_PREFIX } from '../../src/core/template/heading-protection';
import { getTemplate } from '../../src/core/template/templates';
import { HOSTS, type HostUnderTest } from './hosts';
import { inEachWordProfile } from '../support/word-profile-suite';

const template = getTemplate('maidstone-2019');
const bytes = new Uint8Array(
  readFileSync(join(__dirname, '..', 'fixtures', 'reports', 'strategic-assessment-problems.docx')),
);

/** What the officer sees of the result: text, heading look, and the heading controls. */
function seen(snapshot: ReportSnapshot) {
  return {
    paragraphs: snapshot.paragraphs
      .filter((p) => p.cell === null)
      .map((p) => ({ text: p.text, heading: p.headingLevel, bold: p.boldOnly && p.text.trim() !== '' })),
    protectedHeadings: snapshot.contentControls
      .filter((c) => c.tag?.startsWith(HEADING_TAG_PREFIX))
      .map((c) => ({ tag: c.tag, text: c.text.trim() })),
  };
}

async function fixThrough(kind: HostUnderTest) {
  const opened = kind.open(bytes, 'problems.docx', { wordApi: '1.6' });
  try {
    const { host } = opened;
    const first = await checkReportKeepingSnapshot(host, template);
    const inserted = await insertMissingSection(host, template, first.snapshot, 'risk');
    const outcome = await protectSectionHeadings(host, template, inserted.snapshot);
    const afterProtect = seen(await host.readSnapshot());
    const removed = await removeHeadingProtection(host);
    const afterRemove = await checkReportKeepingSnapshot(host, template);
    let refusal: unknown = null;
    await host.insertParagraphs!({ paragraph: 3, text: 'not this text' }, 'After', [
      { text: 'x', styleBuiltIn: 'Normal', bold: null },
    ]).catch((error: unknown) => (refusal = error));
    return {
      inserted: seen(inserted.snapshot),
      findingsAfterInsert: inserted.result.findings.map((f) => f.rule),
      outcome,
      afterProtect,
      removed,
      afterRemove: seen(afterRemove.snapshot),
      refusal: (refusal as { code?: string } | null)?.code,
    };
  } finally {
    opened.close();
  }
}

// Every test below runs in "Word desktop" and in "Word on the web" (the fake's two profiles).
inEachWordProfile(() => {
  describe('the Template view fixes through both hosts', () => {
    it('leave the same report whichever host made them, and refuse the same stale anchor', async () => {
      // One after the other: the fake Word is installed as the global \`Word\` while it runs.
      const docx = await fixThrough(HOSTS.find((h) => h.kind === 'docx')!);
      const word = await fixThrough(HOSTS.find((h) => h.kind === 'word')!);
      expect(docx.inserted.paragraphs.some((p) => p.text === '4 RISK' && p.bold)).toBe(true);
      expect(docx.outcome).toEqual({ protectedNow: 9, alreadyProtected: 0 });
      expect(docx.afterProtect.protectedHeadings).toHaveLength(9);
      expect(docx.removed).toBe(9);
      expect(docx.refusal).toBe('report-changed');
      expect(word).toEqual(docx);
    });
  });
});
