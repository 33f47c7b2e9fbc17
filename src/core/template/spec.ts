import type { RuleId, Severity } from './finding';

/**
 * A committee-report template, as data. Specs ship as JSON (specs/*.json) and users may pass their
 * own; `parseTemplateSpec` validates one and names the field at fault.
 */
export interface TemplateSpec {
  id: string;
  /** Human name, e.g. "Maidstone Borough Council committee report (2018)". */
  name: string;
  council: string;
  /** Header fields of the front matter, e.g. "Lead Officer and Report Author". */
  headerFields: HeaderFieldSpec[];
  /** Front-matter parts that are not simple fields. */
  frontMatter: {
    executiveSummary: { title: string; aliases: string[] } | null;
    recommendations: { lead: string; aliases: string[] } | null;
    timetable: { title: string; aliases: string[] } | null;
  };
  /** Numbered sections, in the order they must appear. */
  sections: SectionSpec[];
  options: OptionsSpec | null;
  crossCutting: CrossCuttingSpec | null;
  /** Placeholder and guidance text that must not survive into a final report. */
  placeholders: PlaceholderSpec;
  /** Rules that apply, with their severity; a rule not listed does not run. */
  rules: Partial<Record<RuleId, Severity>>;
}

export interface HeaderFieldSpec {
  id: string;
  label: string;
  aliases: string[];
  required: boolean;
}

export interface SectionSpec {
  id: string;
  /** Section number in the template's order (1-based). */
  number: number;
  title: string;
  /** Other ways the heading is written; matched after normalising case, punctuation and "&"/"and". */
  aliases: string[];
  required: boolean;
  /** Paragraphs inside are numbered N.1, N.2, ... */
  numberedParagraphs: boolean;
  /** Guidance inserted as a placeholder when the author adds the missing section. */
  guidance: string;
}

export interface OptionsSpec {
  section: string;
  minimum: number;
  /**
   * Phrases that identify the "do nothing" option, besides the wordings the checker always
   * recognises (do-nothing.ts: "make no changes", "maintain the status quo", "not to adopt", …).
   */
  doNothingPhrases: string[];
  /** Phrases that mean the report is only for noting, so options are not expected. */
  forNotingPhrases: string[];
}

export interface CrossCuttingSpec {
  section: string;
  columns: { issue: string; implications: string; signOff: string };
  rows: CrossCuttingRowSpec[];
}

export interface CrossCuttingRowSpec {
  id: string;
  issue: string;
  aliases: string[];
}

export interface PlaceholderSpec {
  /** Regular expression sources, matched case-insensitively against paragraph text. */
  patterns: string[];
  /** Exact guidance sentences of the template (the section guidance is included automatically). */
  guidance: string[];
}
