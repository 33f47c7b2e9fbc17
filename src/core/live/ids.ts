/** Region ids: short, readable in the tag (`cr:live:crime-by-category-yoy-2`), unique in the document. */

export function newRegionId(element: string, taken: ReadonlySet<string>): string {
  const base =
    element
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'region';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
