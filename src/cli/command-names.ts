/**
 * Every command the command line has, in the order the help lists them. The parser's "Unknown
 * command" message names them all, so a mistyped or guessed command ("sheets") shows what exists.
 * A command added to main.ts is added here too (a test compares this list with the help text).
 */
export const EVERY_COMMAND = [
  'check',
  'templates',
  'comments',
  'elements',
  'build',
  'insert',
  'refresh',
  'sheets',
] as const;
