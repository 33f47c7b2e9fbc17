/**
 * Installs the fake as the globals Office.js code uses (`Word`, `Office`, `OfficeExtension`) for
 * one test, and takes them away again.
 */
import { ERROR_CODES, FakeOfficeError } from './errors';
import type { FakeWordDocument } from './model';
import { FakeClientResult, FakeWord, type FakeRequestContext } from './runtime';
import { WORD_DESKTOP, type WordBehaviours, type WordProfile } from './profiles';
import { WORD_CLASSES } from './word-classes';

export interface FakeWordOptions {
  /** Highest WordApi set this Word supports; "1.6" (uniqueLocalId) unless a test says otherwise. */
  wordApi?: string;
  /** "Word desktop" (the default) or "Word on the web": which documented behaviours are on. */
  profile?: WordProfile;
  /** Switches single behaviours on or off over the profile's. */
  behaviours?: Partial<WordBehaviours>;
  /** `Office.context.document.url` (Word gives the file's path or URL; "" for a new document). */
  documentUrl?: string;
  /** `Office.context.officeTheme` (undefined, as outside Office, unless given). */
  officeTheme?: Partial<Office.OfficeTheme>;
}

export interface InstalledFakeWord {
  fake: FakeWord;
  uninstall(): void;
}

const GLOBALS = ['Word', 'Office', 'OfficeExtension'] as const;

/** Word.run accepts `(batch)` and `(objects, batch)`; the fake ignores previous objects. */
function runFor(fake: FakeWord) {
  return (first: unknown, second?: unknown) => {
    const batch = (typeof first === 'function' ? first : second) as (
      c: FakeRequestContext,
    ) => Promise<unknown>;
    return fake.run(batch);
  };
}

export function installFakeWord(
  document: FakeWordDocument,
  options: FakeWordOptions = {},
): InstalledFakeWord {
  const profile = options.profile ?? WORD_DESKTOP;
  const fake = new FakeWord(
    document,
    WORD_CLASSES,
    { WordApi: options.wordApi ?? '1.6', SharedRuntime: '1.1', DialogApi: '1.2' },
    { ...profile.behaviours, ...options.behaviours },
  );
  const scope = globalThis as Record<string, unknown>;
  const previous = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const);

  scope['Word'] = { run: runFor(fake), RequestContext: Object };
  const ready = { host: 'Word', platform: profile.platform };
  scope['Office'] = {
    context: {
      platform: profile.platform,
      document: { url: options.documentUrl ?? '', mode: 'readWrite' },
      officeTheme: options.officeTheme,
      requirements: {
        isSetSupported: (name: string, version?: string | number) =>
          fake.isSetSupported(name, version === undefined ? undefined : String(version)),
      },
    },
    // Office.js calls the callback (if given) and resolves the promise, once the host is ready.
    onReady: (callback?: (info: typeof ready) => void) =>
      Promise.resolve(ready).then((info) => {
        callback?.(info);
        return info;
      }),
    HostType: { Word: 'Word' },
    DocumentMode: { ReadOnly: 'readOnly', ReadWrite: 'readWrite' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
  };
  scope['OfficeExtension'] = {
    Error: FakeOfficeError,
    ErrorCodes: ERROR_CODES,
    ClientResult: FakeClientResult,
  };

  return {
    fake,
    uninstall() {
      for (const [name, descriptor] of previous) {
        if (descriptor) Object.defineProperty(scope, name, descriptor);
        else delete scope[name];
      }
    },
  };
}
