/**
 * What the Data view can ask of the data engine and the document, as a port: the view keeps state
 * and calls these, never Office.js or the engine directly. In the pane they are the live-data use
 * cases over the open document, loaded on first use (`word-data-actions.ts`); tests give it the
 * same use cases over the fake Word, or stubs.
 *
 * Everything here is plain data, so this module costs the first view nothing.
 */
import { createContext, useContext } from 'react';
import type { ProgressListener } from '../../../core/report/host';

/** A CSV file the officer picked: what the browser's `File` gives. */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

export type SourceChoice =
  | { kind: 'sample' }
  | { kind: 'csv'; files: readonly PickedFile[] }
  /** The police.uk API for one district, whose boundary is given as police.uk's `poly` (lat,lng:lat,lng:…). */
  | { kind: 'police-api'; district: string; boundary: string }
  /**
   * A partner's workbook: its spreadsheet tables and charts can be inserted, and regions read from a
   * file of that name refreshed. Crime data loaded before is kept alongside it.
   */
  | { kind: 'workbook'; file: PickedFile };

/** What a workbook holds, for the sheet and range pickers (as `council-report sheets` lists it). */
export interface WorkbookContents {
  fileName: string;
  /** Worksheets only (a chart sheet has no cells); `used` is "A1:G6", or null when empty. */
  sheets: { name: string; used: string | null }[];
  tables: { name: string; sheet: string; range: string }[];
  names: { name: string; refersTo: string }[];
}

export interface LoadedSource {
  /** What every table made from it says in its source line. */
  label: string;
  /** Districts the data covers, for the area list. */
  areas: string[];
  /** The report's own district when the document says which it is, else the first area. */
  defaultArea: string | null;
  /** The latest month present ("YYYY-MM"): the default period end. */
  latestMonth: string;
  /** Earliest month present, so a period end before it can be refused plainly. */
  earliestMonth: string;
  /** Rows skipped, unknown crime types and the like, in plain words. */
  warnings: string[];
  /** Set when the source is a workbook: the view then offers its sheets and ranges. */
  workbook?: WorkbookContents;
}

export interface ElementChoice {
  /** The element's name in the document's state, e.g. "crime-by-category-yoy". */
  name: string;
  /** Shown in the list, e.g. "Recorded crime by category, year on year". */
  label: string;
  kind: 'table' | 'figure' | 'chart';
  /** Read from a workbook (spreadsheet-table, spreadsheet-chart): offered when a workbook is the source. */
  fromWorkbook?: boolean;
}

export interface ElementRequest {
  element: string;
  area: string;
  /** "YYYY-MM". */
  periodEnd: string;
  /** The region moves on to the newest month when refreshed; otherwise it keeps `periodEnd`. */
  followLatest: boolean;
  /** Spreadsheet elements: file, sheet, range | table | name, chart (bar or line). */
  options?: Record<string, string>;
}

export interface PreviewColumn {
  header: string;
  align: 'left' | 'right';
}

export interface PreviewRow {
  cells: readonly string[];
  emphasis?: 'bold' | 'highlight';
  kind?: 'total' | 'normal';
}

/** What the element will insert, with the same numbers. */
export type ElementPreview =
  | { kind: 'table'; caption: string; columns: PreviewColumn[]; rows: PreviewRow[]; source: string }
  | { kind: 'figure'; text: string; source: string }
  /** A chart: its alt text, and a data: URL of the picture when there is one. */
  | {
      kind: 'chart';
      caption: string;
      altText: string;
      imageUrl: string | null;
      source: string;
      /** What the chart left out ("Not drawn: …"), for the officer; never inserted. */
      note?: string;
      /** Draws the chart laid out for the pane's width (CSS px), as an image URL to show at 1:1. */
      drawAt?: (widthCss: number) => Promise<string>;
    };

export interface SectionChoice {
  id: string;
  title: string;
}

export type InsertPlace = { kind: 'cursor' } | { kind: 'section'; sectionId: string };

