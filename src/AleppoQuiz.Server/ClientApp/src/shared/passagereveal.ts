// A find-the-evidence passage once the question is closed: the evidence outlined as one frame around its words,
// and either the class's selections as a heat map (the projector) or one student's own selection (a phone, a
// practice reveal, a results page). Words are shaded in five steps by the share of the class that selected them,
// so the map reads the same in a class of five as in a class of fifty.
import { authored, el } from "./dom";
import { t } from "./i18n";
import { quoteOf, readOnlyPassage } from "./passage";
import type { OptionView, QuestionPassage } from "../contract/hub";

export const heatSteps = 5;

/** The shade step (0 for nobody, 1–5) of a word `count` of `answered` players selected. */
export function heatStep(count: number, answered: number): number {
  if (count <= 0 || answered <= 0) return 0;
  return Math.min(heatSteps, Math.max(1, Math.ceil((count / answered) * heatSteps)));
}

export interface PassageMarks {
  evidence: number[];
  /** How many players selected each word, by word id, with how many answered: the heat map. */
  heat?: { counts: Map<number, number>; answered: number };
  /** One student's own selection. */
  yours?: number[];
}

/** The evidence frame: top and bottom on every word and gap of the run, the sides at its two ends. */
function frame(element: HTMLElement, inside: boolean, opens: boolean, closes: boolean): void {
  if (!inside) return;
  element.classList.add("in-evidence");
  if (opens) element.classList.add("evidence-start");
  if (closes) element.classList.add("evidence-end");
}

/** A label and the passage's own words after it, for screen readers only; the words keep their own language. */
function spoken(label: string, words: string): HTMLElement {
  return el("span", { className: "sr-only" }, `${label}: `, el("span", { text: words, attrs: authored }));
}

export function markedPassage(words: OptionView[], passage: QuestionPassage, marks: PassageMarks): HTMLElement {
  const evidence = new Set(marks.evidence);
  const yours = new Set(marks.yours ?? []);
  const step = (id: number): number => (marks.heat ? heatStep(marks.heat.counts.get(id) ?? 0, marks.heat.answered) : 0);
  const figure = readOnlyPassage(
    words,
    passage,
    (word, id) => {
      const inside = evidence.has(id);
      frame(word, inside, inside && !evidence.has(id - 1), inside && !evidence.has(id + 1));
      if (yours.has(id)) word.classList.add("is-yours");
      if (step(id) > 0) word.classList.add(`heat-${step(id)}`);
    },
    (gap, before, after) => {
      frame(gap, evidence.has(before) && evidence.has(after), false, false);
      if (yours.has(before) && yours.has(after)) gap.classList.add("is-yours");
      const shade = Math.min(step(before), step(after));
      if (shade > 0) gap.classList.add(`heat-${shade}`);
    },
  );
  figure.classList.add(marks.heat ? "fe-heatmap" : "fe-marked");
  // The frame and the shades are seen; a screen reader hears the evidence and, on a phone, the student's own words.
  figure.append(spoken(t("evidence.theEvidence"), quoteOf(words, evidence)));
  if (yours.size > 0) figure.append(spoken(t("evidence.yourSelection"), quoteOf(words, yours)));
  return figure;
}

/** The key under a marked passage: the frame is the evidence; shades count selections, or mark the student's own. */
export function passageLegend(heat: boolean): HTMLElement {
  const evidence = el("li", { className: "legend-evidence" }, el("span", { className: "legend-swatch in-evidence evidence-start evidence-end", attrs: { "aria-hidden": "true" } }), t("evidence.theEvidence"));
  if (!heat) {
    const yours = el("li", {}, el("span", { className: "legend-swatch is-yours", attrs: { "aria-hidden": "true" } }), t("evidence.yourSelection"));
    return el("ul", { className: "fe-legend" }, evidence, yours);
  }
  const shades = el(
    "li",
    { className: "legend-heat" },
    t("evidence.fewer"),
    el("span", { className: "legend-scale", attrs: { "aria-hidden": "true" } }, ...Array.from({ length: heatSteps }, (_, i) => el("span", { className: `legend-swatch heat-${i + 1}` }))),
    t("evidence.more"),
  );
  return el("ul", { className: "fe-legend", attrs: { "aria-label": t("evidence.legend") } }, evidence, shades);
}

/** "2 of 3 found it · 1 partly": the headline of a find-the-evidence reveal. */
export function foundSummary(found: number, partly: number, answered: number): string {
  const whole = t("evidence.foundSummary", { n: found, total: answered });
  return partly > 0 ? `${whole} · ${t("evidence.partlySummary", { n: partly })}` : whole;
}

export function countsOf(distribution: { id: number; count: number }[]): Map<number, number> {
  return new Map(distribution.map((tally) => [tally.id, tally.count]));
}
