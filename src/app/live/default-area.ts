import { readDocumentState } from '../../core/live';
import type { ReportSnapshot } from '../../core/report/snapshot';
import type { LiveData } from './source';

/**
 * The report's own district: the area its regions already use, else a district of the data
 * named in the report's opening paragraphs (the header block names the council), else null.
 */
export function defaultArea(snapshot: ReportSnapshot, live: LiveData): string | null {
  const state = readDocumentState(snapshot).state;
  const used = state.regions.find((r) => live.data.districts.includes(r.area));
  if (used) return used.area;
  const opening = snapshot.paragraphs
    .slice(0, 40)
    .map((p) => p.text)
    .join('\n')
    .toLowerCase();
  const named = [...live.data.districts]
    .sort((a, b) => b.length - a.length)
    .find((d) => opening.includes(d.toLowerCase()));
  return named ?? null;
}
