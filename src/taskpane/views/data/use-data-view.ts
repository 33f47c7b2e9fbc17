/**
 * The Data view's state: the source and its loading, the chosen area, period and element, the
 * preview, the document's live regions, refreshing them and what changed. Each action says what
 * happened in one sentence, shown and announced.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeProblem } from '../../describe-problem';
import type {
  DataActions,
  ElementChoice,
  ElementPreview,
  ElementRequest,
  InsertionPoint,
  InsertPlace,
  LoadedSource,
  PickedFile,
  RefreshResult,
  RegionRow,
  SectionChoice,
  SourceChoice,
} from './data-actions';
import { describeRefresh, monthLabel, sourceName } from './describe-data';

export type SourceState =
  | { kind: 'loading'; choice: SourceChoice; fraction: number | null; stage: string }
  | { kind: 'loaded'; choice: SourceChoice; source: LoadedSource }
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
  if (element === 'spreadsheet-chart') options['chart'] = pick.chart;
  return options;
}

export interface DataView {
  source: SourceState | null;
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
  announcement: string;
  chooseSource(choice: SourceChoice): Promise<void>;
  cancelLoad(): void;
  setArea(area: string): void;
  setPeriodEnd(month: string): void;
  setFollowLatest(follow: boolean): void;
  setElement(name: string): void;
  showPreview(): Promise<void>;
  insert(place: InsertPlace): Promise<void>;
  refresh(ids: string[] | null): Promise<void>;
  resolveConfirm(choice: 'overwrite' | 'skip' | 'cancel'): Promise<void>;
  repair(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  reloadRegions(): Promise<void>;
  /** The sheet and cells chosen when a workbook is the source. */
  workbook: WorkbookPick;
  setWorkbook(change: Partial<WorkbookPick>): void;
  /** Reads a workbook again and refreshes the regions from a file of its name. */
  refreshFromFile(file: PickedFile): Promise<void>;
}