export type RegionStatus = 'fresh' | 'stale' | 'edited' | 'orphaned';

export interface RegionRow {
  id: string;
  /** "Table 2: Recorded crime by category, Maidstone, …" or the element's label. */
  title: string;
  element: string;
  status: RegionStatus;
  /** Why it has that status, in a sentence ("Newer data: Oct 2017 is available."). */
  detail: string;
  /** For orphans: the control is there but its record is gone, the other way round, or copies of the control. */
  orphan?: 'no-record' | 'no-control' | 'duplicate-controls';
}

export type RefreshStatus = 'unchanged' | 'changed' | 'failed' | 'skipped-edited' | 'orphaned';

export interface FigureChange {
  /** "Burglary, Nov 2016 – Oct 2017" or "Total recorded crime, % change". */
  where: string;
  from: string;
  to: string;
}

export interface RegionRefresh {
  id: string;
  title: string;
  status: RefreshStatus;
  changes: FigureChange[];
  /** Why it failed or was skipped. */
  message?: string;
}

/**
 * Regions Word wrote but not as sent (a table row dropped, a copy written twice), by their titles.
 * Not a failure: the change was made and the report's record saved, and these show as changed by
 * hand, so the view warns and says what to do rather than reporting an error. Empty when every
 * region was written as sent (always, outside Word).
 */
export type NotAsWritten = string[];

export interface RefreshResult {
  outcomes: RegionRefresh[];
  /** The regions as they are after the refresh. */
  regions: RegionRow[];
  notAsWritten: NotAsWritten;
}

/** A region inserted (or put back): the regions as they are now, and whether Word wrote it as sent. */
export interface RegionsChanged {
  regions: RegionRow[];
  notAsWritten: NotAsWritten;
  /** What to tell the author about typed "Figure N:" captions around the new one (insert only). */
  captionAdvice?: string[];
}

export interface DataActions {
  elements(): Promise<ElementChoice[]>;
  loadSource(choice: SourceChoice, onProgress: ProgressListener, signal?: AbortSignal): Promise<LoadedSource>;
  preview(request: ElementRequest): Promise<ElementPreview>;
  sections(): Promise<SectionChoice[]>;
  insert(request: ElementRequest, place: InsertPlace): Promise<RegionsChanged>;
  regions(): Promise<RegionRow[]>;
  /**
   * Refreshes the regions `ids` (all when null) from the loaded source; a region edited by hand is
   * skipped unless its id is in `overwrite`.
   */
  refresh(ids: string[] | null, overwrite: string[], onProgress: ProgressListener): Promise<RefreshResult>;
  /**
   * Reads a workbook the officer picked again and refreshes the regions that came from a file of
   * that name (a browser cannot reopen the path it was read from); regions edited by hand are
   * skipped.
   */
  refreshFromFile(file: PickedFile, onProgress: ProgressListener): Promise<RefreshResult>;
  /** An orphan put right: a record without a control is inserted again, a control without a record relinked. */
  repair(id: string): Promise<RegionsChanged>;
  /** A region taken out: the control (keeping its text) and its record. */
  remove(id: string): Promise<RegionRow[]>;
}

export const DataActionsContext = createContext<DataActions | null>(null);

export function useDataActions(): DataActions | null {
  return useContext(DataActionsContext);
}

/**
 * Where "Insert at cursor" puts an element when the document has no cursor of its own: the
 * workspace's .docx, where the paragraph chosen in its preview stands in for one. The button, a
 * line under it and the message after inserting say this rather than "at the cursor". Null (the
 * default) in Word, where the cursor is real.
 */
export interface InsertionPoint {
  /** The button's label: "Insert at cursor", or "Insert at the end" when no paragraph is chosen. */
  button: string;
  /** Under the button: where it goes and how to change it. */
  hint: string;
  /** For the message after inserting: "after “1.4 Total recorded…”" or "at the end of the report". */
  where: string;
}

export const InsertionPointContext = createContext<InsertionPoint | null>(null);
