/**
 * `council-report comments --json`: exactly the shape the issue promises scripts.
 *
 * { "file", "comments": [ { "id", "author", "initials", "email", "organisation", "section", "row",
 *   "date", "text", "anchor", "resolved", "replies": [ { "author", "date", "text" } ],
 *   "disposition", "late" } ], "summary": { "total", "unresolved", "bySection", "byOrganisation" } }
 *
 * `section` is a template section id, a front-matter place ("executive-summary",
 * "recommendations", "timetable", "front-matter") or null when the comment is not anchored in the
 * text; in `bySection` that null is the key "not-anchored".
 */
import type { ConsultationReading } from '../../../app/consultation/consultation-use-cases';

export const NOT_ANCHORED_KEY = 'not-anchored';

export function consultationJson(file: string, reading: ConsultationReading): object {
  const { consultation, summary } = reading;
  return {
    file,
    comments: consultation.comments.map((c) => ({
      id: c.thread.id,
      author: c.thread.author,
      initials: c.thread.initials,
      email: c.thread.email ?? null,
      organisation: c.organisation,
      section: c.placement.section,
      row: c.placement.row,
      date: c.thread.date,
      text: c.thread.text,
      anchor: c.thread.anchorText,
      resolved: c.thread.resolved,
      replies: c.thread.replies.map((r) => ({ author: r.author, date: r.date, text: r.text })),
      disposition: c.disposition,
      late: c.late,
    })),
    summary: {
      total: summary.total,
      unresolved: summary.unresolved,
      bySection: Object.fromEntries(
        summary.bySection.map((s) => [
          s.id ?? NOT_ANCHORED_KEY,
          { title: s.title, total: s.total, unresolved: s.unresolved },
        ]),
      ),
      byOrganisation: Object.fromEntries(
        summary.byPartner.map((p) => [
          p.name,
          {
            received: p.received,
            accepted: p.accepted,
            partlyAccepted: p.partlyAccepted,
            notAccepted: p.notAccepted,
            noted: p.noted,
            open: p.open,
            resolved: p.resolved,
            late: p.late,
          },
        ]),
      ),
    },
  };
}
