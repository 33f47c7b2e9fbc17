/**
 * The live elements a face offers, as one explicit catalogue handed to the use cases: each face
 * builds its own once (built-in tables and figures, the charts with the face's renderer, the
 * consultation summary), so nothing registers itself and nothing depends on import order.
 *
 * `find` of a name the catalogue does not hold gives null: a document made by a newer version, or
 * naming a chart where charts are not offered, is reported region by region ("unknown element"),
 * never a crash.
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

/** Some elements and families, e.g. the built-in ones or the charts. */
export interface ElementGroup {
  readonly elements: readonly LiveElement[];
  readonly families?: readonly ElementFamily[];
}

export interface ElementCatalogue {
  /** The element for a name, or null when the catalogue does not hold it. */
  find(name: string): LiveElement | null;
  /**
   * The elements to offer for insertion, in the groups' order; families list their examples.
   * Elements made from the comments (the consultation summary) are found but not offered: the
   * consultation use cases insert them.
   */
  list(): ElementSummary[];
}

/** A catalogue of the groups' elements; the same name twice is a programming error. */
export function elementCatalogue(...groups: readonly ElementGroup[]): ElementCatalogue {
  const elements = new Map<string, LiveElement>();
  const families: ElementFamily[] = [];
  for (const group of groups) {
    for (const element of group.elements) {
      if (elements.has(element.name))
        throw new Error(`Two live elements are named "${element.name}" in one catalogue.`);
      elements.set(element.name, element);
    }
    families.push(...(group.families ?? []));
  }

  const find = (name: string): LiveElement | null => {
    const exact = elements.get(name);
    if (exact) return exact;
    for (const family of families) {
      if (!name.startsWith(family.prefix)) continue;
      const element = family.resolve(name);
      if (element) return element;
    }
    return null;
  };

  const list = (): ElementSummary[] => {
    const listed: ElementSummary[] = [];
    const seen = new Set<string>();
    const add = (element: LiveElement) => {
      if (seen.has(element.name) || element.dataFrom === 'comments') return;
      seen.add(element.name);
      listed.push({ name: element.name, label: element.label, kind: element.kind });
    };
    for (const element of elements.values()) add(element);
    for (const family of families) {
      for (const name of family.examples) {
        const element = family.resolve(name);
        if (element) add(element);
      }
    }
    return listed;
  };

  return { find, list };
}
