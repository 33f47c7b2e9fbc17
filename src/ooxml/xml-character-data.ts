/**
 * Character data and attribute values as the XML parser reads them: entity and character
 * references decoded, newlines and attribute whitespace normalised (XML 1.0 §2.11, §3.3.3).
 */
import { fail } from './xml-error';

const LT = 60; // <
const AMP = 38; // &

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references in `raw`. */
function decodeReferences(raw: string, text: string, part: string, base: number): string {
  let out = '';
  let from = 0;
  let amp = raw.indexOf('&');
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 12) fail(text, part, base + amp, "'&' must start an entity reference");
    out += raw.slice(from, amp);
    const ref = raw.slice(amp + 1, semi);
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref.charCodeAt(1) === 120; /* x */
      const digits = hex ? ref.slice(2) : ref.slice(1);
      const code = (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      const allowed =
        code === 9 ||
        code === 10 ||
        code === 13 ||
        (code >= 32 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) fail(text, part, base + amp, `&${ref}; is not a valid character reference`);
      out += String.fromCodePoint(code);
    } else {
      const value = PREDEFINED[ref];
      if (value === undefined) fail(text, part, base + amp, `the entity &${ref}; is not defined`);
      out += value;
    }
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

/** XML end-of-line handling: CR LF and lone CR become LF. */
export function normaliseNewlines(s: string): string {
  return s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n');
}

export function characterData(raw: string, text: string, part: string, base: number): string {
  const s = raw.indexOf('&') === -1 ? raw : decodeReferences(raw, text, part, base);
  return normaliseNewlines(s);
}

const SPECIAL_IN_ATTRIBUTE = /[<&\t\n\r]/;

/** Attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and newlines become spaces. */
export function attributeValue(raw: string, text: string, part: string, base: number): string {
  // Most values (ids, sizes, style names) have nothing to decode: one native scan says so.
  if (!SPECIAL_IN_ATTRIBUTE.test(raw)) return raw;
  let special = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === LT) fail(text, part, base + i, "'<' is not allowed in an attribute value");
    if (c === AMP || c === 9 || c === 10 || c === 13) special = true;
  }
  if (!special) return raw;
  const spaced = raw.replace(/\r\n|[\t\n\r]/g, ' ');
  return spaced.indexOf('&') === -1 ? spaced : decodeReferences(spaced, text, part, base);
}
