/**
 * Live elements by name. Elements register themselves (the built-in tables and figures here;
 * charts and the consultation summary from their own modules), so the core does not import them.
 * Lookup of a name nobody registered gives null: a document made by a newer version, or naming a
 * chart when charts are not loaded, is reported region by region ("unknown element"), never a crash.
 *
 * A family resolves many names with one pattern, e.g. `figure:<crime type>-change-pct`.
 */
import type { ElementKind, LiveElement } from './model';

export interface ElementFamily {
  /** Names start with this, e.g. "figure:". */
  readonly prefix: string;
  /** The element for a full name, or null when the name is not one of the family's. */
  resolve(name: string): LiveElement | null;
  /** Names to list (the family cannot list every name it accepts). */
  readonly examples: readonly string[];
}

export interface ElementSummary {
  name: string;
  label: string;
  kind: ElementKind;
}

const elements = new Map<string, LiveElement>();
const families: ElementFamily[] = [];

/** Adds an element; a second element with the same name is a programming error. */
export function registerElement(element: LiveElement): void {
  if (elements.has(element.name))
    throw new Error(`A live element named "${element.name}" is registered already.`);
  elements.set(element.name, element);
}

export function registerElementFamily(family: ElementFamily): void {
  if (families.some((f) => f.prefix === family.prefix && f.resolve === family.resolve)) return;
  families.push(family);
}

/** The element for a name, or null when no module registered it. */
export function findElement(name: string): LiveElement | null {
  const exact = elements.get(name);
  if (exact) return exact;
  for (const family of families) {
    if (!name.startsWith(family.prefix)) continue;
    const element = family.resolve(name);
    if (element) return element;
  }
  return null;
}

/** Elements to offer, in registration order; families list their examples. */
export function listElements(): ElementSummary[] {
  const list: ElementSummary[] = [];
  const seen = new Set<string>();
  const add = (element: LiveElement) => {
    if (seen.has(element.name)) return;
    seen.add(element.name);
    list.push({ name: element.name, label: element.label, kind: element.kind });
  };
  for (const element of elements.values()) add(element);
  for (const family of families) {
    for (const name of family.examples) {
      const element = family.resolve(name);
      if (element) add(element);
    }
  }
  return list;
}

/** For tests that register elements of their own. */
export function unregisterElement(name: string): void {
  elements.delete(name);
}
