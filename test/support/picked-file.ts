/**
 * A file as the browser's file picker gives it to the pane, made from a fixture: `stream()` is all
 * the readers use, and jsdom's Blob has none.
 */
import { readFileSync } from 'node:fs';

export function pickedFile(path: string, name: string): File {
  const bytes = new Uint8Array(readFileSync(path));
  const file = new File([bytes], name);
  Object.defineProperty(file, 'stream', {
    value: () => {
      let sent = false;
      return {
        getReader: () => ({
          read: () => Promise.resolve(sent ? { done: true } : ((sent = true), { done: false, value: bytes })),
          releaseLock: () => undefined,
        }),
      };
    },
  });
  return file;
}
