// Bundles the command line into one file, build/cli/council-report.js, which bin/council-report.js
// runs. `npm run build:cli` first compiles src to build/cli with tsc (the benches and tests use
// those modules too), then bundles the compiled CLI.
//
// Why: a one-file `council-report check` is mostly start-up, and resolving, reading and wrapping
// seventy small modules one by one cost more than reading one file. The commands still load
// lazily: each `require` in src/cli/main.ts runs its module only when the command needs it.
// Packages (vega, resvg, SheetJS, fflate) stay outside, loaded from node_modules when used.
'use strict';
const path = require('node:path');

/** A package name ("vega", "@resvg/resvg-js", "node:fs"), not a path of ours. */
const isPackage = (request) => !request.startsWith('.') && !path.isAbsolute(request);

module.exports = {
  mode: 'production',
  target: 'node20',
  context: __dirname,
  entry: './build/cli/cli/main.js',
  output: {
    path: path.join(__dirname, 'build', 'cli'),
    filename: 'council-report.js',
    library: { type: 'commonjs2' },
    // Always written, even when unchanged: bin/council-report.js runs the bundle only when it is
    // not older than the compiled modules tsc has just written.
    compareBeforeEmit: false,
  },
  externals: [
    // A package stays a `require`, except where the code imports it dynamically (`import()`: vega's
    // ES modules, one of which has a top-level await that `require` cannot load). The bundle runs
    // in a vm.Script (bin/code-cache.js), where V8 has no loader for a native `import()` once the
    // code cache is used, so those go through the loader bin/code-cache.js defines.
    ({ request, dependencyType }, callback) =>
      !isPackage(request)
        ? callback()
        : dependencyType === 'esm'
          ? callback(null, `promise globalThis.__councilReportImport(${JSON.stringify(request)})`)
          : callback(null, `commonjs ${request}`),
  ],
  // __dirname stays the bundle's own folder (the version is read from the package.json above it).
  node: { __dirname: false, __filename: false },
  optimization: {
    // Readable names in the stack trace an officer is asked to report.
    minimize: false,
    // The CLI's behaviour must not depend on how it was built.
    nodeEnv: false,
  },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};
