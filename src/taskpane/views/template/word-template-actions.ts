/**
 * The Template view's actions on the document open in Word. The checker, the rules and the Word
 * host load on first use (`import()`), so the pane's first view stays small.
 */
import type { TemplateActions } from './template-actions';

type Implementation = typeof import('./word-template-actions-impl');

export function wordTemplateActions(
  load: () => Promise<Implementation> = () =>
    import(/* webpackChunkName: "report-checker" */ './word-template-actions-impl'),
): TemplateActions {
  let actions: Promise<TemplateActions> | null = null;
  const ready = () => (actions ??= load().then((module) => module.createWordTemplateActions()));
  return {
    check: async (...args) => (await ready()).check(...args),
    selectParagraph: async (...args) => (await ready()).selectParagraph(...args),
    insertSection: async (...args) => (await ready()).insertSection(...args),
    protectHeadings: async (...args) => (await ready()).protectHeadings(...args),
    removeProtection: async () => (await ready()).removeProtection(),
  };
}
