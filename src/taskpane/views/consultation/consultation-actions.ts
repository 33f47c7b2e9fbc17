/**
 * What the Consultation view asks of the document, over the ReportHost port: the view never calls
 * Office.js. Built from the injected host loader, so the same view runs in Word and in the
 * browser workspace.
 */
import {
  assignAuthor,
  readConsultationOf,
  recordDispositions,
  resolveComments,
  saveDirectory,
  setClosingDate,
  type ConsultationReading,
  type DispositionChange,
} from '../../../app/consultation/consultation-use-cases';
import { writeSummaryRegion, type SummaryWritten } from '../../../app/consultation/summary-region';
import type { ConsultationComment } from '../../../core/consultation/consultation';
import type { PartnerDirectory } from '../../../core/consultation/directory';
import { ReportError } from '../../../core/errors';
import type { ConsultationWriteOutcome, ReportHost } from '../../../core/report/host';
import { getTemplate } from '../../../core/template/templates';

export interface ConsultationActions {
  /** Which host: Word writes replies as the signed-in user; a .docx needs a name. */
  hostKind(): Promise<'docx' | 'word'>;
  read(templateId: string): Promise<ConsultationReading>;
  select(reading: ConsultationReading, comment: ConsultationComment): Promise<void>;
  /** Records the dispositions; the replies Word would not post come back with their text. */
  record(
    reading: ConsultationReading,
    changes: DispositionChange[],
    officer: string,
  ): Promise<ConsultationWriteOutcome>;
  resolve(comments: ConsultationComment[]): Promise<void>;
  assign(reading: ConsultationReading, authorKey: string, organisationId: string | null): Promise<void>;
  saveDirectory(reading: ConsultationReading, directory: PartnerDirectory): Promise<void>;
  setClosingDate(reading: ConsultationReading, closes: string | null): Promise<void>;
  writeSummary(reading: ConsultationReading, templateId: string): Promise<SummaryWritten>;
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('')
    .slice(0, 4);
}

export function hostConsultationActions(loadHost: () => Promise<ReportHost>): ConsultationActions {
  return {
    hostKind: async () => (await loadHost()).kind,
    read: async (templateId) => readConsultationOf(await loadHost(), getTemplate(templateId)),
    async select(reading, comment) {
      const host = await loadHost();
      const index = comment.thread.anchorParagraph;
      if (index === null) {
        throw new ReportError(
          'comment-not-anchored',
          'This comment is not anchored in the report’s text (its text was deleted), so there is nothing to go to.',
        );
      }
      if (!host.selectParagraph)
        throw new ReportError('cannot-select', 'This document cannot show a paragraph here.');
      await host.selectParagraph({ paragraph: index, text: reading.snapshot.paragraphs[index]?.text ?? '' });
    },
    record: async (reading, changes, officer) =>
      recordDispositions(await loadHost(), reading, changes, {
        name: officer,
        initials: initialsOf(officer),
      }),
    resolve: async (comments) => resolveComments(await loadHost(), comments),
    assign: async (reading, key, id) => assignAuthor(await loadHost(), reading, key, id),
    saveDirectory: async (reading, directory) => saveDirectory(await loadHost(), reading, directory),
    setClosingDate: async (reading, closes) => setClosingDate(await loadHost(), reading, closes),
    writeSummary: async (reading, templateId) =>
      writeSummaryRegion(await loadHost(), reading, getTemplate(templateId)),
  };
}
