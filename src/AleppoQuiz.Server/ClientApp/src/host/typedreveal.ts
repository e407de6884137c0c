// A type-answer question's reveal on the projector: the accepted answers, then what the class typed, grouped the
// way the server matched them, accepted groups marked. A long tail of one-off answers is cut to "and N more" so the
// list never pushes the next button off a projector.
import { el, srOnly } from "../shared/dom";
import { kindTexts } from "../shared/kindtexts";
import type { RevealView, TypedAnswerTally } from "../shared/protocol";

/** Enough groups to see what the class thought; more would not fit beside the evidence at 1280×720. */
export const shownTypedGroups = 6;

function groupRow(group: TypedAnswerTally): HTMLLIElement {
  return el(
    "li",
    { className: `typed-group${group.isAccepted ? " is-accepted" : ""}` },
    el("span", { className: "typed-text", text: group.text }),
    group.isAccepted ? el("span", { className: "correct-mark" }, el("span", { attrs: { "aria-hidden": "true" }, text: "✔" }), ` ${kindTexts.typedRight}`) : null,
    el("span", { className: "typed-count" }, el("span", { attrs: { "aria-hidden": "true" }, text: String(group.count) }), srOnly(kindTexts.typedCount(group.count))),
  );
}

export function typedAnswersPanel(reveal: RevealView): HTMLElement {
  const shown = reveal.typedAnswers.slice(0, shownTypedGroups);
  const hidden = reveal.typedAnswers.length - shown.length;
  const acceptedTitle = kindTexts.accepted(reveal.acceptedAnswers.length);
  return el(
    "div",
    { className: "card typed-reveal" },
    el("h2", { text: acceptedTitle }),
    el("ul", { className: "accepted-list", attrs: { "aria-label": acceptedTitle } }, ...reveal.acceptedAnswers.map((text) => el("li", { className: "accepted-answer", text }))),
    el("h2", { text: kindTexts.classTyped }),
    shown.length === 0
      ? el("p", { className: "hint", text: kindTexts.nobodyTyped })
      : el(
          "ol",
          { className: "typed-groups", attrs: { "aria-label": kindTexts.classTyped } },
          ...shown.map(groupRow),
          hidden > 0 ? el("li", { className: "typed-more", text: kindTexts.andMore(hidden) }) : null,
        ),
  );
}
