/**
 * How a live region is named in the document: its content control's tag, `cr:live:<id>`, which
 * pairs the control with its spec in the report state and lets `getByTag` find it in one call.
 */
export const LIVE_TAG_PREFIX = 'cr:live:';

/** The tag of a live region. */
export function liveTag(regionId: string): string {
  return `${LIVE_TAG_PREFIX}${regionId}`;
}

/** The region id in a live region's tag, or null for any other tag. */
export function liveRegionId(tag: string | null): string | null {
  return tag !== null && tag.startsWith(LIVE_TAG_PREFIX) ? tag.slice(LIVE_TAG_PREFIX.length) : null;
}
