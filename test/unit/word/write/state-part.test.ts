/**
 * The report's state part as both hosts write it, and as Word really keeps it (see the fake's
 * profiles): the root in the default namespace (Word fills namespaceUri, which getByNamespace
 * matches, only then: "Persist add-in state and settings"), no XML declaration through setXml
 * (office-js #1643), read back in the final sync (#5910), and older prefixed parts still read and
 * rewritten on the next write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocxReportHost } from '../../../../src/docx/docx-host';
import {
  buildReportStatePart,
  emptyReportState,
  REPORT_NAMESPACE,
} from '../../../../src/ooxml/custom-xml-part';
import { writeConsultationInWord } from '../../../../src/word/write/comment-writes';
import { WordReportHost } from '../../../../src/word/word-host';
import {
  fakeDocument,
  fakeParagraph,
  installFakeWord,
  WORD_PROFILES,
  type InstalledFakeWord,
  type WordBehaviours,
} from '../../../support/fake-word';

const FIXTURE = join(__dirname, '../../../fixtures/reports/strategic-assessment-complete.docx');
/** The report's state as the use cases hand it to a host, and the part's XML as the hosts write it. */
const stateOf = (templateId: string) => ({ ...emptyReportState(), templateId });
const state = (templateId: string) => buildReportStatePart(stateOf(templateId));
const OLD_SHAPE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<cr:report xmlns:cr="${REPORT_NAMESPACE}" version="1"><cr:template id="maidstone-2018"/><cr:regions/></cr:report>`;

let installed: InstalledFakeWord | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

describe.each(WORD_PROFILES)('the state part in $name', (profile) => {
  function open(parts: string[] = [], behaviours: Partial<WordBehaviours> = {}) {
    const doc = fakeDocument({ paragraphs: [fakeParagraph('Report')] });
    installed = installFakeWord(doc, { profile, behaviours });
    // Parts as Word would hold them when the document opened.
    doc.customXmlParts.push(
      ...parts.map((xml, i) => ({
        id: `{0000000${i}-0000-0000-0000-000000000000}`,
        namespaceUri: /^(<\?xml[^>]*>\s*)?<report /.test(xml) ? REPORT_NAMESPACE : '',
        xml,
      })),
    );
    return doc;
  }

  test('is written with its root in the default namespace, no declaration, read back: two syncs', async () => {
    const doc = open();
    await new WordReportHost().writeConsultation([], stateOf('maidstone-2019'));
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    expect(doc.customXmlParts).toHaveLength(1);
    expect(doc.customXmlParts[0]!.namespaceUri).toBe(REPORT_NAMESPACE);
    expect(doc.customXmlParts[0]!.xml).toMatch(/^<report xmlns="urn:council-report:v1" /);
    // The next write finds it by namespace and replaces it: still one part, two syncs.
    installed!.fake.resetCounts();
    await new WordReportHost().writeConsultation([], stateOf('maidstone-2018'));
    expect(installed!.fake.syncsPerRun).toEqual([2]);
    expect(doc.customXmlParts.map((p) => p.xml)).toEqual([state('maidstone-2018')]);
  });

  test('given XML with a declaration (#1643), sends none, so the part does change', async () => {
    const doc = open([state('maidstone-2018')], { setXmlIgnoresDeclaredXml: true });
    // The host makes the XML without one; its writes take a declaration off all the same.
    await Word.run((context) =>
      writeConsultationInWord(
        context,
        [],
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${state('maidstone-2019')}`,
      ),
    );
    expect(doc.customXmlParts.map((p) => p.xml)).toEqual([state('maidstone-2019')]);
  });

  test('an older prefixed part is still read, and replaced by the new shape on the next write', async () => {
    const doc = open([OLD_SHAPE]);
    // Word gives it no namespaceUri; the host reads it from the XML.
    const snapshot = await new WordReportHost().readSnapshot();
    expect(snapshot.customXmlParts.map((p) => p.namespaceUri)).toEqual([REPORT_NAMESPACE]);
    installed!.fake.resetCounts();
    await new WordReportHost().writeConsultation([], stateOf('maidstone-2019'));
    // One more sync, once: the old part is deleted after the new one is written.
    expect(installed!.fake.syncsPerRun).toEqual([3]);
    expect(doc.customXmlParts.map((p) => p.xml)).toEqual([state('maidstone-2019')]);
    installed!.fake.resetCounts();
    await new WordReportHost().writeConsultation([], stateOf('maidstone-2018'));
    expect(installed!.fake.syncsPerRun).toEqual([2]);
  });

  test('a part Word did not keep (#5910: add silently ignored) is reported, not taken as saved', async () => {
    const doc = open([], { customXmlAddDeleteIgnored: true });
    await expect(new WordReportHost().writeConsultation([], stateOf('maidstone-2019'))).rejects.toMatchObject(
      {
        code: 'state-not-saved',
        message: expect.stringMatching(/^Word did not keep the record Council Report saves in the report/),
      },
    );
    expect(doc.customXmlParts).toEqual([]);
  });
});

test('both hosts write the same part: the .docx file holds exactly the XML Word is given', async () => {
  const docx = new DocxReportHost(new Uint8Array(readFileSync(FIXTURE)), 'c.docx');
  const xml = state('maidstone-2019');
  await docx.writeConsultation([], stateOf('maidstone-2019'));
  const part = (await docx.readSnapshot()).customXmlParts.find((p) => p.namespaceUri === REPORT_NAMESPACE)!;
  expect(part.xml).toBe(xml);
});
