/**
 * The Data view's hook: runs the use cases (load a source, preview, insert, refresh, repair,
 * remove) and dispatches what happened to `dataViewReducer`, which holds the state. Each action
 * says what happened in one sentence, shown and announced.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { describeProblem } from '../../describe-problem';
import type {
  DataActions,
  InsertionPoint,
  InsertPlace,
  PickedFile,
  RefreshResult,
  SourceChoice,
} from './data-actions';
import {
  dataViewReducer,
  elementRequest,
  initialDataViewState,
  type DataViewState,
  type Notice,
  type WorkbookPick,
} from './data-view-state';
import { describeDataProblem, describeNotAsWritten, describeRefresh } from './describe-data';

export {
  workbookOptions,
  type CellsChoice,
  type Notice,
  type PendingConfirm,
  type PreviewState,
  type SourceState,
  type WorkbookPick,
} from './data-view-state';

export interface DataView extends DataViewState {
  /** The officer chose a kind of source in the picker (the sample loads at once; others wait for files). */
  pickSourceKind(kind: SourceChoice['kind']): void;
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
  setWorkbook(change: Partial<WorkbookPick>): void;
  /** Reads a workbook again and refreshes the regions from a file of its name. */
  refreshFromFile(file: PickedFile): Promise<void>;
}

/**
 * What to say after a change that was made: a success, or, when Word did not write a region as
 * sent, a warning with what was done and how to put that region right (never an error: the
 * document was changed and its record saved).
 */
function madeWith(done: string, more: string, notAsWritten: readonly string[]): Notice {
  if (notAsWritten.length > 0)
    return { intent: 'warning', text: `${done} ${describeNotAsWritten(notAsWritten)}` };
  return { intent: 'success', text: more ? `${done} ${more}` : done };
}

