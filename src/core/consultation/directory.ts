/**
 * The partner directory: the organisations that take part in the consultation, with the email
 * domains their staff write from, short names they go by ("KFRS") and people known to belong to
 * them. Comes with the Safer Maidstone Partnership's usual members; a report can change it (the
 * changes travel in the document, see `record.ts`).
 */
import type { DirectoryOverrides } from '../state/directory-changes';

export interface PartnerPerson {
  name: string;
  /** As Word stores them on a comment ("JS"); "" when not known. */
  initials: string;
  /** "" when not known. */
  email: string;
}

export interface PartnerOrganisation {
  /** Stable id, e.g. "kent-police". */
  id: string;
  name: string;
  /** Email domains, lower case, e.g. "kent.police.uk"; subdomains match too. */
  domains: string[];
  /** Short names that identify the organisation inside an author's name ("Jo Bloggs (KFRS)"). */
  aliases: string[];
  people: PartnerPerson[];
}

export interface PartnerDirectory {
  organisations: PartnerOrganisation[];
}

/** Shown for an author no rule could match. */
export const UNASSIGNED = 'Unassigned';

/**
 * The partnership's usual members: the statutory partners of a Community Safety Partnership
 * (police, fire and rescue, the councils, probation and health) and those that usually join them.
 * Kent's Youth Offending Team staff write from kent.gov.uk like the County Council's, so the team
 * has no domain of its own: add its people to the directory.
 */
export const DEFAULT_PARTNERS: readonly PartnerOrganisation[] = Object.freeze([
  org('kent-police', 'Kent Police', ['kent.police.uk'], ['Kent Police']),
  org('kent-county-council', 'Kent County Council', ['kent.gov.uk'], ['KCC', 'Kent County Council']),
  org(
    'kent-fire-rescue',
    'Kent Fire & Rescue Service',
    ['kent.fire-uk.org'],
    ['KFRS', 'Kent Fire', 'Kent Fire and Rescue', 'Kent Fire & Rescue'],
  ),
  // The id is the one earlier versions stored assignments under. The community rehabilitation
  // companies were abolished in June 2021 and their work returned to the Probation Service, so
  // the former Kent, Surrey and Sussex CRC's names count as probation (older reports use them).
  org(
    'national-probation-service',
    'Probation Service',
    ['justice.gov.uk', 'probation.gsi.gov.uk', 'ksscrc.co.uk'],
    [
      'Probation Service',
      'The Probation Service',
      'National Probation Service',
      'NPS',
      'Probation',
      'HMPPS',
      'KSS CRC',
      'KSSCRC',
      'CRC',
      'Community Rehabilitation Company',
      'Kent, Surrey and Sussex Community Rehabilitation Company',
    ],
  ),
  // Health: the integrated care board (before July 2022, the clinical commissioning groups) and
  // the NHS bodies whose staff comment for it, who write from nhs.net or an nhs.uk address.
  org(
    'nhs-kent-medway',
    'NHS Kent and Medway',
    ['nhs.net', 'nhs.uk'],
    [
      'NHS',
      'NHS Kent and Medway',
      'Kent and Medway ICB',
      'ICB',
      'Integrated Care Board',
      'CCG',
      'Clinical Commissioning Group',
    ],
  ),
  org('youth-offending-team', 'Youth Offending Team', [], ['YOT', 'Youth Offending']),
  org(
    'opcc',
    'Office of the Police and Crime Commissioner',
    ['kent-pcc.gov.uk'],
    ['OPCC', 'PCC', 'Police and Crime Commissioner'],
  ),
  org(
    'maidstone-borough-council',
    'Maidstone Borough Council',
    ['maidstone.gov.uk'],
    ['MBC', 'Maidstone Borough Council'],
  ),
]);

function org(id: string, name: string, domains: string[], aliases: string[]): PartnerOrganisation {
  return Object.freeze({ id, name, domains, aliases, people: [] }) as PartnerOrganisation;
}

/** A deep copy, so callers can edit it freely. */
export function copyOrganisation(organisation: PartnerOrganisation): PartnerOrganisation {
  return {
    id: organisation.id,
    name: organisation.name,
    domains: [...organisation.domains],
    aliases: [...organisation.aliases],
    people: organisation.people.map((p) => ({ ...p })),
  };
}

/** The defaults with a report's changes applied. */
export function applyOverrides(
  overrides: DirectoryOverrides,
  defaults: readonly PartnerOrganisation[] = DEFAULT_PARTNERS,
): PartnerDirectory {
  const removed = new Set(overrides.removed);
  const changed = new Map(overrides.organisations.map((o) => [o.id, o]));
  const organisations: PartnerOrganisation[] = [];
  for (const base of defaults) {
    if (removed.has(base.id)) continue;
    organisations.push(copyOrganisation(changed.get(base.id) ?? base));
    changed.delete(base.id);
  }
  for (const added of changed.values())
    if (!removed.has(added.id)) organisations.push(copyOrganisation(added));
  return { organisations };
}

function sameOrganisation(a: PartnerOrganisation, b: PartnerOrganisation): boolean {
  return JSON.stringify(copyOrganisation(a)) === JSON.stringify(copyOrganisation(b));
}

/** What a directory changes from the defaults: what the report stores. */
export function overridesFor(
  directory: PartnerDirectory,
  defaults: readonly PartnerOrganisation[] = DEFAULT_PARTNERS,
): DirectoryOverrides {
  const ids = new Set(directory.organisations.map((o) => o.id));
  const byId = new Map(defaults.map((o) => [o.id, o]));
  return {
    organisations: directory.organisations
      .filter((o) => {
        const base = byId.get(o.id);
        return !base || !sameOrganisation(base, o);
      })
      .map(copyOrganisation),
    removed: defaults.filter((o) => !ids.has(o.id)).map((o) => o.id),
  };
}

/** An id for a new organisation from its name, not clashing with the directory's ids. */
export function organisationIdFor(name: string, directory: PartnerDirectory): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'partner';
  const used = new Set(directory.organisations.map((o) => o.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Problems that make a directory unusable, each naming the organisation at fault. */
export function directoryProblems(directory: PartnerDirectory): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  directory.organisations.forEach((o, i) => {
    const where = `Organisation ${i + 1}${o.name.trim() ? ` ("${o.name.trim()}")` : ''}`;
    if (o.name.trim() === '') problems.push(`${where} has no name.`);
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(o.id))
      problems.push(`${where} has the id "${o.id}", which is not lower-case letters, digits and hyphens.`);
    if (ids.has(o.id)) problems.push(`${where} has the id "${o.id}" of another organisation.`);
    ids.add(o.id);
    for (const domain of o.domains) {
      if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(domain))
        problems.push(
          `${where} has "${domain}" as an email domain, which is not a domain name such as "kent.police.uk".`,
        );
    }
  });
  return problems;
}
