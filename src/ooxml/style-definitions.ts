/**
 * Definitions of the built-in styles our tables use, as Word writes them, for documents that lack
 * them: Word adds a built-in style to styles.xml only once it is first used, and a style id the
 * document does not define makes Word (and LibreOffice) fall back to Normal / no borders.
 *
 * ```xml
 * <xsd:complexType name="CT_Style"> <xsd:sequence>
 *   <xsd:element name="name"/> <xsd:element name="aliases" minOccurs="0"/>
 *   <xsd:element name="basedOn" minOccurs="0"/> <xsd:element name="next" minOccurs="0"/> ...
 *   <xsd:element name="uiPriority" minOccurs="0"/> <xsd:element name="semiHidden" minOccurs="0"/>
 *   <xsd:element name="unhideWhenUsed" minOccurs="0"/> <xsd:element name="qFormat" minOccurs="0"/> ...
 *   <xsd:element name="pPr" minOccurs="0"/> <xsd:element name="rPr" minOccurs="0"/>
 *   <xsd:element name="tblPr" minOccurs="0"/> ... </xsd:sequence>
 *   <xsd:attribute name="type" type="ST_StyleType"/> <xsd:attribute name="styleId" type="s:ST_String"/>
 * ```
 */
import { attribute } from './text';

/** The roles our builders need, with Word's built-in style id and stored name for each. */
export const BUILT_IN_STYLES = {
  caption: { id: 'Caption', name: 'caption', type: 'paragraph' },
  tableGrid: { id: 'TableGrid', name: 'Table Grid', type: 'table' },
} as const;

export type StyleRole = keyof typeof BUILT_IN_STYLES;

function basedOn(id: string | null): string {
  return id === null ? '' : `<w:basedOn ${attribute('w:val', id)}/>`;
}

/** Word's Caption: small italic text in the theme's dark blue-grey (9 pt, 44546A). */
export function captionStyle(basedOnId: string | null, nextId: string | null = basedOnId): string {
  return (
    '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>' +
    basedOn(basedOnId) +
    (nextId === null ? '' : `<w:next ${attribute('w:val', nextId)}/>`) +
    '<w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/>' +
    '<w:pPr><w:spacing w:after="200" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:rPr><w:i/><w:iCs/><w:color w:val="44546A" w:themeColor="text2"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>' +
    '</w:style>'
  );
}

/** Word's Table Grid: single 0.5 pt borders on every edge, no space after paragraphs. */
export function tableGridStyle(basedOnId: string | null): string {
  const border = (edge: string) => `<w:${edge} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`;
  return (
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>' +
    basedOn(basedOnId) +
    '<w:uiPriority w:val="39"/>' +
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr>` +
    '</w:style>'
  );
}
