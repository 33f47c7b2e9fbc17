/**
 * Builds small .docx packages in memory for tests that need a precise piece of WordprocessingML.
 * Real Word and LibreOffice files cover the whole path; these cover the rules one at a time.
 */
import { strToU8, zipSync } from 'fflate';

export const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid"';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** Contents of w:body. */
  body: string;
  /** Contents of w:styles, when the document should have a styles part. */
  styles?: string;
  /** Contents of w:numbering. */
  numbering?: string;
  /** Contents of w:comments. */
  comments?: string;
  /** Contents of w15:commentsEx. */
  commentsExtended?: string;
  /** Contents of w16cid:commentsIds. */
  commentsIds?: string;
  /** Any other parts, by name, as written. */
  extra?: Record<string, string | Uint8Array>;
  /** Where the main document lives (it need not be word/document.xml). */
  mainPart?: string;
}

export function wordXml(root: string, content: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${root} ${W_NS}>${content}</${root.split(' ')[0]}>`;
}

export function makeDocx(parts: DocxParts): Uint8Array {
  const main = parts.mainPart ?? 'word/document.xml';
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const fileName = main.slice(main.lastIndexOf('/') + 1);
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const add = (name: string, type: string, root: string, content: string | undefined) => {
    if (content === undefined) return;
    files[`${folder}${name}`] = strToU8(wordXml(root, content));
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="${type}" Target="${name}"/>`);
  };
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      '</Types>',
  );
  files['_rels/.rels'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="/${main}"/></Relationships>`,
  );
  files[main] = strToU8(wordXml('w:document', `<w:body>${parts.body}</w:body>`));
  add('styles.xml', `${REL}/styles`, 'w:styles', parts.styles);
  add('numbering.xml', `${REL}/numbering`, 'w:numbering', parts.numbering);
  add('comments.xml', `${REL}/comments`, 'w:comments', parts.comments);
  add(
    'commentsExtended.xml',
    'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
    'w15:commentsEx',
    parts.commentsExtended,
  );
  add(
    'commentsIds.xml',
    'http://schemas.microsoft.com/office/2016/09/relationships/commentsIds',
    'w16cid:commentsIds',
    parts.commentsIds,
  );
  files[`${folder}_rels/${fileName}.rels`] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `${rels.join('')}</Relationships>`,
  );
  for (const [name, content] of Object.entries(parts.extra ?? {})) {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(files);
}

/** A paragraph with plain runs, for building bodies quickly. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}
