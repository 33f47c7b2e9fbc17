/**
 * The Template view's actions over any injected host (the browser workspace's .docx host). The
 * checker and the use cases load on first use, as in Word (`word-template-actions.ts`).
 */
import type { LoadReportHost } from '../../report-host-context';
import type { TemplateActions } from './template-actions';

type Implementation = typeof import('./word-template-actions-impl');

export function hostTemplateActions(
  loadHost: LoadReportHost,
  load: () => Promise<Implementation> = () =>
    import(/* webpackChunkName: "report-checker" */ './word-template-actions-impl'),
): TemplateActions {
  let actions: Promise<TemplateActions> | null = null;
  const ready = () =>
    (actions ??= Promise.all([load(), loadHost()]).then(([module, host]) =>
      module.createWordTemplateActions(host),
    ));
  return {
    check: async (...args) => (await ready()).check(...args),
    selectParagraph: async (...args) => (await ready()).selectParagraph(...args),
    insertSection: async (...args) => (await ready()).insertSection(...args),
    protectHeadings: async (...args) => (await ready()).protectHeadings(...args),
    removeProtection: async () => (await ready()).removeProtection(),
  };
}
