export { installFakeWord, type FakeWordOptions, type InstalledFakeWord } from './install';
export { FakeWord, FakeClientResult } from './runtime';
export {
  WORD_DESKTOP,
  WORD_ON_THE_WEB,
  WORD_PROFILES,
  NO_QUIRKS,
  type WordBehaviours,
  type WordProfile,
} from './profiles';
export { FakeOfficeError, ERROR_CODES } from './errors';
export * from './model';
export { FAKE_USER } from './word-classes';
export {
  fakeDocumentFromDocx,
  readDocxForFakeWord,
  type NotInWordApi,
  type FakeDocxOptions,
} from './from-docx';
