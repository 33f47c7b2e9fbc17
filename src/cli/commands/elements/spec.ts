/** `council-report elements`: the live tables and figures there are. */
import { JSON_OPTION } from '../../shared/io';
import type { CommandSpec } from '../../shared/parse';

export interface ElementsCommand {
  json: boolean;
}

export const elementsSpec: CommandSpec<ElementsCommand> = {
  name: 'elements',
  synopsis: '[--json]',
  summary: 'list the live tables and figures',
  description: 'Lists the live tables and figures that "insert" and "build" can put in a report.',
  operands: { usage: '', what: 'files', min: 0, max: 0 },
  options: [JSON_OPTION],
  read: (args) => ({ json: args.flag('--json') }),
};
