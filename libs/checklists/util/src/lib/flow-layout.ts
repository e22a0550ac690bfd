/**
 * Pure layout and drawing of flow charts: positions by layers, an ECharts `graph` option for the web apps (echarts is
 * not imported: the option is a plain object), and a standalone SVG for print and posters (上墙).
 */
import { FLOW_ROLE_LABELS_ZH, outgoingTransitions, transitionLabel } from './flow';
import type { FlowAction, FlowChart, FlowStep, FlowStepKind } from './flow';

/** A step's place: `layer` is its BFS depth from START (unreachable steps share a last layer), `index` its slot. */
export interface FlowNodePosition {
  id: string;
  layer: number;
  index: number;
  /** Centre of the node; x grows to the right, y downwards (charts read top to bottom, like printed ones). */
  x: number;
  y: number;
}

/** The positions of all steps and the size of the drawing area they span. */
export interface FlowLayout {
  nodes: FlowNodePosition[];
  layers: string[][];
  width: number;
  height: number;
}

/** Spacing of `layoutFlow`, in drawing units (pixels in ECharts and SVG). */
export interface LayoutOptions {
  columnGap?: number;
  rowGap?: number;
}

/**
 * Lays a chart out in layers by breadth-first depth from START, following transitions in action display order, so
 * the same chart always gets the same picture; END steps then move down to one shared bottom layer. Steps that
 * cannot be reached go to one extra last layer in chart order (a chart under edit still draws). Each layer is
 * centred on the widest one.
 */
export function layoutFlow(chart: FlowChart, options: LayoutOptions = {}): FlowLayout {
  const columnGap = options.columnGap ?? 220;
  const rowGap = options.rowGap ?? 110;
  const ids = chart.steps.map((s) => s.id);
  const depth = new Map<string, number>();
  const roots = chart.steps.filter((s) => s.kind === 'START').map((s) => s.id);
  const queue = roots.length > 0 ? roots : ids.slice(0, 1);
  queue.forEach((id) => depth.set(id, 0));
  for (let i = 0; i < queue.length; i++) {
    for (const t of outgoingTransitions(chart, queue[i])) {
      if (!depth.has(t.to) && ids.includes(t.to)) {
        depth.set(t.to, (depth.get(queue[i]) ?? 0) + 1);
        queue.push(t.to);
      }
    }
  }
  // reached END steps share one bottom layer, like the 办结 box at the foot of a printed chart
  const kind = new Map(chart.steps.map((s) => [s.id, s.kind]));
  const ends = queue.filter((id) => kind.get(id) === 'END' && (depth.get(id) ?? 0) > 0);
  const bottom = 1 + Math.max(0, ...queue.filter((id) => !ends.includes(id)).map((id) => depth.get(id) ?? 0));
  ends.forEach((id) => depth.set(id, bottom));
  const layers: string[][] = [];
  queue.forEach((id) => (layers[depth.get(id) ?? 0] ??= []).push(id));
  const rest = [...new Set(ids)].filter((id) => !depth.has(id));
  if (rest.length > 0) layers.push(rest);
  const widest = Math.max(1, ...layers.map((l) => l.length));
  const nodes = layers.flatMap((layer, li) =>
    layer.map((id, index) => ({
      id,
      layer: li,
      index,
      x: ((widest - layer.length) / 2 + index) * columnGap,
      y: li * rowGap,
    })),
  );
  return { nodes, layers, width: (widest - 1) * columnGap, height: Math.max(0, layers.length - 1) * rowGap };
}

/** Label overrides for drawings: action labels (e.g. for Mongolian or English) and role names. */
export interface FlowLabels {
  actions?: Partial<Record<FlowAction, string>>;
  roles?: Record<string, string>;
}

/** A node of the ECharts graph series (only the properties we set). */
export interface GraphNodeOption {
  id: string;
  name: string;
  x: number;
  y: number;
  symbol: 'roundRect' | 'rect';
  symbolSize: [number, number];
  itemStyle: { color: string };
  label: { show: true; formatter: string; color: string };
  kind: FlowStepKind;
}

/** A directed edge of the ECharts graph series; source and target are node indices. */
export interface GraphLinkOption {
  source: number;
  target: number;
  value: string;
  label: { show: true; formatter: string };
  lineStyle: { curveness: number };
}