export function useDataView(actions: DataActions, insertionPoint: InsertionPoint | null = null): DataView {
  const [state, dispatch] = useReducer(dataViewReducer, initialDataViewState);
  // The state as last rendered, for use cases that read it when the officer acts.
  const current = useRef(state);
  current.current = state;
  const loadCount = useRef(0);
  const abort = useRef<AbortController | null>(null);

  const say = useCallback((text: string, intent: Notice['intent'] | null = null) => {
    dispatch({ type: 'said', text, intent });
  }, []);

  const reloadRegions = useCallback(async () => {
    try {
      dispatch({ type: 'regions-listed', regions: await actions.regions() });
    } catch (error) {
      dispatch({ type: 'regions-listed', regions: [] });
      say(describeProblem(error), 'error');
    }
  }, [actions, say]);

  const chooseSource = useCallback(
    async (choice: SourceChoice) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      // Only the newest load may change the view: an older one finishing late is ignored.
      const load = ++loadCount.current;
      dispatch({ type: 'source-chosen', choice });
      try {
        const loaded = await actions.loadSource(
          choice,
          (fraction, stage) => {
            if (load === loadCount.current) dispatch({ type: 'source-progress', choice, fraction, stage });
          },
          controller.signal,
        );
        if (load !== loadCount.current) return;
        dispatch({ type: 'source-loaded', choice, source: loaded });
        // Whether a region is stale depends on the newest month of the data now loaded.
        void reloadRegions();
      } catch (error) {
        if (load !== loadCount.current) return;
        dispatch({ type: 'source-failed', choice, message: describeProblem(error) });
      }
    },
    [actions, reloadRegions],
  );

  const pickSourceKind = useCallback(
    (kind: SourceChoice['kind']) => dispatch({ type: 'source-kind-picked', kind }),
    [],
  );

  /** Stops a CSV import or an API fetch; the view then says it was stopped. */
  const cancelLoad = useCallback(() => abort.current?.abort(), []);

  // The sample is the default source: the view works with no network and no files.
  useEffect(() => {
    void chooseSource({ kind: 'sample' });
    void actions.elements().then(
      (elements) => dispatch({ type: 'elements-listed', elements }),
      (error: unknown) => say(describeProblem(error), 'error'),
    );
    void actions.sections().then(
      (sections) => dispatch({ type: 'sections-listed', sections }),
      () => dispatch({ type: 'sections-listed', sections: [] }),
    );
    void reloadRegions();
    return () => abort.current?.abort();
  }, [actions, chooseSource, reloadRegions, say]);

  const setArea = useCallback((area: string) => dispatch({ type: 'area-chosen', area }), []);
  const setPeriodEnd = useCallback((month: string) => dispatch({ type: 'period-end-chosen', month }), []);
  const setFollowLatest = useCallback(
    (follow: boolean) => dispatch({ type: 'follow-latest-set', follow }),
    [],
  );
  const setElement = useCallback((element: string) => dispatch({ type: 'element-chosen', element }), []);
  const setWorkbook = useCallback(
    (change: Partial<WorkbookPick>) => dispatch({ type: 'workbook-changed', change }),
    [],
  );

  const showPreview = useCallback(async () => {
    const request = elementRequest(current.current);
    dispatch({ type: 'preview-asked', request });
    try {
      dispatch({ type: 'preview-made', request, preview: await actions.preview(request) });
    } catch (error) {
      dispatch({ type: 'preview-failed', request, message: describeDataProblem(error) });
    }
  }, [actions]);

  /**
   * Runs a document change with the view marked busy. It says what it did: a success, or a warning
   * when the change was made but a region needs looking at; its failure becomes an error notice.
   */
  const work = useCallback(
    async (what: string, run: () => Promise<Notice | null>) => {
      dispatch({ type: 'work-started', what });
      let outcome: Notice | null;
      try {
        outcome = await run();
      } catch (error) {
        outcome = { intent: 'error', text: describeDataProblem(error) };
        // Word may have stopped part-way through the change (it has no rollback): list what the
        // document holds now, keeping this error.
        try {
          dispatch({ type: 'regions-listed', regions: await actions.regions() });
        } catch {
          // The error above is what the officer needs to read; the list stays as it was.
        }
      }
      dispatch({ type: 'work-finished', outcome });
    },
    [actions],
  );

  const insert = useCallback(
    (place: InsertPlace) => {
      const { elements, sections } = current.current;
      const wanted = elementRequest(current.current);
      const label = elements.find((e) => e.name === wanted.element)?.label ?? wanted.element;
      // Where the document puts it, read before the insert: a cursor is only claimed if there is one.
      const cursorPlace = insertionPoint?.where ?? 'at the cursor';
      return work(`Inserting ${label}`, async () => {
        const { regions, notAsWritten, captionAdvice = [] } = await actions.insert(wanted, place);
        dispatch({ type: 'regions-listed', regions });
        const where =
          place.kind === 'cursor'
            ? cursorPlace
            : `in ${sections.find((s) => s.id === place.sectionId)?.title ?? 'the section'}`;
        const done = `Inserted ${label} ${where}.`;
        const notice = madeWith(
          done,
          'It stays linked to its data: refresh it from the list below.',
          notAsWritten,
        );
        // Typed captions around it: inserted and numbered to follow them, but the author has to act.
        if (captionAdvice.length === 0) return notice;
        const advice = captionAdvice.join(' ');
        return {
          intent: 'warning',
          text: notice.intent === 'warning' ? `${notice.text} ${advice}` : `${done} ${advice}`,
        };
      });
    },
    [actions, insertionPoint, work],
  );

  /** A refresh with its progress shown and its diff kept. */
  const refreshWith = useCallback(
    async (
      stage: string,
      run: (onProgress: (fraction: number, stage: string) => void) => Promise<RefreshResult>,
    ) => {
      dispatch({ type: 'refresh-started', stage });
      const result = await run((fraction, stage) => dispatch({ type: 'refresh-progress', fraction, stage }));
      dispatch({ type: 'refresh-done', result });
      const done = describeRefresh(result.outcomes);
      // Nothing refreshed is not a success: the list below says why for each region.
      if (done.startsWith('Nothing was refreshed')) return { intent: 'warning' as const, text: done };
      return madeWith(done, '', result.notAsWritten);
    },
    [],
  );

  const runRefresh = useCallback(
    (ids: string[] | null, overwrite: string[]) =>
      work(ids?.length === 1 ? 'Refreshing the region' : 'Refreshing the live regions', () =>
        refreshWith('Starting', (onProgress) => actions.refresh(ids, overwrite, onProgress)),
      ),
    [actions, refreshWith, work],
  );

  const refreshFromFile = useCallback(
    (file: PickedFile) =>
      work(`Refreshing from ${file.name}`, () =>
        refreshWith(`Reading ${file.name}`, (onProgress) => actions.refreshFromFile(file, onProgress)),
      ),
    [actions, refreshWith, work],
  );

  const refresh = useCallback(
    async (ids: string[] | null) => {
      const targets = (current.current.regions ?? []).filter((r) => ids === null || ids.includes(r.id));
      const edited = targets.filter((r) => r.status === 'edited');
      if (edited.length > 0) {
        dispatch({ type: 'confirm-asked', ids, edited });
        return;
      }
      await runRefresh(ids, []);
    },
    [runRefresh],
  );

  const resolveConfirm = useCallback(
    async (choice: 'overwrite' | 'skip' | 'cancel') => {
      const pending = current.current.confirm;
      if (!pending || choice === 'cancel') {
        dispatch({ type: 'confirm-closed', said: 'Refresh cancelled.' });
        return;
      }
      const editedIds = pending.edited.map((r) => r.id);
      if (choice === 'skip' && pending.ids !== null && pending.ids.every((id) => editedIds.includes(id))) {
        dispatch({ type: 'confirm-closed', said: 'Nothing refreshed: the region keeps your changes.' });
        return;
      }
      dispatch({ type: 'confirm-closed', said: null });
      await runRefresh(pending.ids, choice === 'overwrite' ? editedIds : []);
    },
    [runRefresh],
  );

  const repair = useCallback(
    (id: string) =>
      work('Repairing the region', async () => {
        const { regions, notAsWritten } = await actions.repair(id);
        dispatch({ type: 'regions-listed', regions });
        return madeWith('Repaired the region.', '', notAsWritten);
      }),
    [actions, work],
  );

  const remove = useCallback(
    (id: string) =>
      work('Removing the region', async () => {
        dispatch({ type: 'regions-listed', regions: await actions.remove(id) });
        return { intent: 'success', text: 'Removed the link to the data; the text stays in the report.' };
      }),
    [actions, work],
  );

  return {
    ...state,
    pickSourceKind,
    chooseSource,
    cancelLoad,
    setArea,
    setPeriodEnd,
    setFollowLatest,
    setElement,
    showPreview,
    insert,
    refresh,
    resolveConfirm,
    repair,
    remove,
    reloadRegions,
    setWorkbook,
    refreshFromFile,
  };
}
