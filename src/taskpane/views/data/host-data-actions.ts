/**
 * The Data view's actions over the injected host (Word, or the browser workspace's .docx host).
 * The data engine, the live elements and the use cases load on first use (`import()`), so the
 * pane's first view does not carry them.
 */
import type { LoadReportHost } from '../../report-host-context';
import type { DataActions } from './data-actions';

type Implementation = typeof import('./data-actions-impl');

export function hostDataActions(
  loadHost: LoadReportHost,
  load: () => Promise<Implementation> = () =>
    import(/* webpackChunkName: "live-data" */ './data-actions-impl'),
): DataActions {
  let actions: Promise<DataActions> | null = null;
  const ready = () =>
    (actions ??= Promise.all([load(), loadHost()]).then(([module, host]) =>
      // The pane's catalogue of elements, built once with the actions (it loads with them).
      module.createDataActions(host, { elements: module.paneElements() }),
    ));
  return {
    elements: async () => (await ready()).elements(),
    loadSource: async (...args) => (await ready()).loadSource(...args),
    preview: async (...args) => (await ready()).preview(...args),
    sections: async () => (await ready()).sections(),
    insert: async (...args) => (await ready()).insert(...args),
    regions: async () => (await ready()).regions(),
    refresh: async (...args) => (await ready()).refresh(...args),
    refreshFromFile: async (...args) => (await ready()).refreshFromFile(...args),
    repair: async (...args) => (await ready()).repair(...args),
    remove: async (...args) => (await ready()).remove(...args),
  };
}
