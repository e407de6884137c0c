// Bar charts drawn as SVG: crisp on a projector and in print, no chart library to load. Every chart also has a
// text equivalent (a title and a table or list beside it), so the bars are never the only way to read a figure.

const svgNs = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

export interface Bar {
  label: string;
  value: number;
  /** Shown at the end of the bar, e.g. "12" or "75%". */
  caption: string;
  tone: "right" | "wrong" | "neutral";
}

/** Horizontal bars, one per row, scaled to `max` (the largest value when not given). */
export function barChart(title: string, bars: Bar[], max?: number): SVGSVGElement {
  const rowHeight = 28;
  const labelWidth = 300;
  const width = 640;
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${bars.length * rowHeight + 8}`,
    role: "img",
    "aria-label": title,
    class: "bar-chart",
  });
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 4;
    const label = svg("text", { x: 0, y: y + 18, class: "bar-label" });
    label.textContent = bar.label.length > 36 ? `${bar.label.slice(0, 35)}…` : bar.label;
    const length = ((width - labelWidth - 60) * bar.value) / top;
    const rect = svg("rect", { x: labelWidth, y: y + 4, width: Math.max(length, 1), height: rowHeight - 10, rx: 3, class: `bar bar-${bar.tone}` });
    const caption = svg("text", { x: labelWidth + length + 6, y: y + 18, class: "bar-caption" });
    caption.textContent = bar.caption;
    chart.append(label, rect, caption);
  });
  return chart;
}