/** The ECharts option for a chart: pass it to `setOption` (typed loosely so this library needs no echarts). */
export interface FlowGraphOption {
  tooltip: Record<string, unknown>;
  series: {
    type: 'graph';
    layout: 'none';
    roam: boolean;
    edgeSymbol: ['none', 'arrow'];
    edgeSymbolSize: [number, number];
    data: GraphNodeOption[];
    links: GraphLinkOption[];
  }[];
}

const KIND_COLOURS: Record<FlowStepKind, string> = { START: '#2e7d32', TASK: '#1565c0', END: '#546e7a' };

function roleName(role: string, labels?: FlowLabels): string {
  return labels?.roles?.[role] ?? FLOW_ROLE_LABELS_ZH[role] ?? role;
}

/** The second line under a step's name: who acts and the time limit (e.g. 村两委 · 2天). */
function stepMeta(step: FlowStep, labels?: FlowLabels): string {
  const who = step.role ? roleName(step.role, labels) : '';
  const limit = step.timeLimitDays === null ? '' : `${step.timeLimitDays}天`;
  return [who, limit].filter((s) => s !== '').join(' · ');
}

/** True when an edge goes back up (a return), so it is drawn curved instead of over the straight ones. */
function isBackEdge(from: FlowNodePosition, to: FlowNodePosition): boolean {
  return to.layer < from.layer;
}

/**
 * Builds an ECharts `graph` option: fixed positions from `layoutFlow`, START and END as rounded boxes and TASK steps
 * as rectangles in distinct colours, arrows labelled with the action (提交/同意/不同意/退回/上报/办结) or the
 * transition's own label, and back edges curved.
 */
export function flowChartOption(chart: FlowChart, labels?: FlowLabels): FlowGraphOption {
  const layout = layoutFlow(chart);
  const position = new Map(layout.nodes.map((n) => [n.id, n]));
  const steps = [...new Map(chart.steps.map((s) => [s.id, s])).values()];
  const index = new Map(steps.map((s, i) => [s.id, i]));
  const data: GraphNodeOption[] = steps.map((s) => {
    const p = position.get(s.id) as FlowNodePosition;
    const meta = stepMeta(s, labels);
    return {
      id: s.id,
      name: s.name,
      x: p.x,
      y: p.y,
      symbol: s.kind === 'TASK' ? 'rect' : 'roundRect',
      symbolSize: [160, s.kind === 'TASK' ? 48 : 40],
      itemStyle: { color: KIND_COLOURS[s.kind] },
      label: { show: true, formatter: meta ? `${s.name}\n${meta}` : s.name, color: '#fff' },
      kind: s.kind,
    };
  });
  const links: GraphLinkOption[] = chart.transitions
    .filter((t) => index.has(t.from) && index.has(t.to))
    .map((t) => {
      const text = transitionLabel(t, labels?.actions);
      const back = isBackEdge(position.get(t.from) as FlowNodePosition, position.get(t.to) as FlowNodePosition);
      return {
        source: index.get(t.from) as number,
        target: index.get(t.to) as number,
        value: text,
        label: { show: true, formatter: text },
        lineStyle: { curveness: back ? 0.4 : 0 },
      };
    });
  return {
    tooltip: {},
    series: [
      {
        type: 'graph',
        layout: 'none',
        roam: true,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 10],
        data,
        links,
      },
    ],
  };
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Options of `flowSvg`. */
export interface FlowSvgOptions {
  title?: string;
  labels?: FlowLabels;
  /** Prefix of ids inside the SVG (the arrow marker), so several charts can be inlined in one page. */
  idPrefix?: string;
}

const BOX_W = 180;
const FONT = 14;
const LINE = 18;
const CHARS_PER_LINE = 11; // about (BOX_W - padding) / FONT for CJK text, the usual case

function wrap(text: string): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += CHARS_PER_LINE) lines.push(chars.slice(i, i + CHARS_PER_LINE).join(''));
  return lines.length > 0 ? lines : [''];
}

/**
 * A standalone SVG drawing of the chart (UTF-8, CJK font stack) for print and posters: boxes for steps (rounded
 * for START and END), straight arrows downwards, curved arrows on the right for returns, labels on every arrow. All
 * text is escaped, so step names typed by villages cannot inject markup.
 */
