/**
 * Which partner organisation an author speaks for. In order of how sure the answer is:
 *
 * 1. the officer assigned the author by hand (once, for all their comments);
 * 2. the author's email is a known person's;
 * 3. the email's domain (or a subdomain of it) is an organisation's;
 * 4. the author's name is a known person's;
 * 5. the author's name mentions an organisation ("Jo Bloggs (KFRS)", "Kent Police - CSU");
 * 6. the comment's initials are exactly one known person's.
 *
 * Otherwise the author is Unassigned. Two organisations matching at the same step is not a guess
 * we make: the author stays Unassigned and the officer decides.
 */
import { normaliseText } from '../template/text';
import type { PartnerDirectory, PartnerOrganisation } from './directory';
import type { AuthorAssignment } from '../state/consultation-record';

export type MatchedBy = 'assigned' | 'email' | 'domain' | 'name' | 'alias' | 'initials';

export interface AuthorMatch {
  organisation: PartnerOrganisation | null;
  matchedBy: MatchedBy | null;
}

export interface Author {
  name: string;
  initials: string | null;
  email: string | null;
}

/** The key an assignment is stored under: the email when known, else the name. */
export function authorKey(author: Author): string {
  const email = author.email?.trim().toLowerCase() ?? '';
  return email !== '' ? email : normaliseText(author.name);
}

function domainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at === -1 ? null : email.slice(at + 1).toLowerCase();
}

function only(found: PartnerOrganisation[]): PartnerOrganisation | null | 'ambiguous' {
  const distinct = [...new Set(found)];
  if (distinct.length === 0) return null;
  return distinct.length === 1 ? distinct[0]! : 'ambiguous';
}

/** True when `phrase` (normalised) occurs in `text` (normalised) as whole words. */
function mentions(text: string, phrase: string): boolean {
  return phrase !== '' && ` ${text} `.includes(` ${phrase} `);
}

/**
 * Matches authors against one directory; build it once per read (it indexes the directory), then
 * call `match` for each author.
 */
export class AuthorMatcher {
  private readonly assignments: Map<string, string>;
  private readonly cache = new Map<string, AuthorMatch>();

  constructor(
    private readonly directory: PartnerDirectory,
    assignments: readonly AuthorAssignment[],
  ) {
    this.assignments = new Map(assignments.map((a) => [a.author, a.organisation]));
  }

  match(author: Author): AuthorMatch {
    const cacheKey = `${author.name}\u0000${author.initials ?? ''}\u0000${author.email ?? ''}`;
    let found = this.cache.get(cacheKey);
    if (!found) {
      found = this.find(author);
      this.cache.set(cacheKey, found);
    }
    return found;
  }

  private find(author: Author): AuthorMatch {
    const organisations = this.directory.organisations;
    const assigned = this.assignments.get(authorKey(author));
    if (assigned !== undefined) {
      // "" records "not a partner" on purpose; an id no longer in the directory falls through.
      if (assigned === '') return { organisation: null, matchedBy: 'assigned' };
      const organisation = organisations.find((o) => o.id === assigned);
      if (organisation) return { organisation, matchedBy: 'assigned' };
    }
    const email = author.email?.trim().toLowerCase() ?? '';
    const name = normaliseText(author.name);
    const initials = (author.initials ?? '').trim().toUpperCase();
    const steps: [MatchedBy, (o: PartnerOrganisation) => boolean][] = [
      ['email', (o) => email !== '' && o.people.some((p) => p.email.trim().toLowerCase() === email)],
      [
        'domain',
        (o) => {
          const domain = domainOf(email);
          return domain !== null && o.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
        },
      ],
      ['name', (o) => name !== '' && o.people.some((p) => normaliseText(p.name) === name)],
      [
        'initials',
        (o) => initials !== '' && o.people.some((p) => p.initials.trim().toUpperCase() === initials),
      ],
    ];
    for (const [matchedBy, test] of steps) {
      if (matchedBy === 'initials') {
        const byAlias = this.byAlias(name);
        if (byAlias === 'ambiguous') return { organisation: null, matchedBy: null };
        if (byAlias) return { organisation: byAlias, matchedBy: 'alias' };
      }
      const result = only(organisations.filter(test));
      if (result === 'ambiguous') {
        // Initials shared by two organisations' people say nothing; for the other steps, a tie at
        // a surer step must not fall through to a weaker guess either.
        return { organisation: null, matchedBy: null };
      }
      if (result) return { organisation: result, matchedBy };
    }
    return { organisation: null, matchedBy: null };
  }

  /**
   * The organisation the author's name mentions. When several are mentioned the longest mention
   * wins ("Kent Police and Crime Commissioner" names the Commissioner's office, not Kent Police).
   */
  private byAlias(name: string): PartnerOrganisation | null | 'ambiguous' {
    if (name === '') return null;
    let best: { organisation: PartnerOrganisation; length: number; tie: boolean } | null = null;
    for (const organisation of this.directory.organisations) {
      for (const alias of [organisation.name, ...organisation.aliases]) {
        const phrase = normaliseText(alias);
        if (!mentions(name, phrase)) continue;
        if (!best || phrase.length > best.length) best = { organisation, length: phrase.length, tie: false };
        else if (phrase.length === best.length && best.organisation !== organisation) best.tie = true;
      }
    }
    if (!best) return null;
    return best.tie ? 'ambiguous' : best.organisation;
  }
}
