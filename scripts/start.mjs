#!/usr/bin/env node
// npm start.
//
// Windows and macOS (Word desktop installed): the Office convention, unchanged —
// `office-addin-debugging start manifest.xml` starts the HTTPS dev server and sideloads the add-in
// into Word; `npm stop` ends it.
//
// Anywhere else (Linux, build servers; `office-addin-debugging` only prints "Platform not
// supported" there): start the HTTPS dev server with the office-addin-dev-certs certificates
// (made without root: nothing is added to the system's trust store), print the workspace URL —
// the task pane on a .docx in the browser — and how to sideload into Word on the web. Ctrl+C ends it.
// Exits non-zero, saying why, when the port is taken or the certificates cannot be read.
//
//   node scripts/start.mjs [--port 3000] [--cert-dir ~/.office-addin-dev-certs] [--workspace-only]
//
// --workspace-only (or COUNCIL_REPORT_START=workspace) uses the dev server even on Windows/macOS.
import { spawn } from 'node:child_process';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = Number(process.env.npm_package_config_dev_server_port ?? 3000);

function parseArgs(argv) {
  const args = {
    port: DEFAULT_PORT,
    certDir: process.env.COUNCIL_REPORT_CERT_DIR ?? join(homedir(), '.office-addin-dev-certs'),
    workspaceOnly: process.env.COUNCIL_REPORT_START === 'workspace',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') args.port = Number(argv[++i]);
    else if (arg === '--cert-dir') args.certDir = argv[++i];
    else if (arg === '--workspace-only') args.workspaceOnly = true;
    else throw new StartError(`Unknown option ${arg}. Use --port N, --cert-dir DIR or --workspace-only.`);
  }
  if (!Number.isInteger(args.port) || args.port < 1 || args.port > 65535)
    throw new StartError('--port needs a number from 1 to 65535.');
  return args;
}

class StartError extends Error {}

/** Resolves when nothing listens on the port (checked on all interfaces, as the dev server listens). */
function checkPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartError(
            `Port ${port} is already in use, so the dev server cannot start. Another "npm start" or ` +
              `"npm run dev-server" may be running: stop it (Ctrl+C in its terminal), or find what holds ` +
              `the port with "ss -ltnp 'sport = :${port}'". The add-in's manifest expects port ${DEFAULT_PORT}.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new StartError(`Not allowed to listen on port ${port}; choose a port above 1023.`));
      } else reject(error);
    });
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/**
 * The dev certificates: made in `dir` on first use by office-addin-dev-certs (a local CA and a
 * localhost certificate it signed; no root needed because nothing is installed), then read and
 * checked here so a broken file is reported plainly, not as a TLS error in the browser.
 */
async function devCertificates(dir) {
  const paths = {
    ca: join(dir, 'ca.crt'),
    cert: join(dir, 'localhost.crt'),
    key: join(dir, 'localhost.key'),
  };
  if (!existsSync(paths.ca) && !existsSync(paths.cert) && !existsSync(paths.key)) {
    const { generateCertificates } = require('office-addin-dev-certs/lib/generate');
    try {
      await generateCertificates(paths.ca, paths.cert, paths.key);
    } catch (error) {
      throw new StartError(`Could not create the development certificates in ${dir}: ${error.message}`);
    }
    console.log(`Created development certificates in ${dir} (valid 30 days).`);
  }
  const read = (what, path) => {
    try {
      return readFileSync(path);
    } catch (error) {
      throw new StartError(
        `Cannot read the development certificate's ${what} (${path}): ${error.code ?? error.message}. ` +
          `Delete the folder ${dir} and run npm start again to make new ones.`,
      );
    }
  };
  const files = {
    ca: read('CA', paths.ca),
    cert: read('certificate', paths.cert),
    key: read('key', paths.key),
  };
  let certificate;
  try {
    certificate = new X509Certificate(files.cert);
    new X509Certificate(files.ca);
    createPrivateKey(files.key);
  } catch (error) {
    throw new StartError(
      `The development certificates in ${dir} are unreadable (${error.message}). ` +
        `Delete the folder and run npm start again to make new ones.`,
    );
  }
  if (Date.parse(certificate.validTo) < Date.now()) {
    throw new StartError(
      `The development certificate in ${dir} expired on ${certificate.validTo}. ` +
        `Delete the folder and run npm start again to make a new one.`,
    );
  }
  return { ...files, paths };
}

function runOfficeDebugging() {
  const bin = join(
    ROOT,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging',
  );
  const child = spawn(bin, ['start', 'manifest.xml'], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(`Could not run office-addin-debugging: ${error.message}. Run npm install first.`);
    process.exit(1);
  });
}

async function runDevServer({ port, certDir }) {
  await checkPortFree(port);
  const certificates = await devCertificates(certDir);
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const configure = require(join(ROOT, 'webpack.config.js'));
  const config = await configure({}, { mode: 'development' });
  config.devServer = configure.devServerOptions(
    { key: certificates.key, cert: certificates.cert, ca: certificates.ca },
    port,
  );
  config.infrastructureLogging = { level: 'warn' };
  config.stats = 'errors-warnings';
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);
  const base = `https://localhost:${port}/`;
  let announced = false;
  compiler.hooks.done.tap('council-report-start', (stats) => {
    if (announced || stats.hasErrors()) return;
    announced = true;
    console.log(
      [
        '',
        'Council Report is running (Word does not run on this system).',
        '',
        `  Workspace (the task pane on a .docx, in your browser):  ${base}workspace.html`,
        `  Task pane page for Word on the web:                      ${base}taskpane.html`,
        '',
        'Sideload into Word on the web: open a document, then Home → Add-ins → More add-ins →',
        `My add-ins → Upload my add-in, and choose ${join(ROOT, 'manifest.xml')}.`,
        '',
        `The certificate is in ${certDir}. Browsers do not trust it until you trust its CA`,
        `(${certificates.paths.ca}), for example:`,
        `  Chrome/Edge: Settings → Privacy and security → Security → Manage certificates → Authorities → Import`,
        `  Firefox:     Settings → Privacy & Security → Certificates → View Certificates → Authorities → Import`,
        `  Debian/Ubuntu system-wide (needs root): sudo cp ${certificates.paths.ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
        'or open the workspace URL once and accept the warning (the workspace works; Word on the web needs trust).',
        '',
        'Ctrl+C stops the server.',
      ].join('\n'),
    );
  });
  try {
    await server.start();
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      throw new StartError(
        `Port ${port} was taken while the dev server started. Stop what uses it and try again.`,
      );
    }
    throw error;
  }
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const wordDesktop = process.platform === 'win32' || process.platform === 'darwin';
  if (wordDesktop && !args.workspaceOnly) {
    runOfficeDebugging();
    return;
  }
  await runDevServer(args);
}

main().catch((error) => {
  console.error(
    `npm start: ${error instanceof StartError ? error.message : (error?.stack ?? String(error))}`,
  );
  process.exit(1);
});
