// The answer options of the draft, drawn for its type: radio buttons for one right answer, check boxes for
// several, fixed True/False, an ordered list with arrows for "put in order", plain options for a poll, or the
// accepted answers of a type-answer question. Text edits only notify; adding, removing and moving redraw the list
// and keep focus on the control that was used.
import { t } from "../shared/i18n";
import { button, el, replace } from "../shared/dom";
import { acceptedEditor } from "./acceptedform";
import { passageEditor } from "./passageform";
import type { Draft } from "./draft";
import { isFindEvidence } from "../shared/evidencekind";

const maxOptions = 6;

function minOptions(draft: Draft): number {
  return draft.type === "order" ? 3 : 2;
}

/** Choice options are shuffled for each game unless the author pins them, e.g. for "all of the above". */
function keepOrderChoice(draft: Draft, changed: () => void): HTMLElement | null {
  if (draft.type !== "single" && draft.type !== "multi" && draft.type !== "true-false") return null;
  const box = el("input", { attrs: { type: "checkbox", name: "keepOrder", "data-key": "keep-order" } });
  box.checked = draft.keepOrder;
  box.addEventListener("change", () => {
    draft.keepOrder = box.checked;
    changed();
  });
  return el("label", { className: "choice keep-order" }, box, el("span", { text: ` ${t("editor.keepOrder")}` }));
}

export function optionsEditor(draft: Draft, changed: () => void): HTMLElement {
  if (draft.type === "type-answer") return acceptedEditor(draft, changed);
  if (isFindEvidence(draft.type)) return passageEditor(draft, changed);
  const list = el(draft.type === "order" ? "ol" : "ul", { className: "option-rows" });
  const root = el("fieldset", { className: "options-editor" });

  const redraw = (focus?: { row: number; key: string }): void => {
    replace(root, ...content());
    changed();
    if (!focus) return;
    const rows = root.querySelectorAll(".option-row");
    const target = rows[Math.min(focus.row, rows.length - 1)];
    (target?.querySelector<HTMLElement>(`[data-key="${focus.key}"]:not(:disabled)`) ?? target?.querySelector<HTMLElement>("input"))?.focus();
  };

  const rowFor = (at: number): HTMLLIElement => {
    const option = draft.options[at]!;
    const label = draft.type === "order" ? t("editor.position", { n: at + 1 }) : t("editor.option", { n: at + 1 });
    const text = el("input", { className: "option-text-input", attrs: { type: "text", "aria-label": label, maxlength: "200", "data-key": "text" } });
    text.value = option.text;
    text.readOnly = draft.type === "true-false";
    text.addEventListener("input", () => {
      option.text = text.value;
      changed();
    });
    const parts: (HTMLElement | null)[] = [el("span", { className: "option-number", text: `${at + 1}.`, attrs: { "aria-hidden": "true" } }), text];
    if (draft.type !== "order" && draft.type !== "poll") {
      const single = draft.type !== "multi";
      const mark = el("input", { attrs: { type: single ? "radio" : "checkbox", name: "correct-option", "data-key": "correct" } });
      mark.checked = option.correct;
      mark.addEventListener("change", () => {
        if (single) draft.options.forEach((o, i) => (o.correct = i === at));
        else option.correct = mark.checked;
        changed();
      });
      parts.push(el("label", { className: "choice correct-choice" }, mark, el("span", { text: ` ${t("editor.right")}` }), el("span", { className: "sr-only", text: ` ${t("editor.rightAnswerFor", { label: label.toLowerCase() })}` })));
    } else {
      const move = (to: number, key: string): void => {
        const [moved] = draft.options.splice(at, 1);
        if (moved) draft.options.splice(to, 0, moved);
        redraw({ row: to, key });
      };
      const up = button("▲", () => move(at - 1, "up"), "btn btn-icon", { "aria-label": t("editor.moveUp", { label: label.toLowerCase() }), "data-key": "up" });
      const down = button("▼", () => move(at + 1, "down"), "btn btn-icon", { "aria-label": t("editor.moveDown", { label: label.toLowerCase() }), "data-key": "down" });
      up.disabled = at === 0;
      down.disabled = at === draft.options.length - 1;
      parts.push(up, down);
    }
    if (draft.type !== "true-false") {
      const remove = button(t("classes.remove"), () => {
        draft.options.splice(at, 1);
        if (draft.type === "single" && !draft.options.some((o) => o.correct) && draft.options[0]) draft.options[0].correct = true;
        redraw({ row: at, key: "remove" });
      }, "btn btn-secondary btn-small", { "aria-label": `${t("classes.remove")} ${label.toLowerCase()}`, "data-key": "remove" });
      remove.disabled = draft.options.length <= minOptions(draft);
      parts.push(remove);
    }
    return el("li", { className: "option-row" }, ...parts);
  };

  const content = (): (HTMLElement | null)[] => {
    replace(list, ...draft.options.map((_, at) => rowFor(at)));
    const add = button(t("editor.addOption"), () => {
      draft.options.push({ text: "", correct: false });
      redraw({ row: draft.options.length - 1, key: "text" });
    }, "btn btn-secondary btn-small");
    add.disabled = draft.options.length >= maxOptions;
    const legend = draft.type === "order" ? t("editor.optionsOrder")
      : draft.type === "multi" ? t("editor.optionsMulti")
      : draft.type === "poll" ? t("editor.optionsPoll")
      : t("editor.optionsSingle");
    return [el("legend", { text: legend }), list, draft.type === "true-false" ? null : add, keepOrderChoice(draft, changed)];
  };

  replace(root, ...content());
  return root;
}
