/**
 * Use cases of the Consultation view and the `comments` command: read the consultation, record a
 * disposition (optionally posting the response as a reply and resolving the thread), resolve
 * threads, assign an author, edit the partner directory, set the closing date. Each change is one
 * `host.writeConsultation` call: the replies, resolutions and the state part together, all or none,
 * except that a reply Word refuses (Word on the web, office-js #6720) comes back unposted with its
 * text while the rest is recorded.
 */
import {
  readConsultation,
  type Consultation,
  type ConsultationComment,
} from '../../core/consultation/consultation';
import { directoryProblems, overridesFor, type PartnerDirectory } from '../../core/consultation/directory';
import { commentHash, replaceDisposition } from '../../core/consultation/dispositions';
import type {
  ConsultationRecord,
  Disposition,
  DispositionRecord,
} from '../../core/state/consultation-record';
import { summarise, type ConsultationSummary } from '../../core/consultation/summary';
import { ReportError } from '../../core/errors';
import type {
  CommentAction,
  CommentRef,
  ConsultationWriteOutcome,
  ProgressListener,
  ReportHost,
} from '../../core/report/host';
import type { ReportSnapshot } from '../../core/report/snapshot';
import type { TemplateSpec } from '../../core/template/spec';
import { stateToChange, type ReportState } from '../../core/state/report-state';
import { consultationStateOf } from './report-state';

/** What the view shows, and what the changes below work from. */
export interface ConsultationReading {
  snapshot: ReportSnapshot;
  state: ReportState;
  record: ConsultationRecord;
  consultation: Consultation;
  summary: ConsultationSummary;
  warnings: string[];
}

/** The longest response kept: a short answer to a partner, not a report of its own. */
export const MAX_RESPONSE_LENGTH = 2000;

export function consultationFromSnapshot(
  snapshot: ReportSnapshot,
  template: TemplateSpec,
  directory?: PartnerDirectory,
): ConsultationReading {
  const { state, record, warnings } = consultationStateOf(snapshot);
  const consultation = readConsultation(snapshot, template, record, directory);
  return { snapshot, state, record, consultation, summary: summarise(consultation), warnings };
}

export async function readConsultationOf(
  host: ReportHost,
  template: TemplateSpec,
  options: { directory?: PartnerDirectory; onProgress?: ProgressListener } = {},
): Promise<ConsultationReading> {
  const snapshot = await host.readSnapshot(options.onProgress);
  return consultationFromSnapshot(snapshot, template, options.directory);
}

function writer(host: ReportHost): NonNullable<ReportHost['writeConsultation']> {
  if (!host.writeConsultation) {
    throw new ReportError(
      'cannot-write',
      'Council Report cannot record consultation responses in this document here. Open it in Word, or use the ' +
        'Council Report workspace, and try again.',
    );
  }
  return host.writeConsultation.bind(host);
}

/**
 * The report's state with this consultation record in it (template id and live regions as read).
 * Refuses when the report's stored data is damaged, rather than write over it.
 */
export function stateWith(
  reading: Pick<ConsultationReading, 'snapshot'>,
  record: ConsultationRecord,
): ReportState {
  return { ...stateToChange(reading.snapshot.reportState), consultation: record };
}

function refOf(comment: ConsultationComment): CommentRef {
  return { id: comment.thread.id, author: comment.thread.author, text: comment.thread.text };
}

export interface DispositionChange {
  comment: ConsultationComment;
  status: Disposition;
  response: string;
  /** Also post the response as a reply in the comment thread. */
  reply: boolean;
  /** Also mark the thread resolved in Word. */
  resolve: boolean;
}

export interface Officer {
  /** Who decides (written on the decision, and as the reply's author in a .docx). */
  name: string;
  initials: string;
}

