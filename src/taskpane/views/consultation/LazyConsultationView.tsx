/**
 * The Consultation view, loaded on first use: its code (the consultation core, the OOXML writers,
 * the view) is a chunk of its own, so the pane's first view stays within its budget.
 */
import { Spinner } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { useReportHost } from '../../report-host-context';
import type { ConsultationViewProps } from './ConsultationView';

const ConsultationView = lazy(() => import(/* webpackChunkName: "consultation" */ './ConsultationView'));

/** True when a document is open to track comments in. */
export function useConsultationAvailable(): boolean {
  return useReportHost() !== null;
}

export function LazyConsultationView(props: ConsultationViewProps) {
  return (
    <Suspense fallback={<Spinner label="Loading the consultation view…" />}>
      <ConsultationView {...props} />
    </Suspense>
  );
}
