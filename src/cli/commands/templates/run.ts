import type { CliIo } from '../../shared/io';
import { builtInTemplates } from '../../shared/templates';
import type { TemplatesCommand } from './spec';

export function run(command: TemplatesCommand, io: CliIo): number {
  const templates = builtInTemplates();
  if (command.format === 'json') {
    const list = templates.map((template) => ({
      id: template.id,
      name: template.name,
      council: template.council,
      sections: template.sections.map((section) => section.title),
    }));
    io.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...templates.map((template) => template.id.length), 2);
  const lines = templates.map(
    (template) => `  ${template.id.padEnd(width)}  ${template.name} (${template.sections.length} sections)`,
  );
  io.stdout.write(['Built-in templates (use the id with --template):', ...lines, ''].join('\n'));
  return 0;
}
