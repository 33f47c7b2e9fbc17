/**
 * The document the task pane works on, injected: in Word the Office.js host, in the browser
 * workspace a .docx held in the page. Views ask for the host through `useReportHost()` and never
 * construct one, so the same views run in both.
 */
import { createContext, useContext } from 'react';
import type { ReportHost } from '../core/report/host';

/** Gives the host, loading its code on first use (the Word host is not in the first view). */
export type LoadReportHost = () => Promise<ReportHost>;

export const ReportHostContext = createContext<LoadReportHost | null>(null);

/** The open document's host loader; null when no document is open (a plain browser tab). */
export function useReportHost(): LoadReportHost | null {
  return useContext(ReportHostContext);
}
