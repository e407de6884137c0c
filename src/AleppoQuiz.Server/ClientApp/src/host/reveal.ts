// The reveal on the projector: how the class answered as a bar chart in the options' colours and shapes, the
// right answer marked, then the explanation and the passages from the articles. A type-answer question shows the
// accepted answers and what the class typed instead of a chart; a poll shows its spread with nothing marked right.
import { formatNumber, t } from "../shared/i18n";
import { authored, button, el, srOnly } from "../shared/dom";
import { explanationSection } from "../shared/evidence";
import { optionClass, optionLabel, questionCounter } from "../shared/options";
import { typedAnswersPanel } from "./typedreveal";
import { heatMapPanel } from "./evidencereveal";
import { foundSummary } from "../shared/passagereveal";
import { isFindEvidence } from "../shared/evidencekind";
import type { OptionTally, RevealView } from "../contract/hub";

function barRow(tally: OptionTally, position: number, max: number, isOrder: boolean, isPoll: boolean): HTMLLIElement {
  const share = max > 0 ? Math.round((tally.count / max) * 100) : 0;
  const fill = el("span", { className: "bar-fill" });
  fill.style.width = `${Math.max(share, 2)}%`;
  const label = el("span", { className: "bar-label" });
  label.append(optionLabel(position, tally.text));
  const mark = !isOrder && tally.isCorrect ? el("span", { className: "correct-mark" }, el("span", { attrs: { "aria-hidden": "true" }, text: "✔" }), ` ${t("reveal.correct")}`) : null;
  const counted = isOrder ? t("reveal.placedRight", { n: tally.count }) : isPoll ? t("kind.pollVotes", { n: tally.count }) : t("reveal.answers", { n: tally.count });
  return el(
    "li",
    { className: `bar-row ${optionClass(position)}${!isOrder && tally.isCorrect ? " is-correct" : ""}`, attrs: { "data-option-id": String(tally.id) } },
    label,
    el("span", { className: "bar-track", attrs: { "aria-hidden": "true" } }, fill),
    el("span", { className: "bar-count" }, el("span", { attrs: { "aria-hidden": "true" }, text: formatNumber(tally.count) }), srOnly(counted)),
    mark,
  );
}

function correctOrder(reveal: RevealView): HTMLElement {
  const items = reveal.correctOptionIds.map((id) => {
    const position = reveal.distribution.findIndex((t) => t.id === id);
    const item = el("li", { className: `correct-option ${optionClass(position)}` });
    item.append(optionLabel(position, reveal.distribution[position]?.text ?? ""));
    return item;
  });
  return el("section", { className: "correct-answers" }, el("h2", { text: t("reveal.rightOrder") }), el("ol", {}, ...items));
}

function chartPanel(reveal: RevealView): HTMLElement {
  const isOrder = reveal.kind === "order";
  const isPoll = reveal.kind === "poll";
  const max = Math.max(1, ...reveal.distribution.map((t) => t.count));
  const label = isOrder ? t("reveal.orderChart") : isPoll ? t("kind.pollSpread") : t("reveal.chart");
  const chart = el(
    "ol",
    { className: `bar-chart${isPoll ? " poll-chart" : ""}`, attrs: { "aria-label": label } },
    ...reveal.distribution.map((tally, position) => barRow(tally, position, max, isOrder, isPoll)),
  );
  return el(
    "div",
    { className: "card" },
    isPoll ? el("h2", { text: t("kind.pollSpread") }) : null,
    // An ordering question's bars count players, not answers: the legend says so.
    isOrder ? el("p", { className: "chart-legend", text: t("reveal.orderLegend") }) : null,
    chart,
    isOrder ? correctOrder(reveal) : null,
  );
}

export function revealScreen(reveal: RevealView, next: () => void, nextLabel: string): HTMLElement {
  const isPoll = reveal.kind === "poll";
  const findEvidence = isFindEvidence(reveal.kind);
  // The framed passage is the evidence of a find-the-evidence question: quoting it again beside it would not fit.
  const payload = findEvidence && reveal.revealPayload ? { ...reveal.revealPayload, evidence: [] } : reveal.revealPayload;
  const summary = findEvidence
    ? foundSummary(reveal.foundCount ?? reveal.fullyCorrectCount, reveal.partlyFoundCount ?? 0, reveal.answeredCount)
    : isPoll
    ? t("kind.pollSummary", { n: reveal.answeredCount })
    : reveal.kind === "type-answer"
    ? t("kind.typedSummary", { accepted: reveal.fullyCorrectCount, n: reveal.answeredCount })
    : t("reveal.summary", { n: reveal.fullyCorrectCount, total: reveal.answeredCount });
  return el(
    "section",
    { className: "screen host-reveal" },
    el("header", { className: "question-head" }, questionCounter(reveal.index, reveal.total), el("p", { className: "summary", text: summary })),
    el("h1", { className: "prompt", text: reveal.revealPayload?.prompt ?? t("reveal.answer"), attrs: authored }),
    el(
      "div",
      { className: `reveal-grid${findEvidence ? " fe-reveal-grid" : ""}` },
      findEvidence ? heatMapPanel(reveal) : reveal.kind === "type-answer" ? typedAnswersPanel(reveal) : chartPanel(reveal),
      el("div", { className: "card" }, explanationSection(payload, "h2", isPoll ? t("kind.pollDiscuss") : undefined)),
    ),
    el("div", { className: "controls" }, button(nextLabel, next, "btn btn-primary btn-large", { "data-action": "next" })),
  );
}
