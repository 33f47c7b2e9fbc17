/**
 * Runs a suite once per fake Word profile ("Word desktop", "Word on the web"), with the profile's
 * name as the outer block of every test title, so a run shows what passed where. Hosts and fakes
 * opened inside the suite take the current profile from `currentWordProfile()`.
 */
import { WORD_DESKTOP, WORD_PROFILES, type WordProfile } from './fake-word';

let current: WordProfile = WORD_DESKTOP;

/** The profile of the suite running now (desktop outside `inEachWordProfile`). */
export function currentWordProfile(): WordProfile {
  return current;
}

export function inEachWordProfile(define: (profile: WordProfile) => void): void {
  describe.each(WORD_PROFILES)('$name', (profile) => {
    beforeAll(() => {
      current = profile;
    });
    afterAll(() => {
      current = WORD_DESKTOP;
    });
    define(profile);
  });
}
