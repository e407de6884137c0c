// "Where the sources disagree": figures that differ, claims that contradict, and one place spelled several ways.
// Each card shows both (or all) sides with the outlet and the exact words, so a class can check them in the text.
import { t, tParts } from "../shared/i18n";
import { skillName } from "../shared/authoring";
import { authored, authoredText, button, el } from "../shared/dom";
import type { ShowSpan } from "./api";
import type { ClaimInfo, ClaimsMap, ContradictionInfo, EvidenceInfo, FigureConflictInfo, SpellingGroupInfo } from "../contract/http";

let cardCount = 0;

function quote(evidence: EvidenceInfo, show: ShowSpan, label: string): HTMLElement {
  const open = button(t("claims.showInArticle"), () => show(evidence, open), "btn btn-secondary btn-small", { "aria-label": `${t("claims.showInArticle")}: ${label} (${evidence.outlet})` });
  return el("figure", { className: "evidence" }, el("figcaption", {}, el("span", { className: "outlet", text: evidence.outlet, attrs: authored })), el("blockquote", { className: "passage", attrs: authored }, el("mark", { text: evidence.quote.trim() })), open);
}

function card(kind: string, title: string, ...body: (HTMLElement | null)[]): HTMLElement {
  const id = `disagree-${++cardCount}`;
  return el("article", { className: `card disagree-card ${kind}`, attrs: { "aria-labelledby": id } }, el("p", { className: "counter", text: skillName(kind) }), el("h3", { text: title, attrs: { id, ...authored } }), ...body);
}

function figureCard(conflict: FigureConflictInfo, show: ShowSpan): HTMLElement {
  return card(
    "numbers-disagree",
    t("claims.howMany", { quantity: conflict.quantity }),
    conflict.allLowerBounds ? el("p", { className: "hint", text: t("claims.lowerBounds") }) : null,
    el(
      "ul",
      { className: "sides" },
      ...conflict.figures.map((f) =>
        el(
          "li",
          { className: "side", attrs: { "data-value": f.value } },
          el("p", { className: "figure-value", text: f.value, attrs: authored }),
          el("p", { className: "according" }, ...(f.givenBy ? tParts("claims.according", { who: authoredText(f.givenBy), outlet: authoredText(f.outlet) }) : tParts("claims.noSource", { outlet: authoredText(f.outlet) }))),
          quote(f.evidence, show, `“${f.value}”`),
        ),
      ),
    ),
  );
}

function claimSide(verdict: (string | Node)[], claim: ClaimInfo, show: ShowSpan): HTMLElement {
  const who = claim.speaker ?? t("claims.unnamedSource");
  return el("li", { className: "side" }, el("p", { className: "according" }, el("strong", {}, ...verdict), " ", ...tParts("claims.whoIn", { who: claim.speaker ? authoredText(who) : who, outlet: authoredText(claim.evidence.outlet) })), quote(claim.evidence, show, t("claims.whatSaid", { who })));
}

// The engine says "No", or names who did it instead ("No, pro-government forces did") in the articles' words.
function denial(label: string): (string | Node)[] {
  return label === "No" ? [t("claims.noPlainSays")] : tParts("claims.noSays", { label: authoredText(label) });
}

function contradictionCard(contradiction: ContradictionInfo, show: ShowSpan): HTMLElement {
  const claim = `${contradiction.proposition.charAt(0).toUpperCase()}${contradiction.proposition.slice(1)}`;
  return card(
    "contradicting-claims",
    t("claims.yesOrNo", { claim }),
    el("ul", { className: "sides" }, ...contradiction.affirming.map((c) => claimSide([t("claims.yesSays")], c, show)), ...contradiction.denying.map((c) => claimSide(denial(contradiction.denyingLabel), c, show))),
  );
}

function spellingCard(group: SpellingGroupInfo, show: ShowSpan): HTMLElement {
  const names = group.spellings.map((s) => s.spelling);
  return card(
    "place-spellings",
    t("claims.spellings", { n: names.length, names: names.join(", ") }),
    el(
      "ul",
      { className: "sides" },
      ...group.spellings.map((s) =>
        el("li", { className: "side", attrs: { "data-spelling": s.spelling } }, el("p", { className: "figure-value", text: s.spelling, attrs: authored }), el("p", { className: "according" }, ...tParts("claims.usedBy", { outlets: authoredText(s.outlets.join(", ")) })), quote(s.firstUse, show, `“${s.spelling}”`)),
      ),
    ),
  );
}

export function disagreementsSection(map: ClaimsMap, show: ShowSpan): HTMLElement {
  const cards = [...map.figureConflicts.map((f) => figureCard(f, show)), ...map.contradictions.map((c) => contradictionCard(c, show)), ...map.spellings.map((s) => spellingCard(s, show))];
  return el(
    "section",
    { className: "claims-section", attrs: { "aria-labelledby": "disagree-title" } },
    el("h2", { text: t("claims.disagreeTitle"), attrs: { id: "disagree-title" } }),
    cards.length === 0 ? el("p", { className: "hint empty", text: t("claims.agree") }) : el("div", { className: "disagree-grid" }, ...cards),
  );
}
