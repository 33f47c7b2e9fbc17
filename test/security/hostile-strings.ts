/**
 * Hostile strings shared by the injection tests: what a partner's comment, an author name, a
 * crime type or area name in a data file, or a council's template file might hold. Each is
 * something that has broken a real product: XML and HTML metacharacters, characters XML cannot
 * hold, bidi overrides ("Trojan Source"), spreadsheet formulas, terminal escapes, a megabyte.
 */
const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');

export const HOSTILE: Readonly<Record<string, string>> = {
  'xml metacharacters': `<w:p>&amp; "quoted" 'single' </w:t></w:body>`,
  'cdata end': 'before ]]> after <![CDATA[ x ]]>',
  'C0 controls U+0000-U+001F': `a${C0}b`,
  'U+FFFE and U+FFFF': 'a\uFFFEb\uFFFFc',
  'lone high surrogate': 'a\uD800b',
  'lone low surrogate': 'a\uDC00b',
  'bidi override U+202E': 'Total \u202E%2.4 rose\u202C by',
  'bidi isolates U+2066-2069': '\u2066x\u2069 \u2067y\u2069',
  'HYPERLINK formula': '=HYPERLINK("http://x","y")',
  'plus command': "+cmd|' /C calc'!A0",
  'minus formula': '-1+1',
  'at SUM': '@SUM(A1:A9)',
  'tab-led formula': '\t=1+1',
  'script tag': '<script>alert(1)</script>',
  'img onerror': '<img src=x onerror="alert(1)">',
  'javascript url': 'javascript:alert(1)',
  'terminal escape': '\u001b[2J\u001b[31mred\u001b[0m',
  'json breaker': '"}],"x":{"y":"',
  'template placeholders': '${process.env.SECRET} {{x}} %s %n',
  'right-to-left text': 'مرحبا بالعالم',
  'emoji and combining': 'Zoë 👩🏽‍⚖️ e\u0301',
  '1 MB string': `${'Long <text> & more '.repeat(Math.ceil(1048576 / 19))}`.slice(0, 1048576),
};

export const HOSTILE_ENTRIES = Object.entries(HOSTILE);

/** What a value should read as once it is in a document: what ooxml/text.ts `cleanText` keeps. */
export function xmlVisible(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

/** Counts strings per sink; printed at the end of each file. */
export class SinkCounts {
  private readonly counts = new Map<string, number>();
  add(sink: string, n = 1): void {
    this.counts.set(sink, (this.counts.get(sink) ?? 0) + n);
  }
  lines(): string[] {
    return [...this.counts].map(([sink, n]) => `injection ${sink}: ${n} hostile strings`);
  }
  get(sink: string): number {
    return this.counts.get(sink) ?? 0;
  }
}
