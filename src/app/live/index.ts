/** app/live: the live-data use cases (insert, list, refresh with a diff, repair, remove). */
export * from './live-regions';
export * from './source';
