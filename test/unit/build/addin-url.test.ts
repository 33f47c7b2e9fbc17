import { DEV_URL, resolveAddinUrl, rewriteManifest } from '../../../scripts/addin-url';

describe('resolveAddinUrl', () => {
  it('keeps the dev server URL, with a note, when no URL is given', () => {
    const r = resolveAddinUrl({});
    expect(r.url).toBe('https://localhost:3000/');
    expect(r.note).toMatch(/no add-in URL given.*ADDIN_URL=https:/);
    expect(resolveAddinUrl({ envUrl: ' ', processUrl: '' }).url).toBe(DEV_URL);
  });

  it('accepts an https URL and ends it with a slash', () => {
    expect(resolveAddinUrl({ processUrl: 'https://reports.example.gov.uk/council-report/' })).toEqual({
      url: 'https://reports.example.gov.uk/council-report/',
      note: null,
    });
    expect(resolveAddinUrl({ processUrl: 'https://reports.example.gov.uk/council-report' }).url).toBe(
      'https://reports.example.gov.uk/council-report/',
    );
    expect(resolveAddinUrl({ processUrl: 'https://addin.example.gov.uk' }).url).toBe(
      'https://addin.example.gov.uk/',
    );
  });

  it('prefers --env url over ADDIN_URL', () => {
    expect(resolveAddinUrl({ envUrl: 'https://a.example/', processUrl: 'https://b.example/' }).url).toBe(
      'https://a.example/',
    );
  });

  it('refuses anything that is not a plain https URL, naming where it came from', () => {
    expect(() => resolveAddinUrl({ processUrl: 'http://reports.example.gov.uk/' })).toThrow(
      /ADDIN_URL "http:\/\/reports.example.gov.uk\/" must start with https:\/\//,
    );
    expect(() => resolveAddinUrl({ envUrl: 'reports.example.gov.uk' })).toThrow(/--env url .* is not a URL/);
    expect(() => resolveAddinUrl({ envUrl: 'https://x.example/?a=1' })).toThrow(/no query/);
    expect(() => resolveAddinUrl({ envUrl: 'https://user:pw@x.example/' })).toThrow(/credentials/);
  });
});

describe('rewriteManifest', () => {
  const xml =
    '<a DefaultValue="https://localhost:3000/taskpane.html"/><b DefaultValue="https://localhost:3000/assets/icon-16.png"/>';

  it('moves every dev-server URL to the given base', () => {
    expect(rewriteManifest(xml, 'https://r.example.gov.uk/cr/')).toBe(
      '<a DefaultValue="https://r.example.gov.uk/cr/taskpane.html"/><b DefaultValue="https://r.example.gov.uk/cr/assets/icon-16.png"/>',
    );
    expect(rewriteManifest(xml, DEV_URL)).toBe(xml);
  });

  it('refuses a manifest with a localhost URL it cannot move', () => {
    expect(() => rewriteManifest('<a DefaultValue="https://localhost:3000"/>', 'https://r.example/')).toThrow(
      /still mentions localhost:3000/,
    );
  });
});
