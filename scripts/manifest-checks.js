// The checks behind `npm run validate` (scripts/validate-manifest.mjs is the command line).
// CommonJS so that Jest (CommonJS here) and webpack.config.js can require it directly.
//
// 1. XSD: Microsoft's OfficeApp 1.1 schema set (schemas/office-addin-manifest/), run by xmllint-wasm.
// 2. What the XSD cannot check:
//    - every `resid` names a resource that exists, in the right table (Label/Title -> ShortStrings,
//      Description -> LongStrings, SourceLocation/FunctionFile/LearnMoreUrl -> Urls, Image -> Images),
//      resource ids are unique, and unused resources are reported as warnings;
//    - <Host Name> is a known Office host and the VersionOverrides host matches it;
//    - every URL is HTTPS and under the add-in's base URL (the build rewrites only that prefix);
//    - every icon under <base>/assets/ exists in the assets folder as a PNG of the pixel size the
//      manifest states for it (IconUrl 32, HighResolutionIconUrl 64, <bt:Image size="N">);
//    - every ExecuteFunction <FunctionName> is registered in src/commands/commands.ts with
//      Office.actions.associate("name", ...);
//    - the shared runtime (<Runtimes>, see checkSharedRuntime): the 2019 schema set predates it, so
//      the XSD step validates the manifest without that one element and checkSharedRuntime checks
//      it against Microsoft's reference pages "Runtimes element" and "Runtime element".
// Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage error.
'use strict';
const { readFileSync, existsSync } = require('node:fs');
const { dirname, join, resolve, relative, basename } = require('node:path');
const xmllint = require('xmllint-wasm');

const ROOT = resolve(__dirname, '..');
const DEFAULT_SCHEMA_DIR = join(ROOT, 'schemas', 'office-addin-manifest');
const DEFAULT_BASE_URL = 'https://localhost:3000/';
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const PRELOADED_SCHEMAS = [
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
];

/** Host names the XML manifest accepts in <Hosts><Host Name="...">, with their VersionOverrides type. */
const KNOWN_HOSTS = {
  Document: 'Word',
  Workbook: 'Excel',
  Presentation: 'PowerPoint',
  Notebook: 'OneNote',
  Project: 'Project',
  Database: 'Access',
  Mailbox: 'Outlook',
};

const NAMESPACE_PREFIXES = [
  ['{http://schemas.microsoft.com/office/appforoffice/1.1}', ''],
  ['{http://schemas.microsoft.com/office/taskpaneappversionoverrides}', 'ov:'],
  ['{http://schemas.microsoft.com/office/officeappbasictypes/1.0}', 'bt:'],
];

/**
 * @typedef {{ severity: 'error' | 'warning', line: number | null, message: string }} Problem
 * @typedef {{ name: string, local: string, attrs: Record<string, string>, children: XmlElement[],
 *             text: string, line: number, parent: XmlElement | null }} XmlElement
 */

const error = (line, message) => ({ severity: 'error', line, message });
const warning = (line, message) => ({ severity: 'warning', line, message });

// --- a small XML reader (elements, attributes, text, line numbers) ---------------------------------

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (_, e) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower];
  });
}

/**
 * Parses the manifest into a tree with line numbers. Enough XML for a manifest (no DTDs, no
 * entities beyond the predefined ones); the XSD step reports anything malformed in detail.
 * Throws an Error with a line number when the tags do not nest.
 * @returns {XmlElement} the document root (its single child is the root element)
 */
