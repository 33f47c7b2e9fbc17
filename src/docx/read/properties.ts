/**
 * Document properties: docProps/core.xml (title, author, dates…) and docProps/custom.xml
 * (File > Info > Properties > Advanced > Custom), values as text.
 */
import { emptyProperties, type DocumentProperties } from '../../core/report/snapshot';
import { children, localName, textContent, type XmlElement } from '../../ooxml/xml';
import { childText } from './package';

/** Word writes empty elements for unset properties; an empty value is no value. */
function propertyText(element: XmlElement, name: string): string | null {
  const value = childText(element, name);
  return value === '' ? null : value;
}

export function readProperties(core: XmlElement | null, custom: XmlElement | null): DocumentProperties {
  const properties = emptyProperties();
  if (core) {
    properties.title = propertyText(core, 'dc:title');
    properties.subject = propertyText(core, 'dc:subject');
    properties.author = propertyText(core, 'dc:creator');
    properties.lastModifiedBy = propertyText(core, 'cp:lastModifiedBy');
    properties.created = propertyText(core, 'dcterms:created');
    properties.modified = propertyText(core, 'dcterms:modified');
    properties.keywords = propertyText(core, 'cp:keywords');
    properties.description = propertyText(core, 'dc:description');
  }
  if (custom) {
    // The custom-properties vocabulary is usually the default namespace: match local names.
    for (const property of children(custom).filter((e) => localName(e.name) === 'property')) {
      const name = property.attributes['name'];
      const value = children(property)[0];
      if (name !== undefined && value) properties.custom[name] = textContent(value);
    }
  }
  return properties;
}
