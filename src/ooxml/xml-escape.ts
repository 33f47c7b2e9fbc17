/** The one escape function every writer of XML uses (element content and attribute values). */
const LT = 60; // <
const GT = 62; // >
const DQUOTE = 34; // "
const SQUOTE = 39; // '
const AMP = 38; // &

/** Escapes text for an element's content or an attribute value (either quote style). */
export function escapeXml(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let replacement: string;
    if (c === AMP) replacement = '&amp;';
    else if (c === LT) replacement = '&lt;';
    else if (c === GT) replacement = '&gt;';
    else if (c === DQUOTE) replacement = '&quot;';
    else if (c === SQUOTE) replacement = '&apos;';
    // Tabs and newlines in attributes would be normalised to spaces by a reader: keep them.
    else if (c === 9) replacement = '&#9;';
    else if (c === 10) replacement = '&#10;';
    else if (c === 13) replacement = '&#13;';
    // Control characters cannot appear in XML 1.0 at all; Word drops them too.
    else if (c < 32 || c === 0xfffe || c === 0xffff) replacement = '';
    else continue;
    out += value.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}
