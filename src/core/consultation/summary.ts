/**
 * The consultation summary: counts by partner and by section, and one sentence for the
 * Consultation Results section, generated from the counts so it never says more than they do.
 */
import type { Consultation, ConsultationComment } from './consultation';
import type { Disposition } from '../state/consultation-record';

export interface PartnerCounts {
  /** Organisation id; null for Unassigned. */
  id: string | null;
  name: string;
  received: number;
  accepted: number;
  partlyAccepted: number;
  notAccepted: number;
  noted: number;
  /** Open: not resolved in the report and no decision recorded (as `comments-unresolved` counts). */
  open: number;
  /** Resolved in the report without a decision recorded: closed, but nothing to say what was decided. */
  resolved: number;
  late: number;
}

export interface SectionCounts {
  /** Section id or front-matter place; null for comments not anchored in the text. */
  id: string | null;
  title: string;
  total: number;
  unresolved: number;
}

export interface ConsultationSummary {
  total: number;
  /** Not resolved in Word and no disposition recorded. */
  unresolved: number;
  late: number;
  /** Organisations (not Unassigned) with at least one comment. */
  partners: number;
  /** Partners in directory order, then Unassigned. */
  byPartner: PartnerCounts[];
  /** Sections in report order. */
  bySection: SectionCounts[];
  sentence: string;
}

