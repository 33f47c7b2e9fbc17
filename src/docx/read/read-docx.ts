/**
 * Reads a .docx file into a ReportSnapshot, synchronously, from its bytes.
 *
 * Only a package that is not a readable Word document (not a zip, damaged, no main document, a
 * main document that is not well-formed) is an error. Anything else odd — a missing style, an
 * unknown list, a damaged properties part — becomes a warning in the snapshot and the read goes on.
 */
import { ReportError } from '../../core/errors';
import type { ReadWarning, ReportSnapshot } from '../../core/report/snapshot';
import { readReportState } from '../../ooxml/custom-xml-part';
import { child, type XmlElement } from '../../ooxml/xml';
import { StoryReader, UNREAD_IN_STORY } from './body';
import { readComments } from './comments';
import { readCustomXmlParts } from './custom-xml';
import { ListCounter, NumberingDefinitions, UNREAD_IN_NUMBERING } from './numbering';
import {
  DocxPackage,
  isRelationshipType,
  type PackageOptions,
  relationshipsPartFor,
  type Relationship,
} from './package';
import { readProperties } from './properties';
import { StyleSheet } from './styles';

/** Reads a part that the document can do without; a problem with it becomes a warning. */
function optionalXml(
  pkg: DocxPackage,
  part: string | null,
  warnings: ReadWarning[],
  skip?: ReadonlySet<string>,
): XmlElement | null {
  if (part === null) return null;
  try {
    return pkg.readXml(part, skip);
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
    warnings.push({
      where: part,
      message: `This part was skipped because it could not be read. ${error.message}`,
    });
    return null;
  }
}

/** Parts related to the main document, by relationship type; conventional names as a fallback. */
function relatedParts(pkg: DocxPackage, main: string, warnings: ReadWarning[]) {
  let relationships: Relationship[] | null = null;
  if (pkg.has(relationshipsPartFor(main))) {
    try {
      relationships = pkg.relationships(main);
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      warnings.push({
        where: main,
        message: `The document's relationships could not be read. ${error.message}`,
      });
    }
  }
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const related = (type: string, conventional: string): string | null => {
    if (relationships) {
      const rel = relationships.find((r) => !r.external && isRelationshipType(r.type, type));
      return rel && pkg.has(rel.target) ? rel.target : null;
    }
    // Without readable relationships Word would not find these parts either; read the usual names anyway.
    return pkg.has(`${folder}${conventional}`) ? `${folder}${conventional}` : null;
  };
  return {
    styles: related('styles', 'styles.xml'),
    numbering: related('numbering', 'numbering.xml'),
    comments: related('comments', 'comments.xml'),
    commentsExtended: related('commentsExtended', 'commentsExtended.xml'),
    commentsIds: related('commentsIds', 'commentsIds.xml'),
    people: related('people', 'people.xml'),
    settings: related('settings', 'settings.xml'),
  };
}

function packagePart(pkg: DocxPackage, type: string, conventional: string): string | null {
  try {
    const part = pkg.relatedPart('', type);
    if (part !== null && pkg.has(part)) return part;
  } catch (error) {
    if (!(error instanceof ReportError)) throw error;
  }
  return pkg.has(conventional) ? conventional : null;
}

export function readDocx(bytes: Uint8Array, fileName: string, options: PackageOptions = {}): ReportSnapshot {
  const pkg = DocxPackage.open(bytes, fileName, options);
  const main = pkg.mainDocumentPart();
  const warnings: ReadWarning[] = [];
  const parts = relatedParts(pkg, main, warnings);
  const corePart = packagePart(pkg, 'core-properties', 'docProps/core.xml');
  const customPart = packagePart(pkg, 'custom-properties', 'docProps/custom.xml');
  try {
    pkg.prefetch([...Object.values(parts), corePart, customPart].filter((p): p is string => p !== null));
  } catch (error) {
    // Each optional part reports its own problem, as a warning, when it is read below.
    if (!(error instanceof ReportError)) throw error;
  }

  const document = pkg.readXml(main, UNREAD_IN_STORY);
  if (document && document.name !== 'w:document') {
    throw new ReportError(
      'docx-no-document',
      `${fileName} is not a Word document that can be read: its main part ${main} holds <${document.name}>, ` +
        'not a Word document. Open it in Word and save it again as a .docx.',
      fileName,
    );
  }
  const body = document ? child(document, 'w:body') : null;
  if (!body) {
    warnings.push({ where: main, message: 'The main document has no body (w:body); it is read as empty.' });
  }

  const styles = StyleSheet.read(
    optionalXml(pkg, parts.styles, warnings),
    warnings,
    parts.styles ?? 'word/styles.xml',
  );
  const numbering = NumberingDefinitions.read(
    optionalXml(pkg, parts.numbering, warnings, UNREAD_IN_NUMBERING),
  );
  const story = new StoryReader(styles, new ListCounter(numbering, styles, warnings), warnings, main);
  if (body) story.blocks(body);
  const content = story.result();

  const comments = readComments(
    {
      comments: optionalXml(pkg, parts.comments, warnings),
      extended: optionalXml(pkg, parts.commentsExtended, warnings),
      ids: optionalXml(pkg, parts.commentsIds, warnings),
      people: optionalXml(pkg, parts.people, warnings),
      commentsPart: parts.comments ?? 'word/comments.xml',
    },
    content.commentAnchors,
    styles,
    warnings,
  );

  const customXmlParts = readCustomXmlParts(pkg, warnings);
  const reportState = readReportState(customXmlParts);
  if (reportState.damaged)
    warnings.push({ where: reportState.partId ?? 'customXml', message: reportState.warnings.join(' ') });

  return {
    paragraphs: content.paragraphs,
    tables: content.tables,
    contentControls: content.contentControls,
    comments,
    customXmlParts,
    reportState,
    pictures: content.pictures,
    properties: readProperties(optionalXml(pkg, corePart, warnings), optionalXml(pkg, customPart, warnings)),
    warnings,
    trackChanges: tracksChanges(optionalXml(pkg, parts.settings, warnings)),
    fieldsRead: true,
  };
}

/** `w:trackRevisions` in the settings part: Track Changes on (ISO/IEC 29500-1 17.15.1.89). */
function tracksChanges(settings: XmlElement | null): boolean {
  const element = settings ? child(settings, 'w:trackRevisions') : null;
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value !== 'false' && value !== '0' && value !== 'off';
}
