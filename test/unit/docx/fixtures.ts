/** Real .docx files made by Word and LibreOffice, read once per test file. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReportSnapshot } from '../../../src/core/report/snapshot';
import { readDocx } from '../../../src/docx/read/read-docx';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

const cache = new Map<string, ReportSnapshot>();

/** The snapshot of a fixture, e.g. `readFixture('word-made/dotnet__Open-XML-SDK/Comment048.docx')`. */
export function readFixture(path: string): ReportSnapshot {
  let snapshot = cache.get(path);
  if (!snapshot) {
    snapshot = readDocx(fixture(path), basename(path));
    cache.set(path, snapshot);
  }
  return snapshot;
}

export const WORD_MADE = {
  background:
    'word-made/dotnet__Open-XML-SDK/BackgroundReport - THE WORKING GROUP ON INTERNET GOVERNANCE.docx',
  businessPlan: 'word-made/dotnet__Open-XML-SDK/Business Plan for a Startup Business_July.docx',
  comment048: 'word-made/dotnet__Open-XML-SDK/Comment048.docx',
  comment052: 'word-made/dotnet__Open-XML-SDK/Comment052.docx',
  dataBound: 'word-made/dotnet__Open-XML-SDK/Data-Bound-Content-Controls.docx',
  chartPie: 'word-made/dotnet__Open-XML-SDK/chart-Pie.docx',
  coverPage: 'word-made/dotnet__Open-XML-SDK/coverpage1.docx',
  ftEdNote: 'word-made/dotnet__Open-XML-SDK/ftEdNote.docx',
  numberingList: 'word-made/dotnet__Open-XML-SDK/numbering-list.docx',
  tableComplex: 'word-made/dotnet__Open-XML-SDK/table-complex.docx',
  chartCachedData: 'word-made/OpenXmlDev__Open-Xml-PowerTools/CU004-Chart-Cached-Data-04.docx',
  contentControls: 'word-made/OpenXmlDev__Open-Xml-PowerTools/ContentControls.docx',
  contentControlsNested: 'word-made/OpenXmlDev__Open-Xml-PowerTools/ContentControlsNested.docx',
  mergedCells: 'word-made/OpenXmlDev__Open-Xml-PowerTools/HC029-Table-Merged-Cells.docx',
  complicated: 'word-made/OpenXmlDev__Open-Xml-PowerTools/HC031-Complicated-Document.docx',
  trackedRevisions: 'word-made/OpenXmlDev__Open-Xml-PowerTools/RA001-Tracked-Revisions-01.docx',
  mammothComments: 'word-made/mwilliamson__mammoth.js/comments.docx',
  footnotes: 'word-made/mwilliamson__mammoth.js/footnotes.docx',
  simpleList: 'word-made/mwilliamson__mammoth.js/simple-list.docx',
  singleParagraph: 'word-made/mwilliamson__mammoth.js/single-paragraph.docx',
  tables: 'word-made/mwilliamson__mammoth.js/tables.docx',
  tinyPicture: 'word-made/mwilliamson__mammoth.js/tiny-picture.docx',
  commentsRichPara: 'word-made/python-openxml__python-docx/comments-rich-para.docx',
  inlineShapes: 'word-made/python-openxml__python-docx/shp-inline-shape-access.docx',
  tblCellAccess: 'word-made/python-openxml__python-docx/tbl-cell-access.docx',
  docx4jSample: 'word-made/plutext__docx4j/sample-docx.docx',
  sampleDoc: 'word-made/OfficeDev__Office-Add-in-samples/SampleDoc.docx',
  memoTemplate: 'word-made/OfficeDev__Office-Add-in-samples/template example.docx',
  simpleTemplate: 'word-made/dolanmiu__docx/simple-template.docx',
} as const;
