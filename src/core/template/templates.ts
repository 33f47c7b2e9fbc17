/**
 * Template specs: validating one read from JSON, and the built-in Maidstone editions.
 *
 * A spec is data a council officer may write by hand, so every problem is reported with the file
 * and the path of the field at fault ("my-template.json: sections[3].title must be a non-empty
 * string") rather than surfacing later as a confusing check result.
 */
import { ReportError } from '../errors';
import { RULE_IDS, type RuleId, type Severity } from './finding';
import type {
  CrossCuttingRowSpec,
  CrossCuttingSpec,
  HeaderFieldSpec,
  OptionsSpec,
  PlaceholderSpec,
  SectionSpec,
  TemplateSpec,
} from './spec';
import maidstone2018 from './specs/maidstone-2018.json';
import maidstone2019 from './specs/maidstone-2019.json';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Keys a spec may carry for its own documentation; they are ignored. */
const COMMENT_KEYS = new Set(['$schema', '$comment', 'description']);

type Json = Record<string, unknown>;

/** Walks a spec, naming the field path in every complaint. */
class SpecReader {
  constructor(private readonly source: string) {}

  fail(path: string, problem: string): never {
    const where = path === '' ? 'the template' : path;
    throw new ReportError('template-invalid', `${this.source}: ${where} ${problem}`, this.source);
  }

  object(value: unknown, path: string, known: readonly string[]): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'must be an object');
    }
    const json = value as Json;
    for (const key of Object.keys(json)) {
      if (!known.includes(key) && !COMMENT_KEYS.has(key)) {
        this.fail(join(path, key), `is not a known field (expected one of: ${known.join(', ')})`);
      }
    }
    return json;
  }

  text(json: Json, key: string, path: string): string {
    const value = json[key];
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(join(path, key), 'must be a non-empty string');
    }
    return value;
  }

  /** A string that may be empty (guidance can be left blank). */
  anyText(json: Json, key: string, path: string): string {
    const value = json[key];
    if (typeof value !== 'string') this.fail(join(path, key), 'must be a string');
    return value;
  }

  texts(json: Json, key: string, path: string, fallback?: string[]): string[] {
    const value = json[key];
    if (value === undefined && fallback) return fallback;
    if (!Array.isArray(value)) this.fail(join(path, key), 'must be a list of strings');
    return value.map((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') {
        this.fail(`${join(path, key)}[${i}]`, 'must be a non-empty string');
      }
      return item;
    });
  }

  flag(json: Json, key: string, path: string, fallback?: boolean): boolean {
    const value = json[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'boolean') this.fail(join(path, key), 'must be true or false');
    return value;
  }

  list(json: Json, key: string, path: string): unknown[] {
    const value = json[key];
    if (!Array.isArray(value)) this.fail(join(path, key), 'must be a list');
    return value;
  }

  /** Ids must be unique within a list: rules and the task pane refer to things by id. */
  uniqueIds<T extends { id: string }>(items: T[], path: string): void {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) this.fail(`${path}[${i}].id`, `"${item.id}" is used twice; ids must be unique`);
      seen.add(item.id);
    });
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/**
 * Validates a template spec read from JSON. Throws `ReportError('template-invalid')` naming
 * `source` and the field path; returns a complete spec (optional lists default to empty,
 * `required` defaults to true).
 */
export function parseTemplateSpec(json: unknown, source: string): TemplateSpec {
  const read = new SpecReader(source);
  const root = read.object(json, '', [
    'id',
    'name',
    'council',
    'headerFields',
    'frontMatter',
    'sections',
    'options',
    'crossCutting',
    'placeholders',
    'rules',
  ]);

  const id = read.text(root, 'id', '');
  const name = read.text(root, 'name', '');
  const council = read.text(root, 'council', '');

  const sections = read.list(root, 'sections', '').map((item, i) => readSection(read, item, i));
  if (sections.length === 0) read.fail('sections', 'must list at least one section');
  read.uniqueIds(sections, 'sections');
  const sectionIds = sections.map((section) => section.id);

  const headerFields = read.list(root, 'headerFields', '').map((item, i) => readHeaderField(read, item, i));
  read.uniqueIds(headerFields, 'headerFields');

  return {
    id,
    name,
    council,
    headerFields,
    frontMatter: readFrontMatter(read, root['frontMatter']),
    sections,
    options: root['options'] == null ? null : readOptions(read, root['options'], sectionIds),
    crossCutting:
      root['crossCutting'] == null ? null : readCrossCutting(read, root['crossCutting'], sectionIds),
    placeholders: readPlaceholders(read, root['placeholders']),
    rules: readRules(read, root['rules']),
  };
}

function readSection(read: SpecReader, value: unknown, i: number): SectionSpec {
  const path = `sections[${i}]`;
  const json = read.object(value, path, [
    'id',
    'number',
    'title',
    'aliases',
    'required',
    'numberedParagraphs',
    'guidance',
  ]);
  // Numbers are the template's order, so they must run 1, 2, 3 ... as listed.
  if (json['number'] !== i + 1)
    read.fail(`${path}.number`, `must be ${i + 1} (sections are numbered 1, 2, 3 ... in order)`);
  return {
    id: read.text(json, 'id', path),
    number: i + 1,
    title: read.text(json, 'title', path),
    aliases: read.texts(json, 'aliases', path, []),
    required: read.flag(json, 'required', path, true),
    numberedParagraphs: read.flag(json, 'numberedParagraphs', path, true),
    guidance: read.anyText(json, 'guidance', path),
  };
}

function readHeaderField(read: SpecReader, value: unknown, i: number): HeaderFieldSpec {
  const path = `headerFields[${i}]`;
  const json = read.object(value, path, ['id', 'label', 'aliases', 'required']);
  return {
    id: read.text(json, 'id', path),
    label: read.text(json, 'label', path),
    aliases: read.texts(json, 'aliases', path, []),
    required: read.flag(json, 'required', path, true),
  };
}

