/**
 * The proxy / load / sync machinery of Office.js, reproduced closely enough that host code which
 * forgets a load, reads before a sync or syncs in a loop fails here as it would in Word:
 *
 * - A proxy's scalar properties throw `PropertyNotLoaded` until a `load` naming them has been
 *   synced; collections have no `items` until loaded.
 * - `load`, method calls and property writes are queued; `context.sync()` runs the queue in order
 *   against the document and is counted.
 * - Methods returning a value give a `ClientResult` whose `value` throws until the sync.
 * - `*OrNullObject` proxies report `isNullObject` after a sync instead of failing the batch.
 * - APIs newer than the requirement sets configured for the test fail the sync with `ApiNotFound`.
 *
 * Classes (Paragraph, Table, ...) are data: see `word-classes.ts`.
 */
import {
  FakeOfficeError,
  ERROR_CODES,
  apiNotFound,
  itemNotFound,
  propertyNotLoaded,
  valueNotLoaded,
} from './errors';
import { type LoadTree, loadsAll, parseLoadOption } from './load-options';
import type { FakeWordDocument } from './model';
import { NO_QUIRKS, type WordBehaviours } from './profiles';

/** Office on the web refuses a request larger than this ("Resource limits and performance optimization for Office Add-ins": 5 MB). */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** UTF-8 length without Node's Buffer: the fake also runs in Chromium (test/e2e/word-pane). */
const utf8 = new TextEncoder();
function utf8Bytes(text: string): number {
  return utf8.encode(text).length;
}

function jsonBytes(value: unknown): number {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? 0 : utf8Bytes(json);
  } catch {
    return 0;
  }
}

/** Calls and property writes that change the document's text or formatting (tracked when on). */
const TRACKED_WRITES = new Set([
  'insertOoxml',
  'insertParagraph',
  'insertText',
  'insertContentControl',
  'insertHtml',
  'insertTable',
  'delete',
  'clear',
  'text',
  'styleBuiltIn',
  'style',
  'bold',
]);

export interface ScalarSpec {
  get(node: any, doc: FakeWordDocument): unknown;
  /** Present when the property is writable; runs at sync. */
  set?(node: any, value: unknown, doc: FakeWordDocument): void;
  since?: string;
}

export interface NavigationSpec {
  type: string;
  get(node: any, doc: FakeWordDocument): unknown;
  orNull?: boolean;
  since?: string;
}

export type MethodReturn = { object: string; orNull?: boolean } | 'result' | 'void';

export interface MethodSpec {
  returns: MethodReturn;
  since?: string;
  /** Runs at sync with proxy arguments already resolved to model nodes. */
  run(node: any, args: unknown[], doc: FakeWordDocument, word: FakeWord): unknown;
}

export interface ClassSpec {
  scalars: Record<string, ScalarSpec>;
  navigations: Record<string, NavigationSpec>;
  methods: Record<string, MethodSpec>;
  /** Set for collections: the item class and the items of a collection node. */
  items?: { type: string; get(node: unknown, doc: FakeWordDocument): unknown[] };
}

export type ClassRegistry = Record<string, ClassSpec>;

/** "1.10" > "1.9": compares dotted versions numerically. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export interface InjectedFailure {
  /** 1-based number of the sync (counted across runs) that fails. */
  sync: number;
  code: string;
  message: string;
}

/** The fake Word application: the document, the requirement sets and the round-trip counter. */
export class FakeWord {
  /** Every `context.sync()`, across runs, including the one `Word.run` makes for leftover work. */
  syncCount = 0;
  /** Syncs per `Word.run`, in order. */
  readonly syncsPerRun: number[] = [];
  readonly requirementSets: Map<string, string>;
  private failure: InjectedFailure | null = null;
  /** Real Word's documented behaviours this fake reproduces now (see profiles.ts); switchable. */
  readonly behaviours: WordBehaviours;

  constructor(
    readonly document: FakeWordDocument,
    readonly classes: ClassRegistry,
    requirementSets: Record<string, string>,
    behaviours: WordBehaviours = NO_QUIRKS,
  ) {
    this.requirementSets = new Map(Object.entries(requirementSets));
    this.behaviours = { ...behaviours };
  }

  isSetSupported(name: string, minVersion?: string): boolean {
    const have = this.requirementSets.get(name);
    if (have === undefined) return false;
    return minVersion === undefined || versionAtLeast(have, String(minVersion));
  }

