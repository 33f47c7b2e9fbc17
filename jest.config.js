const CHART_ENGINE_PACKAGES =
  'vega|vega-[a-z-]+|d3-[a-z-]+|internmap|delaunator|robust-predicates|json-stringify-pretty-compact';
const CHART_ENGINE_FILES = `/node_modules/(${CHART_ENGINE_PACKAGES})/.+\\.m?js$`;

const { cpus } = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: { module: 'CommonJS', moduleResolution: 'Node10', jsx: 'react-jsx', isolatedModules: true },
      },
    ],
    // The chart engine is ESM-only (see test/support/esm-to-cjs.cjs).
    [CHART_ENGINE_FILES]: '<rootDir>/test/support/esm-to-cjs.cjs',
  },
  transformIgnorePatterns: [`/node_modules/(?!(${CHART_ENGINE_PACKAGES})/)`],
  // vega-canvas's Node build awaits an optional `canvas` package at top level; charts measure text
  // without a canvas, so its browser build (which finds no canvas outside a DOM) stands in.
  moduleNameMapper: { '^vega-canvas$': '<rootDir>/node_modules/vega-canvas/build/vega-canvas.browser.js' },
  // Any console.error or console.warn (React's warnings among them) fails the test that caused it.
  setupFilesAfterEnv: ['<rootDir>/test/support/fail-on-console.ts'],
  // Two test files at a time even on a 2-core machine: many wait on LibreOffice, Chromium or a
  // child process, so the second core is free (about 9 minutes → 5 on the development machine).
  maxWorkers: Math.max(2, cpus().length - 1),
  // LibreOffice renders and CLI runs take seconds each on a 2-core machine.
  testTimeout: 60000,
  // One id per run, so the browser tests' production build is made once for all of them.
  globalSetup: '<rootDir>/test/support/global-setup.js',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
