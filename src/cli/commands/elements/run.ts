import type { CliIo } from '../../shared/io';
import { ELEMENTS } from '../../shared/live-data';
import type { ElementsCommand } from './spec';

export function run(command: ElementsCommand, io: CliIo): number {
  const list = ELEMENTS.list();
  if (command.json) {
    io.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...list.map((e) => e.name.length));
  io.stdout.write(
    [
      'Live elements (use the name with --element):',
      ...list.map((e) => `  ${e.name.padEnd(width)}  ${e.label} (${e.kind})`),
      '',
    ].join('\n'),
  );
  return 0;
}
