// Types for scripts/addin-url.js.
export const DEV_URL: string;
export function resolveAddinUrl(options?: { envUrl?: string; processUrl?: string }): {
  url: string;
  note: string | null;
};
export function rewriteManifest(xml: string, url: string): string;
