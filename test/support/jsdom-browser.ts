/**
 * What browsers and Word's webviews have and jsdom lacks, for jsdom tests; import it first.
 * - TextDecoder/TextEncoder: the .docx reader (and so the fake Word built from a real file).
 * - ResizeObserver: Fluent's MessageBar watches its size to reflow. jsdom has no layout, so
 *   nothing ever resizes: an observer that never calls back is faithful.
 */
import { TextDecoder, TextEncoder } from 'node:util';

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const scope = globalThis as Record<string, unknown>;
scope['TextDecoder'] ??= TextDecoder;
scope['TextEncoder'] ??= TextEncoder;
scope['ResizeObserver'] ??= NoLayoutResizeObserver;