  /** Sets the highest WordApi version the fake Word supports, e.g. "1.4" or "1.6". */
  setWordApi(version: string): void {
    this.requirementSets.set('WordApi', version);
  }

  /** Makes the Nth sync (1-based, counted across runs from now on) fail with an Office error. */
  failSync(
    n: number,
    code: string = ERROR_CODES.generalException,
    message = 'An internal error has occurred.',
  ): void {
    this.failure = { sync: this.syncCount + n, code, message };
  }

  /**
   * Makes the Nth queued operation (load, method call or property write; 1-based, counted across
   * syncs from now on) fail. As in Word, a batch is not a transaction: the operations before it in
   * the same sync have already changed the document, and the ones after it do not run.
   */
  failOperation(
    n: number,
    code: string = ERROR_CODES.generalException,
    message = 'An internal error has occurred.',
  ): void {
    this.operationFailure = { sync: this.operationCount + n, code, message };
  }

  /**
   * Bytes sent to Word (every queued operation's arguments and written values, as JSON) and bytes
   * it answered with (every loaded value and ClientResult, as JSON), across runs: what a use case
   * moves over the wire. Office on the web refuses a request or response over 5 MB
   * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).
   */
  bytesSent = 0;
  bytesReceived = 0;

  /** Counts `value` as JSON bytes one way or the other. */
  countBytes(direction: 'sent' | 'received', value: unknown): void {
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined;
    }
    const bytes = json === undefined ? 0 : utf8Bytes(json);
    if (direction === 'sent') this.bytesSent += bytes;
    else this.bytesReceived += bytes;
  }

  /** Every queued operation run by a sync, across runs. */
  operationCount = 0;
  private operationFailure: InjectedFailure | null = null;

  /** Called before each queued operation runs: throws the injected failure when its turn comes. */
  countOperation(): void {
    this.operationCount++;
    if (this.operationFailure && this.operationFailure.sync === this.operationCount) {
      const { code, message } = this.operationFailure;
      this.operationFailure = null;
      throw new FakeOfficeError(code, message);
    }
  }

  resetCounts(): void {
    this.syncCount = 0;
    this.syncsPerRun.length = 0;
    this.bytesSent = 0;
    this.bytesReceived = 0;
  }

  /** Word.run: a fresh request context per batch, leftover queued work flushed on the way out. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(this);
    this.syncsPerRun.push(0);
    const pending = batch(context);
    if (!pending || typeof (pending as { then?: unknown }).then !== 'function') {
      throw new FakeOfficeError(
        ERROR_CODES.runMustReturnPromise,
        'The batch function passed to Word.run must return a promise.',
      );
    }
    try {
      const value = await pending;
      if (context.hasPendingWork()) await context.sync();
      return value;
    } finally {
      context.close();
    }
  }

  /** Called by each sync: counts it and throws the injected failure when its turn comes. */
  countSync(): void {
    this.syncCount++;
    const last = this.syncsPerRun.length - 1;
    if (last >= 0) this.syncsPerRun[last] = (this.syncsPerRun[last] ?? 0) + 1;
    if (this.failure && this.failure.sync === this.syncCount) {
      const { code, message } = this.failure;
      this.failure = null;
      throw new FakeOfficeError(code, message);
    }
  }
}

const PROXY_CORE = Symbol('fake-word-proxy');

interface ProxyCore {
  readonly context: FakeRequestContext;
  readonly type: string;
  readonly orNull: boolean;
  /** Finds the model node at sync time; null when there is none. */
  readonly resolve: () => unknown;
  /** Where the proxy came from, for error messages: "body.paragraphs.items[3].font". */
  readonly location: string;
  loaded: Map<string, unknown>;
  /** Unknown until a sync has resolved the proxy. */
  isNull: boolean | undefined;
  items: unknown[] | undefined;
  navigations: Map<string, unknown>;
  /** The members of the first load, for collections Word on the web does not refresh (#3284). */
  firstLoad?: unknown[];
}

/** Content-control kinds outside the API's supported set (Word.ContentControl reference; #1382). */
const UNSUPPORTED_CONTROLS = new Set(['DatePicker', 'BuildingBlockGallery', 'Group', 'RepeatingSection']);

/** The collections Word on the web keeps as first loaded within one Word.run (office-js #3284). */
const STALE_ON_THE_WEB = new Set(['document.body.paragraphs', 'document.body.contentControls']);

