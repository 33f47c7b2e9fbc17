/**
 * What is true of a region whose figures were read from a partner's workbook (the spreadsheet
 * table and chart), said in one place: which file it came from, why it may be old, how to refresh
 * it, and why a refresh left it alone.
 *
 * A workbook region is known by its record, not by its element's name: the spreadsheet elements
 * record the file they read (`file`) and have no period, while the crime-data elements always
 * record a period end and never a file. So the status and the template check (which have no
 * element catalogue) and the refresh (which has one) tell it apart the same way.
 */
import type { LiveRegionSpec } from '../state/region-spec';

/** The workbook a region's figures were read from ("fires.xlsx"), or null for any other region. */
export function workbookFileOf(spec: Pick<LiveRegionSpec, 'periodEnd' | 'options'>): string | null {
  const file = spec.options['file'];
  return spec.periodEnd === '' && file !== undefined && file.trim() !== '' ? file : null;
}

/** `--source fires.xlsx`, quoted when the name would not survive a shell as one word. */
function sourceArgument(file: string): string {
  return /^[\w.@+-]+$/.test(file) ? file : `"${file.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** How an officer refreshes a workbook region, in the pane and on the command line. */
export function howToRefreshFromWorkbook(file: string): string {
  return `Refresh it from the latest copy of ${file}: “Refresh from file…” in the Data view, or council-report refresh --source ${sourceArgument(file)}.`;
}

/**
 * Why a workbook region is stale by age. The report cannot see the file, so it cannot say the
 * figures changed, only that they were read long ago (unlike police.uk, which publishes monthly).
 */
export function workbookAgeDetail(file: string, days: number, readOn: string | undefined): string {
  return (
    `Last refreshed from ${file} ${days} days ago${readOn ? ` (figures read on ${readOn})` : ''}; ` +
    `the partner may have sent a newer copy since. ${howToRefreshFromWorkbook(file)}`
  );
}

/**
 * The workbook given that may be a renamed copy of `file` ("fires (1).xlsx" for "fires.xlsx"), or
 * null. `given` are the workbooks the refresh had; `expected` every workbook the report's regions
 * come from. Only when exactly one workbook given matches no region and exactly one of the
 * report's workbooks, `file`, was not given; never assumed (a region is only refreshed from a
 * file of its own name), only said.
 */
export function renamedCopyOf(
  file: string,
  given: readonly string[],
  expected: readonly string[],
): string | null {
  const lower = (name: string) => name.toLowerCase();
  const expectedSet = new Set(expected.map(lower));
  const givenSet = new Set(given.map(lower));
  const unmatched = given.filter((name) => !expectedSet.has(lower(name)));
  const missing = new Set(expected.map(lower).filter((name) => !givenSet.has(name)));
  return unmatched.length === 1 && missing.size === 1 && missing.has(lower(file)) ? unmatched[0]! : null;
}

/**
 * Why a refresh left a workbook region as it was: its file was not among those given (see
 * `renamedCopyOf` for the arguments). A possible renamed copy is named, with what to do about it.
 */
export function workbookNotGivenDetail(
  file: string,
  given: readonly string[],
  expected: readonly string[],
): string {
  if (given.length === 0) return `Comes from the workbook ${file}, which was not given; left as it was.`;
  const other = renamedCopyOf(file, given, expected);
  if (other !== null) {
    return (
      `Comes from the workbook ${file}, but the workbook given is ${other}, so it was left as it was ` +
      `(regions are matched to workbooks by file name). If ${other} is a newer copy of ${file}, ` +
      `save or rename it as ${file} and refresh again.`
    );
  }
  return `Comes from the workbook ${file}, which was not given (given: ${given.join(', ')}); left as it was.`;
}
