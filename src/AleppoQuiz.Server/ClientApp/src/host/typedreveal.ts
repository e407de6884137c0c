// A type-answer question's reveal on the projector: the accepted answers, then what the class typed, grouped the
// way the server matched them, accepted groups marked. A long tail of one-off answers is cut to "and N more" so the
// list never pushes the next button off a projector.
import { authored, el, srOnly } from "../shared/dom";
import { formatNumber, t } from "../shared/i18n";
import type { RevealView, TypedAnswerTally } from "../contract/hub";

/** Enough groups to see what the class thought; more would not fit beside the evidence at 1280×720. */
export const shownTypedGroups = 6;

function groupRow(group: TypedAnswerTally): HTMLLIElement {
  return el(
    "li",
    { className: `typed-group${group.isAccepted ? " is-accepted" : ""}` },
    el("span", { className: "typed-text", text: group.text, attrs: authored }),
    group.isAccepted ? el("span", { className: "correct-mark" }, el("span", { attrs: { "aria-hidden": "true" }, text: "✔" }), ` ${t("kind.typedRight")}`) : null,
    el("span", { className: "typed-count" }, el("span", { attrs: { "aria-hidden": "true" }, text: formatNumber(group.count) }), srOnly(t("kind.typedCount", { n: group.count }))),
  );
}

export function typedAnswersPanel(reveal: RevealView): HTMLElement {
  const shown = reveal.typedAnswers.slice(0, shownTypedGroups);
  const hidden = reveal.typedAnswers.length - shown.length;
  const acceptedTitle = t("kind.accepted", { n: reveal.acceptedAnswers.length });
  return el(
    "div",
    { className: "card typed-reveal" },
    el("h2", { text: acceptedTitle }),
    el("ul", { className: "accepted-list", attrs: { "aria-label": acceptedTitle } }, ...reveal.acceptedAnswers.map((text) => el("li", { className: "accepted-answer", text, attrs: authored }))),
    el("h2", { text: t("kind.classTyped") }),
    shown.length === 0
      ? el("p", { className: "hint", text: t("kind.nobodyTyped") })
      : el(
          "ol",
          { className: "typed-groups", attrs: { "aria-label": t("kind.classTyped") } },
          ...shown.map(groupRow),
          hidden > 0 ? el("li", { className: "typed-more", text: t("kind.andMore", { n: hidden }) }) : null,
        ),
  );
}
