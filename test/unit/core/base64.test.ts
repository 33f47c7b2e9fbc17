import { base64 } from '../../../src/core/base64';

describe('base64', () => {
  it('encodes as Node does, with padding for 1 and 2 trailing bytes', () => {
    const bytes = Uint8Array.from({ length: 259 }, (_, i) => (i * 97 + 13) % 256);
    for (let length = 0; length <= bytes.length; length += length < 6 ? 1 : 37) {
      const slice = bytes.slice(0, length);
      expect(base64(slice)).toBe(Buffer.from(slice).toString('base64'));
    }
    expect(base64(new Uint8Array([0xff, 0xfe]))).toBe('//4=');
  });
});
