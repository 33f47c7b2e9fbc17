// The Content-Security-Policy of the add-in's pages (task pane, commands, dialog, workspace,
// support), used by webpack.config.js (a <meta> in each page, and the dev server's header) and by
// the tests (test/security/csp.test.ts checks it in Chromium against the production build).
//
// - script-src: our own bundles and Office.js from Microsoft's CDN; no inline script, no eval.
// - connect-src: the add-in's own origin and the police.uk API, nothing else.
// - style-src 'unsafe-inline': Fluent UI (Griffel) writes its atomic CSS into <style> elements it
//   creates at run time, and the pages' small <style> blocks; styles cannot run code.
// - img-src data: blob:: chart previews are drawn from blob: and data: URLs.
// The development policy adds only what webpack-dev-server needs, the hot-reload web socket: its
// source maps are separate files (webpack.config.js devtool), so it needs no eval either. It is
// never used by `npm run build`.
//
// No 'unsafe-eval' anywhere: Vega compiles its expressions with `new Function` unless it is given
// an interpreter, so src/charts/svg.ts parses with `{ ast: true }` and runs the View with
// `vega-interpreter`. Should that package ever be missing, the chart pages would need eval, and
// the policy says so rather than break the charts (test/security/baseline.test.ts insists it is
// installed).
'use strict';

const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const POLICE_API_ORIGIN = 'https://data.police.uk';

/** True once Vega can run without eval (see above). */
function vegaInterpreterInstalled() {
  try {
    require.resolve('vega-interpreter');
    return true;
  } catch {
    return false;
  }
}

function directives({ development = false, charts = false } = {}) {
  const evalNeeded = charts && !vegaInterpreterInstalled();
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_JS_ORIGIN, ...(evalNeeded ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': [
      "'self'",
      POLICE_API_ORIGIN,
      // Development only: the hot-reload socket, and office-addin-test-server for npm run test:word.
      ...(development ? ['wss://localhost:*', 'ws://localhost:*', 'https://localhost:4201'] : []),
    ],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

function contentSecurityPolicy(options) {
  return Object.entries(directives(options))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Pages whose scripts load the chart engine. */
const CHART_PAGES = ['taskpane', 'workspace'];

module.exports = {
  contentSecurityPolicy,
  directives,
  vegaInterpreterInstalled,
  CHART_PAGES,
  OFFICE_JS_ORIGIN,
  POLICE_API_ORIGIN,
};
