/**
 * The consultation's element of the state part (see custom-xml-part.ts), read into and written
 * from `ConsultationRecord`:
 *
 * ```xml
 * <cr:consultation closes="2018-12-14">
 *   <cr:directory>
 *     <cr:organisation id="kent-police" name="Kent Police">
 *       <cr:domain>kent.police.uk</cr:domain> <cr:alias>KP</cr:alias>
 *       <cr:person name="Jo Bloggs" initials="JB" email="jo.bloggs@kent.police.uk"/>
 *     </cr:organisation>
 *     <cr:removed id="youth-offending-team"/>
 *   </cr:directory>
 *   <cr:assignments> <cr:assign author="jo bloggs" organisation="kent-police"/> </cr:assignments>
 *   <cr:dispositions>
 *     <cr:disposition comment="3" durableId="1A2B3C4D" hash="…" status="accepted"
 *                     decidedAt="2018-12-20T10:00:00Z" decidedBy="Community Safety Officer">
 *       <cr:response>Reworded as suggested.</cr:response>
 *     </cr:disposition>
 *   </cr:dispositions>
 * </cr:consultation>
 * ```
 *
 * It is read as part of the whole state part (`parseReportStatePart`, once, when a host reads the
 * document) and written as part of it (`buildReportStatePart`). Elements this version does not
 * know are kept as written, in order, after the known ones.
 */
import type { PartnerOrganisation } from '../core/consultation/directory';
import {
  emptyConsultationRecord,
  isDisposition,
  type ConsultationRecord,
  type DispositionRecord,
} from '../core/state/consultation-record';
import { REPORT_NAMESPACE } from './namespaces';
import { attribute, xmlValue } from './text';
import { children, isElement, textContent, type XmlElement } from './xml';
import { serializeElement } from './xml-writer';

function organisationFrom(element: XmlElement, warnings: string[]): PartnerOrganisation | null {
  const id = element.attributes['id'] ?? '';
  const name = element.attributes['name'] ?? '';
  if (id === '' || name === '') {
    warnings.push('A partner organisation in the report data has no id or name and was skipped.');
    return null;
  }
  return {
    id,
    name,
    domains: children(element, 'cr:domain').map((d) => textContent(d).trim().toLowerCase()),
    aliases: children(element, 'cr:alias').map((a) => textContent(a).trim()),
    people: children(element, 'cr:person').map((p) => ({
      name: p.attributes['name'] ?? '',
      initials: p.attributes['initials'] ?? '',
      email: p.attributes['email'] ?? '',
    })),
  };
}

function dispositionFrom(element: XmlElement, warnings: string[]): DispositionRecord | null {
  const a = element.attributes;
  const status = a['status'] ?? '';
  if (!isDisposition(status) || status === 'open' || !a['hash']) {
    warnings.push(`A comment disposition in the report data ("${status}") cannot be read and was skipped.`);
    return null;
  }
  const response = children(element, 'cr:response')[0];
  return {
    commentId: a['comment'] ?? '',
    durableId: a['durableId'] || null,
    hash: a['hash'],
    status,
    response: response ? textContent(response) : '',
    decidedAt: a['decidedAt'] ?? '',
    decidedBy: a['decidedBy'] ?? '',
  };
}

/**
 * Reads the `<cr:consultation>` element of a parsed state part. `declarations` are the namespace
 * declarations of the elements above it (other than ours): an element kept as written takes
 * those it may rely on with it, since the elements above are rebuilt when the part is written.
 */
export function consultationFrom(
  element: XmlElement,
  declarations: Readonly<Record<string, string>>,
  warnings: string[],
): ConsultationRecord {
  const record = emptyConsultationRecord();
  const closes = element.attributes['closes'] ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(closes)) record.closes = closes;
  else if (closes !== '')
    warnings.push(`The consultation closing date "${closes}" is not a date and was ignored.`);

  const inherited = { ...declarations, ...namespaceDeclarations(element) };
  for (const node of element.children) {
    if (!isElement(node)) continue;
    if (node.name === 'cr:directory') {
      for (const o of children(node, 'cr:organisation')) {
        const organisation = organisationFrom(o, warnings);
        if (organisation) record.directory.organisations.push(organisation);
      }
      for (const r of children(node, 'cr:removed')) {
        const id = r.attributes['id'];
        if (id) record.directory.removed.push(id);
      }
    } else if (node.name === 'cr:assignments') {
      for (const a of children(node, 'cr:assign')) {
        const author = a.attributes['author'];
        if (author) record.assignments.push({ author, organisation: a.attributes['organisation'] ?? '' });
      }
    } else if (node.name === 'cr:dispositions') {
      for (const d of children(node, 'cr:disposition')) {
        const disposition = dispositionFrom(d, warnings);
        if (disposition) record.dispositions.push(disposition);
      }
    } else {
      record.newerElements.push(keptElement(node, inherited));
    }
  }
  return record;
}

/** The element's own namespace declarations other than ours (REPORT_NAMESPACE). */
export function namespaceDeclarations(element: XmlElement): Record<string, string> {
  return Object.fromEntries(
    Object.entries(element.attributes).filter(
      ([name, value]) => (name === 'xmlns' || name.startsWith('xmlns:')) && value !== REPORT_NAMESPACE,
    ),
  );
}

/** An element kept as written, with the declarations above it that it does not make itself. */
export function keptElement(element: XmlElement, declarations: Readonly<Record<string, string>>): string {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(declarations))
    if (!(name in element.attributes)) attributes[name] = value;
  return serializeElement({ ...element, attributes: { ...attributes, ...element.attributes } });
}

function organisationXml(o: PartnerOrganisation): string {
  return (
    `<cr:organisation ${attribute('id', o.id)} ${attribute('name', o.name)}>` +
    o.domains.map((d) => `<cr:domain>${xmlValue(d)}</cr:domain>`).join('') +
    o.aliases.map((a) => `<cr:alias>${xmlValue(a)}</cr:alias>`).join('') +
    o.people
      .map(
        (p) =>
          `<cr:person ${attribute('name', p.name)} ${attribute('initials', p.initials)} ${attribute('email', p.email)}/>`,
      )
      .join('') +
    '</cr:organisation>'
  );
}

function dispositionXml(d: DispositionRecord): string {
  return (
    `<cr:disposition ${attribute('comment', d.commentId)}` +
    (d.durableId ? ` ${attribute('durableId', d.durableId)}` : '') +
    ` ${attribute('hash', d.hash)} ${attribute('status', d.status)}` +
    ` ${attribute('decidedAt', d.decidedAt)} ${attribute('decidedBy', d.decidedBy)}>` +
    `<cr:response xml:space="preserve">${xmlValue(d.response)}</cr:response></cr:disposition>`
  );
}

/** The `<cr:consultation>` element of the state part. */
export function buildConsultation(record: ConsultationRecord): string {
  return (
    `<cr:consultation${record.closes === null ? '' : ` ${attribute('closes', record.closes)}`}>` +
    `<cr:directory>${record.directory.organisations.map(organisationXml).join('')}` +
    record.directory.removed.map((id) => `<cr:removed ${attribute('id', id)}/>`).join('') +
    '</cr:directory>' +
    `<cr:assignments>${record.assignments
      .map(
        (a) => `<cr:assign ${attribute('author', a.author)} ${attribute('organisation', a.organisation)}/>`,
      )
      .join('')}</cr:assignments>` +
    `<cr:dispositions>${record.dispositions.map(dispositionXml).join('')}</cr:dispositions>` +
    record.newerElements.join('') +
    '</cr:consultation>'
  );
}
