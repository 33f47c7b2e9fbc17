/**
 * What a `load(...)` call asks for, as a tree of property names. Office.js accepts a string
 * ("text,font/bold,items/listItemOrNullObject/listString"), an array of such strings, a
 * `{ select, expand, top, skip }` object, or a typed options object (`{ text: true, font: { bold:
 * true } }`, `$all`). All of them end up as the same tree here.
 */

export interface LoadTree {
  /** Load every scalar property (a bare `load()`, `$all`, or a navigation named without a path). */
  all: boolean;
  children: Map<string, LoadTree>;
  /** Collection paging (`top`, `skip`). */
  top?: number;
  skip?: number;
}

export function emptyLoadTree(): LoadTree {
  return { all: false, children: new Map() };
}

/** True when a node asks for all scalars: explicitly, or because nothing below it was named. */
export function loadsAll(tree: LoadTree): boolean {
  return tree.all || tree.children.size === 0;
}

function addPath(tree: LoadTree, path: string): void {
  let node = tree;
  for (const raw of path.split('/')) {
    const name = raw.trim();
    if (name === '') continue;
    let next = node.children.get(name);
    if (!next) {
      next = emptyLoadTree();
      node.children.set(name, next);
    }
    node = next;
  }
}

function addPaths(tree: LoadTree, value: string | string[] | undefined): void {
  if (value === undefined) return;
  const list = Array.isArray(value) ? value : [value];
  for (const entry of list) for (const path of entry.split(',')) addPath(tree, path);
}

function isLoadOption(value: object): boolean {
  return ['select', 'expand', 'top', 'skip'].some((key) => key in value);
}

function addTyped(tree: LoadTree, options: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === '$all') {
      if (value === true) tree.all = true;
    } else if (key === '$top' && typeof value === 'number') {
      tree.top = value;
    } else if (key === '$skip' && typeof value === 'number') {
      tree.skip = value;
    } else if (value === true) {
      addPath(tree, key);
    } else if (value && typeof value === 'object') {
      addPath(tree, key);
      const child = tree.children.get(key);
      if (child) addTyped(child, value as Record<string, unknown>);
    }
  }
}

/** Parses any form `load` accepts. No argument at all means every scalar property. */
export function parseLoadOption(option?: unknown): LoadTree {
  const tree = emptyLoadTree();
  if (option === undefined || option === null) {
    tree.all = true;
  } else if (typeof option === 'string' || Array.isArray(option)) {
    addPaths(tree, option as string | string[]);
  } else if (typeof option === 'object') {
    if (isLoadOption(option)) {
      const o = option as {
        select?: string | string[];
        expand?: string | string[];
        top?: number;
        skip?: number;
      };
      addPaths(tree, o.select);
      addPaths(tree, o.expand);
      if (o.select === undefined) tree.all = true;
      if (o.top !== undefined) tree.top = o.top;
      if (o.skip !== undefined) tree.skip = o.skip;
    } else {
      addTyped(tree, option as Record<string, unknown>);
    }
  } else {
    throw new TypeError(`load() cannot take ${typeof option}`);
  }
  if (tree.children.size === 0) tree.all = true;
  return tree;
}