function parseXml(text) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  /** @type {XmlElement} */
  const root = {
    name: '#document',
    local: '#document',
    attrs: {},
    children: [],
    text: '',
    line: 1,
    parent: null,
  };
  let current = root;
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let last = 0;
  let m;
  while ((m = tag.exec(text))) {
    const between = text.slice(last, m.index);
    if (between.includes('<')) throw new Error(`line ${lineAt(last + between.indexOf('<'))}: malformed tag`);
    current.text += decodeEntities(between);
    last = tag.lastIndex;
    if (m[1] !== undefined) {
      current.text += m[1];
    } else if (m[2] !== undefined) {
      if (m[2] !== current.name) {
        throw new Error(`line ${lineAt(m.index)}: </${m[2]}> closes <${current.name}>`);
      }
      current = current.parent;
    } else if (m[3] !== undefined) {
      const attrs = {};
      for (const a of m[4].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
      }
      const name = m[3];
      /** @type {XmlElement} */
      const el = {
        name,
        local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
        attrs,
        children: [],
        text: '',
        line: lineAt(m.index),
        parent: current,
      };
      current.children.push(el);
      if (m[5] !== '/') current = el;
    }
  }
  if (text.slice(last).includes('<')) throw new Error(`line ${lineAt(last)}: malformed tag`);
  if (current !== root) throw new Error(`line ${current.line}: <${current.name}> is never closed`);
  return root;
}

/** All elements under `el` (depth first, document order). */
function descendants(el) {
  const out = [];
  const walk = (e) => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

// --- 1. XSD ------------------------------------------------------------------------------------------

function tidySchemaMessage(message) {
  let m = message.replace(/^element [^:]+: Schemas validity error : /, '').replace(/^parser error : /, '');
  for (const [ns, prefix] of NAMESPACE_PREFIXES) m = m.split(ns).join(prefix);
  return m.trim();
}

/**
 * The manifest without its <Runtimes> element, line for line (the removed lines become empty), so
 * the XSD reports every other problem at its real line. Microsoft's reference ("Runtimes element")
 * places <Runtimes> first in a VersionOverrides <Host>, valid in the task pane VersionOverrides 1.0
 * schema; the copy in schemas/ is the last one Microsoft published (2019), before the element
 * existed. checkSharedRuntime checks what the removed element says.
 */
function withoutRuntimes(xmlText) {
  return xmlText.replace(/<(\w+:)?Runtimes[\s>][\s\S]*?<\/\1?Runtimes\s*>|<(\w+:)?Runtimes\s*\/>/g, (block) =>
    block.replace(/[^\n]/g, ''),
  );
}

/**
 * Validates manifest text against the OfficeApp 1.1 schema set.
 * @returns {Promise<Problem[]>} one error per xmllint message, with its line number
 */
async function validateSchema(xmlText, { schemaDir = DEFAULT_SCHEMA_DIR, fileName = 'manifest.xml' } = {}) {
  const load = (name) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), 'utf8') });
  const result = await xmllint.validateXML({
    xml: [{ fileName, contents: withoutRuntimes(xmlText) }],
    schema: [load(MAIN_SCHEMA)],
    preload: PRELOADED_SCHEMAS.map(load),
  });
  if (result.valid) return [];
  const problems = [];
  for (const e of result.errors) {
    if (/fails to validate$/.test(e.message)) continue;
    // Lines without a location after a located message are xmllint's excerpt of the source line.
    if (!e.loc && problems.length > 0) continue;
    const p = error(e.loc?.lineNumber ?? null, tidySchemaMessage(e.message));
    if (/^parser error/.test(e.message)) p.wellFormedness = true;
    problems.push(p);
  }
  return problems.length > 0
    ? problems
    : [error(null, result.rawOutput.trim() || 'the manifest does not match the schema')];
}

// --- 2a. resources -----------------------------------------------------------------------------------

const REFERENCE_TABLES = {
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Runtime: 'Urls',
  Image: 'Images',
};

/** Resources defined under <Resources>: id -> { table, value, line }. Also reports duplicate ids. */
function collectResources(doc) {
  /** @type {Map<string, {table: string, value: string, line: number, element: XmlElement}>} */
  const resources = new Map();
  const problems = [];
  const resourcesEl = descendants(doc).find((e) => e.local === 'Resources');
  if (!resourcesEl) return { resources, problems };
  for (const table of resourcesEl.children) {
    for (const def of table.children) {
      const id = def.attrs.id;
      if (id === undefined) continue;
      const previous = resources.get(id);
      if (previous) {
        problems.push(
          error(def.line, `resource id "${id}" is defined twice (first on line ${previous.line})`),
        );
        continue;
      }
      resources.set(id, {
        table: table.local,
        value: def.attrs.DefaultValue ?? '',
        line: def.line,
        element: def,
      });
    }
  }
  return { resources, problems };
}

