/**
 * Template lookup, one for every face: the built-in templates, a template the user names, the
 * template a report says it follows, and a council's own template from its JSON text. Reading the
 * file is the face's job (a path on the command line, a picked file in a browser).
 */
import { ReportError } from '../core/errors';
import type { TemplateSpec } from '../core/template/spec';
import {
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE_ID,
  getTemplate,
  parseTemplateSpec,
} from '../core/template/templates';

export { DEFAULT_TEMPLATE_ID };

export function builtInTemplates(): TemplateSpec[] {
  return Object.values(BUILT_IN_TEMPLATES);
}

export function isBuiltInTemplate(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_TEMPLATES, id);
}

/** A built-in template by id; an unknown id is refused, listing the ids there are (then `advice`). */
export function builtInTemplate(id: string, advice = ''): TemplateSpec {
  if (!isBuiltInTemplate(id)) {
    const ids = builtInTemplates().map((template) => template.id);
    throw new ReportError(
      'template-unknown',
      `There is no built-in template "${id}". The built-in templates are: ${ids.join(', ')}.${advice ? ` ${advice}` : ''}`,
      id,
    );
  }
  return getTemplate(id);
}

/**
 * The template a report follows: the one saved in its data when this version knows it, else the
 * default (a report made by a newer version still gets sections to insert into).
 */
export function templateOfReport(savedId: string | null): TemplateSpec {
  return savedId !== null && isBuiltInTemplate(savedId)
    ? getTemplate(savedId)
    : getTemplate(DEFAULT_TEMPLATE_ID);
}

/** A council's own template from its JSON text; every problem names `fileName`. */
export function templateFromJson(text: string, fileName: string): TemplateSpec {
  let json: unknown;
  try {
    // Notepad on Windows saves UTF-8 with a byte-order mark, which JSON.parse rejects.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportError(
      'template-invalid-json',
      `The template file "${fileName}" is not valid JSON (${detail}). Check it in a JSON editor and try again.`,
      fileName,
    );
  }
  try {
    return parseTemplateSpec(json, fileName);
  } catch (error) {
    if (error instanceof ReportError) {
      // The spec parser names the field; make sure the file is named too, whatever its wording.
      if (error.message.includes(fileName)) throw error;
      throw new ReportError(error.code, `Template file "${fileName}": ${error.message}`, fileName);
    }
    throw error;
  }
}
