'use strict';
/**
 * Runs the CLI bundle with V8's code cache, as Node 22's module.enableCompileCache() does for
 * modules (this project supports Node 20, which lacks it). A one-file check is mostly start-up,
 * and compiling the bundle's code is a large part of that; the cache holds the compiled code of
 * what a command ran last time, so the next run does not compile it again.
 *
 * Robust by construction: the cache sits next to the bundle (the same trust as the code), is
 * named by a hash of the bundle's content and the Node version (a rebuilt bundle never meets an
 * old cache: V8's own check compares only the source's length), and V8 refuses a cache made by
 * another version or with other flags, after which the code is simply compiled as without one.
 * One cache per command, since each command runs different code. Any problem with the cache
 * (unwritable folder, damaged file) only means compiling as usual.
 */
const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const path = require('path');
const vm = require('vm');

/** A command's name (a cache each); anything else (an option, a file) shares one cache. */
const COMMAND = /^[a-z][a-z-]{0,19}$/;

/** The bundle's exports, run through the code cache for `command` (argv's first word). */
function loadBundle(bundle, command) {
  const source = fs.readFileSync(bundle, 'utf8');
  const hash = crypto.createHash('sha256').update(source).update(process.version).digest('hex').slice(0, 16);
  const name = command && COMMAND.test(command) ? command : 'other';
  const cacheFile = path.join(path.dirname(bundle), '.code-cache', `${hash}-${name}.bin`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written when the command is done, so the cache holds the code it compiled along the way.
    process.once('exit', () => writeCache(script, cacheFile));
  }
  // The bundle's `import()` of a package (webpack.cli.js): a native import from this file, which
  // resolves packages from the project's node_modules as the bundle would.
  globalThis.__councilReportImport ??= (specifier) => import(specifier);
  const module = { exports: {}, id: bundle, filename: bundle, loaded: false };
  const run = script.runInThisContext();
  run.call(
    module.exports,
    module.exports,
    Module.createRequire(bundle),
    module,
    bundle,
    path.dirname(bundle),
  );
  module.loaded = true;
  return module.exports;
}

function writeCache(script, cacheFile) {
  try {
    const folder = path.dirname(cacheFile);
    fs.mkdirSync(folder, { recursive: true });
    // Caches of earlier builds are never used again.
    const current = path.basename(cacheFile).slice(0, 16);
    for (const old of fs.readdirSync(folder)) {
      if (!old.startsWith(current)) fs.rmSync(path.join(folder, old), { force: true });
    }
    // Written under another name and renamed, so a run at the same time never reads half a file.
    const partial = `${cacheFile}.${process.pid}`;
    fs.writeFileSync(partial, script.createCachedData());
    fs.renameSync(partial, cacheFile);
  } catch {
    // No cache this time: the next run compiles as usual.
  }
}

module.exports = { loadBundle };
