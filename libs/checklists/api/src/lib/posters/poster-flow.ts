/// <reference types="pdfkit" />
import {
  FLOW_ROLE_LABELS_ZH,
  layoutFlow,
  transitionLabel,
  type FlowChart,
  type FlowStep,
} from '@xiangzhi/checklists/util';

/** Colours of the step kinds on paper: pale fills (printer-friendly) with a strong border; START/END are pills. */
export const FLOW_KIND_STYLE = {
  START: { fill: '#e8f5e9', stroke: '#2e7d32', label: '开始' },
  TASK: { fill: '#e3f2fd', stroke: '#1565c0', label: '办理环节' },
  END: { fill: '#eceff1', stroke: '#546e7a', label: '办结' },
} as const;

const INK = '#111111';
const META = '#37474f';
const EDGE = '#455a64';

/** A flow chart measured for a page: its size in points, and how to draw it at a given top-left corner. */
export interface FlowDrawing {
  width: number;
  height: number;
  /** Scale applied to fit the space given (1 = natural size). */
  scale: number;
  draw(x: number, y: number): void;
}

/** The line under a step's name: who acts and the time limit (村两委 · 2天). */
function stepMeta(step: FlowStep): string {
  const who = step.role ? (FLOW_ROLE_LABELS_ZH[step.role] ?? step.role) : '';
  const limit = step.timeLimitDays === null || step.timeLimitDays === undefined ? '' : `${step.timeLimitDays}天`;
  return [who, limit].filter((s) => s !== '').join(' · ');
}

/**
 * Measures a chart with `layoutFlow` (layers by depth from START, END steps at the bottom) and returns a drawing made
 * of pdfkit primitives: boxes (START and END as pills in their own colours, TASK steps as rectangles) with the step
 * name, role and time limit, straight arrows down, a detour down its own column for an edge over several layers,
 * sideways arrows within a layer, curved arrows on the right for returns, and the action (or the transition's own
 * label) on every arrow. Shrinks to fit `maxWidth` × `maxHeight`; `k` scales the natural size (A3 vs A4).
 */
