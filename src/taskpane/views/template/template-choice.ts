/**
 * The template chosen for each document, remembered for this session (sessionStorage, keyed by
 * the document's URL). It belongs in the document's custom XML part, with the rest of the report's
 * state, once the add-in writes that part; Office settings are keyed by add-in id, so not there.
 */
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../../../core/template/templates';

const KEY = 'council-report:template:';
const inMemory = new Map<string, string>();

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage blocked (private mode, some webviews): memory only
  }
}

function known(id: string | null | undefined): id is string {
  return !!id && Object.prototype.hasOwnProperty.call(BUILT_IN_TEMPLATES, id);
}

export function rememberedTemplate(documentKey: string | null): string {
  const key = KEY + (documentKey ?? '');
  let id: string | null | undefined = inMemory.get(key);
  if (!known(id)) {
    try {
      id = storage()?.getItem(key);
    } catch {
      id = null;
    }
  }
  return known(id) ? id : DEFAULT_TEMPLATE_ID;
}

export function rememberTemplate(documentKey: string | null, templateId: string): void {
  const key = KEY + (documentKey ?? '');
  inMemory.set(key, templateId);
  try {
    storage()?.setItem(key, templateId);
  } catch {
    // Full or blocked: the in-memory copy still lasts while the pane is open.
  }
}
