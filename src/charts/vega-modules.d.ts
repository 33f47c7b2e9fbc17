// The vega packages the chart engine loads one by one (see svg.ts) ship no type declarations of
// their own; svg.ts gives what it uses the types of the same names in `vega`.
declare module 'vega-dataflow';
declare module 'vega-transforms';
declare module 'vega-view-transforms';
declare module 'vega-encode';
declare module 'vega-view';
declare module 'vega-parser';
declare module 'vega-loader';
declare module 'vega-scenegraph';
