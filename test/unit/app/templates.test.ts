/** Template lookup, one for the task pane and the command line (src/app/templates.ts). */
import {
  builtInTemplate,
  builtInTemplates,
  DEFAULT_TEMPLATE_ID,
  templateFromJson,
  templateOfReport,
} from '../../../src/app/templates';
import { ReportError } from '../../../src/core/errors';

describe('the template a report follows', () => {
  it('is the one saved in the report when this version knows it', () => {
    expect(templateOfReport('maidstone-2019').id).toBe('maidstone-2019');
    expect(templateOfReport('maidstone-2018').id).toBe('maidstone-2018');
  });

  it('is the default when the report names none, or one this version does not know', () => {
    expect(templateOfReport(null).id).toBe(DEFAULT_TEMPLATE_ID);
    expect(templateOfReport('kent-2031').id).toBe(DEFAULT_TEMPLATE_ID);
    // Not a built-in just because an object has the property.
    expect(templateOfReport('toString').id).toBe(DEFAULT_TEMPLATE_ID);
  });
});

describe('a built-in template by id', () => {
  it('is refused when unknown, with the ids there are and the face’s advice', () => {
    const ids = builtInTemplates().map((template) => template.id);
    expect(ids).toEqual(expect.arrayContaining(['maidstone-2018', 'maidstone-2019']));
    expect(() => builtInTemplate('maidstone-1999', 'Pass a file.')).toThrow(
      `There is no built-in template "maidstone-1999". The built-in templates are: ${ids.join(', ')}. Pass a file.`,
    );
  });
});

describe('a council’s own template from JSON', () => {
  it('is read with a byte-order mark, and a bad one names the file', () => {
    const spec = { ...builtInTemplate('maidstone-2019'), id: 'own' };
    expect(templateFromJson('\uFEFF' + JSON.stringify(spec), 'own.json').id).toBe('own');
    expect(() => templateFromJson('{ nope', 'own.json')).toThrow(/"own\.json" is not valid JSON/);
    let error: unknown;
    try {
      templateFromJson(JSON.stringify({ ...spec, sections: 'none' }), 'own.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReportError);
    expect((error as Error).message).toContain('own.json');
  });
});
