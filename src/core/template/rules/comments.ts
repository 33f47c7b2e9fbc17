/**
 * comments-unresolved: consultation comments still open. One finding per section with open
 * comments (front matter and comments whose anchor was not found count as the report itself),
 * pointing at the first open comment's paragraph. A comment is open when Word shows it unresolved
 * and no disposition is recorded for it (see core/consultation). Final mode makes it an error (see check.ts).
 */
import { openThreads } from '../../consultation/dispositions';
import type { CommentThread } from '../../report/snapshot';
import { draft, type FindingDraft, type Rule } from '../context';
import { sectionName } from '../sections';

export const commentsRule: Rule = {
  ids: ['comments-unresolved'],
  run(context) {
    const bySection = new Map<string | null, CommentThread[]>();
    for (const thread of openThreads(context.snapshot.comments, context.options.dispositions)) {
      const anchor = thread.anchorParagraph;
      const section = anchor === null ? null : context.placeOf(anchor);
      const threads = bySection.get(section) ?? [];
      threads.push(thread);
      bySection.set(section, threads);
    }
    const findings: FindingDraft[] = [];
    for (const [sectionId, threads] of bySection) {
      const section = context.template.sections.find((s) => s.id === sectionId);
      const anchors = threads.map((t) => t.anchorParagraph).filter((a): a is number => a !== null);
      const count = threads.length === 1 ? '1 comment is' : `${threads.length} comments are`;
      const authors = [...new Set(threads.map((t) => t.author).filter((a) => a.trim() !== ''))].join(', ');
      const part = context.frontMatter.parts.find((p) => p.id === sectionId);
      const place = section
        ? `in ${sectionName(section)}`
        : part
          ? `in the ${part.title.toLowerCase() === 'recommendations' ? 'recommendations' : part.title}`
          : 'outside the numbered sections';
      findings.push(
        draft(context, 'comments-unresolved', {
          section: sectionId,
          paragraph: anchors.length > 0 ? Math.min(...anchors) : null,
          message: `${count} still open ${place}${authors ? ` (from ${authors})` : ''}. Respond to ${threads.length === 1 ? 'it' : 'them'} and mark ${threads.length === 1 ? 'it' : 'them'} resolved before the report goes to committee.`,
        }),
      );
    }
    return findings;
  },
};
