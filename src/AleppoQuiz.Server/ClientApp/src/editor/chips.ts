// The evidence chosen so far, as chips: the outlet, the quoted words, and a button to take it off again.
import { t } from "../shared/i18n";
import { button, el, replace } from "../shared/dom";
import type { Draft } from "./draft";

function short(quote: string): string {
  return quote.length <= 50 ? quote : `${quote.slice(0, 49)}…`;
}

export function evidenceChips(list: HTMLElement, draft: Draft, changed: (focusAfterRemove?: number) => void): void {
  if (draft.evidence.length === 0) {
    replace(list, el("li", { className: "hint chip-empty", text: t("editor.noEvidence") }));
    return;
  }
  replace(
    list,
    ...draft.evidence.map((evidence, at) =>
      el(
        "li",
        { className: "evidence-chip", attrs: { "data-article-id": evidence.articleId, "data-start": String(evidence.start) } },
        el("span", { className: "outlet", text: evidence.outlet }),
        el("span", { className: "chip-quote", text: evidence.quote }),
        button(
          "✕",
          () => {
            draft.evidence.splice(at, 1);
            changed(at);
          },
          "btn btn-icon btn-remove",
          { "aria-label": t("editor.removeEvidence", { outlet: evidence.outlet, quote: short(evidence.quote) }) },
        ),
      ),
    ),
  );
}
