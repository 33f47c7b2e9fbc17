/**
 * A chart as Word shows it: "Figure N: caption" (a SEQ Figure field, as Insert Caption writes it),
 * an inline picture with alternative text (title and description on wp:docPr, which Word's Alt
 * Text pane shows and screen readers read), and a source line — the same frame as a live table.
 *
 * ```xml
 * <xsd:complexType name="CT_Inline"> <xsd:sequence>
 *   <xsd:element name="extent" type="a:CT_PositiveSize2D"/>
 *   <xsd:element name="effectExtent" type="CT_EffectExtent" minOccurs="0"/>
 *   <xsd:element name="docPr" type="a:CT_NonVisualDrawingProps"/>   <!-- id, name, descr, title -->
 *   <xsd:element name="cNvGraphicFramePr" type="a:CT_NonVisualGraphicFrameProperties" minOccurs="0"/>
 *   <xsd:element ref="a:graphic"/> </xsd:sequence>
 * <pic:pic> nvPicPr (cNvPr, cNvPicPr), blipFill (a:blip r:embed, a:stretch), spPr (a:xfrm, a:prstGeom)
 * ```
 *
 * The picture's namespaces are declared on the elements that use them, so the block is complete
 * on its own whatever the document root declares. `relId` is a placeholder the host maps to a real
 * relationship (PictureData.relId).
 */
import { NS } from './namespaces';
import { paragraphProperties, textRun } from './paragraph';
import { attribute } from './text';

/** English Metric Units per inch. */
export const EMU_PER_INCH = 914400;

export interface InlinePictureModel {
  relId: string;
  /** Size on the page, in EMU. */
  widthEmu: number;
  heightEmu: number;
  /** wp:docPr id: unique in the document (derive it from the region's tag). */
  docPrId: number;
  /** Shown in Word's selection pane, e.g. "Chart: spc-total-crime". */
  name: string;
  /** Alt text title. */
  title: string;
  /** Alt text description. */
  description: string;
}

function emu(value: number, what: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`The picture's ${what} must be positive.`);
  return Math.round(value);
}

/** The run holding the picture (w:r/w:drawing/wp:inline). */
export function inlinePictureRun(model: InlinePictureModel): string {
  const cx = emu(model.widthEmu, 'width');
  const cy = emu(model.heightEmu, 'height');
  if (!/^[A-Za-z_][\w.-]*$/.test(model.relId))
    throw new RangeError(`"${model.relId}" is not a relationship id.`);
  const id = Math.max(1, Math.floor(model.docPrId)) >>> 0;
  return (
    '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>' +
    `<wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="${NS.wp}" xmlns:r="${NS.r}">` +
    `<wp:extent cx="${cx}" cy="${cy}"/>` +
    '<wp:effectExtent l="0" t="0" r="0" b="0"/>' +
    `<wp:docPr ${attribute('id', id)} ${attribute('name', model.name)} ${attribute('descr', model.description)} ${attribute('title', model.title)}/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}">` +
    `<pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="0" ${attribute('name', `${model.name}.png`)} ${attribute('descr', model.description)}/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip ${attribute('r:embed', model.relId)}/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

/** "Figure N: caption", N as a SEQ Figure field so Word renumbers it and lists it in a table of figures. */
export function figureCaptionParagraph(
  caption: string,
  number: number,
  styleId: string,
  restart = false,
): string {
  const shown = Math.max(1, Math.floor(number));
  // \r: the field shows this number whatever fields come before it (typed captions above).
  const reset = restart ? ` \\r ${shown}` : '';
  const field = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  return (
    `<w:p>${paragraphProperties({ styleId, keepNext: true })}` +
    textRun({ text: 'Figure ' }) +
    field('begin') +
    `<w:r><w:instrText xml:space="preserve"> SEQ Figure${reset} \\* ARABIC </w:instrText></w:r>` +
    field('separate') +
    `<w:r><w:rPr><w:noProof/></w:rPr><w:t>${shown}</w:t></w:r>` +
    field('end') +
    textRun({ text: `: ${caption}` }) +
    '</w:p>'
  );
}

/** Page size of a picture `widthInches` wide keeping the pixel aspect ratio. */
export function pictureExtent(
  widthPx: number,
  heightPx: number,
  widthInches: number,
): { widthEmu: number; heightEmu: number } {
  const widthEmu = Math.round(widthInches * EMU_PER_INCH);
  return { widthEmu, heightEmu: Math.round((widthEmu * heightPx) / widthPx) };
}
