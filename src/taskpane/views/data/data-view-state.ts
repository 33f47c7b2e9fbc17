/**
 * The Data view's state and how each thing that happens changes it: a pure reducer over plain
 * data, so every transition can be tested without React, Word or the data engine. The hook
 * (`use-data-view.ts`) runs the use cases and dispatches what they did.
 */
import type {
  ElementChoice,
  ElementPreview,
  ElementRequest,
  LoadedSource,
  RefreshResult,
  RegionRow,
  SectionChoice,
  SourceChoice,
} from './data-actions';
import { monthLabel, sourceName } from './describe-data';

/** The source in use while another loads: what a source that cannot be loaded falls back to. */
export interface KeptSource {
  choice: SourceChoice;
  source: LoadedSource;
  preview: PreviewState;
}

export type SourceState =
  | { kind: 'loading'; choice: SourceChoice; fraction: number | null; stage: string; kept?: KeptSource }
  | {
      kind: 'loaded';
      choice: SourceChoice;
      source: LoadedSource;
      /**
       * A source chosen after this one that could not be loaded (a workbook, CSV files or a
       * police.uk fetch): its kind, its name as the officer knows it, and why.
       */
      notLoaded?: { kind: SourceChoice['kind']; name: string; message: string };
    }
  | { kind: 'failed'; choice: SourceChoice; message: string };

export type PreviewState =
  | { kind: 'none' }
  | { kind: 'loading'; request: ElementRequest }
  | { kind: 'ready'; request: ElementRequest; preview: ElementPreview }
  | { kind: 'failed'; request: ElementRequest; message: string };

export interface Notice {
  intent: 'success' | 'error' | 'warning';
  text: string;
}

/** A refresh waiting for the officer to say what to do with regions edited by hand. */
export interface PendingConfirm {
  ids: string[] | null;
  edited: RegionRow[];
}

/**
 * Which cells of the workbook a spreadsheet element reads: the sheet's used range, an A1 range
 * typed by the officer, an Excel table or a defined name ("table:Fires", "name:Totals").
 */
export type CellsChoice = 'used' | 'range' | `table:${string}` | `name:${string}`;

export interface WorkbookPick {
  sheet: string;
  cells: CellsChoice;
  /** The A1 range when `cells` is "range". */
  range: string;
  chart: 'bar' | 'line';
  /** A chart's columns to draw, by header or letter, comma-separated; empty: its count columns. */
  series: string;
  /** The caption after "Table N:" / "Figure N:"; empty: the sheet's or table's name. */
  title: string;
}

/** The spec options of a spreadsheet element (as `council-report insert --sheet … --range …`). */
export function workbookOptions(file: string, pick: WorkbookPick, element: string): Record<string, string> {
  const options: Record<string, string> = { file };
  if (pick.cells.startsWith('table:')) options['table'] = pick.cells.slice('table:'.length);
  else if (pick.cells.startsWith('name:')) options['name'] = pick.cells.slice('name:'.length);
  else {
    if (pick.sheet) options['sheet'] = pick.sheet;
    if (pick.cells === 'range' && pick.range.trim() !== '') options['range'] = pick.range.trim();
  }
  if (pick.title.trim() !== '') options['title'] = pick.title.trim();
  if (element === 'spreadsheet-chart') {
    options['chart'] = pick.chart;
    if (pick.series.trim() !== '') options['series'] = pick.series.trim();
  }
  return options;
}

export interface DataViewState {
  source: SourceState | null;
  /**
   * The kind of source the picker shows chosen: the one being set up or loading, else the one in
   * use. Officers read the radio as what is in use, so a source that cannot be loaded never stays
   * chosen there while an earlier one is kept: the radio goes back to the kept source's kind.
   */
  pickerKind: SourceChoice['kind'];
  elements: ElementChoice[];
  sections: SectionChoice[];
  area: string;
  periodEnd: string;
  /** Move the region to the newest month on refresh (on unless an earlier month was chosen). */
  followLatest: boolean;
  element: string;
  preview: PreviewState;
  regions: RegionRow[] | null;
  /** What the view is doing now ("Inserting the table"), or null. */
  busy: string | null;
  /** Refresh progress 0..1 while refreshing. */
  progress: { fraction: number; stage: string } | null;
  notice: Notice | null;
  /** The last refresh's outcome: the diff. */
  refreshed: RefreshResult | null;
  confirm: PendingConfirm | null;
  /** The last thing said to a screen reader (and shown). */
  announcement: string;
  /** The sheet and cells chosen when a workbook is the source. */
  workbook: WorkbookPick;
}

