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
  // The checker is pure, so each check is told the time: a live region refreshed more than 45 days
  // before it is reported stale.
  return {
    check: (settings, onProgress) =>
      checkReportKeepingSnapshot(host, getTemplate(settings.templateId), {
        final: settings.final,
        live: { now: new Date() },
        onProgress,
      }),
    selectParagraph: (index, expectedText) => selectParagraph(host, index, expectedText),
    insertSection: (settings, snapshot, sectionId, onProgress) =>
      insertMissingSection(host, getTemplate(settings.templateId), snapshot, sectionId, {
        final: settings.final,
        live: { now: new Date() },
        onProgress,
      }),
    protectHeadings: (templateId, snapshot) =>
      protectSectionHeadings(host, getTemplate(templateId), snapshot),
    removeProtection: () => removeHeadingProtection(host),
  };
}
