/** `council-report templates`: the built-in templates and their ids. */
import { JSON_OPTION } from '../../shared/io';
import type { CommandSpec } from '../../shared/parse';

export interface TemplatesCommand {
  format: 'text' | 'json';
}

export const templatesSpec: CommandSpec<TemplatesCommand> = {
  name: 'templates',
  synopsis: '[--json]',
  summary: 'list the built-in templates',
  description:
    'Lists the built-in templates with their ids; pass an id to "council-report check --template".',
  operands: { usage: '', what: 'files', min: 0, max: 0 },
  options: [{ ...JSON_OPTION, help: 'JSON for scripts: [ { "id", "name", "council", "sections" } ]' }],
  read: (args) => ({ format: args.flag('--json') ? 'json' : 'text' }),
};
