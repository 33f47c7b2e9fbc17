import type { CheckResult, Finding, SectionStatus } from '../../../core/template/finding';
import { countBySeverity, describeCounts, isChecked, isUnreadable, type ReportOutcome } from './outcome';
import {
  FRONT_MATTER,
  findingsBySection,
  frontMatterStatus,
  sectionColumns,
  type SectionColumn,
} from './sections';

/**
 * The agenda page: committee services check every report for a meeting and get one standalone,
 * accessible HTML page. One row per report, one column per template section; each cell says the
 * status in words (colour only repeats it) and links to that report's findings below the table.
 * Every string that comes from a document or the command line is escaped.
 *
 * It fits a 1366 × 768 laptop screen with 12–15 section columns: each report is named by its file
 * name (the path it was given is its tooltip), columns carry a short name (the full name is the
 * header's tooltip and accessible name, and the key below the table lists both), words wrap, and
 * the report column stays in view if a template with even more sections makes the table scroll
 * (inside its own box, never the page). It prints on A4 landscape, in black and white: the status
 * is a word and a mark, never only a colour.
 */

export interface AgendaOptions {
  /** Shown on the page; tests pass a fixed date so the page is reproducible. */
  checkedAt: Date;
}

const STATUS_LABEL: Readonly<Record<SectionStatus, string>> = {
  complete: 'Complete',
  incomplete: 'Incomplete',
  missing: 'Missing',
};
const STATUS_MARK: Readonly<Record<SectionStatus, string>> = { complete: '✓', incomplete: '!', missing: '✗' };

export function agendaHtml(outcomes: readonly ReportOutcome[], options: AgendaOptions): string {
  const checked = outcomes.filter(isChecked);
  const columns: SectionColumn[] = [FRONT_MATTER, ...sectionColumns(checked.map((report) => report.result))];
  const withErrors = checked.filter((report) => countBySeverity(report.result).error > 0).length;
  const unreadable = outcomes.length - checked.length;
  const templates = [
    ...new Set(checked.map((report) => `${report.templateName} (${report.result.template})`)),
  ];

  const summary = [
    `${outcomes.length} ${outcomes.length === 1 ? 'report' : 'reports'} checked`,
    `${checked.length - withErrors} without errors`,
    `${withErrors} with errors`,
    ...(unreadable > 0 ? [`${unreadable} could not be checked`] : []),
  ].join(', ');

  const body = [
    '<main>',
    '<h1>Committee reports checked against the template</h1>',
    `<p>Checked ${escapeHtml(formatDate(options.checkedAt))}. ${escapeHtml(summary)}.</p>`,
    templates.length > 0 ? `<p>Template: ${templates.map(escapeHtml).join('; ')}.</p>` : '',
    statusTable(outcomes, columns),
    ...outcomes.map((outcome, index) => reportSection(outcome, index)),
    '</main>',
  ];

  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Committee reports checked against the template</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body.filter((part) => part !== ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function statusTable(outcomes: readonly ReportOutcome[], columns: readonly SectionColumn[]): string {
  const shortNames = shortColumnNames(columns);
  const head = [
    '<th scope="col" class="report">Report</th>',
    ...columns.map((column, i) => {
      const full = escapeHtml(column.title);
      const short = shortNames[i] ?? column.title;
      const shown = breakableName(short);
      return short === column.title && shown === escapeHtml(short)
        ? `<th scope="col">${full}</th>`
        : `<th scope="col" title="${full}" aria-label="${full}">${shown}</th>`;
    }),
    '<th scope="col" class="findings">Findings</th>',
  ].join('');
  const rows = outcomes.map((outcome, index) => {
    const report = reportAnchor(index);
    const name =
      `<th scope="row" class="report"><a href="#${report}" title="${escapeHtml(outcome.file)}">` +
      `${escapeHtml(fileName(outcome.file))}</a></th>`;
    if (isUnreadable(outcome)) {
      return (
        `<tr>${name}<td colspan="${columns.length + 1}" class="unreadable">` +
        `<a href="#${report}">Could not be checked</a>: ${escapeHtml(outcome.error.message)}</td></tr>`
      );
    }
    const cells = columns.map((column) => statusCell(outcome.result, column, index));
    const counts = `<td class="findings"><a href="#${report}">${escapeHtml(describeCounts(countBySeverity(outcome.result)))}</a></td>`;
    return `<tr>${name}${cells.join('')}${counts}</tr>`;
  });
  const key = columns
    .map((column, i) => ({ short: shortNames[i] ?? column.title, full: column.title }))
    .filter(({ short, full }) => short !== full)
    .map(({ short, full }) => `<div><dt>${escapeHtml(short)}</dt><dd>${escapeHtml(full)}</dd></div>`);
  return [
    // The box scrolls, not the page, if a template ever has more sections than fit.
    '<div class="table-box">',
    '<table id="status-table">',
    '<caption>Each template section in each report: complete, incomplete or missing. ' +
      "Select a status to read that section's findings.</caption>",
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</div>',
    ...(key.length > 0
      ? ['<h2 class="key-title">Key to the columns</h2>', `<dl class="key">${key.join('')}</dl>`]
      : []),
  ].join('\n');
}

/**
 * A column name whose long words may break across lines with a hyphen (soft hyphens between
 * syllables, by a simple vowel-consonant rule), so many columns fit a laptop screen without any
 * word being cut at a random letter. Words of 10 letters or fewer are left whole.
 */
export function breakableName(name: string): string {
  return name
    .split(' ')
    .map((word) => (word.length > 10 ? syllables(word).map(escapeHtml).join('&shy;') : escapeHtml(word)))
    .join(' ');
}

const VOWEL = /[aeiouy]/i;

/** Splits a word before a consonant that starts a syllable (V-CV, VC-CV), keeping 3 letters each side. */
function syllables(word: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 3; i <= word.length - 3; i++) {
    const [a, b, c, d] = [word[i - 1] ?? '', word[i] ?? '', word[i + 1] ?? '', word[i + 2] ?? ''];
    // A consonant before a vowel starts a syllable, and so does a cluster such as "pl" or "tr".
    const cluster = /[bcdfgkpt]/i.test(b) && /[lr]/i.test(c) && VOWEL.test(d);
    const startsSyllable = !VOWEL.test(b) && (VOWEL.test(c) || cluster) && /[a-z]/i.test(a);
    // Keep together pairs that sound as one consonant (th, ch, ng, ...) or start a syllable (pl, tr).
    const pair = /^(th|ch|sh|ph|wh|ck|ng|[bcdfgkpt][lr])$/i.test(a + b);
    if (startsSyllable && !pair && i - start >= 3) {
      parts.push(word.slice(start, i));
      start = i;
    }
  }
  parts.push(word.slice(start));
  return parts;
}

/** The file's own name, whichever separator its path uses: the full path is only a tooltip. */
export function fileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name === '' ? path : name;
}

