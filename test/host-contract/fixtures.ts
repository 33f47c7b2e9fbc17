/** The real .docx files both hosts are held to: Word-made files and the committee report fixtures. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', 'fixtures');

function docxFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return docxFiles(path);
    return name.toLowerCase().endsWith('.docx') ? [path] : [];
  });
}

export interface Fixture {
  /** Path below test/fixtures, e.g. "word-made/dotnet__Open-XML-SDK/Comment052.docx". */
  name: string;
  bytes: Uint8Array;
}

export function contractFixtures(): Fixture[] {
  const reports = docxFiles(join(ROOT, 'reports')).filter(
    (p) => !relative(join(ROOT, 'reports'), p).includes('/'),
  );
  return [...docxFiles(join(ROOT, 'word-made')), ...reports].map((path) => ({
    name: relative(ROOT, path),
    bytes: new Uint8Array(readFileSync(path)),
  }));
}
