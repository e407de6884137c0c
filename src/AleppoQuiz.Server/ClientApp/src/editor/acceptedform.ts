// The accepted answers of a type-answer question: one text box each, added and removed like options. Case,
// accents, punctuation and spacing never need a variant of their own (the server ignores them); spellings do.
import { button, el, replace } from "../shared/dom";
import { formatNumber, t } from "../shared/i18n";
import type { Draft } from "./draft";
import { typedAnswerMaxLength } from "../shared/limits";

const maxAccepted = 10;

export function acceptedEditor(draft: Draft, changed: () => void): HTMLElement {
  const root = el("fieldset", { className: "options-editor accepted-editor" });

  const redraw = (focusRow: number): void => {
    replace(root, ...content());
    changed();
    const inputs = root.querySelectorAll<HTMLInputElement>("input");
    inputs[Math.min(focusRow, inputs.length - 1)]?.focus();
  };

  const rowFor = (at: number): HTMLLIElement => {
    const text = el("input", { className: "option-text-input", attrs: { type: "text", "aria-label": t("editor.acceptedAnswer", { n: at + 1 }), maxlength: String(typedAnswerMaxLength), "data-key": "accepted" } });
    text.value = draft.accepted[at] ?? "";
    text.addEventListener("input", () => {
      draft.accepted[at] = text.value;
      changed();
    });
    const remove = button(t("classes.remove"), () => {
      draft.accepted.splice(at, 1);
      redraw(at);
    }, "btn btn-secondary btn-small", { "aria-label": t("editor.removeAccepted", { n: at + 1 }) });
    remove.disabled = draft.accepted.length <= 1;
    return el("li", { className: "option-row" }, el("span", { className: "option-number", text: `${formatNumber(at + 1)}.`, attrs: { "aria-hidden": "true" } }), text, remove);
  };

  const content = (): HTMLElement[] => {
    const add = button(t("editor.addAccepted"), () => {
      draft.accepted.push("");
      redraw(draft.accepted.length - 1);
    }, "btn btn-secondary btn-small");
    add.disabled = draft.accepted.length >= maxAccepted;
    return [
      el("legend", { text: t("editor.acceptedLegend") }),
      el("p", { className: "hint", text: t("editor.acceptedHint") }),
      el("ol", { className: "option-rows" }, ...draft.accepted.map((_, at) => rowFor(at))),
      add,
    ];
  };

  replace(root, ...content());
  return root;
}