/** Filler words a short column name can do without. */
const FILLER = new Set(['and', 'of', 'the', 'for', 'to', 'on', 'in', 'a', 'an']);

/**
 * A short name for each column, from its title whatever the template: the part before a colon and
 * before " and ", at most two words besides filler ("Next Steps: Communication and …" → "Next Steps",
 * "Preferred Option and Reasons for Recommendations" → "Preferred Option"). Two columns that would
 * get the same short name keep their full titles.
 */
export function shortColumnNames(columns: readonly SectionColumn[]): string[] {
  const shorts = columns.map((column) => {
    const head = column.title
      .split(':')[0]!
      .split(/\s+and\s+/i)[0]!
      .trim();
    // Two words that say something, with any filler between them ("Terms of Reference").
    const kept: string[] = [];
    let significant = 0;
    for (const word of head.split(/\s+/).filter((w) => w !== '')) {
      if (significant === 2) break;
      kept.push(word);
      if (!FILLER.has(word.toLowerCase())) significant++;
    }
    while (kept.length > 1 && FILLER.has(kept.at(-1)!.toLowerCase())) kept.pop();
    const short = kept.join(' ');
    return short === '' ? column.title : short;
  });
  return shorts.map((short, i) =>
    shorts.indexOf(short) !== shorts.lastIndexOf(short) ? (columns[i]?.title ?? short) : short,
  );
}

function statusCell(result: CheckResult, column: SectionColumn, index: number): string {
  const status =
    column.id === FRONT_MATTER.id
      ? frontMatterStatus(result)
      : result.sections.find((section) => section.id === column.id)?.status;
  if (status === undefined) return '<td class="absent">Not in this template</td>';
  const label = `<span aria-hidden="true">${STATUS_MARK[status]} </span>${STATUS_LABEL[status]}`;
  const hasFindings =
    result.findings.length > 0 && findingsBySection(result).some((group) => group.id === column.id);
  const target = hasFindings ? sectionAnchor(index, column.id) : reportAnchor(index);
  return `<td class="${status}"><a href="#${target}">${label}</a></td>`;
}

function reportSection(outcome: ReportOutcome, index: number): string {
  const id = reportAnchor(index);
  const parts = [
    `<section id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${escapeHtml(fileName(outcome.file))}</h2>`,
  ];
  if (fileName(outcome.file) !== outcome.file)
    parts.push(`<p class="path">File: ${escapeHtml(outcome.file)}</p>`);
  if (isUnreadable(outcome)) {
    parts.push(
      `<p class="unreadable"><strong>Could not be checked.</strong> ${escapeHtml(outcome.error.message)} ` +
        `<span class="code">(${escapeHtml(outcome.error.code)})</span></p>`,
    );
  } else {
    const { result } = outcome;
    parts.push(
      `<p>Template: ${escapeHtml(outcome.templateName)} (${escapeHtml(result.template)}). ` +
        `${result.complete ? 'Complete' : 'Not complete'}: ${escapeHtml(describeCounts(countBySeverity(result)))}. ` +
        `Comments: ${result.comments.total} in total, ${result.comments.unresolved} unresolved.</p>`,
    );
    const groups = findingsBySection(result);
    if (groups.length === 0) parts.push('<p>No findings.</p>');
    for (const group of groups) {
      parts.push(
        `<h3 id="${sectionAnchor(index, group.id)}">${escapeHtml(group.title)}</h3>`,
        '<ul>',
        ...group.findings.map(findingItem),
        '</ul>',
      );
    }
  }
  parts.push('<p><a href="#status-table">Back to the table</a></p>', '</section>');
  return parts.join('\n');
}

