/**
 * A paragraph with a style and runs: headings, guidance placeholders and the lines around a
 * live table (caption, source).
 *
 * ```xml
 * <xsd:complexType name="CT_P">
 *   <xsd:sequence>
 *     <xsd:element name="pPr" type="CT_PPr" minOccurs="0"/>
 *     <xsd:group ref="EG_PContent" minOccurs="0" maxOccurs="unbounded"/>
 *   </xsd:sequence>
 * </xsd:complexType>
 * <!-- CT_PPrBase, in this order: pStyle, keepNext, ..., spacing, ..., jc, ... -->
 * ```
 */
import { attribute, runContent } from './text';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in half-points (20 = 10 pt); absent: the style's. */
  halfPoints?: number;
}

export interface ParagraphModel {
  /** Paragraph style id as stored in styles.xml ("Heading1", "Caption"); omitted: the default style. */
  styleId?: string;
  /** Plain text, or runs with their own emphasis. */
  runs: string | readonly TextRun[];
  /** Keep with the next paragraph (a caption with its table). */
  keepNext?: boolean;
  /** No space before or after (text in table cells). */
  compact?: boolean;
  align?: 'left' | 'right' | 'center';
}

/** Run properties in schema order (CT_RPr: ... b, bCs, i, iCs, ..., sz, szCs ...). */
function runProperties(run: TextRun): string {
  const size = run.halfPoints
    ? `<w:sz ${attribute('w:val', run.halfPoints)}/><w:szCs ${attribute('w:val', run.halfPoints)}/>`
    : '';
  const props = (run.bold ? '<w:b/><w:bCs/>' : '') + (run.italic ? '<w:i/><w:iCs/>' : '') + size;
  return props === '' ? '' : `<w:rPr>${props}</w:rPr>`;
}

export function textRun(run: TextRun): string {
  const content = runContent(run.text);
  return content === '' ? '' : `<w:r>${runProperties(run)}${content}</w:r>`;
}

export function paragraphProperties(model: Omit<ParagraphModel, 'runs'>): string {
  const props =
    (model.styleId ? `<w:pStyle ${attribute('w:val', model.styleId)}/>` : '') +
    (model.keepNext ? '<w:keepNext/>' : '') +
    (model.compact ? '<w:spacing w:before="0" w:after="0"/>' : '') +
    (model.align ? `<w:jc ${attribute('w:val', model.align)}/>` : '');
  return props === '' ? '' : `<w:pPr>${props}</w:pPr>`;
}

export function paragraph(model: ParagraphModel): string {
  const runs = typeof model.runs === 'string' ? [{ text: model.runs }] : model.runs;
  return `<w:p>${paragraphProperties(model)}${runs.map(textRun).join('')}</w:p>`;
}
