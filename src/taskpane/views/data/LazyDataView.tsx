/**
 * The Data view for the pane's tabs: its code (and the data engine behind it) loads when the tab
 * is first opened, so the pane's first view stays within its budget.
 */
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy, useMemo } from 'react';
import { useReportHost } from '../../report-host-context';
import { useDataActions, type DataActions } from './data-actions';
import { hostDataActions } from './host-data-actions';

const DataView = lazy(() => import(/* webpackChunkName: "data-view" */ './DataView'));

/** Actions given by the pane (tests, the workspace), else over the injected host; null with no document. */
export function useHostDataActions(): DataActions | null {
  const given = useDataActions();
  const loadHost = useReportHost();
  return useMemo(() => given ?? (loadHost ? hostDataActions(loadHost) : null), [given, loadHost]);
}

export function LazyDataView({ actions }: { actions: DataActions }) {
  return (
    <Suspense fallback={<Spinner size="small" label="Opening the Data view" />}>
      <DataView actions={actions} />
    </Suspense>
  );
}
