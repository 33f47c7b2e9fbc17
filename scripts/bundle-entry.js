// Builds one TypeScript entry for the browser the way the task pane's build does (webpack,
// production, ES2022, lazy chunks as separate files), for the chart benchmark (chunk sizes) and the
// browser chart test (the same renderer in Chromium). Not the add-in's build: webpack.config.js is.
'use strict';
const webpack = require('webpack');

/** Bundles `entry` (relative to `root`) into `out` as `<name>.js`, its chunks beside it. */
function bundleEntry({ root, name, entry, out, publicPath = 'auto' }) {
  const config = {
    mode: 'production',
    context: root,
    target: ['web', 'es2022'],
    entry: { [name]: entry },
    output: { path: out, filename: '[name].js', chunkFilename: '[name].js', publicPath },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { target: 'ES2022', module: 'ESNext' } },
          },
        },
      ],
    },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) =>
      error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString('errors-only'))) : resolve(),
    ),
  );
}

module.exports = { bundleEntry };
