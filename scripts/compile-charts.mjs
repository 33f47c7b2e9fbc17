/**
 * Compiles each chart's Vega-Lite template (src/core/charts, CHART_TEMPLATES) to a Vega spec in
 * src/charts/compiled/<kind>.vg.json, so the task pane's lazy chart chunk carries the vega runtime
 * but not the Vega-Lite compiler. Run after changing a template:
 *
 *   npm run build:cli && node scripts/compile-charts.mjs
 *
 * test/unit/charts/compiled.test.ts fails when a compiled file no longer matches its template.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { compile } from 'vega-lite';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { CHART_KINDS, SHEET_CHART_KINDS, CHART_TEMPLATES } = require(join(root, 'build/cli/core/charts'));

for (const kind of [...CHART_KINDS, ...SHEET_CHART_KINDS]) {
  const vega = compile(CHART_TEMPLATES[kind]()).spec;
  const file = join(root, 'src/charts/compiled', `${kind}.vg.json`);
  const options = { ...(await prettier.resolveConfig(file)), parser: 'json' };
  writeFileSync(file, await prettier.format(JSON.stringify(vega), options));
  console.log(`${file}: ${JSON.stringify(vega).length} bytes`);
}
