/**
 * Does everything in the task pane fit its width? Word opens the pane 320–350 px wide and
 * officers rarely widen it, so nothing may stick out past its edges, nothing may need a sideways
 * scroll, and no text may be cut off with an ellipsis.
 */
import type { Page } from 'playwright-core';

export interface PaneFit {
  /** The pane's width as the browser laid it out (CSS px). */
  width: number;
  /** Elements whose box goes past the pane's left or right edge. */
  outside: string[];
  /** Elements whose content is wider than they are and is scrolled or clipped (sideways scroll, cut text). */
  clipped: string[];
}

export async function paneFit(page: Page, selector = '[data-testid="task-pane"]'): Promise<PaneFit> {
  return page.evaluate((paneSelector) => {
    const pane = document.querySelector(paneSelector);
    if (!pane) throw new Error(`No task pane (${paneSelector}) on the page.`);
    // The pane's inside: its border and any vertical scroll bar are not room for content.
    const outer = pane.getBoundingClientRect();
    const box = {
      left: outer.left + pane.clientLeft,
      right: outer.left + pane.clientLeft + pane.clientWidth,
      width: outer.width,
    };
    const describe = (e: Element) => {
      const value = e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement ? e.value : null;
      const text = (value ?? e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim();
      const r = e.getBoundingClientRect();
      return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} [${Math.round(r.left - box.left)}–${Math.round(r.right - box.left)}] “${text.slice(0, 50)}”`;
    };
    // Screen-reader-only text (1 px, clipped) and the file inputs Fluent buttons stand in for are
    // meant to be invisible; so is anything not rendered.
    const invisible = (e: Element) => {
      const style = getComputedStyle(e);
      const r = e.getBoundingClientRect();
      return (
        style.visibility === 'hidden' ||
        style.display === 'none' ||
        (r.width <= 1 && r.height <= 1) ||
        style.clip === 'rect(0px, 0px, 0px, 0px)' ||
        style.clipPath === 'inset(50%)'
      );
    };
    const elements = [...pane.querySelectorAll('*')].filter((e) => !invisible(e));
    const outside = elements
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5);
      })
      .map(describe);
    const clipped = [pane, ...elements]
      .filter((e) => {
        const style = getComputedStyle(e);
        if (style.overflowX === 'visible') return false;
        // Tabster's focus guards and Fluent's hidden native inputs are not content.
        if (e.hasAttribute('data-tabster-dummy')) return false;
        return e.scrollWidth > e.clientWidth + 1;
      })
      .map(describe);
    return { width: box.width, outside, clipped };
  }, selector);
}
