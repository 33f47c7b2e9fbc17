/**
 * Namespace prefixes while parsing: which prefix is bound to which namespace at each depth, and
 * the renaming of names to canonical prefixes (see `ParseOptions.canonicalPrefixes`).
 */
import type { XmlElement } from './xml-tree';

/** Prefix bindings in scope, with an undo log so leaving an element restores the outer ones. */
export class NamespaceScope {
  private readonly bindings = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  private readonly undo: { depth: number; prefix: string; previous: string | undefined }[] = [];
  /** Set once a known namespace is bound to a prefix other than its canonical one. */
  renaming = false;
  /** Prefixes ("" for the default namespace) that have been bound to a namespace with another canonical prefix. */
  private readonly renamed = new Set<string>();

  constructor(private readonly canonical: Readonly<Record<string, string>>) {}

  bind(depth: number, prefix: string, uri: string): void {
    this.undo.push({ depth, prefix, previous: this.bindings.get(prefix) });
    this.bindings.set(prefix, uri);
    const wanted = this.canonical[uri];
    if (wanted !== undefined && wanted !== prefix) {
      this.renaming = true;
      this.renamed.add(prefix);
    }
  }

  leave(depth: number): void {
    for (let last = this.undo.at(-1); last !== undefined && last.depth >= depth; last = this.undo.at(-1)) {
      this.undo.pop();
      if (last.previous === undefined) this.bindings.delete(last.prefix);
      else this.bindings.set(last.prefix, last.previous);
    }
  }

  /** The name with its prefix replaced by the canonical one for its namespace, if there is one. */
  rename(name: string, isAttribute: boolean): string {
    const colon = name.indexOf(':');
    if (colon === -1 && isAttribute) return name; // unprefixed attributes are in no namespace
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    // Most names use a prefix that was never bound elsewhere: no lookup needed.
    if (!this.renamed.has(prefix)) return name;
    if (prefix === 'xmlns' || (prefix === '' && name === 'xmlns')) return name;
    const uri = this.bindings.get(prefix);
    const wanted = uri === undefined ? undefined : this.canonical[uri];
    if (wanted === undefined || wanted === prefix) return name;
    const local = colon === -1 ? name : name.slice(colon + 1);
    return wanted === '' ? local : `${wanted}:${local}`;
  }
}

export function canonicalise(element: XmlElement, scope: NamespaceScope): void {
  element.name = scope.rename(element.name, false);
  let renamed: Record<string, string> | null = null;
  for (const attr in element.attributes) {
    if (attr.indexOf(':') === -1) continue;
    const wanted = scope.rename(attr, true);
    if (wanted === attr) continue;
    renamed ??= {};
    renamed[wanted] = element.attributes[attr] ?? '';
  }
  if (renamed) {
    for (const attr in element.attributes) {
      const wanted = attr.indexOf(':') === -1 ? attr : scope.rename(attr, true);
      if (wanted === attr) renamed[attr] = element.attributes[attr] ?? '';
    }
    element.attributes = renamed;
  }
}
