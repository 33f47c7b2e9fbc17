/**
 * Crime types: the names police.uk CSV files use and the slugs its API uses. The slug is the
 * identity everywhere in the product (queries, stored live-region specs).
 */

export const CRIME_TYPES = [
  { slug: 'anti-social-behaviour', name: 'Anti-social behaviour' },
  { slug: 'bicycle-theft', name: 'Bicycle theft' },
  { slug: 'burglary', name: 'Burglary' },
  { slug: 'criminal-damage-arson', name: 'Criminal damage and arson' },
  { slug: 'drugs', name: 'Drugs' },
  { slug: 'other-theft', name: 'Other theft' },
  { slug: 'possession-of-weapons', name: 'Possession of weapons' },
  { slug: 'public-order', name: 'Public order' },
  { slug: 'robbery', name: 'Robbery' },
  { slug: 'shoplifting', name: 'Shoplifting' },
  { slug: 'theft-from-the-person', name: 'Theft from the person' },
  { slug: 'vehicle-crime', name: 'Vehicle crime' },
  { slug: 'violent-crime', name: 'Violence and sexual offences' },
  { slug: 'other-crime', name: 'Other crime' },
  // Older data (before May 2013) used this instead of public order and possession of weapons.
  { slug: 'public-disorder-weapons', name: 'Public disorder and weapons' },
] as const;

export type KnownCrimeType = (typeof CRIME_TYPES)[number]['slug'];

/**
 * A crime type slug. Types the product does not know (a new police.uk category) are kept under a
 * slug made from their name and reported, never dropped or folded into another type.
 */
export type CrimeType = KnownCrimeType | (string & {});

export const ANTI_SOCIAL_BEHAVIOUR: KnownCrimeType = 'anti-social-behaviour';

const byKey = new Map<string, KnownCrimeType>();
for (const t of CRIME_TYPES) {
  byKey.set(normalise(t.name), t.slug);
  byKey.set(t.slug, t.slug);
}
// The API's category list names violent crime this way.
byKey.set(normalise('Violent crime'), 'violent-crime');

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A slug for any name: lower case, words joined by hyphens ("Fraud and forgery" → "fraud-and-forgery"). */
export function slugify(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The type for a CSV name or API slug; `known` is false for a type the product does not list. */
export function crimeTypeFrom(nameOrSlug: string): { slug: CrimeType; known: boolean } {
  const known = byKey.get(normalise(nameOrSlug));
  if (known) return { slug: known, known: true };
  return { slug: slugify(nameOrSlug) || 'unnamed', known: false };
}

export function isKnownCrimeType(slug: string): slug is KnownCrimeType {
  return CRIME_TYPES.some((t) => t.slug === slug);
}

/** The police.uk name of a type, for table rows; an unknown slug is shown as given. */
export function crimeTypeName(slug: CrimeType): string {
  return CRIME_TYPES.find((t) => t.slug === slug)?.name ?? slug;
}

/** Order for tables: the documented order, then unknown types alphabetically. */
export function compareCrimeTypes(a: CrimeType, b: CrimeType): number {
  const ia = CRIME_TYPES.findIndex((t) => t.slug === a);
  const ib = CRIME_TYPES.findIndex((t) => t.slug === b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0) return -1;
  if (ib >= 0) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
