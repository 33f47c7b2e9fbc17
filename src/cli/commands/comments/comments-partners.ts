/**
 * `--partners directory.json`: a partner directory from a file, used instead of the one stored in
 * the report. The file lists organisations; each replaces the organisation with the same id (or is
 * added); `"replaceDefaults": true` makes the file the whole directory.
 *
 *   { "replaceDefaults": false,
 *     "organisations": [ { "id": "golding-homes", "name": "Golding Homes",
 *       "domains": ["goldinghomes.org.uk"], "aliases": ["GH"],
 *       "people": [ { "name": "Jo Bloggs", "initials": "JB", "email": "jo@goldinghomes.org.uk" } ] } ] }
 */
import {
  applyOverrides,
  directoryProblems,
  organisationIdFor,
  type PartnerDirectory,
  type PartnerOrganisation,
} from '../../../core/consultation/directory';
import type { DirectoryOverrides } from '../../../core/state/directory-changes';
import { ReportError } from '../../../core/errors';
import { readInputText } from '../../shared/io';

function fail(file: string, message: string): never {
  throw new ReportError('partners-invalid', `The partner directory ${file} cannot be used: ${message}`, file);
}

function strings(value: unknown, where: string, file: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    fail(file, `${where} must be a list of text values.`);
  return value as string[];
}

function text(value: unknown, where: string, file: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') fail(file, `${where} must be text.`);
  return value;
}

export function parsePartnerDirectory(
  json: unknown,
  file: string,
  base: DirectoryOverrides,
): PartnerDirectory {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    fail(file, 'it must be a JSON object with an "organisations" list.');
  const root = json as Record<string, unknown>;
  if (!Array.isArray(root['organisations'])) fail(file, 'it has no "organisations" list.');
  const directory = root['replaceDefaults'] === true ? { organisations: [] } : applyOverrides(base);
  (root['organisations'] as unknown[]).forEach((entry, i) => {
    const where = `organisations[${i}]`;
    if (typeof entry !== 'object' || entry === null) fail(file, `${where} must be an object.`);
    const o = entry as Record<string, unknown>;
    const name = text(o['name'], `${where}.name`, file).trim();
    if (name === '') fail(file, `${where}.name is missing.`);
    const people = o['people'] ?? [];
    if (!Array.isArray(people)) fail(file, `${where}.people must be a list.`);
    const organisation: PartnerOrganisation = {
      id: text(o['id'], `${where}.id`, file) || organisationIdFor(name, directory),
      name,
      domains: strings(o['domains'], `${where}.domains`, file).map((d) => d.trim().toLowerCase()),
      aliases: strings(o['aliases'], `${where}.aliases`, file),
      people: people.map((p: unknown, j) => {
        const person = (
          typeof p === 'object' && p !== null ? p : fail(file, `${where}.people[${j}] must be an object.`)
        ) as Record<string, unknown>;
        return {
          name: text(person['name'], `${where}.people[${j}].name`, file),
          initials: text(person['initials'], `${where}.people[${j}].initials`, file),
          email: text(person['email'], `${where}.people[${j}].email`, file),
        };
      }),
    };
    const existing = directory.organisations.findIndex((x) => x.id === organisation.id);
    if (existing === -1) directory.organisations.push(organisation);
    else directory.organisations[existing] = organisation;
  });
  const problems = directoryProblems(directory);
  if (problems.length > 0) fail(file, problems.join(' '));
  return directory;
}

export function loadPartnerDirectory(file: string, base: DirectoryOverrides): PartnerDirectory {
  const content = readInputText(file, 'partners-unreadable');
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    fail(file, `it is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  return parsePartnerDirectory(json, file, base);
}
