/**
 * `--template <id|file.json>`: the template the user asked for, a built-in id ("maidstone-2018"),
 * a path to their own template .json file, or the default when they named none. The lookup and
 * the template's parsing are the app's (src/app/templates.ts); this reads the file.
 */
import { existsSync } from 'node:fs';
import {
  builtInTemplate,
  DEFAULT_TEMPLATE_ID,
  isBuiltInTemplate,
  templateFromJson,
  templateOfReport,
} from '../../app/templates';
import type { TemplateSpec } from '../../core/template/spec';
import { readInputText } from './io';
import type { OptionSpec } from './parse';

export { builtInTemplates } from '../../app/templates';

export const TEMPLATE_OPTION: OptionSpec = {
  name: '--template',
  value: '<id|file.json>',
  example: '--template maidstone-2018 or --template my-template.json',
  help: `template to follow: a built-in id (see "council-report templates") or your own template file; default: ${DEFAULT_TEMPLATE_ID}`,
};

const OWN_TEMPLATE =
  'To use your own, pass the path to its .json file, for example --template ./my-template.json.';

export function loadTemplate(reference: string | null): TemplateSpec {
  if (reference === null) return builtInTemplate(DEFAULT_TEMPLATE_ID);
  const looksLikePath = /\.json$/i.test(reference) || reference.includes('/') || reference.includes('\\');
  if (looksLikePath || (!isBuiltInTemplate(reference) && existsSync(reference))) {
    return templateFromJson(readInputText(reference, 'template-unreadable'), reference);
  }
  return builtInTemplate(reference, OWN_TEMPLATE);
}

/** `--template` when given, else the template the report says it follows (as the task pane does). */
export function templateForReport(reference: string | null, savedId: string | null): TemplateSpec {
  return reference !== null ? loadTemplate(reference) : templateOfReport(savedId);
}
