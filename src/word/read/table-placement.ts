/**
 * Where each table of `body.tables` sits among the body's paragraphs. Word's table API does not
 * say, but each paragraph knows its `tableNestingLevel`: a table at nesting level L covers a
 * maximal run of paragraphs at level L or deeper, because Word always keeps a paragraph between two
 * tables at the same level (a cell ends with a paragraph; two body tables never touch). Tables
 * come from `body.tables` in document order, so the Nth table at level L is the Nth such run.
 */
import type { ReadWarning } from '../../core/report/snapshot';

export interface TablePlacement {
  firstParagraph: number;
  lastParagraph: number;
}

/** Maximal runs of paragraphs whose nesting level is at least `level`. */
function runsAtLevel(nesting: readonly number[], level: number): TablePlacement[] {
  const runs: TablePlacement[] = [];
  let start = -1;
  nesting.forEach((depth, i) => {
    if (depth >= level) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      runs.push({ firstParagraph: start, lastParagraph: i - 1 });
      start = -1;
    }
  });
  if (start !== -1) runs.push({ firstParagraph: start, lastParagraph: nesting.length - 1 });
  return runs;
}

/**
 * Places each table (given by its nesting level, 1 = in the body) on paragraph ranges. A table
 * that cannot be placed gets null and a warning.
 */
export function placeTables(
  paragraphNesting: readonly number[],
  tableLevels: readonly number[],
): { placements: (TablePlacement | null)[]; warnings: ReadWarning[] } {
  const warnings: ReadWarning[] = [];
  const runsByLevel = new Map<number, TablePlacement[]>();
  const used = new Map<number, number>();
  const placements = tableLevels.map((level) => {
    let runs = runsByLevel.get(level);
    if (!runs) {
      runs = runsAtLevel(paragraphNesting, level);
      runsByLevel.set(level, runs);
    }
    const n = used.get(level) ?? 0;
    used.set(level, n + 1);
    return runs[n] ?? null;
  });
  for (const [level, runs] of runsByLevel) {
    const count = used.get(level) ?? 0;
    if (count !== runs.length) {
      warnings.push({
        where: 'Word: tables',
        message:
          `Word listed ${count} table(s) at nesting level ${level} but the paragraphs show ${runs.length}; ` +
          'some tables may be matched to the wrong paragraphs.',
      });
    }
  }
  return { placements, warnings };
}

/** For each paragraph, the index of the innermost placed table holding it, or null. */
export function innermostTables(
  paragraphNesting: readonly number[],
  tableLevels: readonly number[],
  placements: readonly (TablePlacement | null)[],
): (number | null)[] {
  const owner: (number | null)[] = paragraphNesting.map(() => null);
  const ownerLevel: number[] = paragraphNesting.map(() => 0);
  placements.forEach((placement, table) => {
    const level = tableLevels[table] ?? 0;
    if (!placement) return;
    for (let i = placement.firstParagraph; i <= placement.lastParagraph; i++) {
      if (level > (ownerLevel[i] ?? 0) && level <= (paragraphNesting[i] ?? 0)) {
        owner[i] = table;
        ownerLevel[i] = level;
      }
    }
  });
  return owner;
}
