/**
 * What the consultation keeps in the document's state part (urn:council-report:v1,
 * `<cr:consultation>`): the closing date, the partner directory as this report changed it, who
 * each unassigned author was assigned to, and each comment's disposition. The XML form is read and
 * written by `ooxml/consultation-state.ts`; anything it does not know is kept in `newerElements`.
 */
import type { DirectoryOverrides } from './directory-changes';
import type { NewerVersionElement } from './report-state';

export const DISPOSITIONS = ['open', 'accepted', 'partly-accepted', 'not-accepted', 'noted'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export function isDisposition(value: string): value is Disposition {
  return (DISPOSITIONS as readonly string[]).includes(value);
}

/** What the officer decided about one comment. */
export interface DispositionRecord {
  /** The comment's id when decided (Word renumbers ids; see `dispositions.ts` for matching). */
  commentId: string;
  /** w16cid:durableId when the file had one. */
  durableId: string | null;
  /** `commentHash` of the comment when decided. */
  hash: string;
  status: Exclude<Disposition, 'open'>;
  /** The short response to the partner. */
  response: string;
  /** ISO 8601 time of the decision. */
  decidedAt: string;
  /** Who decided, as the host knows them ("" when unknown). */
  decidedBy: string;
}

/** An author assigned by hand to an organisation: applies to all their comments. */
export interface AuthorAssignment {
  /** `authorKey` of the author: their email in lower case, else their name normalised. */
  author: string;
  /** Organisation id, or "" for "not a partner" (kept as Unassigned on purpose). */
  organisation: string;
}

export interface ConsultationRecord {
  /** Last day for comments, "YYYY-MM-DD"; null when no window was set. */
  closes: string | null;
  directory: DirectoryOverrides;
  assignments: AuthorAssignment[];
  dispositions: DispositionRecord[];
  /** Child elements a newer version wrote, which this one does not know: kept exactly as read. */
  newerElements: NewerVersionElement[];
}

export function emptyConsultationRecord(): ConsultationRecord {
  return {
    closes: null,
    directory: { organisations: [], removed: [] },
    assignments: [],
    dispositions: [],
    newerElements: [],
  };
}
