/**
 * The .docx package: a zip of XML parts tied together by relationships (OPC, ISO/IEC 29500-2).
 *
 * Opening reads only the zip's central directory, so a hostile file is refused on its declared
 * sizes before anything is inflated; parts are then inflated one at a time, when a reader asks.
 * Part names are case-insensitive in OPC ("customXML/item.xml" is "customxml/item.xml").
 */
import type { UnzipOptions, Unzipped } from 'fflate';
import { ReportError } from '../../core/errors';
import { CANONICAL_PREFIXES } from '../../ooxml/namespaces';
import { XmlError, child, children, parseXmlBytes, type XmlElement } from '../../ooxml/xml';
import { entryData, localHeaderOffsets, plainDirectory, type RawInflate } from './zip-data';

/**
 * fflate's unzip, loaded the first time a package needs it. The command line lists and inflates
 * plain zips without it (zip-data.ts and Node's zlib), and a one-file check should not pay for
 * loading a library it does not use.
 */
function unzipSync(bytes: Uint8Array, options: UnzipOptions): Unzipped {
  return (require('fflate') as typeof import('fflate')).unzipSync(bytes, options);
}

/** Above this total declared size a "report" is not one we should try to inflate. */
export const MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024;
/**
 * Deflate cannot compress better than about 1032:1; Word's own parts rarely pass 50:1. A big part
 * that claims more is a zip bomb or a corrupt directory.
 */
export const MAX_COMPRESSION_RATIO = 1000;
const RATIO_CHECK_ABOVE = 1024 * 1024;
/** An XML part this large is not a council report (a 200-page report's document.xml is ~5 MB). */
export const MAX_XML_PART = 64 * 1024 * 1024;

export interface PackageEntry {
  /** Name as stored in the zip. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** Zip compression method: 0 stored, 8 deflate. */
  compression: number;
}