export function flowDrawing(
  pdf: PDFKit.PDFDocument,
  chart: FlowChart,
  opts: { k: number; maxWidth: number; maxHeight: number },
): FlowDrawing {
  const { k } = opts;
  const steps = [...new Map(chart.steps.map((s) => [s.id, s])).values()];
  const nameFont = 8.5 * k;
  const metaFont = 7.5 * k;
  const labelFont = 7.5 * k;
  const boxW = 132 * k;
  const pad = 5 * k;
  const textW = boxW - 2 * pad;
  const measure = (font: number, width: number) => {
    let name = 0;
    let meta = 0;
    for (const s of steps) {
      name = Math.max(name, pdf.fontSize(font).heightOfString(s.name || ' ', { width }));
      const m = stepMeta(s);
      if (m) meta = Math.max(meta, pdf.fontSize(font * (metaFont / nameFont)).heightOfString(m, { width }));
    }
    return { name, meta };
  };
  const natural = measure(nameFont, textW);
  const boxH = Math.max(30 * k, natural.name + natural.meta + 2 * pad);
  const layout = layoutFlow(chart, { columnGap: boxW + 40 * k, rowGap: boxH + 42 * k });
  const pos = new Map(layout.nodes.map((n) => [n.id, n]));

  // edges grouped by (from, to): two actions with one target share one arrow and one label (同意/办结)
  const edges = new Map<string, { from: string; to: string; labels: string[] }>();
  for (const t of chart.transitions) {
    if (!pos.has(t.from) || !pos.has(t.to)) continue;
    const key = `${t.from}\u0000${t.to}`;
    const e = edges.get(key) ?? { from: t.from, to: t.to, labels: [] };
    const label = transitionLabel(t);
    if (!e.labels.includes(label)) e.labels.push(label);
    edges.set(key, e);
  }
  const isBack = (e: { from: string; to: string }) =>
    (pos.get(e.to)?.layer ?? 0) < (pos.get(e.from)?.layer ?? 0) || e.from === e.to;
  const backCount = [...edges.values()].filter(isBack).length;
  const curveRoom = backCount > 0 ? 28 * k + 16 * k * backCount : 0;
  // an edge over several layers with boxes below it in its own column runs down a lane on the left instead, one
  // lane per target (like a bus into 终止)
  const blocked = (e: { from: string; to: string }) => {
    const [a, b] = [pos.get(e.from), pos.get(e.to)];
    if (!a || !b || b.layer - a.layer <= 1) return false;
    return layout.nodes.some((n) => n.layer > a.layer && n.layer < b.layer && Math.abs(n.x - a.x) < boxW);
  };
  const laneTargets = [...new Set([...edges.values()].filter((e) => !isBack(e) && blocked(e)).map((e) => e.to))];
  const laneRoom = laneTargets.length > 0 ? 22 * k + 16 * k * laneTargets.length : 0;
  const naturalW = laneRoom + layout.width + boxW + curveRoom;
  const naturalH = layout.height + boxH;
  const scale = Math.min(1, opts.maxWidth / naturalW, opts.maxHeight / naturalH);

  const draw = (x0: number, y0: number) => {
    const s = scale;
    const bw = boxW * s;
    const bh = boxH * s;
    const at = (id: string) => {
      const n = pos.get(id) as { x: number; y: number; layer: number };
      return { cx: x0 + (laneRoom + n.x + boxW / 2) * s, cy: y0 + (n.y + boxH / 2) * s, layer: n.layer };
    };
    const arrowHead = (fx: number, fy: number, tx: number, ty: number) => {
      const len = Math.hypot(tx - fx, ty - fy) || 1;
      const [ux, uy] = [(tx - fx) / len, (ty - fy) / len];
      const size = 5 * k * s;
      const [bx, by] = [tx - ux * size, ty - uy * size];
      pdf
        .polygon(
          [tx, ty],
          [bx - uy * size * 0.55, by + ux * size * 0.55],
          [bx + uy * size * 0.55, by - ux * size * 0.55],
        )
        .fillColor(EDGE)
        .fill();
    };
    const labels: Array<{ text: string; x: number; y: number }> = [];
    let curve = 0;
    pdf.lineWidth(0.9 * k * s).strokeColor(EDGE);
    for (const e of edges.values()) {
      const a = at(e.from);
      const b = at(e.to);
      const text = e.labels.join('/');
      if (isBack(e)) {
        // returns leave and enter on the right side, each further out than the last so they stay apart
        const reach = (28 * k + 16 * k * curve++) * s;
        const [x1, y1, x2, y2] = [a.cx + bw / 2, a.cy, b.cx + bw / 2, b.cy + (e.from === e.to ? bh / 3 : 0)];
        pdf
          .moveTo(x1, y1)
          .bezierCurveTo(x1 + reach, y1, x2 + reach, y2, x2 + 1, y2)
          .stroke();
        arrowHead(x2 + reach, y2, x2, y2);
        labels.push({ text, x: Math.max(x1, x2) + reach * 0.75, y: (y1 + y2) / 2 });
      } else if (blocked(e)) {
        const laneX = x0 + (laneRoom - 16 * k * (laneTargets.indexOf(e.to) + 1)) * s;
        const [x1, y1, x2, y2] = [a.cx - bw / 2, a.cy, b.cx - bw / 2, b.cy];
        pdf.moveTo(x1, y1).lineTo(laneX, y1).lineTo(laneX, y2).lineTo(x2, y2).stroke();
        arrowHead(laneX, y2, x2, y2);
        labels.push({ text, x: (x1 + laneX) / 2, y: y1 - 7 * k * s });
      } else if (a.layer === b.layer) {
        const dir = b.cx > a.cx ? 1 : -1;
        const [x1, x2] = [a.cx + (dir * bw) / 2, b.cx - (dir * bw) / 2];
        pdf.moveTo(x1, a.cy).lineTo(x2, b.cy).stroke();
        arrowHead(x1, a.cy, x2, b.cy);
        labels.push({ text, x: (x1 + x2) / 2, y: a.cy - 7 * k * s });
      } else {
        const [x1, y1, x2, y2] = [a.cx, a.cy + bh / 2, b.cx, b.cy - bh / 2];
        // over more than one layer: straight down its own column first, turning towards the target just above it
        const detour = b.layer - a.layer > 1 && Math.abs(x1 - x2) > 0.5;
        const turnY = y2 - 14 * k * s;
        pdf.moveTo(x1, y1);
        if (detour) pdf.lineTo(x1, turnY);
        pdf.lineTo(x2, y2).stroke();
        if (detour) arrowHead(x1, turnY, x2, y2);
        else arrowHead(x1, y1, x2, y2);
        labels.push(detour ? { text, x: x1, y: (y1 + turnY) / 2 } : { text, x: (x1 + x2) / 2, y: (y1 + y2) / 2 });
      }
    }
    for (const st of steps) {
      const p = at(st.id);
      const style = FLOW_KIND_STYLE[st.kind] ?? FLOW_KIND_STYLE.TASK;
      const [left, top] = [p.cx - bw / 2, p.cy - bh / 2];
      const radius = st.kind === 'TASK' ? 3 * s : bh / 2;
      pdf
        .roundedRect(left, top, bw, bh, radius)
        .lineWidth((st.kind === 'TASK' ? 1 : 1.4) * k * s)
        .fillAndStroke(style.fill, style.stroke);
      const meta = stepMeta(st);
      const width = textW * s;
      const nameH = pdf.fontSize(nameFont * s).heightOfString(st.name || ' ', { width });
      const metaH = meta ? pdf.fontSize(metaFont * s).heightOfString(meta, { width }) : 0;
      let ty = p.cy - (nameH + metaH) / 2;
      pdf
        .fontSize(nameFont * s)
        .fillColor(INK)
        .text(st.name, left + pad * s, ty, { width, align: 'center' });
      ty += nameH;
      if (meta) {
        pdf
          .fontSize(metaFont * s)
          .fillColor(META)
          .text(meta, left + pad * s, ty, { width, align: 'center' });
      }
    }
    pdf.fontSize(labelFont * s);
    for (const l of labels) {
      const w = pdf.widthOfString(l.text) + 4 * k * s;
      const h = pdf.currentLineHeight() + 1 * s;
      pdf
        .rect(l.x - w / 2, l.y - h / 2, w, h)
        .fillColor('#ffffff')
        .fill();
      pdf.fillColor(EDGE).text(l.text, l.x - w / 2, l.y - h / 2, { width: w, align: 'center', lineBreak: false });
    }
  };
  return { width: naturalW * scale, height: naturalH * scale, scale, draw };
}