export function useDataView(actions: DataActions, insertionPoint: InsertionPoint | null = null): DataView {
  const [source, setSource] = useState<SourceState | null>(null);
  const [elements, setElements] = useState<ElementChoice[]>([]);
  const [sections, setSections] = useState<SectionChoice[]>([]);
  const [area, setArea] = useState('');
  const [periodEnd, setPeriodEndState] = useState('');
  const [followLatest, setFollowLatest] = useState(true);
  const [element, setElementName] = useState('');
  const [preview, setPreview] = useState<PreviewState>({ kind: 'none' });
  const [regions, setRegions] = useState<RegionRow[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [refreshed, setRefreshed] = useState<RefreshResult | null>(null);
  const [confirm, setConfirm] = useState<PendingConfirm | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [workbook, setWorkbookPick] = useState<WorkbookPick>({
    sheet: '',
    cells: 'used',
    range: '',
    chart: 'bar',
    title: '',
  });
  const elementsRef = useRef(elements);
  elementsRef.current = elements;
  const loadCount = useRef(0);
  const abort = useRef<AbortController | null>(null);
  const regionsRef = useRef(regions);
  regionsRef.current = regions;

  const say = useCallback((text: string, intent: Notice['intent'] | null = null) => {
    setAnnouncement(text);
    if (intent) setNotice({ intent, text });
  }, []);

  const reloadRegions = useCallback(async () => {
    try {
      setRegions(await actions.regions());
    } catch (error) {
      setRegions([]);
      say(describeProblem(error), 'error');
    }
  }, [actions, say]);

  const chooseSource = useCallback(
    async (choice: SourceChoice) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      const load = ++loadCount.current;
      setNotice(null);
      setPreview({ kind: 'none' });
      setSource({ kind: 'loading', choice, fraction: null, stage: `Loading ${sourceName(choice)}` });
      setAnnouncement(`Loading ${sourceName(choice)}.`);
      try {
        const loaded = await actions.loadSource(
          choice,
          (fraction, stage) => {
            if (load === loadCount.current) setSource({ kind: 'loading', choice, fraction, stage });
          },
          controller.signal,
        );
        if (load !== loadCount.current) return;
        setSource({ kind: 'loaded', choice, source: loaded });
        // A workbook offers the spreadsheet elements and its first sheet's used range; other
        // sources the crime-data elements.
        const fromWorkbook = loaded.workbook !== undefined;
        setElementName((current) => {
          const list = elementsRef.current;
          const fits = (name: string) =>
            (list.find((e) => e.name === name)?.fromWorkbook === true) === fromWorkbook;
          return current && fits(current) ? current : (list.find((e) => fits(e.name))?.name ?? current);
        });
        if (loaded.workbook) {
          setWorkbookPick((pick) => ({
            ...pick,
            sheet: loaded.workbook!.sheets[0]?.name ?? '',
            cells: 'used',
            range: '',
            title: '',
          }));
        }
        setArea((current) =>
          current && loaded.areas.includes(current) ? current : (loaded.defaultArea ?? ''),
        );
        setPeriodEndState(loaded.latestMonth);
        setFollowLatest(true);
        setAnnouncement(`Data loaded: ${loaded.label}.`);
        // Whether a region is stale depends on the newest month of the data now loaded.
        void reloadRegions();
      } catch (error) {
        if (load !== loadCount.current) return;
        const message = describeProblem(error);
        setSource({ kind: 'failed', choice, message });
        setAnnouncement(`The data could not be loaded. ${message}`);
      }
    },
    [actions, reloadRegions],
  );

  /** Stops a CSV import or an API fetch; the view then says it was stopped. */
  const cancelLoad = useCallback(() => abort.current?.abort(), []);

  // The sample is the default source: the view works with no network and no files.
  useEffect(() => {
    void chooseSource({ kind: 'sample' });
    void actions.elements().then(
      (list) => {
        setElements(list);
        setElementName((current) => current || (list.find((e) => !e.fromWorkbook)?.name ?? ''));
      },
      (error: unknown) => say(describeProblem(error), 'error'),
    );
    void actions.sections().then(setSections, () => setSections([]));
    void reloadRegions();
    return () => abort.current?.abort();
  }, [actions, chooseSource, reloadRegions, say]);

  // Choosing an earlier month asks for that period: the region then keeps it (the officer can
  // still ask it to follow the newest month).
  const latestMonth = source?.kind === 'loaded' ? source.source.latestMonth : null;
  const setPeriodEnd = useCallback(
    (month: string) => {
      setPeriodEndState(month);
      const follow = month === latestMonth;
      setFollowLatest(follow);
      // The switch turns itself off: say so, not only by its look.
      if (!follow && latestMonth) {
        setAnnouncement(
          `“Move to the newest month when refreshed” is now off: the period ends in ${monthLabel(month)}, not the newest month, ${monthLabel(latestMonth)}.`,
        );
      }
    },
    [latestMonth],
  );

  const workbookFile = source?.kind === 'loaded' ? source.source.workbook?.fileName : undefined;
  const request = useCallback((): ElementRequest => {
    const fromWorkbook = elements.find((e) => e.name === element)?.fromWorkbook === true;
    return {
      element,
      area,
      periodEnd,
      followLatest,
      ...(fromWorkbook && workbookFile ? { options: workbookOptions(workbookFile, workbook, element) } : {}),
    };
  }, [element, area, periodEnd, followLatest, elements, workbookFile, workbook]);

  const setWorkbook = useCallback((change: Partial<WorkbookPick>) => {
    setWorkbookPick((pick) => ({ ...pick, ...change }));
    // The preview showed other cells: take it away rather than let it be inserted by mistake.
    setPreview({ kind: 'none' });
  }, []);

  const showPreview = useCallback(async () => {
    const wanted = request();
    setPreview({ kind: 'loading', request: wanted });
    setNotice(null);
    try {
      const made = await actions.preview(wanted);
      setPreview({ kind: 'ready', request: wanted, preview: made });
      setAnnouncement('Preview ready.');
    } catch (error) {
      const message = describeProblem(error);
      setPreview({ kind: 'failed', request: wanted, message });
      setAnnouncement(message);
    }
  }, [actions, request]);

  /** Runs a document change with the view marked busy; its failure becomes an error notice. */
  const work = useCallback(
    async (what: string, run: () => Promise<string | null>) => {
      setBusy(what);
      setNotice(null);
      setAnnouncement(`${what}…`);
      try {
        const done = await run();
        if (done) say(done, 'success');
      } catch (error) {
        say(describeProblem(error), 'error');
      } finally {
        setBusy(null);
        setProgress(null);
      }
    },
    [say],
  );

  const insert = useCallback(
    (place: InsertPlace) => {
      const wanted = request();
      const label = elements.find((e) => e.name === wanted.element)?.label ?? wanted.element;
      // Where the document puts it, read before the insert: a cursor is only claimed if there is one.
      const cursorPlace = insertionPoint?.where ?? 'at the cursor';
      return work(`Inserting ${label}`, async () => {
        setRegions(await actions.insert(wanted, place));
        const where =
          place.kind === 'cursor'
            ? cursorPlace
            : `in ${sections.find((s) => s.id === place.sectionId)?.title ?? 'the section'}`;
        return `Inserted ${label} ${where}. It stays linked to its data: refresh it from the list below.`;
      });
    },
    [actions, elements, insertionPoint, request, sections, work],
  );

  const runRefresh = useCallback(
    (ids: string[] | null, overwrite: string[]) =>
      work(ids?.length === 1 ? 'Refreshing the region' : 'Refreshing the live regions', async () => {
        setRefreshed(null);
        setProgress({ fraction: 0, stage: 'Starting' });
        const result = await actions.refresh(ids, overwrite, (fraction, stage) =>
          setProgress({ fraction, stage }),
        );
        setRegions(result.regions);
        setRefreshed(result);
        return describeRefresh(result.outcomes);
      }),
    [actions, work],
  );

  const refreshFromFile = useCallback(
    (file: PickedFile) =>
      work(`Refreshing from ${file.name}`, async () => {
        setRefreshed(null);
        setProgress({ fraction: 0, stage: `Reading ${file.name}` });
        const result = await actions.refreshFromFile(file, (fraction, stage) =>
          setProgress({ fraction, stage }),
        );
        setRegions(result.regions);
        setRefreshed(result);
        return describeRefresh(result.outcomes);
      }),
    [actions, work],
  );

  const refresh = useCallback(
    async (ids: string[] | null) => {
      const targets = (regionsRef.current ?? []).filter((r) => ids === null || ids.includes(r.id));
      const edited = targets.filter((r) => r.status === 'edited');
      if (edited.length > 0) {
        setConfirm({ ids, edited });
        setAnnouncement(
          `${edited.length === 1 ? 'A region was' : `${edited.length} regions were`} changed by hand. Choose whether to overwrite.`,
        );
        return;
      }
      await runRefresh(ids, []);
    },
    [runRefresh],
  );

  const resolveConfirm = useCallback(
    async (choice: 'overwrite' | 'skip' | 'cancel') => {
      const pending = confirm;
      setConfirm(null);
      if (!pending || choice === 'cancel') {
        setAnnouncement('Refresh cancelled.');
        return;
      }
      const editedIds = pending.edited.map((r) => r.id);
      if (choice === 'skip' && pending.ids !== null && pending.ids.every((id) => editedIds.includes(id))) {
        setAnnouncement('Nothing refreshed: the region keeps your changes.');
        return;
      }
      await runRefresh(pending.ids, choice === 'overwrite' ? editedIds : []);
    },
    [confirm, runRefresh],
  );

  const repair = useCallback(
    (id: string) =>
      work('Repairing the region', async () => {
        setRegions(await actions.repair(id));
        return 'Repaired the region.';
      }),
    [actions, work],
  );

  const remove = useCallback(
    (id: string) =>
      work('Removing the region', async () => {
        setRegions(await actions.remove(id));
        return 'Removed the link to the data; the text stays in the report.';
      }),
    [actions, work],
  );

  return {
    source,
    elements,
    sections,
    area,
    periodEnd,
    followLatest,
    element,
    preview,
    regions,
    busy,
    progress,
    notice,
    refreshed,
    confirm,
    announcement,
    chooseSource,
    cancelLoad,
    setArea,
    setPeriodEnd,
    setFollowLatest,
    setElement: setElementName,
    showPreview,
    insert,
    refresh,
    resolveConfirm,
    repair,
    remove,
    reloadRegions,
    workbook,
    setWorkbook,
    refreshFromFile,
  };
}