export function proxyCore(value: unknown): ProxyCore | null {
  if (value && typeof value === 'object') {
    const core = (value as { [PROXY_CORE]?: ProxyCore })[PROXY_CORE];
    return core ?? null;
  }
  return null;
}

/** `ClientResult<T>`: a value that exists only after the sync that computes it. */
export class FakeClientResult<T> {
  private settled = false;
  private result: T | undefined;

  get value(): T {
    if (!this.settled) throw valueNotLoaded();
    return this.result as T;
  }

  settle(value: T): void {
    this.result = value;
    this.settled = true;
  }
}

function cloneValue(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(cloneValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneValue(v)]));
  }
  return value;
}

export class FakeRequestContext {
  readonly document: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: (() => void)[] = [];
  private closed = false;

  constructor(readonly word: FakeWord) {
    this.document = this.createProxy('Document', () => word.document, false, 'document');
  }

  get doc(): FakeWordDocument {
    return this.word.document;
  }

  hasPendingWork(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  /** `context.load(object, option)`, the older spelling of `object.load(option)`. */
  load(object: unknown, option?: unknown): void {
    const core = proxyCore(object);
    if (!core) throw new TypeError('context.load() needs an object from this request context');
    this.queueLoad(core, parseLoadOption(option));
  }

  /** What the queued calls and property writes send, as JSON: the request the next sync makes. */
  private requestBytes = 0;

  async sync<T>(passThroughValue?: T): Promise<T> {
    const work = this.queue;
    this.queue = [];
    const request = this.requestBytes;
    this.requestBytes = 0;
    // A round trip: nothing reaches the caller before the host has answered.
    await Promise.resolve();
    this.word.countSync();
    // Refused whole, before anything in it runs.
    if (this.word.behaviours.requestPayloadLimit && request > REQUEST_PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    }
    for (const step of work) {
      this.word.countOperation();
      step();
    }
    return passThroughValue as T;
  }

  enqueue(step: () => void): void {
    if (this.closed) {
      throw new FakeOfficeError(
        ERROR_CODES.invalidRequestContext,
        'Cannot use the object across different request contexts.',
      );
    }
    this.queue.push(step);
  }

  requireSet(since: string | undefined, location: string): void {
    if (since !== undefined && !this.word.isSetSupported('WordApi', since))
      throw apiNotFound(location, since);
  }

  spec(type: string): ClassSpec {
    const spec = this.word.classes[type];
    if (!spec) throw new Error(`The fake has no Word class "${type}"`);
    return spec;
  }

  /** The node behind a proxy at sync time; a missing node fails the batch unless it may be null. */
  resolveNode(core: ProxyCore): unknown {
    const node = core.resolve();
    if (node === null || node === undefined) {
      if (core.orNull) return null;
      throw itemNotFound(core.location);
    }
    return node;
  }

  queueLoad(core: ProxyCore, tree: LoadTree): void {
    this.enqueue(() => this.fill(core, tree));
  }

  /** Copies what `tree` names from the model into the proxy, as a sync's answer would. */
  private fill(core: ProxyCore, tree: LoadTree): void {
    const node = this.resolveNode(core);
    core.isNull = node === null;
    if (node === null) return;
    const spec = this.spec(core.type);
    if (spec.items) {
      this.fillCollection(core, spec, node, tree);
      return;
    }
    const names = loadsAll(tree)
      ? Object.entries(spec.scalars)
          .filter(([, s]) => s.since === undefined || this.word.isSetSupported('WordApi', s.since))
          .map(([name]) => name)
      : [];
    for (const name of names) this.answer(core, name, spec.scalars[name]?.get(node, this.doc));
    for (const [name, subtree] of tree.children) {
      const scalar = spec.scalars[name];
      const navigation = spec.navigations[name];
      if (scalar) {
        this.requireSet(scalar.since, `${core.type}.${name}`);
        this.answer(core, name, scalar.get(node, this.doc));
      } else if (navigation) {
        const child = proxyCore(this.navigation(core, name, navigation));
        if (child) this.fill(child, subtree);
      } else {
        throw new FakeOfficeError(
          ERROR_CODES.invalidArgument,
          `The property '${name}' does not exist on Word.${core.type} (in load at ${core.location}).`,
        );
      }
    }
  }

  /** A loaded property's value as Word's answer carries it (counted in bytesReceived). */
  private answer(core: ProxyCore, name: string, value: unknown): void {
    const copy = cloneValue(value);
    this.word.countBytes('received', copy);
    core.loaded.set(name, copy);
  }

  private fillCollection(core: ProxyCore, spec: ClassSpec, node: unknown, tree: LoadTree): void {
    const items = spec.items;
    if (!items) return;
    // On a collection, "text" means "items/text": Office.js applies item paths either way.
    const itemTree: LoadTree = { all: tree.all, children: new Map() };
    for (const [name, subtree] of tree.children) {
      if (name === 'items') {
        itemTree.all ||= subtree.all || subtree.children.size === 0;
        for (const [n, t] of subtree.children) itemTree.children.set(n, t);
      } else {
        itemTree.children.set(name, subtree);
      }
    }
    let nodes = items.get(node, this.doc);
    if (this.word.behaviours.staleBodyCollections && STALE_ON_THE_WEB.has(core.location)) {
      // office-js #3284: later loads in the same run show the first load's members only.
      if (core.firstLoad === undefined) core.firstLoad = [...nodes];
      else {
        const now = new Set(nodes);
        nodes = core.firstLoad.filter((member) => now.has(member));
      }
    }
    if (items.type === 'ContentControl') nodes = this.supportedControls(nodes);
    if (tree.skip !== undefined) nodes = nodes.slice(tree.skip);
    if (tree.top !== undefined) nodes = nodes.slice(0, tree.top);
    core.items = nodes.map((itemNode, i) => {
      const item = this.createProxy(items.type, () => itemNode, false, `${core.location}.items[${i}]`);
      const itemCore = proxyCore(item);
      if (itemCore) this.fill(itemCore, itemTree);
      return item;
    });
  }

  /** Content controls as Word lists them when some are of kinds its API does not support. */
  private supportedControls(nodes: unknown[]): unknown[] {
    const unsupported = (n: unknown) => UNSUPPORTED_CONTROLS.has(String((n as { type?: unknown }).type));
    if (!nodes.some(unsupported)) return nodes;
    if (this.word.behaviours.unsupportedControlsNotImplemented)
      throw new FakeOfficeError('NotImplemented', 'NotImplemented (office-js #3607)');
    return this.word.behaviours.unsupportedControlsOmitted ? nodes.filter((n) => !unsupported(n)) : nodes;
  }

  /** The proxy for a navigation property, created once per parent proxy like Office.js does. */
  navigation(core: ProxyCore, name: string, navigation: NavigationSpec): unknown {
    const existing = core.navigations.get(name);
    if (existing) return existing;
    const child = this.createProxy(
      navigation.type,
      () => {
        this.requireSet(navigation.since, `${core.type}.${name}`);
        const parent = core.resolve();
        if (parent === null || parent === undefined) return null;
        return navigation.get(parent, this.doc);
      },
      navigation.orNull ?? false,
      `${core.location}.${name}`,
    );
    core.navigations.set(name, child);
    return child;
  }

  private callMethod(core: ProxyCore, name: string, method: MethodSpec, args: unknown[]): unknown {
    const location = `${core.location}.${name}()`;
    this.requestBytes += jsonBytes({ name, args: args.filter((arg) => !proxyCore(arg)) });
    const run = (): unknown => {
      // The call goes to Word with its arguments (proxies travel as references: not counted).
      this.word.countBytes('sent', { name, args: args.filter((arg) => !proxyCore(arg)) });
      this.requireSet(method.since, `${core.type}.${name}`);
      const node = this.resolveNode(core);
      if (node === null) throw itemNotFound(location);
      const resolvedArgs = args.map((arg) => {
        const argCore = proxyCore(arg);
        return argCore ? this.resolveNode(argCore) : arg;
      });
      this.recordTrackedWrite(core.type, name);
      return method.run(node, resolvedArgs, this.doc, this.word);
    };
    if (method.returns === 'void') {
      this.enqueue(() => void run());
      return undefined;
    }
    if (method.returns === 'result') {
      const result = new FakeClientResult<unknown>();
      this.enqueue(() => {
        const value = cloneValue(run());
        this.word.countBytes('received', value);
        result.settle(value);
      });
      return result;
    }
    // Object-returning methods: the call is queued; the new proxy finds its node once it has run.
    const returns = method.returns;
    let made: { node: unknown } | null = null;
    this.enqueue(() => {
      made = { node: run() };
    });
    return this.createProxy(
      returns.object,
      () => {
        if (!made) throw new Error(`Fake Word: ${location} used before the call that makes it ran`);
        return made.node;
      },
      returns.orNull ?? false,
      location,
    );
  }

  createProxy(type: string, resolve: () => unknown, orNull: boolean, location: string): unknown {
    const spec = this.spec(type);
    const core: ProxyCore = {
      context: this,
      type,
      orNull,
      resolve,
      location,
      loaded: new Map(),
      isNull: undefined,
      items: undefined,
      navigations: new Map(),
    };
    const context = this;
    const target = { [PROXY_CORE]: core };
    const proxy = new Proxy(target, {
      get(_target, property) {
        if (property === PROXY_CORE) return core;
        if (typeof property === 'symbol') return undefined;
        switch (property) {
          case 'context':
            return context;
          case 'load':
            return (option?: unknown) => {
              context.queueLoad(core, parseLoadOption(option));
              return context.proxyFor(core);
            };
          case 'isNullObject':
            if (core.isNull === undefined) throw propertyNotLoaded('isNullObject');
            return core.isNull;
          case 'track':
          case 'untrack':
            return () => context.proxyFor(core);
          case 'set':
            return (values: Record<string, unknown>) => {
              for (const [key, value] of Object.entries(values)) context.setScalar(core, key, value);
            };
          case 'toJSON':
            return () => context.toJSON(core);
          case 'items':
            if (spec.items) {
              if (core.items === undefined) throw propertyNotLoaded(`${type}.items`);
              return core.items;
            }
            return undefined;
        }
        if (property in spec.scalars) {
          // Office.js returns undefined, rather than throwing, for a null object's properties.
          if (core.isNull === true) return undefined;
          if (!core.loaded.has(property)) throw propertyNotLoaded(property);
          return core.loaded.get(property);
        }
        const navigation = spec.navigations[property];
        if (navigation) return context.navigation(core, property, navigation);
        const method = spec.methods[property];
        if (method) return (...args: unknown[]) => context.callMethod(core, property, method, args);
        return undefined;
      },
      set(_target, property, value) {
        if (typeof property === 'symbol') return false;
        context.setScalar(core, property, value);
        return true;
      },
    });
    this.proxies.set(core, proxy);
    return proxy;
  }

  private readonly proxies = new WeakMap<ProxyCore, unknown>();

  proxyFor(core: ProxyCore): unknown {
    return this.proxies.get(core);
  }

  /**
   * A change to the document's text or formatting made while Track Changes is on is tracked by
   * Word (what the officer later sees as a revision); comments, custom XML and the tracking mode
   * itself are not.
   */
  private recordTrackedWrite(type: string, name: string): void {
    const mode = this.doc.changeTrackingMode ?? 'Off';
    if (mode === 'Off' || !TRACKED_WRITES.has(name) || /^(Comment|Custom)/.test(type)) return;
    (this.doc.trackedWrites ??= []).push(`${type}.${name}`);
  }

  private setScalar(core: ProxyCore, name: string, value: unknown): void {
    const scalar = this.spec(core.type).scalars[name];
    if (!scalar?.set)
      throw new TypeError(`Cannot set property ${name} of Word.${core.type}: it is read-only`);
    const setter = scalar.set;
    core.loaded.set(name, value);
    this.requestBytes += jsonBytes({ [name]: value });
    this.enqueue(() => {
      this.word.countBytes('sent', { [name]: value });
      this.requireSet(scalar.since, `${core.type}.${name}`);
      const node = this.resolveNode(core);
      if (node === null) throw itemNotFound(`${core.location}.${name}`);
      this.recordTrackedWrite(core.type, name);
      setter(node, value, this.doc);
    });
  }

  private toJSON(core: ProxyCore): unknown {
    if (core.items !== undefined) {
      return { items: core.items.map((item) => (item as { toJSON(): unknown }).toJSON()) };
    }
    const out: Record<string, unknown> = Object.fromEntries(core.loaded);
    for (const [name, child] of core.navigations) {
      const childCore = proxyCore(child);
      if (childCore && (childCore.loaded.size > 0 || childCore.items !== undefined))
        out[name] = this.toJSON(childCore);
    }
    return out;
  }
}
