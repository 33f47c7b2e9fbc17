/**
 * One report holding every hostile string: as paragraphs (they come back as finding excerpts) and
 * as comments (author, initials, text), each comment anchored on its own paragraph.
 */
import { escapeXml } from '../../src/ooxml/xml';
import { makeDocx, p } from '../unit/docx/make-docx';
import { HOSTILE_ENTRIES } from './hostile-strings';

export function hostileReport(entries: readonly (readonly [string, string])[] = HOSTILE_ENTRIES): Uint8Array {
  const body = entries.map(([, value]) => p(escapeXml(value))).join('');
  const comments = entries
    .map(
      ([, value], i) =>
        `<w:comment w:id="${i}" w:author="${escapeXml(value.slice(0, 200))}" w:initials="${escapeXml(value.slice(0, 20))}" w:date="2018-11-01T10:00:00Z">${p(escapeXml(value))}</w:comment>`,
    )
    .join('');
  const anchored = entries
    .map(
      ([, value], i) =>
        `<w:p><w:commentRangeStart w:id="${i}"/><w:r><w:t>${escapeXml(value.slice(0, 50))}</w:t></w:r><w:commentRangeEnd w:id="${i}"/><w:r><w:commentReference w:id="${i}"/></w:r></w:p>`,
    )
    .join('');
  return makeDocx({ body: body + anchored, comments });
}
