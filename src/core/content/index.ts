/** core/content: report content as neutral blocks (see blocks.ts) and their visible text. */
export * from './blocks';
export { cleanText, contentText } from './text';