/**
 * Every `resid` names a defined resource of the right kind; every resource is used (warning otherwise).
 * @returns {Problem[]}
 */
function checkResourceReferences(doc) {
  const { resources, problems } = collectResources(doc);
  const used = new Set();
  for (const el of descendants(doc)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const found = resources.get(resid);
    const expected = REFERENCE_TABLES[el.local];
    if (!found) {
      const where = expected ? ` in <bt:${expected}>` : '';
      problems.push(
        error(el.line, `<${el.name} resid="${resid}">: no resource with id "${resid}" is defined${where}`),
      );
    } else if (expected && found.table !== expected) {
      problems.push(
        error(
          el.line,
          `<${el.name} resid="${resid}">: "${resid}" is in <bt:${found.table}> (line ${found.line}), but a ${el.local} needs one from <bt:${expected}>`,
        ),
      );
    }
  }
  for (const [id, r] of resources) {
    if (!used.has(id)) problems.push(warning(r.line, `resource "${id}" is defined but never used`));
  }
  return problems;
}

// --- 2b. hosts ---------------------------------------------------------------------------------------

/** <Host Name> values are real Office hosts, and VersionOverrides targets the same ones. */
function checkHosts(doc) {
  const problems = [];
  const all = descendants(doc);
  const declared = all.filter((e) => e.local === 'Host' && e.attrs.Name !== undefined);
  for (const h of declared) {
    if (!(h.attrs.Name in KNOWN_HOSTS)) {
      problems.push(
        error(
          h.line,
          `<Host Name="${h.attrs.Name}"> is not an Office host; use one of ${Object.keys(KNOWN_HOSTS).join(', ')} (Word is "Document")`,
        ),
      );
    }
  }
  const names = new Set(declared.map((h) => h.attrs.Name));
  for (const h of all.filter((e) => e.local === 'Host' && e.attrs['xsi:type'] !== undefined)) {
    if (!names.has(h.attrs['xsi:type'])) {
      problems.push(
        error(
          h.line,
          `VersionOverrides <Host xsi:type="${h.attrs['xsi:type']}"> is not declared in <Hosts> (declared: ${[...names].join(', ') || 'none'})`,
        ),
      );
    }
  }
  return problems;
}

// --- 2c. URLs ----------------------------------------------------------------------------------------

/** Every URL value in the manifest, with the element it is on. */
function collectUrls(doc) {
  const urls = [];
  for (const el of descendants(doc)) {
    if (el.attrs.DefaultValue === undefined) continue;
    const setting = ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(el.local);
    const resource = ['Url', 'Image'].includes(el.local) && el.attrs.id !== undefined;
    if (!setting && !resource) continue;
    urls.push({ url: el.attrs.DefaultValue, element: el });
    for (const o of el.children.filter((c) => c.local === 'Override'))
      urls.push({ url: o.attrs.Value ?? '', element: o });
  }
  for (const d of descendants(doc).filter((e) => e.local === 'AppDomain')) {
    urls.push({ url: d.text.trim(), element: d, appDomain: true });
  }
  return urls;
}

/** Every URL is HTTPS and (except AppDomains) under `baseUrl`, so one rewrite moves the whole add-in. */
function checkUrls(doc, { baseUrl = DEFAULT_BASE_URL } = {}) {
  const problems = [];
  for (const { url, element, appDomain } of collectUrls(doc)) {
    let parsed = null;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(error(element.line, `<${element.name}>: "${url}" is not a URL`));
      continue;
    }
    if (parsed.protocol !== 'https:') {
      problems.push(
        error(
          element.line,
          `<${element.name}>: "${url}" must use https:// (Office loads add-in pages only over HTTPS)`,
        ),
      );
    } else if (!appDomain && !url.startsWith(baseUrl)) {
      problems.push(
        error(
          element.line,
          `<${element.name}>: "${url}" is not under ${baseUrl}; keep every add-in URL there so the build can move them all to the production host`,
        ),
      );
    }
  }
  return problems;
}

// --- 2d. icons ---------------------------------------------------------------------------------------

