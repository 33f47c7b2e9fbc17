import { existsSync, readFileSync } from 'node:fs';
import { ReportError } from '../core/errors';
import { reasonFor } from './file-problem';
import type { TemplateSpec } from '../core/template/spec';
import {
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE_ID,
  getTemplate,
  parseTemplateSpec,
} from '../core/template/templates';

/**
 * The template the user asked for: a built-in id ("maidstone-2018"), a path to their own template
 * .json file, or the default when they named none. Problems come back as a ReportError naming the
 * template and what to do.
 */
export function loadTemplate(reference: string | null): TemplateSpec {
  if (reference === null) return builtIn(DEFAULT_TEMPLATE_ID);
  const looksLikePath = /\.json$/i.test(reference) || reference.includes('/') || reference.includes('\\');
  if (looksLikePath || (!builtInIds().includes(reference) && existsSync(reference))) {
    return templateFromFile(reference);
  }
  return builtIn(reference);
}

export function builtInTemplates(): TemplateSpec[] {
  return Object.values(BUILT_IN_TEMPLATES);
}

function builtInIds(): string[] {
  return builtInTemplates().map((template) => template.id);
}

function builtIn(id: string): TemplateSpec {
  if (!builtInIds().includes(id)) {
    throw new ReportError(
      'template-unknown',
      `There is no built-in template "${id}". The built-in templates are: ${builtInIds().join(', ')}. ` +
        'To use your own, pass the path to its .json file, for example --template ./my-template.json.',
      id,
    );
  }
  return getTemplate(id);
}

function templateFromFile(path: string): TemplateSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ReportError(
      'template-unreadable',
      `Cannot read the template file "${path}": ${reasonFor(error)}.`,
      path,
    );
  }
  let json: unknown;
  try {
    // Notepad on Windows saves UTF-8 with a byte-order mark, which JSON.parse rejects.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportError(
      'template-invalid-json',
      `The template file "${path}" is not valid JSON (${detail}). Check it in a JSON editor and try again.`,
      path,
    );
  }
  try {
    return parseTemplateSpec(json, path);
  } catch (error) {
    if (error instanceof ReportError) {
      // The spec parser names the field; make sure the file is named too, whatever its wording.
      if (error.message.includes(path)) throw error;
      throw new ReportError(error.code, `Template file "${path}": ${error.message}`, path);
    }
    throw error;
  }
}
