/**
 * What the Template view can ask of the document, as a port: the view reads state and calls these,
 * never Office.js. The pane gives it Word-backed actions (`word-template-actions.ts`); tests give
 * it the same actions over the fake Word, or stubs.
 */
import { createContext, useContext } from 'react';
import type { CheckedReport } from '../../../app/check-report';
import type { ProgressListener, ProtectionOutcome } from '../../../core/report/host';
import type { ReportSnapshot } from '../../../core/report/snapshot';

export interface CheckSettings {
  templateId: string;
  /** The final check before committee: open comments become errors. */
  final: boolean;
}

export interface TemplateActions {
  check(settings: CheckSettings, onProgress: ProgressListener): Promise<CheckedReport>;
  selectParagraph(index: number, expectedText: string): Promise<void>;
  /** Adds the missing section, then checks again. */
  insertSection(
    settings: CheckSettings,
    snapshot: ReportSnapshot,
    sectionId: string,
    onProgress: ProgressListener,
  ): Promise<CheckedReport>;
  protectHeadings(templateId: string, snapshot: ReportSnapshot): Promise<ProtectionOutcome>;
  removeProtection(): Promise<number>;
}

/** A requirement set this Word lacks, and what that means for the officer. */
export interface MissingFeature {
  set: string;
  meaning: string;
}

export interface TemplateEnvironment {
  actions: TemplateActions;
  /** Identifies the open document for remembering its template this session; null when unsaved. */
  documentKey: string | null;
  missingFeatures: MissingFeature[];
}

export const TemplateEnvironmentContext = createContext<TemplateEnvironment | null>(null);

export function useTemplateEnvironment(): TemplateEnvironment | null {
  return useContext(TemplateEnvironmentContext);
}