/** Reads the pixel size from a PNG's IHDR; null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Icons: every image the manifest names, with the size it states (IconUrl 32 px, HighResolutionIconUrl
 * 64 px, <bt:Image size="N" resid>), exists under `assetsDir` as a PNG of exactly that size.
 */
function checkIcons(doc, { baseUrl = DEFAULT_BASE_URL, assetsDir = join(ROOT, 'assets') } = {}) {
  const problems = [];
  const { resources } = collectResources(doc);
  /** @type {Map<string, {sizes: Map<number, number>, line: number}>} url -> stated sizes (size -> first line) */
  const icons = new Map();
  const state = (url, size, line) => {
    const entry = icons.get(url) ?? { sizes: new Map(), line };
    if (!entry.sizes.has(size)) entry.sizes.set(size, line);
    icons.set(url, entry);
  };
  for (const el of descendants(doc)) {
    if (el.local === 'IconUrl' && el.attrs.DefaultValue) state(el.attrs.DefaultValue, 32, el.line);
    if (el.local === 'HighResolutionIconUrl' && el.attrs.DefaultValue)
      state(el.attrs.DefaultValue, 64, el.line);
    if (el.local === 'Image' && el.attrs.resid !== undefined && el.attrs.size !== undefined) {
      const r = resources.get(el.attrs.resid);
      if (r && r.table === 'Images') state(r.value, Number(el.attrs.size), el.line);
    }
  }
  const assetsUrl = new URL('assets/', baseUrl).href;
  for (const [url, { sizes, line }] of icons) {
    if (sizes.size > 1) {
      problems.push(
        error(
          line,
          `icon ${url} is used at several sizes (${[...sizes.keys()].join(', ')} px); give each size its own file`,
        ),
      );
    }
    if (!url.startsWith(baseUrl)) continue; // reported by checkUrls; a remote icon cannot be checked offline
    if (!url.startsWith(assetsUrl)) {
      problems.push(error(line, `icon ${url} is not under ${assetsUrl}; keep icons in assets/`));
      continue;
    }
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(assetsUrl).pathname.length));
    const file = join(assetsDir, rel);
    if (!existsSync(file)) {
      problems.push(error(line, `icon ${url}: file ${relative(process.cwd(), file) || file} does not exist`));
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (!size) {
      problems.push(error(line, `icon ${url}: ${basename(file)} is not a PNG file`));
      continue;
    }
    for (const [stated, statedLine] of sizes) {
      if (size.width !== stated || size.height !== stated) {
        problems.push(
          error(
            statedLine,
            `icon ${url} should be ${stated}×${stated} px but ${basename(file)} is ${size.width}×${size.height} px`,
          ),
        );
      }
    }
  }
  return problems;
}

// --- 2e. function commands ---------------------------------------------------------------------------

