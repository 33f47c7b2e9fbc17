/**
 * Where a chart's labels land: the chart laid out by the same engine and text metrics as its SVG
 * and PNG, and the box of every piece of text read from Vega's scenegraph: value labels drawn from
 * data (bar values, SPC flags and limit labels) and the text Vega places itself (axis and legend
 * labels, titles), which value labels must not cover either. Boxes of rotated text are the upright
 * rectangles around it. Used by the tests that check no two labels overlap.
 */
import type { ChartKind, VegaLiteSpec } from '../core/charts';
import { loadChartEngine, vegaSpecAtWidth, vegaSpecFor, type ChartEngine, type DrawingOptions } from './svg';

export interface LabelBox {
  /** A value label drawn from data, or text Vega placed (axis and legend labels, titles). */
  kind: 'value' | 'axis';
  text: string;
  /** Font size in CSS px as drawn. */
  size: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface SceneNode {
  marktype?: string;
  role?: string;
  text?: unknown;
  fontSize?: number;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  items?: SceneNode[];
  x?: number;
  y?: number;
}

/** The labels of a chart, in the picture's CSS pixels (0, 0 is its top left corner). */
export async function chartLabelBoxes(
  chart: { kind: ChartKind; spec: VegaLiteSpec },
  options: DrawingOptions = {},
  engine?: ChartEngine,
): Promise<LabelBox[]> {
  const vega = engine ?? (await loadChartEngine());
  const spec =
    options.width === undefined ? vegaSpecFor(chart) : await vegaSpecAtWidth(chart, options.width, vega);
  const parsed = vega.parse(
    spec as Parameters<ChartEngine['parse']>[0],
    undefined,
    vega.expressionInterpreter ? { ast: true } : undefined,
  );
  const view = new vega.View(parsed, {
    renderer: 'none',
    ...(vega.expressionInterpreter ? { expr: vega.expressionInterpreter } : {}),
  } as ConstructorParameters<ChartEngine['View']>[1]);
  try {
    await view.runAsync();
    const boxes: LabelBox[] = [];
    const walk = (node: SceneNode, dx: number, dy: number) => {
      const text = node.marktype === 'text';
      for (const item of node.items ?? []) {
        const label = String(item.text ?? '');
        if (text && label !== '' && item.bounds) {
          const b = item.bounds;
          const kind = node.role === 'mark' ? 'value' : 'axis';
          boxes.push({
            kind,
            text: label,
            size: item.fontSize ?? 11,
            x1: b.x1 + dx,
            y1: b.y1 + dy,
            x2: b.x2 + dx,
            y2: b.y2 + dy,
          });
        }
        // A group's items are positioned relative to the group.
        const offset = node.marktype === 'group' ? { x: item.x ?? 0, y: item.y ?? 0 } : { x: 0, y: 0 };
        walk(item, dx + offset.x, dy + offset.y);
      }
    };
    // The drawing is shifted by the view's origin (its padding and the room autosize made).
    const [originX, originY] = (view as unknown as { origin(): [number, number] }).origin();
    walk((view.scenegraph() as unknown as { root: SceneNode }).root, originX, originY);
    return boxes;
  } finally {
    view.finalize();
  }
}

/** Pairs of labels whose boxes intersect, at least one a value label (touching edges do not count). */
export function overlappingLabels(boxes: readonly LabelBox[]): [LabelBox, LabelBox][] {
  const pairs: [LabelBox, LabelBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.kind === 'axis' && b.kind === 'axis') continue; // Vega's own layout, not ours
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push([a, b]);
    }
  }
  return pairs;
}
