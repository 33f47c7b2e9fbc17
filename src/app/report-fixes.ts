/**
 * Use cases that act on the report from the checklist: go to a finding's paragraph, add a missing
 * section, protect the section headings. Each works on the snapshot of the last check; the host
 * refuses (ReportError 'report-changed') when the report no longer matches it.
 */
import { ReportError } from '../core/errors';
import type { ProtectionOutcome, ReportHost } from '../core/report/host';
import type { ReportSnapshot } from '../core/report/snapshot';
import { HEADING_TAG_PREFIX, headingsToProtect } from '../core/template/heading-protection';
import { planSectionInsertion } from '../core/template/section-insertion';
import type { TemplateSpec } from '../core/template/spec';
import { checkReportKeepingSnapshot, type CheckedReport, type CheckReportOptions } from './check-report';

function onlyInWord(what: string): ReportError {
  return new ReportError('host-cannot', `${what} works only in Word, with the report open.`);
}

/** Selects paragraph `index` in Word, if it still has `expectedText`. */
export async function selectParagraph(host: ReportHost, index: number, expectedText: string): Promise<void> {
  if (!host.selectParagraph) throw onlyInWord('Going to a paragraph');
  await host.selectParagraph({ paragraph: index, text: expectedText });
}

/**
 * Adds the heading and guidance of a missing section in its place in the template's order, then
 * checks the report again so the checklist shows the section present.
 */
export async function insertMissingSection(
  host: ReportHost,
  template: TemplateSpec,
  snapshot: ReportSnapshot,
  sectionId: string,
  options: CheckReportOptions = {},
): Promise<CheckedReport> {
  if (!host.insertParagraphs) throw onlyInWord('Adding a section');
  const plan = planSectionInsertion(snapshot, template, sectionId);
  await host.insertParagraphs(plan.anchor, plan.location, plan.paragraphs);
  try {
    return await checkReportKeepingSnapshot(host, template, options);
  } catch (error) {
    // The section is in the report by now: say so, or the officer may add it a second time.
    if (!(error instanceof ReportError)) throw error;
    throw new ReportError(
      error.code,
      `The section was added, but the report could not be checked again. ${error.message}`,
      error.where,
    );
  }
}

/** Wraps each section heading found in a content control that cannot be deleted. */
export async function protectSectionHeadings(
  host: ReportHost,
  template: TemplateSpec,
  snapshot: ReportSnapshot,
): Promise<ProtectionOutcome> {
  if (!host.protectParagraphs) throw onlyInWord('Protecting headings');
  return host.protectParagraphs(headingsToProtect(snapshot, template));
}

/** Removes the heading protection; returns how many headings were protected. */
export async function removeHeadingProtection(host: ReportHost): Promise<number> {
  if (!host.unprotectParagraphs) throw onlyInWord('Removing heading protection');
  return host.unprotectParagraphs(HEADING_TAG_PREFIX);
}
