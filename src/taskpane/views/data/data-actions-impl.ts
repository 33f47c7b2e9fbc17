/**
 * Loaded on first use (see `host-data-actions.ts`): the Data view's actions over a host, composing
 * the data sources (app/data, through `load-source.ts`) with the live-region use cases (app/live). The
 * data the officer loaded is kept here, so preview, insert and refresh all use the same figures.
 */
import {
  defaultArea,
  insertLiveElement,
  listLiveRegions,
  loadedSource,
  noCrimeData,
  previewLiveElement,
  refreshLiveRegions,
  removeLiveRegion,
  repairLiveRegion,
  type LiveData,
} from '../../../app/live';
import { templateOfReport } from '../../../app/templates';
import { consultationElements } from '../../../app/consultation/summary-element';
import { browserChartPreview, browserChartRenderer } from '../../../charts/browser-lazy';
import { base64 } from '../../../core/base64';
import type { ChartModel } from '../../../core/charts';
import { chartElements } from '../../../core/charts/live-elements';
import type { PoliceApiClient } from '../../../core/data';
import type { Workbook } from '../../../core/data/spreadsheet';
import { ReportError } from '../../../core/errors';
import {
  builtInElements,
  elementCatalogue,
  readDocumentState,
  type ElementCatalogue,
  type LiveRendering,
  type RegionInfo,
} from '../../../core/live';
import type { ProgressListener, RegionNotAsWritten, ReportHost } from '../../../core/report/host';
import { liveTag } from '../../../core/state/live-tag';
import { readFrontMatter } from '../../../core/template/front-matter';
import { layoutSections } from '../../../core/template/sections';
import type { TemplateSpec } from '../../../core/template/spec';
import type {
  DataActions,
  ElementPreview,
  ElementRequest,
  InsertPlace,
  LoadedSource,
  PickedFile,
  RegionRow,
  RegionsChanged,
  SectionChoice,
} from './data-actions';
import { describeDataset, loadLiveData } from './load-source';
import { readPickedWorkbook, workbookContents } from './load-workbook';

/**
 * The pane's live elements (in Word and in the workspace): the built-in tables and figures, the
 * charts drawn in the browser, and the consultation summary the Consultation view keeps.
 */
export function paneElements(): ElementCatalogue {
  return elementCatalogue(builtInElements(), chartElements(browserChartRenderer), consultationElements());
}

export interface DataActionOptions {
  /** The elements the view offers, preview and inserts (`paneElements()` in the pane). */
  elements: ElementCatalogue;
  /** Draws a chart for its preview; default the browser renderer (null: no picture, alt text only). */
  chartPicture?: ((model: ChartModel) => Promise<Uint8Array>) | null;
  /** Draws a chart for the pane's width; default the browser renderer when chartPicture is too. */
  chartPreview?: ((model: ChartModel, widthCss: number) => Promise<string>) | null;
  /** The police.uk API client; default the real API (tests give one of a local server). */
  policeApi?: () => PoliceApiClient;
}

/** The workbooks with `added` in place of any of the same file name (a newer copy replaces it). */
function withWorkbook(workbooks: readonly Workbook[] | undefined, added: Workbook): Workbook[] {
  const name = added.fileName.toLowerCase();
  return [...(workbooks ?? []).filter((w) => w.fileName.toLowerCase() !== name), added];
}

function row(region: RegionInfo): RegionRow {
  return {
    id: region.id,
    title: region.title,
    element: region.element,
    status: region.status,
    detail: region.detail,
    ...(region.orphan ? { orphan: region.orphan } : {}),
  };
}

function noData(): ReportError {
  return new ReportError(
    'live-no-source',
    'Choose the data first: the sample, CSV files, police.uk or a spreadsheet.',
  );
}

