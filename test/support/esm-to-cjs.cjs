/**
 * Jest transform for the ESM-only chart engine (vega, vega-lite, d3 and their few dependencies):
 * TypeScript's transpiler rewrites import/export to CommonJS so the default (CJS) Jest runtime can
 * load them. Only the packages listed in jest.config.js pass through here; the rest of node_modules
 * is untouched, and the cache keeps the cost to the first run.
 */
const ts = require('typescript');

module.exports = {
  process(source, filename) {
    const output = ts.transpileModule(source, {
      fileName: filename.replace(/\.mjs$/, '.js'),
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        esModuleInterop: true,
        sourceMap: false,
      },
    });
    return { code: output.outputText };
  },
};
