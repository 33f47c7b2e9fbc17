/** The task pane's three views. Each arrives in a later issue; until then the pane says so plainly. */
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
    status:
      'Coming in this release. For now, Check report on the Home tab gives a one-line summary of the same check.',
  },
  {
    id: 'data',
    label: 'Data',
    heading: 'Data — insert and refresh live crime tables',
    purpose:
      'Inserts crime-data tables, charts and single figures that stay linked to their data, and refreshes ' +
      'them later with a summary of what changed.',
    status: 'Coming in this release.',
  },
  {
    id: 'consultation',
    label: 'Consultation',
    heading: "Consultation — track partners' comments",
    purpose:
      "Matches partners' Word comments to report sections and partner organisations, records what was done " +
      'with each one, and writes the consultation summary.',
    status: 'Coming in this release.',
  },
];