export function createDataActions(host: ReportHost, options: DataActionOptions): DataActions {
  const { elements } = options;
  const isWorkbookElement = (name: string): boolean => elements.find(name)?.dataFrom === 'workbook';
  const chartPicture =
    options.chartPicture === undefined
      ? async (model: ChartModel) => (await browserChartRenderer(model)).png
      : options.chartPicture;
  const chartPreview =
    options.chartPreview === undefined
      ? options.chartPicture === undefined
        ? browserChartPreview
        : null
      : options.chartPreview;
  let live: LiveData | null = null;
  let label = '';

  const current = (): LiveData => {
    if (!live) throw noData();
    return live;
  };

  const regions = async (): Promise<RegionRow[]> =>
    (await listLiveRegions(host, { latestMonth: live?.data.latestMonth ?? null })).map(row);

  /** The regions now, and those Word did not write as sent named by their titles in that list. */
  const regionsAfter = async (wrong: readonly RegionNotAsWritten[]): Promise<RegionsChanged> => {
    const rows = await regions();
    const title = new Map(rows.map((r) => [liveTag(r.id), r.title]));
    return { regions: rows, notAsWritten: wrong.map((w) => title.get(w.tag) ?? w.name) };
  };

  const template = async (): Promise<{
    template: TemplateSpec;
    snapshot: Awaited<ReturnType<ReportHost['readSnapshot']>>;
  }> => {
    const snapshot = await host.readSnapshot();
    return { snapshot, template: templateOfReport(readDocumentState(snapshot).state.templateId) };
  };

  async function preview(rendering: LiveRendering): Promise<ElementPreview> {
    switch (rendering.kind) {
      case 'table': {
        const { table } = rendering;
        return {
          kind: 'table',
          caption: `Table: ${table.caption}`,
          columns: [...table.columns],
          rows: table.rows.map((r) => ({ ...r, cells: [...r.cells] })),
          source: table.source,
        };
      }
      case 'figure':
        return { kind: 'figure', text: rendering.text, source: rendering.source };
      default: {
        const model = rendering.kind === 'chart' ? (rendering.model as ChartModel) : null;
        let imageUrl: string | null = null;
        // In the pane the chart is drawn for the pane's width (drawAt); a print picture otherwise.
        if (model && chartPicture && !chartPreview) {
          try {
            imageUrl = `data:image/png;base64,${base64(await chartPicture(model))}`;
          } catch {
            // The preview then shows the chart's description; inserting still draws it.
          }
        }
        return {
          kind: 'chart',
          caption: rendering.title,
          altText: model?.description ?? rendering.title,
          imageUrl,
          source: rendering.source,
          ...(model?.note ? { note: model.note } : {}),
          ...(model && chartPreview ? { drawAt: (width: number) => chartPreview(model, width) } : {}),
        };
      }
    }
  }

  /**
   * A region following the newest month is inserted without a period end when it is the latest
   * (the use case then records it as following); otherwise with it, and `options.period` says
   * whether a refresh moves it on.
   */
  const periodOf = (request: ElementRequest): string | undefined =>
    request.followLatest && request.periodEnd === current().data.latestMonth ? undefined : request.periodEnd;

  async function refreshFrom(
    source: ReturnType<typeof loadedSource>,
    only: string[] | undefined,
    overwrite: string[],
    onProgress: ProgressListener,
  ) {
    const report = await refreshLiveRegions(host, source, { elements, only, force: overwrite, onProgress });
    if (report.sourceError) throw new ReportError('live-source-failed', report.sourceError);
    const after = await regionsAfter(report.notAsWritten);
    return {
      outcomes: report.regions.map((o) => ({
        id: o.id,
        title: o.title,
        status: o.status === 'skipped' ? ('failed' as const) : o.status,
        changes: o.changes,
        ...(o.message
          ? {
              // The pane cannot reopen a workbook: say how to give it, unless the message says
              // already (a renamed copy to save under the region's file name).
              message:
                o.status === 'skipped' && isWorkbookElement(o.element) && !o.saysWhatToDo
                  ? `${o.message} Choose the workbook with “Refresh from file…”.`
                  : o.message,
            }
          : {}),
      })),
      ...after,
    };
  }

  return {
    elements: () =>
      Promise.resolve(
        elements.list().map((e) => ({
          name: e.name,
          label: e.label,
          kind: e.kind === 'other' ? 'table' : e.kind,
          // Offered when a workbook is the source: they read the sheet and range chosen in the view.
          ...(isWorkbookElement(e.name) ? { fromWorkbook: true } : {}),
        })),
      ),

    loadSource: async (choice, onProgress, signal): Promise<LoadedSource> => {
      if (choice.kind === 'workbook') {
        // A bad workbook throws here, before anything is kept: the data loaded before stays.
        const workbook = await readPickedWorkbook(choice.file, onProgress);
        const crime = live && live.hasCrimeData !== false ? live : null;
        const workbooks = withWorkbook(live?.workbooks, workbook);
        live = crime
          ? { ...crime, workbooks }
          : {
              data: noCrimeData(),
              population: null,
              source: workbook.fileName,
              workbooks,
              hasCrimeData: false,
            };
        onProgress(1, 'Workbook read');
        const contents = workbookContents(workbook);
        if (contents.sheets.length === 0) {
          return {
            label: workbook.fileName,
            areas: [],
            defaultArea: null,
            latestMonth: '',
            earliestMonth: '',
            warnings: [`${workbook.fileName} has no worksheets with cells (only chart sheets).`],
            workbook: contents,
          };
        }
        return {
          label: crime ? `${workbook.fileName} (crime data: ${label})` : workbook.fileName,
          areas: [],
          defaultArea: null,
          latestMonth: '',
          earliestMonth: '',
          warnings: [],
          workbook: contents,
        };
      }
      const loaded = await loadLiveData(choice, onProgress, signal, options.policeApi);
      const { data } = loaded;
      // Workbooks opened before stay, so a refresh of everything still reaches their regions.
      const next: LiveData = { ...loaded, ...(live?.workbooks ? { workbooks: live.workbooks } : {}) };
      // Described before it is kept: data with no months (an empty CSV file) is refused here, and
      // the data loaded before stays in use, as for a file that cannot be read at all.
      const described = describeDataset(data, defaultArea(await host.readSnapshot(), next));
      live = next;
      label = data.source.label;
      onProgress(1, 'Data loaded');
      return described;
    },

    preview: async (request) =>
      preview(
        isWorkbookElement(request.element)
          ? previewLiveElement(
              elements,
              current(),
              { element: request.element, options: request.options ?? {} },
              '',
            )
          : previewLiveElement(
              elements,
              current(),
              { element: request.element, area: request.area, periodEnd: request.periodEnd },
              request.area,
            ),
      ),

    sections: async (): Promise<SectionChoice[]> => {
      const { snapshot, template: spec } = await template();
      const layout = layoutSections(snapshot, spec);
      // The executive summary, recommendations and timetable first, as the report has them.
      const parts = readFrontMatter(snapshot, spec, layout).parts.map((p) => ({ id: p.id, title: p.title }));
      const sections = spec.sections
        .filter((s) => layout.bodies.has(s.id))
        .map((s) => ({ id: s.id, title: s.title }));
      return [...parts, ...sections];
    },

    insert: async (request, place: InsertPlace) => {
      const data = current();
      const where =
        place.kind === 'cursor'
          ? ({ atSelection: true } as const)
          : { section: place.sectionId, template: (await template()).template };
      if (isWorkbookElement(request.element)) {
        const inserted = await insertLiveElement(
          host,
          loadedSource(data, label),
          { element: request.element, options: request.options ?? {} },
          where,
          { elements },
        );
        return { ...(await regionsAfter(inserted.notAsWritten)), captionAdvice: inserted.captionAdvice };
      }
      const inserted = await insertLiveElement(
        host,
        loadedSource(data, label),
        {
          element: request.element,
          area: request.area,
          periodEnd: periodOf(request),
          options: { period: request.followLatest ? 'latest' : 'fixed' },
        },
        where,
        { elements },
      );
      return { ...(await regionsAfter(inserted.notAsWritten)), captionAdvice: inserted.captionAdvice };
    },

    regions,

    refresh: async (ids, overwrite, onProgress) =>
      refreshFrom(loadedSource(current(), label), ids ?? undefined, overwrite, onProgress),

    refreshFromFile: async (file: PickedFile, onProgress: ProgressListener) => {
      const workbook = await readPickedWorkbook(file, onProgress);
      const name = workbook.fileName.toLowerCase();
      const all = await listLiveRegions(host);
      const fromFile = all.filter(
        (r) => r.spec && isWorkbookElement(r.spec.element) && r.spec.options['file']?.toLowerCase() === name,
      );
      if (fromFile.length === 0) {
        const files = [
          ...new Set(
            all.flatMap((r) =>
              r.spec && isWorkbookElement(r.spec.element) && r.spec.options['file']
                ? [r.spec.options['file']]
                : [],
            ),
          ),
        ];
        // One other file: the picked one may be a renamed copy of it ("fires (1).xlsx"), but a
        // region is only refreshed from a file of its own name, so say so rather than guess.
        const only = files.length === 1 ? files[0] : undefined;
        throw new ReportError(
          'spreadsheet-no-regions',
          `No table or chart in this report comes from ${workbook.fileName}` +
            (only
              ? `: they come from ${only} (tables are matched to workbooks by file name). If ${workbook.fileName} is a newer copy of ${only}, save or rename it as ${only} and choose it again.`
              : files.length > 0
                ? `: they come from ${files.join(', ')}. Choose one of those workbooks.`
                : ': the report has no spreadsheet tables or charts.'),
        );
      }
      // Kept, so a later "Refresh all" reads these figures too.
      const base: LiveData = live ?? {
        data: noCrimeData(),
        population: null,
        source: workbook.fileName,
        hasCrimeData: false,
      };
      live = { ...base, workbooks: withWorkbook(base.workbooks, workbook) };
      return refreshFrom(
        loadedSource(live, label || workbook.fileName),
        fromFile.map((r) => r.id),
        [],
        onProgress,
      );
    },

    repair: async (id) => {
      // A record whose region was deleted: put the element back at the cursor, as it was specified.
      const region = (await listLiveRegions(host)).find((r) => r.id === id);
      const spec = region?.spec;
      if (!region || region.orphan !== 'no-control' || !spec) {
        throw new ReportError(
          'live-repair-unavailable',
          'Only a region whose table was deleted can be put back; remove this one instead.',
        );
      }
      await repairLiveRegion(host, id, 'remove-record');
      const inserted = await insertLiveElement(
        host,
        loadedSource(current(), label),
        {
          element: spec.element,
          area: spec.area,
          periodEnd: spec.options['period'] === 'fixed' ? spec.periodEnd : undefined,
          options: spec.options,
          id,
        },
        { atSelection: true },
        { elements },
      );
      return regionsAfter(inserted.notAsWritten);
    },

    remove: async (id) => {
      const region = (await listLiveRegions(host)).find((r) => r.id === id);
      if (region?.orphan === 'no-control') await repairLiveRegion(host, id, 'remove-record');
      else if (region?.orphan) await repairLiveRegion(host, id, 'unlink-control');
      else await removeLiveRegion(host, id, true);
      return regions();
    },
  };
}
