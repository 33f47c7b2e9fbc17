/** The list's filters (partner, section, status, late), pure so the tests cover them directly. */
import type { ConsultationComment } from '../../../core/consultation/consultation';
import type { Disposition } from '../../../core/state/consultation-record';

export const ALL = '*';
/** Partner filter value for comments no organisation was found for. */
export const UNASSIGNED_VALUE = '-';
/** Section filter value for comments not anchored in the text. */
export const NOT_ANCHORED_VALUE = '-';

export type StatusFilter = typeof ALL | 'needs-attention' | Disposition;

export interface CommentFilters {
  partner: string;
  section: string;
  status: StatusFilter;
  lateOnly: boolean;
}

export const NO_FILTERS: CommentFilters = { partner: ALL, section: ALL, status: ALL, lateOnly: false };

export const STATUS_LABELS: Record<Exclude<StatusFilter, typeof ALL>, string> = {
  'needs-attention': 'Needs a response',
  open: 'Open (no response recorded)',
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
  noted: 'Noted',
};

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  open: 'Open',
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
  noted: 'Noted',
};

export function partnerValue(comment: ConsultationComment): string {
  return comment.organisationId ?? UNASSIGNED_VALUE;
}

export function sectionValue(comment: ConsultationComment): string {
  return comment.placement.section ?? NOT_ANCHORED_VALUE;
}

export function filterComments(
  comments: readonly ConsultationComment[],
  filters: CommentFilters,
): ConsultationComment[] {
  return comments.filter(
    (c) =>
      (filters.partner === ALL || partnerValue(c) === filters.partner) &&
      (filters.section === ALL || sectionValue(c) === filters.section) &&
      (filters.status === ALL ||
        (filters.status === 'needs-attention' ? c.unresolved : c.disposition === filters.status)) &&
      (!filters.lateOnly || c.late),
  );
}

/** Distinct values with their labels, in the order the comments first use them. */
export function optionsOf(
  comments: readonly ConsultationComment[],
  value: (c: ConsultationComment) => string,
  label: (c: ConsultationComment) => string,
): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const c of comments) if (!seen.has(value(c))) seen.set(value(c), label(c));
  return [...seen].map(([v, l]) => ({ value: v, label: l }));
}

/** Untrusted text cut for the list: React escapes it; this keeps a 100,000-character comment readable. */
export function excerpt(text: string, max = 400): string {
  // eslint-disable-next-line no-control-regex -- control characters from comment text are not shown
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length <= max
    ? clean
    : `${clean.slice(0, max).trimEnd()}… (${clean.length.toLocaleString('en-GB')} characters)`;
}
