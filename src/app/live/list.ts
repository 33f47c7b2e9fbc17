import { liveRegions, type RegionInfo, type StatusOptions } from '../../core/live';
import type { ReportHost } from '../../core/report/host';

/** The document's live regions with their status (see core/live/regions.ts). */
export async function listLiveRegions(host: ReportHost, options: StatusOptions = {}): Promise<RegionInfo[]> {
  return liveRegions(await host.readSnapshot(), options);
}
