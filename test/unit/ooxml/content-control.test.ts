import { blockContentControl, controlIdFor, liveRegionId, liveTag } from '../../../src/ooxml/content-control';

const P = '<w:p><w:r><w:t>x</w:t></w:r></w:p>';

describe('blockContentControl', () => {
  it('pins the control: alias, tag, id and content in schema order', () => {
    expect(blockContentControl({ tag: 'cr:live:r1', title: 'Crime by category', controlId: 42 }, P)).toBe(
      '<w:sdt><w:sdtPr><w:alias w:val="Crime by category"/><w:tag w:val="cr:live:r1"/><w:id w:val="42"/>' +
        `</w:sdtPr><w:sdtContent>${P}</w:sdtContent></w:sdt>`,
    );
  });

  it('writes the lock Word uses for each choice', () => {
    const lock = (lock: 'sdtLocked' | 'contentLocked' | 'both') =>
      /<w:lock w:val="([^"]+)"\/>/.exec(blockContentControl({ tag: 't', title: 't', lock }, P))?.[1];
    expect([lock('sdtLocked'), lock('contentLocked'), lock('both')]).toEqual([
      'sdtLocked',
      'contentLocked',
      'sdtContentLocked',
    ]);
  });

  it('derives a stable positive id from the tag', () => {
    expect(controlIdFor('cr:live:a')).toBe(controlIdFor('cr:live:a'));
    expect(controlIdFor('cr:live:a')).not.toBe(controlIdFor('cr:live:b'));
    expect(controlIdFor('cr:live:a')).toBeGreaterThan(0);
    expect(controlIdFor('cr:live:a')).toBeLessThan(2 ** 31);
    expect(blockContentControl({ tag: 'cr:live:a', title: 'A' }, P)).toContain(
      `<w:id w:val="${controlIdFor('cr:live:a')}"/>`,
    );
  });

  it('escapes the title and tag', () => {
    expect(blockContentControl({ tag: 'cr:live:"&<', title: "O'Brien & <co>" }, P)).toContain(
      '<w:alias w:val="O&apos;Brien &amp; &lt;co&gt;"/><w:tag w:val="cr:live:&quot;&amp;&lt;"/>',
    );
  });

  it('refuses content that would make the control share a paragraph', () => {
    expect(() => blockContentControl({ tag: 't', title: 't' }, '<w:r><w:t>x</w:t></w:r>')).toThrow(/<w:r>/);
    expect(() => blockContentControl({ tag: 't', title: 't' }, 'text')).toThrow(/bare text/);
    expect(() => blockContentControl({ tag: 't', title: 't' }, '')).toThrow(/at least one/);
    expect(() => blockContentControl({ tag: 't', title: 't' }, '<w:p>')).toThrow(/not well-formed/);
  });

  it('maps region ids to tags and back', () => {
    expect(liveTag('abc')).toBe('cr:live:abc');
    expect(liveRegionId('cr:live:abc')).toBe('abc');
    expect(liveRegionId('other')).toBeNull();
    expect(liveRegionId(null)).toBeNull();
  });
});
