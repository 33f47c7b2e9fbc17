/**
 * The DocxEditor's working copies of a package's parts: edited and new parts' text, new media,
 * and the main document's layout, with the small reads and writes every kind of change uses.
 * Changes are computed first and stored with `commit` all at once (see src/docx/write/docx-editor.ts).
 */
import { ReportError } from '../../core/errors';
import { decodeXmlBytes, isElement } from '../../ooxml/xml';
import { layoutDocument, tagsIn, type DocumentLayout } from './document-blocks';
import { relationshipsPartFor, resolveTarget, type DocxPackage } from '../read/package';
import { addRelationship, newRelationshipsPart, parsePart } from './package-writes';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

export class EditorParts {
  /** Edited or new parts' XML text, by part name (as stored in the zip for existing parts). */
  readonly edited = new Map<string, string>();
  readonly newParts: string[] = [];
  /** New binary parts (pictures' media), by part name. */
  readonly media = new Map<string, Uint8Array>();
  private layoutCache: DocumentLayout | null = null;
  private tagsCache: Set<string> | null = null;

  constructor(
    readonly pkg: DocxPackage,
    readonly fileName: string,
    readonly main: string,
  ) {}

  documentText(): string {
    return this.partText(this.main) ?? '';
  }

  layout(): DocumentLayout {
    this.layoutCache ??= layoutDocument(this.documentText(), this.main, this.fileName);
    return this.layoutCache;
  }

  /** Tags of every content control in the document. */
  controlTags(): ReadonlySet<string> {
    this.tagsCache ??= tagsIn(this.layout().body);
    return this.tagsCache;
  }

  /**
   * Stores a spliced document. Splices replace whole elements with checked, well-formed content,
   * so the text stays well-formed; it is parsed again only when the next change needs it.
   */
  setDocument(text: string): void {
    this.edited.set(this.storedName(this.main), text);
    this.layoutCache = null;
    this.tagsCache = null;
  }

  /** The name a part is stored under (OPC names are case-insensitive), or the name as given. */
  storedName(part: string): string {
    return (
      this.pkg.entry(part)?.name ?? this.newParts.find((p) => p.toLowerCase() === part.toLowerCase()) ?? part
    );
  }

  partText(part: string): string | null {
    const name = this.storedName(part);
    const edited = this.edited.get(name);
    if (edited !== undefined) return edited;
    const bytes = this.pkg.read(name);
    return bytes ? decodeXmlBytes(bytes) : null;
  }

  contentTypes(changes: Map<string, string>): { text: string; root: ReturnType<typeof parsePart> } {
    const name = this.storedName(CONTENT_TYPES_PART);
    const text = changes.get(name) ?? this.partText(name);
    if (text === null)
      throw new ReportError('docx-corrupt', `${this.fileName} has no [Content_Types].xml part.`);
    return { text, root: parsePart(text, name, this.fileName) };
  }

  /** The existing part the main document relates to with this type, as currently edited. */
  relatedFromMain(type: string): string | null {
    const rels = this.storedName(relationshipsPartFor(this.main));
    const text = this.partText(rels);
    if (text === null) return null;
    for (const node of parsePart(text, rels, this.fileName).children) {
      if (
        !isElement(node) ||
        node.attributes['Type'] !== type ||
        node.attributes['TargetMode'] === 'External'
      )
        continue;
      const target = resolveTarget(this.main, node.attributes['Target'] ?? '');
      if (this.partText(target) !== null) return this.storedName(target);
    }
    return null;
  }

  relateFromMain(changes: Map<string, string>, type: string, target: string): void {
    const rels = this.storedName(relationshipsPartFor(this.main));
    const current = changes.get(rels) ?? this.partText(rels);
    changes.set(
      rels,
      current === null
        ? newRelationshipsPart('rId1', type, target)
        : addRelationship(current, rels, this.fileName, type, target).text,
    );
  }

  /** Stores a computed set of part texts at once. */
  commit(changes: Map<string, string>): void {
    for (const [name, text] of changes) {
      const stored = this.storedName(name);
      if (!this.pkg.has(stored) && !this.newParts.includes(stored)) this.newParts.push(stored);
      this.edited.set(stored, text);
    }
  }
}
