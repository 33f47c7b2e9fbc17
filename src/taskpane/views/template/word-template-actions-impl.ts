/** Loaded on first use: the use cases over the Word host (see `word-template-actions.ts`). */
import { checkReportKeepingSnapshot } from '../../../app/check-report';
import {
  insertMissingSection,
  protectSectionHeadings,
  removeHeadingProtection,
  selectParagraph,
} from '../../../app/report-fixes';
import type { ReportHost } from '../../../core/report/host';
import { getTemplate } from '../../../core/template/templates';
import { WordReportHost } from '../../../word/word-host';
import type { TemplateActions } from './template-actions';

export function createWordTemplateActions(host: ReportHost = new WordReportHost()): TemplateActions {
  return {
    check: (settings, onProgress) =>
      checkReportKeepingSnapshot(host, getTemplate(settings.templateId), {
        final: settings.final,
        onProgress,
      }),
    selectParagraph: (index, expectedText) => selectParagraph(host, index, expectedText),
    insertSection: (settings, snapshot, sectionId, onProgress) =>
      insertMissingSection(host, getTemplate(settings.templateId), snapshot, sectionId, {
        final: settings.final,
        onProgress,
      }),
    protectHeadings: (templateId, snapshot) =>
      protectSectionHeadings(host, getTemplate(templateId), snapshot),
    removeProtection: () => removeHeadingProtection(host),
  };
}