export interface Relationship {
  id: string;
  /** Relationship type URI; compare with `isRelationshipType`. */
  type: string;
  /** Resolved part name (no leading "/"), or the raw target when external. */
  target: string;
  external: boolean;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function startsWithText(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Says what a file that is not a zip most likely is, and what to do with it. */
function notAZip(bytes: Uint8Array, fileName: string): ReportError {
  let message: string;
  if (bytes.length === 0) {
    message = `${fileName} is empty (0 bytes), so it is not a Word .docx file. Check that it finished copying or downloading.`;
  } else if (startsWith(bytes, OLE_SIGNATURE)) {
    message =
      `${fileName} is not a Word .docx file: it is an older Word .doc file or a password-protected document. ` +
      'If it is an old .doc, open it in Word and save as .docx; if it has a password, remove it ' +
      '(File > Info > Protect Document) and save again.';
  } else if (startsWithText(bytes, '{\\rtf')) {
    message = `${fileName} is a Rich Text (.rtf) file, not a Word .docx file. Open it in Word and save as .docx.`;
  } else if (startsWithText(bytes, '%PDF')) {
    message = `${fileName} is a PDF, not a Word .docx file. Check the report using the Word version of it.`;
  } else {
    message =
      `${fileName} is not a Word .docx file (it is not a zip package). ` +
      'If it is an old .doc, open it in Word and save as .docx.';
  }
  return new ReportError('docx-not-zip', message, fileName);
}

function corrupt(fileName: string, detail: string): ReportError {
  return new ReportError(
    'docx-corrupt',
    `${fileName} is damaged and cannot be read (${detail}). If it was copied or downloaded, fetch it again; ` +
      'otherwise open it in Word, which offers to repair it, and save it again.',
    fileName,
  );
}

function normalisePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is not an escape: keep the target as written.
  }
  const hash = decoded.indexOf('#');
  if (hash !== -1) decoded = decoded.slice(0, hash);
  const segments = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships part for a source part: "word/document.xml" → "word/_rels/document.xml.rels". */
export function relationshipsPartFor(sourcePart: string): string {
  if (sourcePart === '') return '_rels/.rels';
  const slash = sourcePart.lastIndexOf('/');
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

/**
 * True when `type` is the relationship type named `name` (e.g. "officeDocument", "comments").
 * Types are compared by their last segment so Transitional, Strict and Microsoft-extension URIs
 * for the same relationship all match.
 */
export function isRelationshipType(type: string, name: string): boolean {
  return type.endsWith(`/${name}`);
}

export interface PackageOptions {
  /** A faster raw inflater for the parts read (Node's zlib in the CLI); fflate when absent. */
  inflateRaw?: RawInflate;
}

export class DocxPackage {
  private readonly byLowerName = new Map<string, PackageEntry>();
  private readonly inflated = new Map<string, Uint8Array>();
  private readonly relationshipCache = new Map<string, Relationship[]>();
  /** Where each entry's data starts (see zip-data.ts); null once found not to be plain. */
  private localOffsets: number[] | null | undefined;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly fileName: string,
    readonly entries: readonly PackageEntry[],
    private readonly inflateRaw: RawInflate | null,
  ) {
    for (const entry of entries) this.byLowerName.set(normalisePartName(entry.name).toLowerCase(), entry);
  }

  /** Reads the zip's directory and refuses files that are not zips or are too large to inflate. */
  static open(bytes: Uint8Array, fileName: string, options: PackageOptions = {}): DocxPackage {
    // Every zip starts with a local file header ("PK\3\4"), or the end record when empty.
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notAZip(bytes, fileName);
    const entries: PackageEntry[] = [];
    // With a raw inflater of its own (the command line), a plain zip needs no fflate at all.
    const plain = options.inflateRaw ? plainDirectory(bytes) : null;
    if (plain) {
      for (const { name, compressedSize, uncompressedSize, compression } of plain)
        entries.push({ name, compressedSize, uncompressedSize, compression });
    } else {
      try {
        unzipSync(bytes, {
          filter(file) {
            entries.push({
              name: file.name,
              compressedSize: file.size,
              uncompressedSize: file.originalSize,
              compression: file.compression,
            });
            return false;
          },
        });
      } catch (error) {
        throw corrupt(fileName, describeZipError(error));
      }
    }
    let total = 0;
    for (const entry of entries) {
      if (entry.compressedSize < 0 || entry.uncompressedSize < 0)
        throw corrupt(fileName, 'impossible sizes in the zip');
      // Deflate output never needs more than its input plus about 12%; a part that claims to be
      // much smaller than its compressed data would make the inflater spin on output it drops.
      if (entry.compression === 8 && entry.compressedSize > entry.uncompressedSize * 1.13 + 1024) {
        throw corrupt(fileName, `the sizes recorded for ${entry.name} do not match`);
      }
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > RATIO_CHECK_ABOVE && ratio > MAX_COMPRESSION_RATIO) {
        throw new ReportError(
          'docx-too-large',
          `${fileName} was refused: its part ${entry.name} claims to expand ${Math.round(ratio)} times ` +
            `(to ${megabytes(entry.uncompressedSize)}), which no Word document does. ` +
            'The file may be damaged or made to attack the reader; ask the sender for a fresh copy.',
          fileName,
        );
      }
    }
    if (total > MAX_TOTAL_UNCOMPRESSED) {
      throw new ReportError(
        'docx-too-large',
        `${fileName} is too large to check: it would expand to ${megabytes(total)} ` +
          `(the limit is ${megabytes(MAX_TOTAL_UNCOMPRESSED)}). ` +
          'Large pictures or embedded files are the usual cause: compress the pictures in Word ' +
          '(Picture Format > Compress Pictures) and save again.',
        fileName,
      );
    }
    return new DocxPackage(bytes, fileName, entries, options.inflateRaw ?? null);
  }

  /** The entry for a part name, matched case-insensitively; null when the package lacks it. */
  entry(partName: string): PackageEntry | null {
    return this.byLowerName.get(normalisePartName(partName).toLowerCase()) ?? null;
  }

  has(partName: string): boolean {
    return this.entry(partName) !== null;
  }

  /** Part names (as stored) whose lower-case form matches the pattern. */
  partNames(pattern: RegExp): string[] {
    return this.entries
      .map((e) => normalisePartName(e.name))
      .filter((name) => pattern.test(name.toLowerCase()));
  }

