/**
 * DocxEditor's styles: adds Caption / Table Grid definitions when the document lacks them and
 * returns the style ids to use (a localised document may already have them under other ids).
 */
import { ReportError } from '../../core/errors';
import { NS } from '../../ooxml/namespaces';
import { BUILT_IN_STYLES, captionStyle, tableGridStyle, type StyleRole } from '../../ooxml/style-definitions';
import { children } from '../../ooxml/xml';
import { CONTENT_TYPES_PART, type EditorParts } from './editor-parts';
import { addOverride, appendToRoot, CONTENT_TYPES, parsePart, REL_TYPES } from './package-writes';

/** The caption and table style ids in the document; roles not asked for get Word's built-in ids. */
export interface TableStyleIds {
  captionStyleId: string;
  tableStyleId: string;
}

/**
 * Makes sure the document defines the styles for these roles; returns the style id to use for
 * each (an existing style with the built-in's name is used whatever its id).
 */
export function ensureStyles(parts: EditorParts, roles: readonly StyleRole[]): TableStyleIds {
  const ids: TableStyleIds = {
    captionStyleId: BUILT_IN_STYLES.caption.id,
    tableStyleId: BUILT_IN_STYLES.tableGrid.id,
  };
  const changes = new Map<string, string>();
  let stylesPart = parts.relatedFromMain(REL_TYPES.styles);
  let text: string;
  if (stylesPart === null) {
    stylesPart = `${parts.main.slice(0, parts.main.lastIndexOf('/') + 1)}styles.xml`;
    if (parts.partText(stylesPart) !== null) {
      throw new ReportError(
        'docx-cannot-edit',
        `${parts.fileName} has a styles part that its document does not link to. ` +
          'Open it in Word and save it again, then try again.',
        stylesPart,
      );
    }
    text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${NS.w}"></w:styles>`;
    parts.relateFromMain(changes, REL_TYPES.styles, stylesPart.slice(stylesPart.lastIndexOf('/') + 1));
    const types = parts.contentTypes(changes);
    changes.set(parts.storedName(CONTENT_TYPES_PART), addOverride(types, stylesPart, CONTENT_TYPES.styles));
  } else {
    stylesPart = parts.storedName(stylesPart);
    text = parts.partText(stylesPart) ?? '';
  }
  const root = parsePart(text, stylesPart, parts.fileName);
  if (root.attributes['xmlns:w'] !== NS.w || root.name !== 'w:styles') {
    throw new ReportError(
      'docx-cannot-edit',
      `${parts.fileName} cannot be changed by Council Report: its styles are not stored the way Word normally ` +
        'saves them. Open it in Word and save it as "Word Document (*.docx)", then try again.',
      stylesPart,
    );
  }
  const styles = children(root, 'w:style');
  const defaultOf = (type: string) =>
    styles.find(
      (s) => s.attributes['w:type'] === type && /^(1|true|on)$/.test(s.attributes['w:default'] ?? ''),
    )?.attributes['w:styleId'] ?? null;
  let additions = '';
  for (const role of roles) {
    const wanted = BUILT_IN_STYLES[role];
    const name = (s: (typeof styles)[number]) =>
      children(s, 'w:name')[0]?.attributes['w:val']?.toLowerCase() ?? '';
    const found =
      styles.find((s) => s.attributes['w:type'] === wanted.type && s.attributes['w:styleId'] === wanted.id) ??
      styles.find((s) => s.attributes['w:type'] === wanted.type && name(s) === wanted.name.toLowerCase());
    const id = found?.attributes['w:styleId'];
    if (id !== undefined) {
      if (role === 'caption') ids.captionStyleId = id;
      else ids.tableStyleId = id;
      continue;
    }
    if (styles.some((s) => s.attributes['w:styleId'] === wanted.id)) {
      throw new ReportError(
        'docx-cannot-edit',
        `${parts.fileName} uses the style id "${wanted.id}" for a style that is not Word's ${wanted.name} style; rename that style and try again.`,
        stylesPart,
      );
    }
    additions +=
      role === 'caption' ? captionStyle(defaultOf('paragraph')) : tableGridStyle(defaultOf('table'));
  }
  if (additions !== '') changes.set(stylesPart, appendToRoot(text, root, additions));
  parts.commit(changes);
  return ids;
}