/** The reply posted for a disposition: the decision in words, then the response. */
export function replyText(status: Disposition, response: string): string {
  const decision: Record<Disposition, string> = {
    open: 'Under consideration.',
    accepted: 'Accepted.',
    'partly-accepted': 'Partly accepted.',
    'not-accepted': 'Not accepted.',
    noted: 'Noted.',
  };
  return response.trim() === '' ? decision[status] : `${decision[status]} ${response.trim()}`;
}

/**
 * Records dispositions (and their replies and resolutions) in one write; says which replies Word
 * would not post, with their text.
 */
export async function recordDispositions(
  host: ReportHost,
  reading: ConsultationReading,
  changes: readonly DispositionChange[],
  officer: Officer,
  now = new Date(),
): Promise<ConsultationWriteOutcome> {
  let records: DispositionRecord[] = [...reading.record.dispositions];
  const actions: CommentAction[] = [];
  for (const change of changes) {
    const response = change.response.trim();
    if (response.length > MAX_RESPONSE_LENGTH) {
      throw new ReportError(
        'response-too-long',
        `The response to ${change.comment.thread.author || 'this comment'} is ${response.length.toLocaleString('en-GB')} characters long; ` +
          `keep it under ${MAX_RESPONSE_LENGTH.toLocaleString('en-GB')} and put longer answers in the report itself.`,
      );
    }
    const thread = change.comment.thread;
    const next: DispositionRecord | null =
      change.status === 'open'
        ? null
        : {
            commentId: thread.id,
            durableId: thread.durableId ?? null,
            hash: commentHash(thread),
            status: change.status,
            response,
            decidedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            decidedBy: officer.name,
          };
    records = replaceDisposition(records, change.comment.record, next);
    if (change.reply && change.status !== 'open') {
      actions.push({
        kind: 'reply',
        comment: refOf(change.comment),
        text: replyText(change.status, response),
        author: officer.name,
        initials: officer.initials,
      });
    }
    if (change.resolve && !thread.resolved) actions.push({ kind: 'resolve', comment: refOf(change.comment) });
  }
  const record = { ...reading.record, dispositions: records };
  return writer(host)(actions, stateWith(reading, record));
}

/** Marks threads resolved in Word without recording a disposition. */
export async function resolveComments(
  host: ReportHost,
  comments: readonly ConsultationComment[],
): Promise<void> {
  const actions: CommentAction[] = comments
    .filter((c) => !c.thread.resolved)
    .map((c) => ({ kind: 'resolve', comment: refOf(c) }));
  if (actions.length > 0) await writer(host)(actions, null);
}

/** Assigns an author (all their comments) to an organisation; "" records "not a partner". */
export async function assignAuthor(
  host: ReportHost,
  reading: ConsultationReading,
  authorKey: string,
  organisationId: string | null,
): Promise<void> {
  const assignments = reading.record.assignments.filter((a) => a.author !== authorKey);
  if (organisationId !== null) assignments.push({ author: authorKey, organisation: organisationId });
  await writer(host)([], stateWith(reading, { ...reading.record, assignments }));
}

export async function saveDirectory(
  host: ReportHost,
  reading: ConsultationReading,
  directory: PartnerDirectory,
): Promise<void> {
  const problems = directoryProblems(directory);
  if (problems.length > 0)
    throw new ReportError(
      'directory-invalid',
      `The partner directory cannot be saved: ${problems.join(' ')}`,
    );
  await writer(host)([], stateWith(reading, { ...reading.record, directory: overridesFor(directory) }));
}

export async function setClosingDate(
  host: ReportHost,
  reading: ConsultationReading,
  closes: string | null,
): Promise<void> {
  if (closes !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(closes) || Number.isNaN(Date.parse(closes)))) {
    throw new ReportError(
      'date-invalid',
      `"${closes}" is not a date; write the closing date as YYYY-MM-DD, e.g. 2018-12-14.`,
    );
  }
  await writer(host)([], stateWith(reading, { ...reading.record, closes }));
}
