/** `council-report build`: the report skeleton (src/app/report-skeleton.ts) filled with live tables. */
import { insertLiveElement } from '../../../app/live';
import { emptyReportState } from '../../../core/state/report-state';
import type { TemplateSpec } from '../../../core/template/spec';
import { docxWithBlocks } from '../../../docx/write/blank-docx';
import { DocxEditor } from '../../../docx/write/docx-editor';
import { DocxReportHost } from '../../../docx/docx-host';
import { reportSkeleton } from '../../../app/report-skeleton';
import { writeOutputFile, type CliIo } from '../../shared/io';
import { cliSource, ELEMENTS } from '../../shared/live-data';
import { loadTemplate } from '../../shared/templates';
import type { BuildCommand } from './spec';

/** The standard tables and figures of a new report, in order. */
const STANDARD_ELEMENTS = [
  'crime-by-category-yoy',
  'chart:category-yoy',
  'rate-per-1000-by-district',
  'chart:rate-per-1000-by-district',
  'top-lsoas',
  'chart:spc-total-crime',
];

/** "Maidstone Borough Council" → "Maidstone". */
function councilDistrict(template: TemplateSpec): string {
  return template.council.replace(/\s+(Borough|District|City|County)?\s*Council$/i, '').trim();
}

export async function run(command: BuildCommand, io: CliIo): Promise<number> {
  const template = loadTemplate(command.template);
  const area = command.area ?? councilDistrict(template);
  const skeleton = reportSkeleton(template);
  const editor = DocxEditor.open(docxWithBlocks(skeleton.blocks, template.name), 'report.docx');
  editor.writeReportState({ ...emptyReportState(), templateId: template.id });
  const host = new DocxReportHost(editor.save(), command.out);
  const source = cliSource(command.data, io);
  const live = await source.load();
  for (const element of STANDARD_ELEMENTS) {
    if (ELEMENTS.find(element)?.needsPopulation && !live.population) {
      io.stderr.write(`Left out ${element}: it needs a population table (--population file.csv).\n`);
      continue;
    }
    await insertLiveElement(
      host,
      source,
      { element, area, ...(command.end ? { periodEnd: command.end } : {}) },
      { section: skeleton.dataSection, template },
      { elements: ELEMENTS, now: io.now() },
    );
  }
  writeOutputFile(command.out, host.bytes);
  io.stderr.write(`Wrote ${command.out}.\n`);
  return 0;
}
