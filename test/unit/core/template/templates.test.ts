import { ReportError } from '../../../../src/core/errors';
import { RULE_IDS } from '../../../../src/core/template/finding';
import {
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE_ID,
  getTemplate,
  parseTemplateSpec,
} from '../../../../src/core/template/templates';
import maidstone2018 from '../../../../src/core/template/specs/maidstone-2018.json';

/** A deep copy of the 2018 spec with one change applied. */
function specWith(change: (spec: any) => void): unknown {
  const spec = JSON.parse(JSON.stringify(maidstone2018));
  change(spec);
  return spec;
}

function problemWith(json: unknown): ReportError {
  try {
    parseTemplateSpec(json, 'my-template.json');
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('the spec was accepted');
}

describe('built-in templates', () => {
  it('has the 2018 and 2019 Maidstone editions, 2019 the default', () => {
    expect(Object.keys(BUILT_IN_TEMPLATES).sort()).toEqual(['maidstone-2018', 'maidstone-2019']);
    expect(DEFAULT_TEMPLATE_ID).toBe('maidstone-2019');
    expect(getTemplate(DEFAULT_TEMPLATE_ID).id).toBe('maidstone-2019');
  });

  it('lists the nine numbered sections in order', () => {
    expect(getTemplate('maidstone-2018').sections.map((s) => `${s.number} ${s.id}`)).toEqual([
      '1 introduction-background',
      '2 available-options',
      '3 preferred-option',
      '4 risk',
      '5 consultation',
      '6 next-steps',
      '7 cross-cutting',
      '8 appendices',
      '9 background-papers',
    ]);
  });

  it('adds a Public Health implications row in 2019', () => {
    const rows2018 = getTemplate('maidstone-2018').crossCutting!.rows.map((row) => row.issue);
    const rows2019 = getTemplate('maidstone-2019').crossCutting!.rows.map((row) => row.issue);
    expect(rows2018).toEqual([
      'Impact on Corporate Priorities',
      'Risk Management',
      'Financial',
      'Staffing',
      'Legal',
      'Privacy and Data Protection',
      'Equalities',
      'Crime and Disorder',
      'Procurement',
    ]);
    expect(rows2019.filter((row) => !rows2018.includes(row))).toEqual(['Public Health']);
  });

  it('gives every section guidance and sets every rule, the live-region ones included', () => {
    for (const spec of Object.values(BUILT_IN_TEMPLATES)) {
      expect(spec.sections.every((section) => section.guidance.length > 20)).toBe(true);
      expect(Object.keys(spec.rules).sort()).toEqual([...RULE_IDS].sort());
      expect(spec.rules['comments-unresolved']).toBe('warning');
      expect(spec.rules['section-missing']).toBe('error');
      expect(spec.rules['numbering-gap']).toBe('warning');
    }
  });

  it('names the known templates when asked for an unknown one', () => {
    expect(() => getTemplate('maidstone-2017')).toThrow(
      expect.objectContaining({
        code: 'template-unknown',
        message: expect.stringContaining('maidstone-2018, maidstone-2019'),
      }),
    );
    expect(() => getTemplate('toString')).toThrow(ReportError);
  });
});

describe('parseTemplateSpec', () => {
  it('accepts a valid spec and fills in optional lists', () => {
    const spec = parseTemplateSpec(
      specWith((s) => {
        delete s.sections[0].aliases;
        delete s.sections[0].required;
      }),
      'my-template.json',
    );
    expect(spec.sections[0]).toMatchObject({ aliases: [], required: true });
    expect(spec.options?.minimum).toBe(3);
  });

  it.each<[string, (spec: any) => void, string]>([
    ['not an object', () => undefined, ''],
    ['an empty title', (s) => (s.sections[3].title = ''), 'sections[3].title must be a non-empty string'],
    ['a missing id', (s) => delete s.id, 'id must be a non-empty string'],
    ['sections out of number order', (s) => (s.sections[1].number = 3), 'sections[1].number must be 2'],
    ['no sections', (s) => (s.sections = []), 'sections must list at least one section'],
    ['a duplicate section id', (s) => (s.sections[4].id = 'risk'), 'sections[4].id "risk" is used twice'],
    [
      'a duplicate row id',
      (s) => (s.crossCutting.rows[2].id = 'legal'),
      'crossCutting.rows[4].id "legal" is used twice',
    ],
    [
      'a duplicate field id',
      (s) => (s.headerFields[1].id = 'classification'),
      'headerFields[3].id "classification" is used twice',
    ],
    [
      'an alias that is not text',
      (s) => (s.sections[0].aliases = ['Intro', 3]),
      'sections[0].aliases[1] must be a non-empty string',
    ],
    [
      'required that is not a flag',
      (s) => (s.headerFields[0].required = 'yes'),
      'headerFields[0].required must be true or false',
    ],
    [
      'a bad regular expression',
      (s) => s.placeholders.patterns.push('[Insert'),
      'placeholders.patterns[6] is not a valid regular expression',
    ],
    [
      'an unknown rule',
      (s) => (s.rules['section-mising'] = 'error'),
      'rules.section-mising is not a known rule id',
    ],
    [
      'an unknown severity',
      (s) => (s.rules['section-missing'] = 'fatal'),
      'rules.section-missing must be one of error, warning, info',
    ],
    [
      'options for an unknown section',
      (s) => (s.options.section = 'options'),
      'options.section refers to "options", which is not a section id',
    ],
    [
      'cross-cutting for an unknown section',
      (s) => (s.crossCutting.section = 'implications'),
      'crossCutting.section refers to "implications"',
    ],
    ['a negative minimum', (s) => (s.options.minimum = -1), 'options.minimum must be a whole number'],
    ['a misspelt field', (s) => (s.sections[2].titel = 'x'), 'sections[2].titel is not a known field'],
    [
      'a missing sign-off column',
      (s) => delete s.crossCutting.columns.signOff,
      'crossCutting.columns.signOff must be a non-empty string',
    ],
    ['front matter that is a list', (s) => (s.frontMatter = []), 'frontMatter must be an object'],
    [
      'a recommendations part without a lead',
      (s) => delete s.frontMatter.recommendations.lead,
      'frontMatter.recommendations.lead must be a non-empty string',
    ],
  ])('rejects %s, naming the file and the field', (_name, change, expected) => {
    const json = expected === '' ? 'not a spec' : specWith(change);
    const error = problemWith(json);
    expect(error.code).toBe('template-invalid');
    expect(error.where).toBe('my-template.json');
    expect(error.message).toContain(
      expected === '' ? 'my-template.json: the template must be an object' : `my-template.json: ${expected}`,
    );
  });

  it('allows options and cross-cutting to be left out', () => {
    const spec = parseTemplateSpec(
      specWith((s) => {
        s.options = null;
        delete s.crossCutting;
      }),
      'plain.json',
    );
    expect(spec.options).toBeNull();
    expect(spec.crossCutting).toBeNull();
  });
});
