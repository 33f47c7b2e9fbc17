/**
 * Content controls (w:sdt): the kind of control, from the properties Word writes in w:sdtPr.
 * A control with none of them is rich text, Word's default.
 */
import type { ContentControl } from '../../core/report/snapshot';
import { child, type XmlElement } from '../../ooxml/xml';

const SDT_KINDS: [string, ContentControl['kind']][] = [
  ['w:text', 'plainText'],
  ['w:picture', 'picture'],
  ['w14:checkbox', 'checkBox'],
  ['w:comboBox', 'comboBox'],
  ['w:dropDownList', 'dropDownList'],
  ['w:date', 'date'],
  ['w:richText', 'richText'],
];

/** sdtPr children that mean a kind of control our snapshot has no name for. */
const OTHER_SDT_KINDS = new Set([
  'w:docPartObj',
  'w:docPartList',
  'w:group',
  'w:citation',
  'w:bibliography',
  'w:equation',
  'w15:repeatingSection',
  'w15:repeatingSectionItem',
]);

export function contentControlKind(sdtPr: XmlElement | null): ContentControl['kind'] {
  if (!sdtPr) return 'richText';
  for (const [name, kind] of SDT_KINDS) if (child(sdtPr, name)) return kind;
  for (const node of sdtPr.children)
    if (typeof node === 'object' && OTHER_SDT_KINDS.has(node.name)) return 'other';
  return 'richText';
}
