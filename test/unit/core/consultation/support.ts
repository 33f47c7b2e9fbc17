/** A complete report with partners' comments placed on paragraphs found by their text. */
import type { Comment, CommentThread, ReportSnapshot } from '../../../../src/core/report/snapshot';
import { completeReport } from '../../../support/snapshot-builder';

export interface CommentSpec {
  at: string | null;
  author: string;
  text: string;
  email?: string;
  initials?: string;
  date?: string;
  resolved?: boolean;
  durableId?: string;
  replies?: Partial<Comment>[];
}

export function paragraphWith(snapshot: ReportSnapshot, text: string): number {
  const found = snapshot.paragraphs.find((p) => p.text.includes(text));
  if (!found) throw new Error(`No paragraph contains "${text}"`);
  return found.index;
}

export function withComments(specs: CommentSpec[], snapshot = completeReport()): ReportSnapshot {
  snapshot.comments = specs.map((spec, i): CommentThread => {
    const anchor = spec.at === null ? null : paragraphWith(snapshot, spec.at);
    const thread: CommentThread = {
      id: String(i + 1),
      author: spec.author,
      initials: spec.initials ?? null,
      date: spec.date ?? '2018-01-10T10:00:00Z',
      text: spec.text,
      resolved: spec.resolved ?? false,
      anchorParagraph: anchor,
      anchorText: anchor === null ? '' : snapshot.paragraphs[anchor]!.text,
      replies: (spec.replies ?? []).map((r, j) => ({
        id: `${i + 1}.${j}`,
        author: 'Report Author',
        initials: null,
        date: null,
        text: '',
        resolved: false,
        ...r,
      })),
    };
    if (spec.email) thread.email = spec.email;
    if (spec.durableId) thread.durableId = spec.durableId;
    return thread;
  });
  return snapshot;
}
