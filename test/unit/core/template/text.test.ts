/**
 * normaliseText and isAllCaps take a quicker path for plain ASCII text and remember answers;
 * both must give exactly what the general Unicode rules give, for every ASCII character and for
 * text outside ASCII.
 */
import { isAllCaps, normaliseText, wordCount } from '../../../../src/core/template/text';

/** The rules as the template guide states them, written out the slow, general way. */
function normaliseByTheRules(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function capsByTheRules(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const EVERY_ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** Deterministic pseudo-random text from an alphabet (a fixed seed, so a failure repeats). */
function randomTexts(alphabet: readonly string[], count: number): string[] {
  let seed = 16;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 40) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join(''),
  );
}

describe('normaliseText', () => {
  it('treats every ASCII character as the general rules do, alone and between words', () => {
    for (const c of EVERY_ASCII) {
      for (const text of [c, `Risk${c}Management`, `${c}${c}A&B ${c}`]) {
        expect([text, normaliseText(text)]).toEqual([text, normaliseByTheRules(text)]);
      }
    }
  });

  it('agrees with the general rules on text with Word punctuation and other non-ASCII characters', () => {
    const wordPunctuation = ['’', '‘', '“', '”', '\u00a0', '–', '—', '…', '•'];
    const others = ['\u2002', '‐', '′', 'É', 'é', 'ß', 'ﬁ', '①', '½', 'Ω', '中', 'İ'];
    // Texts in ASCII and Word's punctuation only (the quick path), and texts with anything else.
    const texts = [
      ...randomTexts([...EVERY_ASCII, ...wordPunctuation], 1000),
      ...randomTexts([...EVERY_ASCII, ...wordPunctuation, ...others], 1000),
    ];
    for (const text of texts) {
      expect([text, normaliseText(text)]).toEqual([text, normaliseByTheRules(text)]);
    }
  });

  it('gives the same answer when asked again (the remembered answer)', () => {
    const text = 'Cross-Cutting Issues & Implications:';
    expect(normaliseText(text)).toBe('cross cutting issues and implications');
    expect(normaliseText(text)).toBe('cross cutting issues and implications');
    expect(normaliseText('Café’s ﬁle')).toBe('cafés file');
    expect(normaliseText('Café’s ﬁle')).toBe('cafés file');
  });
});

describe('isAllCaps', () => {
  it('agrees with the general rule on ASCII and non-ASCII text', () => {
    const alphabet = [...EVERY_ASCII, 'É', 'é', 'ß', 'Ω', 'ω', '中', '1'];
    const texts = [...randomTexts(alphabet, 2000), 'AVAILABLE OPTIONS', '2 RISK', 'ÉTÉ OK', 'Risk', 'AB'];
    for (const text of texts) expect([text, isAllCaps(text)]).toEqual([text, capsByTheRules(text)]);
  });
});

describe('wordCount', () => {
  it('counts the words of normalised text as splitting it at its spaces would', () => {
    const texts = [
      '',
      'risk',
      'Cross-Cutting Issues & Implications:',
      ...randomTexts([...EVERY_ASCII, 'é'], 500),
    ];
    for (const text of texts.map(normaliseText)) {
      expect([text, wordCount(text)]).toEqual([text, text === '' ? 0 : text.split(' ').length]);
    }
  });
});