function readFrontMatter(read: SpecReader, value: unknown): TemplateSpec['frontMatter'] {
  const json = read.object(value, 'frontMatter', ['executiveSummary', 'recommendations', 'timetable']);
  const titled = (key: string): { title: string; aliases: string[] } | null => {
    if (json[key] == null) return null;
    const path = `frontMatter.${key}`;
    const part = read.object(json[key], path, ['title', 'aliases']);
    return { title: read.text(part, 'title', path), aliases: read.texts(part, 'aliases', path, []) };
  };
  let recommendations: TemplateSpec['frontMatter']['recommendations'] = null;
  if (json['recommendations'] != null) {
    const path = 'frontMatter.recommendations';
    const part = read.object(json['recommendations'], path, ['lead', 'aliases']);
    recommendations = { lead: read.text(part, 'lead', path), aliases: read.texts(part, 'aliases', path, []) };
  }
  return { executiveSummary: titled('executiveSummary'), recommendations, timetable: titled('timetable') };
}

function readSectionRef(read: SpecReader, json: Json, path: string, sectionIds: string[]): string {
  const id = read.text(json, 'section', path);
  if (!sectionIds.includes(id)) {
    read.fail(
      `${path}.section`,
      `refers to "${id}", which is not a section id (known: ${sectionIds.join(', ')})`,
    );
  }
  return id;
}

function readOptions(read: SpecReader, value: unknown, sectionIds: string[]): OptionsSpec {
  const path = 'options';
  const json = read.object(value, path, ['section', 'minimum', 'doNothingPhrases', 'forNotingPhrases']);
  const minimum = json['minimum'];
  if (typeof minimum !== 'number' || !Number.isInteger(minimum) || minimum < 0) {
    read.fail(`${path}.minimum`, 'must be a whole number, 0 or more');
  }
  return {
    section: readSectionRef(read, json, path, sectionIds),
    minimum,
    doNothingPhrases: read.texts(json, 'doNothingPhrases', path, []),
    forNotingPhrases: read.texts(json, 'forNotingPhrases', path, []),
  };
}

function readCrossCutting(read: SpecReader, value: unknown, sectionIds: string[]): CrossCuttingSpec {
  const path = 'crossCutting';
  const json = read.object(value, path, ['section', 'columns', 'rows']);
  const columnsPath = `${path}.columns`;
  const columns = read.object(json['columns'], columnsPath, ['issue', 'implications', 'signOff']);
  const rows = read.list(json, 'rows', path).map((item, i): CrossCuttingRowSpec => {
    const rowPath = `${path}.rows[${i}]`;
    const row = read.object(item, rowPath, ['id', 'issue', 'aliases']);
    return {
      id: read.text(row, 'id', rowPath),
      issue: read.text(row, 'issue', rowPath),
      aliases: read.texts(row, 'aliases', rowPath, []),
    };
  });
  read.uniqueIds(rows, `${path}.rows`);
  return {
    section: readSectionRef(read, json, path, sectionIds),
    columns: {
      issue: read.text(columns, 'issue', columnsPath),
      implications: read.text(columns, 'implications', columnsPath),
      signOff: read.text(columns, 'signOff', columnsPath),
    },
    rows,
  };
}

function readPlaceholders(read: SpecReader, value: unknown): PlaceholderSpec {
  const path = 'placeholders';
  const json = read.object(value, path, ['patterns', 'guidance']);
  const patterns = read.texts(json, 'patterns', path, []);
  patterns.forEach((pattern, i) => {
    try {
      new RegExp(pattern, 'i');
    } catch (error) {
      read.fail(`${path}.patterns[${i}]`, `is not a valid regular expression (${(error as Error).message})`);
    }
  });
  return { patterns, guidance: read.texts(json, 'guidance', path, []) };
}

function readRules(read: SpecReader, value: unknown): Partial<Record<RuleId, Severity>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    read.fail('rules', 'must be an object');
  const rules: Partial<Record<RuleId, Severity>> = {};
  for (const [key, severity] of Object.entries(value)) {
    if (COMMENT_KEYS.has(key)) continue;
    if (!(RULE_IDS as readonly string[]).includes(key)) {
      read.fail(`rules.${key}`, 'is not a known rule id (see the rules table in the template documentation)');
    }
    if (!SEVERITIES.includes(severity as Severity)) {
      read.fail(`rules.${key}`, `must be one of ${SEVERITIES.join(', ')}`);
    }
    rules[key as RuleId] = severity as Severity;
  }
  return rules;
}

/** The council's current edition, used when a report does not name its template. */
export const DEFAULT_TEMPLATE_ID = 'maidstone-2019';

/** Built-in specs by id. Imported as JSON so they are bundled for the browser as well as Node. */
export const BUILT_IN_TEMPLATES: Readonly<Record<string, TemplateSpec>> = Object.freeze(
  Object.fromEntries(
    [
      parseTemplateSpec(maidstone2018, 'maidstone-2018.json'),
      parseTemplateSpec(maidstone2019, 'maidstone-2019.json'),
    ].map((spec) => [spec.id, spec]),
  ),
);

export function getTemplate(id: string): TemplateSpec {
  const spec = Object.prototype.hasOwnProperty.call(BUILT_IN_TEMPLATES, id)
    ? BUILT_IN_TEMPLATES[id]
    : undefined;
  if (!spec) {
    throw new ReportError(
      'template-unknown',
      `There is no template called "${id}". Known templates: ${Object.keys(BUILT_IN_TEMPLATES).join(', ')}.`,
    );
  }
  return spec;
}
