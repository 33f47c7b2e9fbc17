// Builds the Word add-in's web pages into dist/:
//   taskpane.html  (React + Fluent UI task pane, and the ribbon's function file: the manifest's
//                  shared runtime runs both in this page)  entry src/taskpane/index.tsx
//   check-result.html (Check report's dialog)      entry src/commands/check-result.ts
//   workspace.html (the task pane on a .docx in the browser, not Word) entry src/workspace/index.tsx
//   support.html, assets/, manifest.xml (copied; in production the manifest's
//   https://localhost:3000/ becomes ADDIN_URL or --env url=..., which must be https://)
//
//   npm run build                       production build, prints each page's first-view JS (gzip)
//   npm run dev-server                  https://localhost:3000 with the Office dev certificate
//   webpack --env outputPath=DIR        build somewhere else (tests)
'use strict';
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_URL, resolveAddinUrl, rewriteManifest } = require('./scripts/addin-url.js');
const { BundleBudgetPlugin } = require('./scripts/bundle-budget.js');
const { CHART_PAGES, contentSecurityPolicy } = require('./scripts/csp.js');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The task pane's first view: what Word downloads before the pane shows anything (KB gzip). */
const FIRST_VIEW_BUDGET_KB = 200;

async function devServerHttpsOptions() {
  // Creates (first time) and reads ~/.office-addin-dev-certs/; only when the dev server runs.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

/** The dev server's settings; `scripts/start.mjs` passes certificates it read itself, and a port. */
function devServerOptions(httpsOptions, port = 3000) {
  return {
    port,
    // Office (and Word on the web's iframe) fetch pages and the manifest cross-origin.
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Content-Security-Policy': contentSecurityPolicy({ development: true }),
    },
    server: { type: 'https', options: httpsOptions },
    static: false,
    hot: true,
    client: { overlay: { warnings: false } },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? (env.development ? 'development' : 'production');
  const production = mode === 'production';
  const addin = production
    ? resolveAddinUrl({ envUrl: env.url, processUrl: process.env.ADDIN_URL })
    : { url: DEV_URL, note: null };
  if (addin.note) console.log(addin.note);
  const outputPath = path.resolve(env.outputPath ?? path.join(__dirname, 'dist'));

  const page = (name, chunk, template) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [chunk],
      // Our bundle is deferred in <head>, after the template's blocking office.js script,
      // so Office.js is always there before our code runs.
      scriptLoading: 'defer',
      inject: 'head',
      minify: production,
      // scripts/csp.js: no inline script, no eval, connect only to us and police.uk.
      meta: {
        'Content-Security-Policy': {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy({ development: !production, charts: CHART_PAGES.includes(name) }),
        },
      },
    });

  const config = {
    mode,
    context: __dirname,
    target: ['web', 'es2022'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      'check-result': './src/commands/check-result.ts',
      // The browser workspace: the task pane over a .docx in the page, no Word (src/workspace/).
      workspace: './src/workspace/index.tsx',
    },
    output: {
      path: outputPath,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    // Never eval, in development either: the pages' CSP has no 'unsafe-eval' (scripts/csp.js), and
    // Office's webviews may run with a CSP of their own. Source maps are separate files.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`; the build only strips types (ES2022 out).
            options: {
              transpileOnly: true,
              compilerOptions: { target: 'ES2022', module: 'ESNext', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // Vendors in their own long-cached chunks; each page still loads only what it imports.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'vendor-react',
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc[\\/]helpers|use-sync-external-store|embla-carousel.*|rtl-css-js|stylis)[\\/]/,
            name: 'vendor-fluent',
            priority: 10,
            // Only what the first views use: a component only a lazy view uses (the Data view's
            // radio group, say) stays in that view's chunk instead of the first view's download.
            chunks: 'initial',
          },
        },
      },
    },
    // Our own gzip budget (below) replaces webpack's uncompressed size hints.
    performance: { hints: false },
    plugins: [
      page('taskpane', 'taskpane', './src/taskpane/taskpane.html'),
      page('check-result', 'check-result', './src/commands/check-result.html'),
      page('workspace', 'workspace', './src/workspace/workspace.html'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production ? rewriteManifest(content.toString('utf8'), addin.url) : content,
          },
        ],
      }),
      ...(production ? [new BundleBudgetPlugin({ budgets: { taskpane: FIRST_VIEW_BUDGET_KB } })] : []),
    ],
  };

  if (env.WEBPACK_SERVE) config.devServer = devServerOptions(await devServerHttpsOptions());
  return config;
};

module.exports.OFFICE_JS = OFFICE_JS;
module.exports.devServerOptions = devServerOptions;
module.exports.FIRST_VIEW_BUDGET_KB = FIRST_VIEW_BUDGET_KB;