/** Removes // and /* *\/ comments from TypeScript source, leaving strings alone. */
function stripComments(source) {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Names registered with Office.actions.associate("name", ...) in the given source. */
function registeredFunctionNames(source) {
  const names = new Set();
  for (const m of stripComments(source).matchAll(
    /Office\s*\.\s*actions\s*\.\s*associate\s*\(\s*(['"`])([^'"`]+)\1/g,
  )) {
    names.add(m[2]);
  }
  return names;
}

/** Every ExecuteFunction <FunctionName> is registered in the commands source. */
function checkFunctionNames(doc, { commandsSource, commandsFile = 'src/commands/commands.ts' }) {
  const problems = [];
  const registered = registeredFunctionNames(commandsSource ?? '');
  for (const el of descendants(doc).filter((e) => e.local === 'FunctionName')) {
    const name = el.text.trim();
    if (!registered.has(name)) {
      const known = registered.size ? ` (it registers: ${[...registered].join(', ')})` : '';
      problems.push(
        error(
          el.line,
          `ExecuteFunction "${name}" is not registered in ${commandsFile}: add Office.actions.associate("${name}", ...)${known}`,
        ),
      );
    }
  }
  return problems;
}

// --- 2f. shared runtime -------------------------------------------------------------------------------

/** True when <Requirements> (base or VersionOverrides) asks for SharedRuntime 1.1 or later. */
function declaresSharedRuntime(doc) {
  return descendants(doc).some(
    (e) =>
      e.local === 'Set' &&
      e.attrs.Name === 'SharedRuntime' &&
      Number.parseFloat(e.attrs.MinVersion ?? e.parent?.attrs.DefaultMinVersion ?? '1.1') >= 1.1,
  );
}

/**
 * The shared runtime as Microsoft documents it ("Configure your Office Add-in to use a shared
 * runtime", "Runtimes element", "Runtime element"): <Runtimes> first in a VersionOverrides <Host>,
 * one <Runtime> with lifetime="long" whose resid is a URL resource, the same resid on <FunctionFile>
 * and on every ShowTaskpane <SourceLocation> ("the shared runtime won't load if the resid of the
 * runtime isn't consistent"), and SharedRuntime 1.1 among the requirements.
 */
function checkSharedRuntime(doc) {
  const problems = [];
  const all = descendants(doc);
  const runtimesEls = all.filter((e) => e.local === 'Runtimes');
  if (runtimesEls.length === 0) return problems;
  for (const r of runtimesEls) {
    const host = r.parent;
    if (!host || host.local !== 'Host' || host.attrs['xsi:type'] === undefined) {
      problems.push(error(r.line, '<Runtimes> must be a child of a VersionOverrides <Host xsi:type="...">'));
      continue;
    }
    if (host.children[0] !== r) {
      problems.push(
        error(r.line, '<Runtimes> must be the first element in its <Host>, before the form factors'),
      );
    }
    const runtimes = r.children.filter((c) => c.local === 'Runtime');
    const others = r.children.filter((c) => c.local !== 'Runtime');
    for (const o of others) problems.push(error(o.line, `<${o.name}> is not allowed in <Runtimes>`));
    if (runtimes.length !== 1) {
      problems.push(error(r.line, `<Runtimes> must hold exactly one <Runtime> (it has ${runtimes.length})`));
      continue;
    }
    const runtime = runtimes[0];
    const resid = runtime.attrs.resid;
    if (!resid) {
      problems.push(error(runtime.line, '<Runtime> needs a resid naming the task pane page in <bt:Urls>'));
      continue;
    }
    if (resid.length > 32)
      problems.push(error(runtime.line, `<Runtime resid="${resid}">: a resid is at most 32 characters`));
    if (runtime.attrs.lifetime !== 'long') {
      problems.push(
        error(
          runtime.line,
          `<Runtime resid="${resid}"> needs lifetime="long": the default, short, is not a shared runtime and showAsTaskpane() does nothing`,
        ),
      );
    }
    for (const f of all.filter((e) => e.local === 'FunctionFile')) {
      if (f.attrs.resid !== resid) {
        problems.push(
          error(
            f.line,
            `<FunctionFile resid="${f.attrs.resid}"> must be the shared runtime's page, resid="${resid}"`,
          ),
        );
      }
    }
    for (const a of all.filter((e) => e.local === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane')) {
      const source = a.children.find((c) => c.local === 'SourceLocation');
      if (source && source.attrs.resid !== resid) {
        problems.push(
          error(
            source.line,
            `ShowTaskpane <SourceLocation resid="${source.attrs.resid}"> must be the shared runtime's page, resid="${resid}"`,
          ),
        );
      }
    }
  }
  if (!declaresSharedRuntime(doc)) {
    problems.push(
      error(
        runtimesEls[0].line,
        '<Runtimes> needs the SharedRuntime 1.1 requirement: add <Set Name="SharedRuntime" MinVersion="1.1"/> to <Requirements>',
      ),
    );
  }
  return problems;
}

// --- all together ------------------------------------------------------------------------------------

/**
 * Validates manifest text: XSD plus the checks above.
 * @returns {Promise<Problem[]>} sorted by line; empty when valid
 */
async function validateManifestText(
  xmlText,
  {
    fileName = 'manifest.xml',
    schemaDir = DEFAULT_SCHEMA_DIR,
    baseUrl = DEFAULT_BASE_URL,
    assetsDir = join(ROOT, 'assets'),
    commandsFile = join(ROOT, 'src', 'commands', 'commands.ts'),
  } = {},
) {
  const problems = await validateSchema(xmlText, { schemaDir, fileName });
  // Not well-formed XML: xmllint's parser messages say where; checks on a broken tree would only add noise.
  if (problems.some((p) => p.wellFormedness)) return problems;
  let doc;
  try {
    doc = parseXml(xmlText);
  } catch (e) {
    if (problems.length === 0) problems.push(error(null, `cannot read the XML: ${e.message}`));
    return problems;
  }
  problems.push(
    ...checkResourceReferences(doc),
    ...checkHosts(doc),
    ...checkUrls(doc, { baseUrl }),
    ...checkIcons(doc, { baseUrl, assetsDir }),
    ...checkSharedRuntime(doc),
  );
  let commandsSource = null;
  try {
    commandsSource = readFileSync(commandsFile, 'utf8');
  } catch {
    problems.push(error(null, `cannot read ${commandsFile} to check the ExecuteFunction names`));
  }
  if (commandsSource !== null) {
    problems.push(
      ...checkFunctionNames(doc, {
        commandsSource,
        commandsFile: relative(ROOT, commandsFile) || commandsFile,
      }),
    );
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Validates a manifest file; options default to this repository's assets and commands. */
async function validateManifestFile(path, options = {}) {
  const text = readFileSync(path, 'utf8');
  return validateManifestText(text, {
    fileName: basename(path),
    assetsDir: join(dirname(resolve(path)), 'assets'),
    ...options,
  });
}

function formatProblem(fileName, p) {
  const where = p.line !== null ? `${fileName}:${p.line}` : fileName;
  return `${where}: ${p.severity}: ${p.message}`;
}

const USAGE = `usage: node scripts/validate-manifest.mjs <manifest.xml> [--base-url URL] [--assets DIR] [--commands FILE]
  --base-url  the add-in's URL prefix (default ${DEFAULT_BASE_URL})
  --assets    folder holding the icons named under <base-url>assets/ (default: assets/ next to the manifest)
  --commands  the TypeScript file that registers ExecuteFunction names (default: src/commands/commands.ts)`;

/** The command line; returns the exit code. */
async function main(argv, out = console) {
  const args = [...argv];
  const options = {};
  const files = [];
  const flags = { '--base-url': 'baseUrl', '--assets': 'assetsDir', '--commands': 'commandsFile' };
  while (args.length) {
    const a = args.shift();
    if (a === '-h' || a === '--help') {
      out.log(USAGE);
      return 0;
    }
    if (a in flags) {
      const v = args.shift();
      if (v === undefined) {
        out.error(`${a} needs a value\n${USAGE}`);
        return 2;
      }
      options[flags[a]] = flags[a] === 'baseUrl' ? v : resolve(v);
    } else if (a.startsWith('-')) {
      out.error(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else {
      files.push(a);
    }
  }
  if (files.length !== 1) {
    out.error(USAGE);
    return 2;
  }
  const file = files[0];
  if (!existsSync(file)) {
    out.error(`cannot read ${file}: no such file\n${USAGE}`);
    return 2;
  }
  const problems = await validateManifestFile(file, options);
  for (const p of problems) (p.severity === 'error' ? out.error : out.log)(formatProblem(file, p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    out.error(
      `${file} is not valid: ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`,
    );
    return 1;
  }
  out.log(
    `${file} is valid (XSD, resources, hosts, URLs, icons, function commands, shared runtime)${warnings ? ` with ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`,
  );
  return 0;
}

module.exports = {
  DEFAULT_SCHEMA_DIR,
  DEFAULT_BASE_URL,
  MAIN_SCHEMA,
  PRELOADED_SCHEMAS,
  KNOWN_HOSTS,
  parseXml,
  descendants,
  validateSchema,
  collectResources,
  checkResourceReferences,
  checkHosts,
  collectUrls,
  checkUrls,
  pngSize,
  checkIcons,
  stripComments,
  registeredFunctionNames,
  checkFunctionNames,
  withoutRuntimes,
  checkSharedRuntime,
  validateManifestText,
  validateManifestFile,
  formatProblem,
  main,
};
