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

/** Word keeps a content control's title to 64 characters. */
export const MAX_CONTROL_TITLE = 64;

/**
 * A content control's title (what Word shows on the control's tab) from a region's caption: the
 * whole caption when it fits, otherwise cut at the last word that fits, with an ellipsis, never
 * mid-word ("…compa"). A first word longer than the limit is the one thing cut inside a word.
 */
export function controlTitle(caption: string, max = MAX_CONTROL_TITLE): string {
  const text = caption.replace(/\s+/g, ' ').trim();
  const chars = [...text];
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1).join('');
  // Keep the last word only when it ends exactly where the room does.
  const words = /\s/.test(chars[max - 1]!) ? room : room.replace(/\s+\S*$/, '');
  const cut = words.replace(/[\s,;:–—-]+$/, '');
  return `${cut === '' ? room : cut}…`;
}
