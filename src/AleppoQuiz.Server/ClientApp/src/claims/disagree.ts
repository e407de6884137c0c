// "Where the sources disagree": figures that differ, claims that contradict, and one place spelled several ways.
// Each card shows both (or all) sides with the outlet and the exact words, so a class can check them in the text.
import { button, el } from "../shared/dom";
import type { Claim, ClaimsMap, Contradiction, Evidence, FigureConflict, ShowSpan, SpellingGroup } from "./api";

let cardCount = 0;

function quote(evidence: Evidence, show: ShowSpan, label: string): HTMLElement {
  const open = button("Show in the article", () => show(evidence, open), "btn btn-secondary btn-small", { "aria-label": `Show ${label} in the ${evidence.outlet} article` });
  return el("figure", { className: "evidence" }, el("figcaption", {}, el("span", { className: "outlet", text: evidence.outlet })), el("blockquote", { className: "passage" }, el("mark", { text: evidence.quote.trim() })), open);
}

function card(kind: string, title: string, ...body: (HTMLElement | null)[]): HTMLElement {
  const id = `disagree-${++cardCount}`;
  return el("article", { className: `card disagree-card ${kind}`, attrs: { "aria-labelledby": id } }, el("p", { className: "counter", text: kind.replace(/-/g, " ") }), el("h3", { text: title, attrs: { id } }), ...body);
}

function figureCard(conflict: FigureConflict, show: ShowSpan): HTMLElement {
  return card(
    "numbers-disagree",
    `How many ${conflict.quantity}?`,
    conflict.allLowerBounds ? el("p", { className: "hint", text: "Every figure here is a lower bound (“at least”, “more than”), so they need not contradict each other." }) : null,
    el(
      "ul",
      { className: "sides" },
      ...conflict.figures.map((f) =>
        el(
          "li",
          { className: "side", attrs: { "data-value": f.value } },
          el("p", { className: "figure-value", text: f.value }),
          el("p", { className: "according", text: f.givenBy ? `according to ${f.givenBy}, in ${f.outlet}` : `${f.outlet}, with no source given` }),
          quote(f.evidence, show, `“${f.value}”`),
        ),
      ),
    ),
  );
}

function claimSide(verdict: string, claim: Claim, show: ShowSpan): HTMLElement {
  const who = claim.speaker ?? "an unnamed source";
  return el("li", { className: "side" }, el("p", { className: "according" }, el("strong", { text: verdict }), ` ${who}, in ${claim.evidence.outlet}`), quote(claim.evidence, show, `what ${who} said`));
}

function contradictionCard(contradiction: Contradiction, show: ShowSpan): HTMLElement {
  const claim = `${contradiction.proposition.charAt(0).toUpperCase()}${contradiction.proposition.slice(1)}`;
  return card(
    "contradicting-claims",
    `“${claim}”: yes or no?`,
    el("ul", { className: "sides" }, ...contradiction.affirming.map((c) => claimSide("Yes, says", c, show)), ...contradiction.denying.map((c) => claimSide(`${contradiction.denyingLabel}, says`, c, show))),
  );
}

function spellingCard(group: SpellingGroup, show: ShowSpan): HTMLElement {
  const names = group.spellings.map((s) => s.spelling);
  return card(
    "place-spellings",
    `One name, ${names.length} spellings: ${names.join(", ")}`,
    el(
      "ul",
      { className: "sides" },
      ...group.spellings.map((s) =>
        el("li", { className: "side", attrs: { "data-spelling": s.spelling } }, el("p", { className: "figure-value", text: s.spelling }), el("p", { className: "according", text: `used by ${s.outlets.join(", ")}` }), quote(s.firstUse, show, `“${s.spelling}”`)),
      ),
    ),
  );
}

export function disagreementsSection(map: ClaimsMap, show: ShowSpan): HTMLElement {
  const cards = [...map.figureConflicts.map((f) => figureCard(f, show)), ...map.contradictions.map((c) => contradictionCard(c, show)), ...map.spellings.map((s) => spellingCard(s, show))];
  return el(
    "section",
    { className: "claims-section", attrs: { "aria-labelledby": "disagree-title" } },
    el("h2", { text: "Where the sources disagree", attrs: { id: "disagree-title" } }),
    cards.length === 0 ? el("p", { className: "hint empty", text: "These articles agree: no differing figures, contradicting claims or spellings were found." }) : el("div", { className: "disagree-grid" }, ...cards),
  );
}
