// Types for scripts/manifest-checks.js (plain CommonJS so Node, webpack and Jest load it as is).

export interface Problem {
  severity: 'error' | 'warning';
  /** 1-based line in the manifest; null when the problem has no single place. */
  line: number | null;
  message: string;
}

export interface XmlElement {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export interface ValidateOptions {
  fileName?: string;
  schemaDir?: string;
  baseUrl?: string;
  assetsDir?: string;
  commandsFile?: string;
}

export const DEFAULT_SCHEMA_DIR: string;
export const DEFAULT_BASE_URL: string;
export const MAIN_SCHEMA: string;
export const PRELOADED_SCHEMAS: string[];
export const KNOWN_HOSTS: Record<string, string>;

export function parseXml(text: string): XmlElement;
export function descendants(el: XmlElement): XmlElement[];
export function validateSchema(
  xmlText: string,
  options?: { schemaDir?: string; fileName?: string },
): Promise<Problem[]>;
export function collectResources(doc: XmlElement): {
  resources: Map<string, { table: string; value: string; line: number; element: XmlElement }>;
  problems: Problem[];
};
export function checkResourceReferences(doc: XmlElement): Problem[];
export function checkHosts(doc: XmlElement): Problem[];
export function collectUrls(
  doc: XmlElement,
): Array<{ url: string; element: XmlElement; appDomain?: boolean }>;
export function checkUrls(doc: XmlElement, options?: { baseUrl?: string }): Problem[];
export function pngSize(bytes: Buffer): { width: number; height: number } | null;
export function checkIcons(doc: XmlElement, options?: { baseUrl?: string; assetsDir?: string }): Problem[];
export function stripComments(source: string): string;
export function registeredFunctionNames(source: string): Set<string>;
export function checkFunctionNames(
  doc: XmlElement,
  options: { commandsSource: string; commandsFile?: string },
): Problem[];
export function withoutRuntimes(xmlText: string): string;
export function checkSharedRuntime(doc: XmlElement): Problem[];
export function validateManifestText(xmlText: string, options?: ValidateOptions): Promise<Problem[]>;
export function validateManifestFile(path: string, options?: ValidateOptions): Promise<Problem[]>;
export function formatProblem(fileName: string, problem: Problem): string;
export function main(
  argv: string[],
  out?: { log: (line: string) => void; error: (line: string) => void },
): Promise<number>;
