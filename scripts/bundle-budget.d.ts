// Types for scripts/bundle-budget.js.
export interface EntryReport {
  entry: string;
  files: Array<{ file: string; bytes: number; gzip: number }>;
  bytes: number;
  gzip: number;
}
export function formatLine(report: Pick<EntryReport, 'entry' | 'gzip'>, budgetKb?: number): string;
export function measureEntrypoints(compilation: unknown): EntryReport[];
export class BundleBudgetPlugin {
  constructor(options?: { budgets?: Record<string, number>; log?: (line: string) => void });
  budgets: Record<string, number>;
  lastReport: EntryReport[] | null;
  apply(compiler: unknown): void;
}
