/**
 * app/live: the live-data use cases over any ReportHost: insert an element (insert.ts), preview it
 * (preview.ts), list the regions with their status (list.ts), refresh them all or some with a diff
 * (refresh.ts), and put orphans right or remove a region (repair.ts); where a region goes is
 * place.ts, computing one compute.ts, the data sources source.ts.
 *
 * Every use case reads the document once, computes everything, then makes ONE
 * `host.writeRegions(writes, state)` call, which each host applies all or none. So a source that
 * fails, or an element that cannot compute, changes nothing it should not.
 */
export * from './options';
export * from './default-area';
export * from './preview';
export * from './insert';
export * from './list';
export * from './refresh';
export * from './repair';
export * from './source';
