/**
 * What the report remembers about one live region, so it can be refreshed, and checked against
 * its content control, on any machine. Written to and read from the state part by
 * `ooxml/custom-xml-part.ts`.
 */
export interface LiveRegionSpec {
  id: string;
  /** Element name, e.g. "crime-by-category-yoy". */
  element: string;
  /** "sample", or a description of the CSV files or API the figures came from. */
  source: string;
  area: string;
  /** Last month of the period, "YYYY-MM". */
  periodEnd: string;
  /** ISO 8601 time of the last refresh. */
  refreshedAt: string;
  /** Hash of the values last written, to tell an edited region from a stale one. */
  valuesHash: string;
  options: Record<string, string>;
  /**
   * The figures last written ("Burglary, % change" → "+4.2%"), so a refresh can list old → new
   * without reading them back out of the document's text. Absent in files from before live data.
   */
  values?: { where: string; value: string }[];
}