export const initialDataViewState: DataViewState = {
  source: null,
  pickerKind: 'sample',
  elements: [],
  sections: [],
  area: '',
  periodEnd: '',
  followLatest: true,
  element: '',
  preview: { kind: 'none' },
  regions: null,
  busy: null,
  progress: null,
  notice: null,
  refreshed: null,
  confirm: null,
  announcement: '',
  workbook: { sheet: '', cells: 'used', range: '', chart: 'bar', series: '', title: '' },
};

/** What happened, in the order the view sees it. Source actions are only sent for the newest load. */
export type DataViewAction =
  /** The officer chose a kind of source in the picker, to set it up (files, district…). */
  | { type: 'source-kind-picked'; kind: SourceChoice['kind'] }
  | { type: 'source-chosen'; choice: SourceChoice }
  | { type: 'source-progress'; choice: SourceChoice; fraction: number; stage: string }
  | { type: 'source-loaded'; choice: SourceChoice; source: LoadedSource }
  | { type: 'source-failed'; choice: SourceChoice; message: string }
  | { type: 'elements-listed'; elements: ElementChoice[] }
  | { type: 'sections-listed'; sections: SectionChoice[] }
  | { type: 'regions-listed'; regions: RegionRow[] }
  /** Says something to the screen reader; with an intent, shows it as a notice too. */
  | { type: 'said'; text: string; intent: Notice['intent'] | null }
  | { type: 'area-chosen'; area: string }
  | { type: 'period-end-chosen'; month: string }
  | { type: 'follow-latest-set'; follow: boolean }
  | { type: 'element-chosen'; element: string }
  | { type: 'workbook-changed'; change: Partial<WorkbookPick> }
  | { type: 'preview-asked'; request: ElementRequest }
  | { type: 'preview-made'; request: ElementRequest; preview: ElementPreview }
  | { type: 'preview-failed'; request: ElementRequest; message: string }
  /** A document change started ("Inserting Crime by month"). */
  | { type: 'work-started'; what: string }
  /** It ended: with what to say (success or error), or nothing to say. */
  | { type: 'work-finished'; outcome: Notice | null }
  | { type: 'refresh-started'; stage: string }
  | { type: 'refresh-progress'; fraction: number; stage: string }
  | { type: 'refresh-done'; result: RefreshResult }
  | { type: 'confirm-asked'; ids: string[] | null; edited: RegionRow[] }
  /** The overwrite question is answered; `said` is what the view announces, if anything. */
  | { type: 'confirm-closed'; said: string | null };

/** The element to keep or choose when a source loads: one that reads that kind of source. */
function elementFor(state: DataViewState, fromWorkbook: boolean): string {
  const fits = (name: string) =>
    (state.elements.find((e) => e.name === name)?.fromWorkbook === true) === fromWorkbook;
  const current = state.element;
  return current && fits(current) ? current : (state.elements.find((e) => fits(e.name))?.name ?? current);
}

/** The loaded source (and its preview) to fall back to while another loads, if any. */
function keptSource(state: DataViewState): KeptSource | undefined {
  const source = state.source;
  if (source?.kind === 'loaded')
    return { choice: source.choice, source: source.source, preview: state.preview };
  return source?.kind === 'loading' ? source.kept : undefined;
}

