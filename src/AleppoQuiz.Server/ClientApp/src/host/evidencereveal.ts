// A find-the-evidence question on the projector. While it is open the class reads the passage here and selects on
// their phones; at the reveal the same passage shows where the class looked, as a heat map over its words, with
// the evidence framed and how many found it.
import { t } from "../shared/i18n";
import { el } from "../shared/dom";
import { readOnlyPassage } from "../shared/passage";
import { countsOf, markedPassage, passageLegend } from "../shared/passagereveal";
import { revealPassage } from "../shared/evidencekind";
import type { OptionView, RevealView, QuestionPassage } from "../contract/hub";

export function hostPassage(words: OptionView[], passage: QuestionPassage): HTMLElement {
  return el("div", { className: "card fe-host-passage" }, readOnlyPassage(words, passage));
}

export function heatMapPanel(reveal: RevealView): HTMLElement {
  const words = reveal.distribution.map((tally) => ({ id: tally.id, text: tally.text }));
  const map = markedPassage(words, revealPassage(reveal), {
    evidence: reveal.correctOptionIds,
    heat: { counts: countsOf(reveal.distribution), answered: reveal.answeredCount },
  });
  return el("div", { className: "card fe-heat-card" }, el("h2", { text: t("evidence.whereClassLooked") }), map, passageLegend(true));
}
