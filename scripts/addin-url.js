// Where the built add-in will be served from. The source manifest points at the dev server
// (https://localhost:3000/); a production build rewrites that prefix to the URL given at build
// time: `ADDIN_URL=https://reports.example.gov.uk/council-report/ npm run build` or
// `npm run build -- --env url=https://...` (the --env option wins when both are set).
'use strict';

const DEV_URL = 'https://localhost:3000/';

/**
 * Normalises and checks the production URL. Returns { url, note }: url is the base URL with a
 * trailing slash (DEV_URL when none was given, with a note saying so). Throws for anything that
 * is not an absolute https:// URL without query or fragment.
 */
function resolveAddinUrl({ envUrl, processUrl } = {}) {
  const raw = [envUrl, processUrl].find((v) => typeof v === 'string' && v.trim() !== '');
  if (raw === undefined) {
    return {
      url: DEV_URL,
      note:
        `Note: no add-in URL given, so dist/manifest.xml keeps ${DEV_URL} (fine for sideloading). ` +
        'For a deployable manifest: ADDIN_URL=https://your.host/path/ npm run build',
    };
  }
  const source = raw === envUrl ? '--env url' : 'ADDIN_URL';
  let parsed;
  try {
    parsed = new URL(raw.trim());
  } catch {
    throw new Error(
      `${source} "${raw}" is not a URL: give the full address, e.g. https://reports.example.gov.uk/council-report/`,
    );
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`${source} "${raw}" must start with https:// (Office loads add-ins only over HTTPS)`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`${source} "${raw}" must be a plain address: no query, fragment or credentials`);
  }
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return { url: parsed.href, note: null };
}

/** Rewrites every dev-server URL in the manifest to `url`. */
function rewriteManifest(xml, url) {
  if (url === DEV_URL) return xml;
  const out = xml.split(DEV_URL).join(url);
  if (out.includes('localhost:3000')) {
    throw new Error(
      'manifest.xml still mentions localhost:3000 after the rewrite: write every URL as https://localhost:3000/...',
    );
  }
  return out;
}

module.exports = { DEV_URL, resolveAddinUrl, rewriteManifest };
