/**
 * Content blocks (core/content) as block-level WordprocessingML, once for both hosts: the .docx
 * host splices the markup into document.xml, the Word host sends it through insertOoxml. The
 * builders (paragraph.ts, table.ts, picture.ts) write each block; Word's built-in style ids
 * ("Caption", "TableGrid") are used, and each host maps them to the document's own when they differ
 * (`stylesUsed` says which the content needs). Every value is cleaned and escaped by the builders.
 */
import type { ContentBlock, RegionContent } from '../core/content/blocks';
import { controlIdFor, REGION_LEAD_PARAGRAPH } from './content-control';
import { paragraph, paragraphProperties } from './paragraph';
import { figureCaptionParagraph, inlinePictureRun, pictureExtent } from './picture';
import { BUILT_IN_STYLES, type StyleRole } from './style-definitions';
import { captionParagraph, dataTable } from './table';

/** A picture the markup shows, referred to as r:embed="<relId>"; the host maps the id to a real one. */
export interface PictureData {
  relId: string;
  contentType: 'image/png';
  bytes: Uint8Array;
}

/** Blocks as markup: body-level w:p and w:tbl elements, and the pictures they show. */
export interface RenderedBlocks {
  /** "w" prefix; "wp", "a", "pic", "r" declared on the pictures that use them. */
  xml: string;
  pictures: PictureData[];
  /** The built-in styles the markup refers to (`stylesUsed`). */
  styles: StyleRole[];
}

/** The placeholder relationship id of the first picture ("rIdChart2" … for the others). */
export const FIRST_PICTURE_ID = 'rIdChart1';

function blockXml(block: ContentBlock, pictures: PictureData[]): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph({ runs: block.runs, ...(block.style ? { styleId: block.style } : {}) });
    case 'caption':
      return block.label === 'Table'
        ? captionParagraph(block.text, block.number, BUILT_IN_STYLES.caption.id, block.restart)
        : figureCaptionParagraph(block.text, block.number, BUILT_IN_STYLES.caption.id, block.restart);
    case 'table':
      if (block.columns.length === 0) throw new RangeError('A data table needs at least one column.');
      return dataTable(
        {
          caption: block.title,
          columns: block.columns,
          rows: block.rows,
          source: '',
          ...(block.keepRowsWhole ? { keepRowsWhole: true } : {}),
        },
        { description: block.description },
      );
    case 'picture': {
      const relId = pictures.length === 0 ? FIRST_PICTURE_ID : `rIdChart${pictures.length + 1}`;
      pictures.push({ relId, contentType: 'image/png', bytes: block.png });
      const run = inlinePictureRun({
        relId,
        ...pictureExtent(block.widthPx, block.heightPx, block.widthInches),
        docPrId: controlIdFor(block.drawingKey),
        name: block.name,
        title: block.title,
        description: block.description,
      });
      // Kept with its caption above and its source line below.
      return `<w:p>${paragraphProperties({ keepNext: true })}${run}</w:p>`;
    }
    case 'source':
      return paragraph({ runs: `Source: ${block.text}` });
  }
}

/** Blocks in order, as they are: a new report's body. */
export function renderBlocks(blocks: readonly ContentBlock[]): RenderedBlocks {
  const pictures: PictureData[] = [];
  const xml = blocks.map((block) => blockXml(block, pictures)).join('');
  return { xml, pictures, styles: stylesUsed(blocks) };
}

/**
 * A live region's content. A region that starts with a caption begins with the hidden 1-pt lead
 * paragraph (`REGION_LEAD_PARAGRAPH`), so LibreOffice shows the caption's number rather than its
 * field code.
 */
export function renderRegionContent(content: RegionContent): RenderedBlocks {
  const rendered = renderBlocks(content.blocks);
  const lead = content.blocks[0]?.kind === 'caption' ? REGION_LEAD_PARAGRAPH : '';
  return { ...rendered, xml: lead + rendered.xml };
}

/** The built-in styles the content uses, which the document (or the package) must define. */
export function stylesUsed(blocks: readonly ContentBlock[]): StyleRole[] {
  const roles: StyleRole[] = [];
  const caption = BUILT_IN_STYLES.caption.id;
  if (blocks.some((b) => b.kind === 'caption' || (b.kind === 'paragraph' && b.style === caption)))
    roles.push('caption');
  if (blocks.some((b) => b.kind === 'table')) roles.push('tableGrid');
  return roles;
}
