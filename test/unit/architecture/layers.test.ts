/**
 * The layer map (docs/architecture.md): which folder of src/ may import which. The map is read
 * from the source, import by import, so a new upward import fails here in the change that adds it.
 *
 * The renovation removed every tangle its review found (core and app reaching ooxml for state and
 * content, faces reaching ooxml for base64 and pictures); there is no list of exceptions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(__dirname, '../../../src');

/** Which layers each layer may import (itself always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  ooxml: ['core'],
  docx: ['core', 'ooxml'],
  word: ['core', 'ooxml'],
  charts: ['core'],
  // Workbooks (.xlsx, .ods) through SheetJS, behind the .docx reader's zip limits and XML parser.
  spreadsheet: ['core', 'ooxml', 'docx'],
  app: ['core'],
  cli: ['app', 'core', 'docx', 'charts', 'spreadsheet'],
  // The pane's page is also the ribbon's function file (shared runtime), and in `npm run test:word`
  // it loads the in-Word test steps.
  taskpane: ['app', 'core', 'charts', 'word', 'commands', 'word-test', 'spreadsheet'],
  commands: ['app', 'core', 'word'],
  // The use cases run step by step inside real Word (`npm run test:word`).
  'word-test': ['app', 'core', 'word', 'charts'],
  workspace: ['app', 'core', 'docx', 'taskpane', 'charts'],
};

/** Packages a layer may not use at all: core is pure (no host, no Node, no DOM framework). */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  core: /^(node:|fs$|path$|os$|child_process$|react|@fluentui|office|vega|@resvg|fflate)/,
  ooxml: /^(node:|fs$|path$|os$|child_process$|react|@fluentui|office)/,
  app: /^(node:|fs$|path$|os$|child_process$|react|@fluentui|office)/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports: static imports, re-exports, `import()` and `require`. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1] ?? '');
  return found;
}

/** The layer of a path under src/ (its first folder). */
function layerOf(pathUnderSrc: string): string {
  return pathUnderSrc.split(sep)[0] ?? '';
}

interface Edge {
  file: string;
  from: string;
  to: string;
  specifier: string;
}

function importEdges(): { layerEdges: Edge[]; packageEdges: Edge[] } {
  const layerEdges: Edge[] = [];
  const packageEdges: Edge[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = relative(SRC, path).split(sep).join('/');
    const from = layerOf(relative(SRC, path));
    for (const specifier of specifiers(readFileSync(path, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = relative(SRC, resolve(dirname(path), specifier));
        if (target.startsWith('..')) continue; // outside src (e.g. package.json): not a layer
        layerEdges.push({ file, from, to: layerOf(target), specifier });
      } else {
        packageEdges.push({ file, from, to: specifier, specifier });
      }
    }
  }
  return { layerEdges, packageEdges };
}

describe('the layer map (docs/architecture.md)', () => {
  const { layerEdges, packageEdges } = importEdges();

  it('finds the layers it expects, so a new top-level folder is placed on the map', () => {
    const layers = new Set(readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory()));
    expect([...layers].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('reads imports from the source (a sanity check on the reader itself)', () => {
    expect(layerEdges.length).toBeGreaterThan(300);
    expect(layerEdges.some((e) => e.from === 'taskpane' && e.to === 'core')).toBe(true);
    expect(specifiers(`const x = await import(/* webpackChunkName: "a" */ '../core/y');`)).toEqual([
      '../core/y',
    ]);
    expect(specifiers(`export type { A } from './a';\nimport './side';`)).toEqual(['./a', './side']);
  });

  it('has no import outside the map', () => {
    const outside = layerEdges
      .filter((e) => e.from !== e.to && !MAY_IMPORT[e.from]?.includes(e.to))
      .map((e) => `${e.file} -> ${e.to}`);
    expect([...new Set(outside)].sort()).toEqual([]);
  });

  it('keeps core, ooxml and app free of Node, the DOM framework and Office.js', () => {
    const forbidden = packageEdges
      .filter((e) => FORBIDDEN_PACKAGES[e.from]?.test(e.specifier))
      .map((e) => `${e.file} -> ${e.specifier}`);
    expect(forbidden).toEqual([]);
  });
});
