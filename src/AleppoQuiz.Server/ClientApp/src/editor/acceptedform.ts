// The accepted answers of a type-answer question: one text box each, added and removed like options. Case,
// accents, punctuation and spacing never need a variant of their own (the server ignores them); spellings do.
import { button, el, replace } from "../shared/dom";
import { typedAnswerMaxLength } from "../shared/protocol";
import type { Draft } from "./draft";

const maxAccepted = 10;

export const acceptedTexts = {
  legend: "Accepted answers (the first is shown as the answer)",
  hint: "Capitals, accents, punctuation and extra spaces do not matter. Add other spellings a student might use.",
  answer: (at: number) => `Accepted answer ${at + 1}`,
  add: "Add an accepted answer",
  remove: (at: number) => `Remove accepted answer ${at + 1}`,
};

export function acceptedEditor(draft: Draft, changed: () => void): HTMLElement {
  const root = el("fieldset", { className: "options-editor accepted-editor" });

  const redraw = (focusRow: number): void => {
    replace(root, ...content());
    changed();
    const inputs = root.querySelectorAll<HTMLInputElement>("input");
    inputs[Math.min(focusRow, inputs.length - 1)]?.focus();
  };

  const rowFor = (at: number): HTMLLIElement => {
    const text = el("input", { className: "option-text-input", attrs: { type: "text", "aria-label": acceptedTexts.answer(at), maxlength: String(typedAnswerMaxLength), "data-key": "accepted" } });
    text.value = draft.accepted[at] ?? "";
    text.addEventListener("input", () => {
      draft.accepted[at] = text.value;
      changed();
    });
    const remove = button("Remove", () => {
      draft.accepted.splice(at, 1);
      redraw(at);
    }, "btn btn-secondary btn-small", { "aria-label": acceptedTexts.remove(at) });
    remove.disabled = draft.accepted.length <= 1;
    return el("li", { className: "option-row" }, el("span", { className: "option-number", text: `${at + 1}.`, attrs: { "aria-hidden": "true" } }), text, remove);
  };

  const content = (): HTMLElement[] => {
    const add = button(acceptedTexts.add, () => {
      draft.accepted.push("");
      redraw(draft.accepted.length - 1);
    }, "btn btn-secondary btn-small");
    add.disabled = draft.accepted.length >= maxAccepted;
    return [
      el("legend", { text: acceptedTexts.legend }),
      el("p", { className: "hint", text: acceptedTexts.hint }),
      el("ol", { className: "option-rows" }, ...draft.accepted.map((_, at) => rowFor(at))),
      add,
    ];
  };

  replace(root, ...content());
  return root;
}