export function flowSvg(chart: FlowChart, options: FlowSvgOptions = {}): string {
  const steps = [...new Map(chart.steps.map((s) => [s.id, s])).values()];
  const texts = new Map(steps.map((s) => [s.id, [...wrap(s.name), stepMeta(s, options.labels)].filter((l) => l)]));
  const boxH = 16 + LINE * Math.max(1, ...[...texts.values()].map((l) => l.length));
  const layout = layoutFlow(chart, { columnGap: BOX_W + 60, rowGap: boxH + 64 });
  const top = options.title ? 72 : 32;
  const left = 32 + BOX_W / 2;
  const backEdges = chart.transitions.filter((t) => {
    const [a, b] = [layout.nodes.find((n) => n.id === t.from), layout.nodes.find((n) => n.id === t.to)];
    return a && b && isBackEdge(a, b);
  }).length;
  const curveRoom = 40 + 24 * backEdges;
  const width = layout.width + BOX_W + 64 + curveRoom;
  const height = layout.height + boxH + top + 32;
  const at = new Map(layout.nodes.map((n) => [n.id, { ...n, cx: n.x + left, cy: n.y + top + boxH / 2 }]));
  const marker = `${options.idPrefix ?? 'flow'}-arrow`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
      ` font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="${FONT}">`,
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8"` +
      ` orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#455a64"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
  ];
  if (options.title) {
    out.push(
      `<text x="${width / 2}" y="40" text-anchor="middle" font-size="20" font-weight="bold">` +
        `${escapeXml(options.title)}</text>`,
    );
  }
  let curves = 0;
  for (const t of chart.transitions) {
    const a = at.get(t.from);
    const b = at.get(t.to);
    if (!a || !b) continue;
    const label = escapeXml(transitionLabel(t, options.labels?.actions));
    let path: string;
    let lx: number;
    let ly: number;
    if (isBackEdge(a, b)) {
      // returns leave and enter on the right side, each further out than the last so they stay apart
      const reach = 40 + 24 * curves++;
      const [x1, y1, x2, y2] = [a.cx + BOX_W / 2, a.cy, b.cx + BOX_W / 2, b.cy];
      path = `M${x1},${y1} C${x1 + reach},${y1} ${x2 + reach},${y2} ${x2},${y2}`;
      lx = (x1 + x2) / 2 + reach * 0.75 + 4;
      ly = (y1 + y2) / 2;
    } else if (a.layer === b.layer) {
      // sideways within a layer: from the facing side of one box to the facing side of the other
      const dir = b.cx > a.cx ? 1 : -1;
      const [x1, x2] = [a.cx + (dir * BOX_W) / 2, b.cx - (dir * BOX_W) / 2];
      path = `M${x1},${a.cy} L${x2},${b.cy}`;
      lx = (x1 + x2) / 2 - 12;
      ly = a.cy - 12;
    } else {
      const [x1, y1, x2, y2] = [a.cx, a.cy + boxH / 2, b.cx, b.cy - boxH / 2];
      // an edge over more than one layer runs straight down its own column first, so it does not cut across the
      // boxes of the layers in between, and turns towards its target just above it
      const bend = b.layer - a.layer > 1 && x1 !== x2 ? ` L${x1},${y2 - 20}` : '';
      path = `M${x1},${y1}${bend} L${x2},${y2}`;
      lx = (bend ? x1 : (x1 + x2) / 2) + 4;
      ly = bend ? (y1 + y2 - 20) / 2 : (y1 + y2) / 2;
    }
    out.push(`<path d="${path}" fill="none" stroke="#455a64" stroke-width="1.5" marker-end="url(#${marker})"/>`);
    out.push(
      `<text x="${lx}" y="${ly}" fill="#263238" stroke="#fff" stroke-width="4" paint-order="stroke"` +
        ` dominant-baseline="middle">${label}</text>`,
    );
  }
  for (const s of steps) {
    const p = at.get(s.id);
    if (!p) continue;
    const lines = texts.get(s.id) ?? [];
    const rx = s.kind === 'TASK' ? 4 : boxH / 2;
    out.push(
      `<rect x="${p.cx - BOX_W / 2}" y="${p.cy - boxH / 2}" width="${BOX_W}" height="${boxH}" rx="${rx}"` +
        ` fill="${KIND_COLOURS[s.kind]}" data-step="${escapeXml(s.id)}" data-kind="${s.kind}"/>`,
    );
    const firstY = p.cy - ((lines.length - 1) * LINE) / 2;
    lines.forEach((line, i) =>
      out.push(
        `<text x="${p.cx}" y="${firstY + i * LINE}" text-anchor="middle" dominant-baseline="middle" fill="#fff">` +
          `${escapeXml(line)}</text>`,
      ),
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
