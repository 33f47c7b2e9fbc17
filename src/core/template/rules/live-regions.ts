/**
 * live-region-stale, live-region-orphaned, live-region-edited: the report's live tables and
 * figures checked against their records in the report's data (see core/live/regions.ts).
 *
 * Stale needs to know what "newer" is, and the check is pure, so the caller says:
 * - `options.live.latestMonth` (the source the author works with has that month): a region that
 *   follows the latest data and ends earlier is stale;
 * - `options.live.now` (+ `maxAgeDays`, default 45): a region last refreshed longer ago is stale.
 *   police.uk publishes a month's data about every month, so after 45 days there is new data.
 *   A region read from a partner's workbook has no timetable: after as long it *may* be out of
 *   date (the report cannot see the file), and the finding says how to refresh it from the file.
 * Without either, no region is called stale (the check would otherwise depend on the clock).
 */
import { liveRegions, readDocumentState } from '../../live/regions';
import { draft, type FindingDraft, type Rule } from '../context';

export const DEFAULT_MAX_AGE_DAYS = 45;

export const liveRegionRules: Rule = {
  ids: ['live-region-stale', 'live-region-orphaned', 'live-region-edited'],
  run(context) {
    const live = context.options.live ?? {};
    const stored = readDocumentState(context.snapshot);
    // A damaged data part: one finding for the whole report (not one per region, whose records
    // cannot be told apart), so every face's check says so, the command line's too.
    if (stored.damaged) {
      const why = stored.warnings[0] ?? "The report's saved data cannot be read.";
      return [
        draft(context, 'live-region-orphaned', {
          section: null,
          paragraph: null,
          message:
            `${why} The live tables and figures cannot be checked or refreshed, and nothing will be written ` +
            'over the saved data: restore an earlier copy of the report if you have one.',
        }),
      ];
    }
    const state = stored.state;
    const regions = liveRegions(
      context.snapshot,
      {
        latestMonth: live.latestMonth ?? null,
        ...(live.now ? { now: live.now, maxAgeDays: live.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS } : {}),
      },
      state,
    );
    const findings: FindingDraft[] = [];
    for (const region of regions) {
      const section = region.paragraph === null ? null : context.placeOf(region.paragraph);
      const name = region.title === region.id ? `The live region "${region.id}"` : `"${region.title}"`;
      if (region.status === 'orphaned') {
        findings.push(
          draft(context, 'live-region-orphaned', {
            section,
            paragraph: region.paragraph,
            message: region.detail,
          }),
        );
      } else if (region.status === 'edited') {
        findings.push(
          draft(context, 'live-region-edited', {
            section,
            paragraph: region.paragraph,
            message: `${name} has been changed by hand since it was last refreshed, so its figures may not match the data. Refresh it (overwriting the change) or unlink it.`,
          }),
        );
      } else if (region.status === 'stale') {
        findings.push(
          draft(context, 'live-region-stale', {
            section,
            paragraph: region.paragraph,
            message: region.workbook
              ? `${name} may be out of date: ${region.detail} Do so before the report goes to committee.`
              : `${name} is out of date: ${region.detail} Refresh it before the report goes to committee.`,
          }),
        );
      }
    }
    return findings;
  },
};