  /** Inflates parts ahead of use, in one pass over the zip directory. */
  prefetch(partNames: readonly string[]): void {
    const wanted = new Set<string>();
    for (const name of partNames) {
      const entry = this.entry(name);
      if (entry && !this.inflated.has(entry.name)) wanted.add(entry.name);
    }
    if (wanted.size === 0) return;
    if (this.inflateRaw) {
      for (const name of wanted) {
        const data = this.inflateOne(name);
        if (data === null) continue;
        this.keep(name, data);
        wanted.delete(name);
      }
      if (wanted.size === 0) return;
    }
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(this.bytes, { filter: (file) => wanted.has(file.name) });
    } catch (error) {
      throw corrupt(this.fileName, describeZipError(error));
    }
    for (const name of wanted) this.keep(name, files[name]);
  }

  private keep(name: string, data: Uint8Array | undefined): void {
    const entry = this.byLowerName.get(normalisePartName(name).toLowerCase());
    if (!data || (entry && data.length !== entry.uncompressedSize)) {
      throw corrupt(this.fileName, `the part ${normalisePartName(name)} is incomplete`);
    }
    this.inflated.set(name, data);
  }

  /**
   * One part through the raw inflater given to `open`, or null to leave it to fflate (a zip
   * that is not plain, a method other than deflate). The sizes were checked against the limits
   * in `open`, and the inflater never gives more than the declared size.
   */
  private inflateOne(name: string): Uint8Array | null {
    if (!this.inflateRaw) return null;
    if (this.localOffsets === undefined)
      this.localOffsets = localHeaderOffsets(this.bytes, this.entries.length);
    if (this.localOffsets === null) return null;
    // The last entry of a name wins, as in fflate's output.
    let index = -1;
    for (let i = 0; i < this.entries.length; i++) if (this.entries[i]?.name === name) index = i;
    const entry = this.entries[index];
    const offset = this.localOffsets[index];
    if (!entry || offset === undefined || entry.compression !== 8) return null;
    const data = entryData(this.bytes, offset, entry.compressedSize);
    if (data === null) return null;
    try {
      return this.inflateRaw(data, entry.uncompressedSize);
    } catch {
      throw corrupt(this.fileName, 'the zip data is incomplete or corrupt');
    }
  }

  /** The part's bytes, or null when the package has no such part. */
  read(partName: string): Uint8Array | null {
    const entry = this.entry(partName);
    if (!entry) return null;
    this.prefetch([entry.name]);
    return this.inflated.get(entry.name) ?? null;
  }

  /**
   * The part parsed as XML (namespaces rewritten to our prefixes), or null when it is absent.
   * XML problems throw a ReportError naming the file and the part. `skip` names elements the
   * caller never reads, left out of the tree (see `ParseOptions.skip`).
   */
  readXml(partName: string, skip?: ReadonlySet<string>): XmlElement | null {
    const entry = this.entry(partName);
    if (entry && entry.uncompressedSize > MAX_XML_PART) {
      throw new ReportError(
        'docx-too-large',
        `${this.fileName} is too large to check: its part ${normalisePartName(entry.name)} holds ` +
          `${megabytes(entry.uncompressedSize)} of XML (the limit is ${megabytes(MAX_XML_PART)}).`,
        normalisePartName(entry.name),
      );
    }
    const bytes = this.read(partName);
    if (!bytes) return null;
    const name = normalisePartName(this.entry(partName)?.name ?? partName);
    try {
      return parseXmlBytes(bytes, name, { canonicalPrefixes: CANONICAL_PREFIXES, skip });
    } catch (error) {
      if (error instanceof XmlError) throw this.xmlProblem(error);
      throw error;
    }
  }

  private xmlProblem(error: XmlError): XmlError {
    const advice =
      error.code === 'xml-malformed'
        ? ' Open the file in Word, which offers to repair it, and save it again.'
        : ' If you trust the file, open it in Word and save it as a new .docx.';
    return new XmlError(
      error.code,
      `${this.fileName} cannot be read: ${error.message}${advice}`,
      error.where ?? this.fileName,
      error.line,
      error.column,
    );
  }

  /** Relationships whose source is `sourcePart` ("" for the package itself). Missing part: none. */
  relationships(sourcePart: string): Relationship[] {
    const cached = this.relationshipCache.get(sourcePart);
    if (cached) return cached;
    const root = this.readXml(relationshipsPartFor(sourcePart));
    const relationships: Relationship[] = [];
    for (const rel of root ? children(root, 'Relationship') : []) {
      const target = rel.attributes['Target'] ?? '';
      const external = rel.attributes['TargetMode'] === 'External';
      relationships.push({
        id: rel.attributes['Id'] ?? '',
        type: rel.attributes['Type'] ?? '',
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    }
    this.relationshipCache.set(sourcePart, relationships);
    return relationships;
  }

  /** The first internal part related to `sourcePart` by a relationship of this type, if any. */
  relatedPart(sourcePart: string, typeName: string): string | null {
    const rel = this.relationships(sourcePart).find(
      (r) => !r.external && isRelationshipType(r.type, typeName),
    );
    return rel ? rel.target : null;
  }

  /** Content type of a part from [Content_Types].xml (Override, then Default by extension). */
  contentType(partName: string): string | null {
    const types = this.readXml('[Content_Types].xml');
    if (!types) return null;
    const wanted = `/${normalisePartName(partName)}`.toLowerCase();
    const override = children(types, 'Override').find(
      (o) => (o.attributes['PartName'] ?? '').toLowerCase() === wanted,
    );
    if (override) return override.attributes['ContentType'] ?? null;
    const extension = wanted.slice(wanted.lastIndexOf('.') + 1);
    const byDefault = children(types, 'Default').find(
      (d) => (d.attributes['Extension'] ?? '').toLowerCase() === extension,
    );
    return byDefault?.attributes['ContentType'] ?? null;
  }

  /**
   * The main document part: the package's officeDocument relationship, which need not point at
   * word/document.xml. Refuses packages that are not Word documents, saying what they are.
   */
  mainDocumentPart(): string {
    let fromRels: string | null = null;
    try {
      fromRels = this.relatedPart('', 'officeDocument');
    } catch (error) {
      // A damaged _rels/.rels: fall back to the usual main part, as a repairing reader would.
      if (!(error instanceof ReportError)) throw error;
    }
    const candidate = fromRels !== null && this.has(fromRels) ? fromRels : 'word/document.xml';
    const entry = this.entry(candidate);
    const kind = entry ? this.kindOfDocument(normalisePartName(entry.name)) : null;
    if (entry && kind === 'word') return normalisePartName(entry.name);
    let what = 'it has no main document part (word/document.xml)';
    let todo = 'Open it in Word and save it again as a .docx.';
    if (kind === 'excel') {
      what = 'it is an Excel workbook';
      todo = 'Check the Word report instead.';
    } else if (kind === 'powerpoint') {
      what = 'it is a PowerPoint presentation';
      todo = 'Check the Word report instead.';
    } else if (this.has('mimetype') && this.has('content.xml')) {
      what = 'it is an OpenDocument (.odt) file';
      todo = 'Open it in Word or LibreOffice and save as Word .docx.';
    } else if (fromRels) {
      what = `its main document part ${fromRels} is missing`;
    }
    throw new ReportError(
      'docx-no-document',
      `${this.fileName} is not a Word document that can be read: ${what}. ${todo}`,
      this.fileName,
    );
  }

  /** What the main part is, by its content type, or by its folder when there are no types. */
  private kindOfDocument(partName: string): 'word' | 'excel' | 'powerpoint' | 'other' {
    let type: string | null = null;
    try {
      type = this.contentType(partName);
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
    }
    const evidence = (type ?? partName).toLowerCase();
    if (/spreadsheetml|ms-excel|^xl\//.test(evidence)) return 'excel';
    if (/presentationml|ms-powerpoint|^ppt\//.test(evidence)) return 'powerpoint';
    if (type === null || /wordprocessingml|ms-word/.test(evidence)) return 'word';
    // A generic XML content type: trust the relationship that named the part.
    return type === 'application/xml' || type === 'text/xml' ? 'word' : 'other';
  }
}

/** The text of a simple element's child, e.g. `childText(props, 'dc:title')`. */
export function childText(element: XmlElement, name: string): string | null {
  const found = child(element, name);
  if (!found) return null;
  let out = '';
  for (const node of found.children) if (typeof node === 'string') out += node;
  return out;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function describeZipError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/invalid zip|unexpected EOF|invalid length|invalid block|invalid distance/i.test(message)) {
    return 'the zip data is incomplete or corrupt';
  }
  return `zip error: ${message}`;
}