const COUNT_FIELD: Record<Exclude<Disposition, 'open'>, keyof PartnerCounts> = {
  accepted: 'accepted',
  'partly-accepted': 'partlyAccepted',
  'not-accepted': 'notAccepted',
  noted: 'noted',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1", "1 and 7", "1, 4 and 7". */
function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a comment is about, from words partners use; null when it says none of them. */
const TOPICS: { topic: string; pattern: RegExp }[] = [
  {
    topic: 'wording',
    pattern:
      /\b(word(s|ing)?|re-?word|phras(e|ing)|typo|spelling|grammar|sentence|clarify|unclear|rephrase|tone)\b/i,
  },
  {
    topic: 'figures',
    pattern: /\b(figures?|data|statistics?|numbers?|percent(age)?|rate|trend|count)s?\b|%/i,
  },
  { topic: 'priorities', pattern: /\b(priorit(y|ies)|focus|strateg(y|ic))\b/i },
];

export function topicOf(text: string): string | null {
  return TOPICS.find((t) => t.pattern.test(text))?.topic ?? null;
}

/**
 * Where the accepted comments mostly are: the fewest sections holding more than half of them
 * (at most three), and the topic more than half of them share. Either may be absent.
 */
function acceptedFocus(accepted: ConsultationComment[]): { sections: string[]; topic: string | null } {
  const half = accepted.length / 2;
  const bySection = new Map<number, number>();
  for (const c of accepted) {
    const n = c.placement.sectionNumber;
    if (n !== null) bySection.set(n, (bySection.get(n) ?? 0) + 1);
  }
  const ranked = [...bySection].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const sections: number[] = [];
  let covered = 0;
  for (const [number, count] of ranked) {
    if (covered > half || sections.length === 3) break;
    sections.push(number);
    covered += count;
  }
  const topics = new Map<string, number>();
  for (const c of accepted) {
    const topic = topicOf(c.thread.text);
    if (topic) topics.set(topic, (topics.get(topic) ?? 0) + 1);
  }
  const [topic, count] = [...topics].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return {
    // Naming the sections only says something when they are fewer than all the sections involved.
    sections:
      covered > half && sections.length < ranked.length ? sections.sort((a, b) => a - b).map(String) : [],
    topic: topic !== null && count > half ? topic : null,
  };
}

function sentenceFor(consultation: Consultation, summary: Omit<ConsultationSummary, 'sentence'>): string {
  const { total, partners } = summary;
  if (total === 0) return 'No comments have been received.';
  const unassigned = summary.byPartner.find((p) => p.id === null)?.received ?? 0;
  // Written for the committee: who commented, not how the comments were matched to partners.
  let opening = `${plural(total, 'comment')} from ${plural(partners, 'partner')}`;
  if (unassigned > 0)
    opening =
      partners === 0
        ? `${plural(total, 'comment')} from other consultees`
        : `${plural(total - unassigned, 'comment')} from ${plural(partners, 'partner')} and ${unassigned} from other consultees`;
  const count = (field: keyof PartnerCounts) =>
    summary.byPartner.reduce((sum, p) => sum + (p[field] as number), 0);
  const accepted = consultation.comments.filter((c) => c.disposition === 'accepted');
  const parts: string[] = [];
  if (accepted.length > 0) {
    const focus = acceptedFocus(accepted);
    let part = `${accepted.length} accepted`;
    if (focus.topic || focus.sections.length > 0) {
      // "Mostly" only where some are not: one comment is on its topic, and so may all of several be.
      const all = accepted.every((c) => topicOf(c.thread.text) === focus.topic);
      if (accepted.length > 1) part += focus.sections.length === 0 && all ? ', all' : ', mostly';
      else part += ',';
      if (focus.topic) part += ` on ${focus.topic}`;
      if (focus.sections.length > 0)
        part += ` in ${focus.sections.length === 1 ? 'section' : 'sections'} ${listOf(focus.sections)}`;
    }
    parts.push(part);
  }
  if (count('partlyAccepted') > 0) parts.push(`${count('partlyAccepted')} partly accepted`);
  if (count('notAccepted') > 0) parts.push(`${count('notAccepted')} not accepted`);
  if (count('noted') > 0) parts.push(`${count('noted')} noted`);
  // For the committee: what was decided, and what is still waiting for a response.
  if (count('resolved') > 0) parts.push(`${count('resolved')} closed without a recorded decision`);
  if (count('open') > 0) parts.push(`${count('open')} still open`);
  let sentence = `${opening}; ${parts.join('; ')}.`;
  if (summary.late > 0) sentence += ` ${plural(summary.late, 'comment')} came in after the closing date.`;
  return sentence;
}

export function summarise(consultation: Consultation): ConsultationSummary {
  const byPartner = new Map<string | null, PartnerCounts>();
  const blank = (id: string | null, name: string): PartnerCounts => ({
    id,
    name,
    received: 0,
    accepted: 0,
    partlyAccepted: 0,
    notAccepted: 0,
    noted: 0,
    open: 0,
    resolved: 0,
    late: 0,
  });
  const bySection = new Map<string | null, SectionCounts & { first: number }>();
  consultation.comments.forEach((c, i) => {
    const partner = byPartner.get(c.organisationId) ?? blank(c.organisationId, c.organisation);
    partner.received++;
    // One definition of open everywhere: the checker's, the view's "need a response", the tables'.
    if (c.disposition !== 'open') (partner[COUNT_FIELD[c.disposition]] as number)++;
    else if (c.unresolved) partner.open++;
    else partner.resolved++;
    if (c.late) partner.late++;
    byPartner.set(c.organisationId, partner);
    const id = c.placement.section;
    const section = bySection.get(id) ?? {
      id,
      title: c.placement.sectionTitle,
      total: 0,
      unresolved: 0,
      first: c.thread.anchorParagraph ?? Number.MAX_SAFE_INTEGER - consultation.comments.length + i,
    };
    section.total++;
    if (c.unresolved) section.unresolved++;
    bySection.set(id, section);
  });
  const order = new Map(consultation.directory.organisations.map((o, i) => [o.id, i]));
  const partners = [...byPartner.values()].sort(
    (a, b) =>
      (a.id === null ? Infinity : (order.get(a.id) ?? order.size)) -
        (b.id === null ? Infinity : (order.get(b.id) ?? order.size)) || a.name.localeCompare(b.name),
  );
  const base = {
    total: consultation.comments.length,
    unresolved: consultation.comments.filter((c) => c.unresolved).length,
    late: consultation.comments.filter((c) => c.late).length,
    partners: partners.filter((p) => p.id !== null).length,
    byPartner: partners,
    bySection: [...bySection.values()]
      .sort((a, b) => a.first - b.first)
      .map(({ first: _first, ...counts }) => counts),
  };
  return { ...base, sentence: sentenceFor(consultation, base) };
}

/** A column of the table by partner: its heading, a short heading for narrow places, its count. */
export interface PartnerColumn {
  header: string;
  short: string;
  count(partner: PartnerCounts): number;
}

/**
 * The columns of the table by partner, the same in the report, the pane and the command line:
 * "Closed without decision" only when some comment was closed that way, so every row adds up to
 * what was received.
 */
export function partnerColumns(summary: Pick<ConsultationSummary, 'byPartner'>): PartnerColumn[] {
  const columns: PartnerColumn[] = [
    { header: 'Received', short: 'Received', count: (p) => p.received },
    { header: 'Accepted', short: 'Accepted', count: (p) => p.accepted },
    { header: 'Partly accepted', short: 'Partly', count: (p) => p.partlyAccepted },
    { header: 'Not accepted', short: 'Not accepted', count: (p) => p.notAccepted },
    { header: 'Noted', short: 'Noted', count: (p) => p.noted },
  ];
  if (summary.byPartner.some((p) => p.resolved > 0)) {
    columns.push({ header: 'Closed without decision', short: 'Closed', count: (p) => p.resolved });
  }
  columns.push({ header: 'Open', short: 'Open', count: (p) => p.open });
  return columns;
}
