/**
 * The task pane's three views. Data and Consultation arrive in later issues; until then the pane
 * says so plainly. The Template view shows its purpose and status only outside Word.
 */
export interface ViewInfo {
  id: 'template' | 'data' | 'consultation';
  label: string;
  heading: string;
  /** What the view will do, in an officer's words. */
  purpose: string;
  /** Where it stands today. */
  status: string;
}

export const VIEWS: readonly ViewInfo[] = [
  {
    id: 'template',
    label: 'Template',
    heading: 'Template — check the report against the committee-report template',
    purpose:
      'Lists what is missing or out of order: required sections, header fields, paragraph numbering, options, ' +
      'risk and the cross-cutting implications table, and helps you add what is missing.',
    status: 'Open the report in Word to check it here.',
  },
  {
    id: 'data',
    label: 'Data',
    heading: 'Data — insert and refresh live crime tables',
    purpose:
      'Inserts crime-data tables, charts and single figures that stay linked to their data, and refreshes ' +
      'them later with a summary of what changed.',
    status: 'Open the report in Word to insert and refresh live data here.',
  },
  {
    id: 'consultation',
    label: 'Consultation',
    heading: "Consultation — track partners' comments",
    purpose:
      "Matches partners' Word comments to report sections and partner organisations, records what was done " +
      'with each one, and writes the consultation summary.',
    status: 'Open the report in Word to track partners’ comments here.',
  },
];