export function dataViewReducer(state: DataViewState, action: DataViewAction): DataViewState {
  switch (action.type) {
    case 'source-kind-picked':
      return { ...state, pickerKind: action.kind };
    case 'source-chosen': {
      const kept = keptSource(state);
      return {
        ...state,
        pickerKind: action.choice.kind,
        notice: null,
        preview: { kind: 'none' },
        source: {
          kind: 'loading',
          choice: action.choice,
          fraction: null,
          stage: `Loading ${sourceName(action.choice)}`,
          ...(kept ? { kept } : {}),
        },
        announcement: `Loading ${sourceName(action.choice)}.`,
      };
    }
    case 'source-progress': {
      const kept = state.source?.kind === 'loading' ? state.source.kept : undefined;
      return {
        ...state,
        source: {
          kind: 'loading',
          choice: action.choice,
          fraction: action.fraction,
          stage: action.stage,
          ...(kept ? { kept } : {}),
        },
      };
    }
    case 'source-loaded': {
      const loaded = action.source;
      // A workbook offers the spreadsheet elements and its first sheet's used range; other
      // sources the crime-data elements.
      const workbook = loaded.workbook
        ? {
            ...state.workbook,
            sheet: loaded.workbook.sheets[0]?.name ?? '',
            cells: 'used' as const,
            range: '',
            // The old workbook's column names mean nothing in the new one.
            series: '',
            title: '',
          }
        : state.workbook;
      return {
        ...state,
        source: { kind: 'loaded', choice: action.choice, source: loaded },
        pickerKind: action.choice.kind,
        element: elementFor(state, loaded.workbook !== undefined),
        workbook,
        area: state.area && loaded.areas.includes(state.area) ? state.area : (loaded.defaultArea ?? ''),
        periodEnd: loaded.latestMonth,
        followLatest: true,
        announcement: `Data loaded: ${loaded.label}.`,
      };
    }
    case 'source-failed': {
      // A source that cannot be loaded is never put in place of the data (the actions keep what
      // was loaded before): go on with that source, its area, element and preview, saying why the
      // new one was refused. The same for a workbook, CSV files and the police.uk API. The picker
      // goes back to the kind in use: only the error bar speaks of the source that was refused.
      const kept = state.source?.kind === 'loading' ? state.source.kept : undefined;
      if (kept) {
        const name = sourceName(action.choice);
        return {
          ...state,
          preview: kept.preview,
          pickerKind: kept.choice.kind,
          source: {
            kind: 'loaded',
            choice: kept.choice,
            source: kept.source,
            notLoaded: { kind: action.choice.kind, name, message: action.message },
          },
          announcement: `${name} could not be loaded. ${action.message} Still using ${kept.source.label}.`,
        };
      }
      return {
        ...state,
        // Nothing is in use: the picker stays on the kind that failed, to try again.
        source: { kind: 'failed', choice: action.choice, message: action.message },
        pickerKind: action.choice.kind,
        announcement: `The data could not be loaded. ${action.message}`,
      };
    }
    case 'elements-listed':
      return {
        ...state,
        elements: action.elements,
        element: state.element || (action.elements.find((e) => !e.fromWorkbook)?.name ?? ''),
      };
    case 'sections-listed':
      return { ...state, sections: action.sections };
    case 'regions-listed':
      return { ...state, regions: action.regions };
    case 'said':
      return {
        ...state,
        announcement: action.text,
        notice: action.intent ? { intent: action.intent, text: action.text } : state.notice,
      };
    case 'area-chosen':
      return { ...state, area: action.area };
    case 'period-end-chosen': {
      // Choosing an earlier month asks for that period: the region then keeps it (the officer can
      // still ask it to follow the newest month).
      const latest = state.source?.kind === 'loaded' ? state.source.source.latestMonth : null;
      const follow = action.month === latest;
      // The switch turns itself off: say so, not only by its look.
      const announcement =
        !follow && latest
          ? `“Move to the newest month when refreshed” is now off: the period ends in ${monthLabel(action.month)}, not the newest month, ${monthLabel(latest)}.`
          : state.announcement;
      return { ...state, periodEnd: action.month, followLatest: follow, announcement };
    }
    case 'follow-latest-set':
      return { ...state, followLatest: action.follow };
    case 'element-chosen':
      return { ...state, element: action.element };
    case 'workbook-changed':
      // The preview showed other cells: take it away rather than let it be inserted by mistake.
      return { ...state, workbook: { ...state.workbook, ...action.change }, preview: { kind: 'none' } };
    case 'preview-asked':
      return { ...state, preview: { kind: 'loading', request: action.request }, notice: null };
    case 'preview-made':
      return {
        ...state,
        preview: { kind: 'ready', request: action.request, preview: action.preview },
        announcement: 'Preview ready.',
      };
    case 'preview-failed':
      return {
        ...state,
        preview: { kind: 'failed', request: action.request, message: action.message },
        announcement: action.message,
      };
    case 'work-started':
      return { ...state, busy: action.what, notice: null, announcement: `${action.what}…` };
    case 'work-finished':
      return {
        ...state,
        busy: null,
        progress: null,
        ...(action.outcome ? { notice: action.outcome, announcement: action.outcome.text } : {}),
      };
    case 'refresh-started':
      return { ...state, refreshed: null, progress: { fraction: 0, stage: action.stage } };
    case 'refresh-progress':
      return { ...state, progress: { fraction: action.fraction, stage: action.stage } };
    case 'refresh-done':
      return { ...state, regions: action.result.regions, refreshed: action.result };
    case 'confirm-asked': {
      const n = action.edited.length;
      return {
        ...state,
        confirm: { ids: action.ids, edited: action.edited },
        announcement: `${n === 1 ? 'A region was' : `${n} regions were`} changed by hand. Choose whether to overwrite.`,
      };
    }
    case 'confirm-closed':
      return { ...state, confirm: null, announcement: action.said ?? state.announcement };
  }
}

/** What the view would ask for now: the element with its area, period and (for a workbook) cells. */
export function elementRequest(state: DataViewState): ElementRequest {
  const { element, elements, area, periodEnd, followLatest, source, workbook } = state;
  const fromWorkbook = elements.find((e) => e.name === element)?.fromWorkbook === true;
  const file = source?.kind === 'loaded' ? source.source.workbook?.fileName : undefined;
  return {
    element,
    area,
    periodEnd,
    followLatest,
    ...(fromWorkbook && file ? { options: workbookOptions(file, workbook, element) } : {}),
  };
}
