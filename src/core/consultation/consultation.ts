/**
 * The consultation as the officer follows it: every comment thread with the organisation its
 * author speaks for, where in the template it sits, its disposition and whether it came in after
 * the closing date. Pure: the same snapshot and record give the same answer in Word, the CLI and
 * the tests.
 */
import type { CommentThread, ReportSnapshot } from '../report/snapshot';
import type { TemplateSpec } from '../template/spec';
import { applyOverrides, UNASSIGNED, type PartnerDirectory } from './directory';
import { matchDispositions } from './dispositions';
import { AuthorMatcher, authorKey, type MatchedBy } from './matching';
import { CommentPlacer, type Placement } from './placement';
import type { ConsultationRecord, Disposition, DispositionRecord } from '../state/consultation-record';

export interface ConsultationComment {
  thread: CommentThread;
  /** `authorKey` of the author: what an assignment is stored under. */
  authorKey: string;
  /** Organisation id; null for Unassigned. */
  organisationId: string | null;
  /** Organisation name, or "Unassigned". */
  organisation: string;
  matchedBy: MatchedBy | null;
  placement: Placement;
  disposition: Disposition;
  /** The stored decision, when there is one. */
  record: DispositionRecord | null;
  /** Made after the closing date. */
  late: boolean;
  /** Still needs attention: not resolved in Word and no disposition recorded. */
  unresolved: boolean;
}

export interface Consultation {
  directory: PartnerDirectory;
  closes: string | null;
  comments: ConsultationComment[];
  /** Title of each place (section id or front-matter place) comments are in, for display. */
  titles: Map<string | null, string>;
}

/** True when an ISO date falls after the closing day ("YYYY-MM-DD", inclusive). */
export function isLate(date: string | null, closes: string | null): boolean {
  if (date === null || closes === null) return false;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0];
  return day !== undefined && day > closes;
}

export function readConsultation(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  record: ConsultationRecord,
  /** A directory to use instead of the report's own (the CLI's --partners). */
  directory: PartnerDirectory = applyOverrides(record.directory),
): Consultation {
  const matcher = new AuthorMatcher(directory, record.assignments);
  const placer = CommentPlacer.for(snapshot, template);
  const decided = matchDispositions(snapshot.comments, record.dispositions);
  const titles = new Map<string | null, string>();
  const comments = snapshot.comments.map((thread, i): ConsultationComment => {
    const author = { name: thread.author, initials: thread.initials, email: thread.email ?? null };
    const match = matcher.match(author);
    const placement = placer.place(thread.anchorParagraph);
    titles.set(placement.section, placement.sectionTitle);
    const stored = decided[i] ?? null;
    const disposition: Disposition = stored?.status ?? 'open';
    return {
      thread,
      authorKey: authorKey(author),
      organisationId: match.organisation?.id ?? null,
      organisation: match.organisation?.name ?? UNASSIGNED,
      matchedBy: match.matchedBy,
      placement,
      disposition,
      record: stored,
      late: isLate(thread.date, record.closes),
      unresolved: !thread.resolved && disposition === 'open',
    };
  });
  return { directory, closes: record.closes, comments, titles };
}