function findingItem(finding: Finding): string {
  const where: string[] = [];
  if (finding.paragraph !== null) where.push(`paragraph ${finding.paragraph + 1}`);
  if (finding.number !== null) where.push(`number ${finding.number}`);
  if (finding.row !== null) where.push(`row “${finding.row}”`);
  const excerpt =
    finding.excerpt !== null && finding.excerpt.trim() !== ''
      ? `<br><q class="excerpt">${escapeHtml(finding.excerpt)}</q>`
      : '';
  return (
    `<li class="finding ${finding.severity}"><strong class="severity">${escapeHtml(capitalise(finding.severity))}</strong>` +
    (where.length > 0 ? ` <span class="where">(${escapeHtml(where.join(', '))})</span>` : '') +
    `: ${escapeHtml(finding.message)} <span class="code">[${escapeHtml(finding.rule)}]</span>${excerpt}</li>`
  );
}

function reportAnchor(index: number): string {
  return `report-${index + 1}`;
}

/** Section ids come from template files users write: keep anchors to safe characters. */
function sectionAnchor(index: number, sectionId: string): string {
  return `${reportAnchor(index)}-${sectionId.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function formatDate(date: Date): string {
  return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
}

/*
 * Colours: dark text on light fills, each pair well above 4.5:1 (complete #0b5a24 on #e6f4ea,
 * incomplete #5c3c00 on #fff4ce, missing #8a1c1c on #fde7e9). The status word carries the meaning;
 * the fill only repeats it. In print the fills go: missing is bold, incomplete italic, and each
 * keeps its mark (✓ ! ✗), so a black-and-white copy reads the same.
 */
const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;background:#fff;margin:1rem;line-height:1.4}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2rem;border-top:1px solid #767676;padding-top:1rem}h3{font-size:1.1rem}
.table-box{max-width:100%;overflow-x:auto}
table{border-collapse:collapse;margin:.5rem 0;font-size:.7rem;width:100%}
caption{text-align:left;font-weight:bold;padding:.4rem 0;font-size:.95rem}
th,td{border:1px solid #767676;padding:.2rem .25rem;text-align:left;vertical-align:top}
thead th{background:#f0f0f0;vertical-align:bottom}
th.report{position:sticky;left:0;z-index:1;background:#fff;min-width:6.5rem;max-width:9rem;overflow-wrap:anywhere}
thead th.report{background:#f0f0f0}
td.findings{min-width:4.5rem}
td a,th a{color:inherit}
a:focus{outline:3px solid #1d4ed8;outline-offset:2px}
td.complete{background:#e6f4ea;color:#0b5a24}
td.incomplete{background:#fff4ce;color:#5c3c00}
td.missing{background:#fde7e9;color:#8a1c1c;font-weight:bold}
td.absent{color:#4a4a4a;font-style:italic}
td.unreadable,p.unreadable{background:#fde7e9;color:#8a1c1c}
.key-title{font-size:1rem;border:0;margin:.5rem 0 .25rem;padding:0}
dl.key{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:0;font-size:.8rem}
dl.key div{display:flex;gap:.35rem}dl.key dt{font-weight:bold}dl.key dd{margin:0}
p.path{color:#4a4a4a;font-size:.85rem;overflow-wrap:anywhere}
li.finding{margin:.4rem 0}
li.error .severity{color:#8a1c1c}li.warning .severity{color:#5c3c00}li.info .severity{color:#1b3f8a}
.code{color:#4a4a4a;font-family:Consolas,monospace;font-size:.85em}
.excerpt{color:#333;font-style:italic}
@page{size:A4 landscape;margin:12mm}
@media print{
body{margin:0;color:#000;font-size:9pt}
a{color:inherit;text-decoration:none}
.table-box{overflow:visible}
table{font-size:7.5pt}
th,td{border-color:#000}
thead{display:table-header-group}tr{break-inside:avoid}
thead th,th.report,td.complete,td.incomplete,td.missing,td.unreadable,p.unreadable{background:none;color:#000}
td.incomplete{font-style:italic}
h2{break-after:avoid;border-top-color:#000}
.code,p.path,td.absent,.excerpt{color:#000}
a[href="#status-table"]{display:none}
}
`.trim();
