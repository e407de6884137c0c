// The answer controls: one tap for single, true/false and poll questions, toggles and a submit button for
// multi-select, up/down buttons for ordering, a text box for type-answer questions, and the article passage to
// select words in for find-the-evidence questions. Every option shows its colour, its shape and its text.
import { t } from "../shared/i18n";
import { button, el } from "../shared/dom";
import { optionClass, optionLabel } from "../shared/options";
import type { Draft } from "./model";
import type { QuestionView } from "../contract/hub";
import { typedAnswerMaxLength } from "../shared/limits";
import { evidenceSelector } from "./evidencepick";

export interface AnswerControls {
  element: HTMLElement;
  setEnabled(enabled: boolean): void;
}

type Submit = (optionIds: number[]) => void;

type SubmitText = (text: string) => void;

function positionOf(question: QuestionView, id: number): number {
  return Math.max(0, question.options.findIndex((o) => o.id === id));
}

function answerButton(question: QuestionView, id: number, text: string, onClick: () => void): HTMLButtonElement {
  const position = positionOf(question, id);
  const control = el("button", {
    className: `answer ${optionClass(position)}`,
    attrs: { type: "button", "data-option-id": String(id) },
    on: { click: () => onClick() },
  });
  control.append(optionLabel(position, text));
  return control;
}

function singleChoice(question: QuestionView, submit: Submit): AnswerControls {
  const buttons = question.options.map((o) => answerButton(question, o.id, o.text, () => submit([o.id])));
  const grid = el("div", { className: "answers", attrs: { role: "group", "aria-label": t("answer.group") } }, ...buttons);
  return { element: grid, setEnabled: (on) => buttons.forEach((b) => (b.disabled = !on)) };
}

function multiChoice(question: QuestionView, draft: Draft, submit: Submit): AnswerControls {
  const send = button(t("answer.submitAnswers"), () => submit(question.options.map((o) => o.id).filter((id) => draft.selected.has(id))), "btn btn-primary btn-block", { "data-action": "submit" });
  const refresh = (): void => {
    send.disabled = draft.selected.size === 0;
    send.textContent = draft.selected.size === 0 ? t("answer.pickOne") : t("answer.submitN", { n: draft.selected.size });
  };
  const buttons = question.options.map((o) => {
    const toggle = answerButton(question, o.id, o.text, () => {
      if (draft.selected.has(o.id)) draft.selected.delete(o.id);
      else draft.selected.add(o.id);
      toggle.setAttribute("aria-pressed", String(draft.selected.has(o.id)));
      refresh();
    });
    toggle.classList.add("toggle");
    toggle.setAttribute("aria-pressed", String(draft.selected.has(o.id)));
    return toggle;
  });
  refresh();
  const element = el("div", {}, el("div", { className: "answers", attrs: { role: "group", "aria-label": t("answer.group") } }, ...buttons), send);
  return {
    element,
    setEnabled: (on) => {
      buttons.forEach((b) => (b.disabled = !on));
      send.disabled = !on || draft.selected.size === 0;
    },
  };
}

function ordering(question: QuestionView, draft: Draft, submit: Submit, announce: (text: string) => void): AnswerControls {
  const list = el("ol", { className: "order-list", attrs: { "aria-label": t("answer.yourOrder") } });
  let enabled = true;
  const textOf = (id: number): string => question.options.find((o) => o.id === id)?.text ?? "";
  const move = (from: number, to: number, direction: "up" | "down"): void => {
    const [id] = draft.order.splice(from, 1);
    if (id === undefined) return;
    draft.order.splice(to, 0, id);
    draw();
    announce(t("answer.movedTo", { option: textOf(id), n: to + 1, total: draft.order.length }));
    // Keep focus on the same control of the moved row, or its other arrow at either end of the list.
    const row = list.children[to];
    const again = row?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]:not(:disabled)`);
    (again ?? row?.querySelector<HTMLButtonElement>("button:not(:disabled)"))?.focus();
  };
  const draw = (): void => {
    list.replaceChildren(
      ...draft.order.map((id, at) => {
        const position = positionOf(question, id);
        const label = el("span", { className: "order-label" }, el("span", { className: "order-rank", text: `${at + 1}.` }));
        label.append(optionLabel(position, textOf(id)));
        const up = button("▲", () => move(at, at - 1, "up"), "btn btn-icon", { "aria-label": t("answer.moveUp", { option: textOf(id) }), "data-move": "up" });
        const down = button("▼", () => move(at, at + 1, "down"), "btn btn-icon", { "aria-label": t("answer.moveDown", { option: textOf(id) }), "data-move": "down" });
        up.disabled = !enabled || at === 0;
        down.disabled = !enabled || at === draft.order.length - 1;
        return el("li", { className: `order-row ${optionClass(position)}`, attrs: { "data-option-id": String(id) } }, label, el("span", { className: "order-moves" }, up, down));
      }),
    );
  };
  const send = button(t("answer.submitOrder"), () => submit([...draft.order]), "btn btn-primary btn-block", { "data-action": "submit" });
  draw();
  return {
    element: el("div", {}, list, send),
    setEnabled: (on) => {
      enabled = on;
      send.disabled = !on;
      draw();
    },
  };
}

// A short answer typed on a phone: no autocorrect to "fix" a name into another word, Enter sends it, and the
// button sits right under the box so the on-screen keyboard does not hide it.
export function typedAnswer(draft: Draft, submit: SubmitText): AnswerControls {
  const input = el("input", {
    className: "typed-input",
    attrs: {
      id: "typed-answer", name: "answer", type: "text", maxlength: String(typedAnswerMaxLength), autocomplete: "off",
      autocorrect: "off", autocapitalize: "off", spellcheck: "false", enterkeyhint: "send", dir: "auto",
    },
  });
  input.value = draft.text;
  const error = el("p", { className: "field-error", attrs: { role: "alert", id: "typed-answer-error" } });
  const send = el("button", { className: "btn btn-primary btn-block", text: t("kind.typeSubmit"), attrs: { type: "submit", "data-action": "submit" } });
  input.addEventListener("input", () => {
    draft.text = input.value;
    error.textContent = "";
  });
  const form = el(
    "form",
    { className: "typed-answer", attrs: { "aria-label": t("kind.typeLabel") } },
    el("label", { className: "typed-label", text: t("kind.typeFieldLabel"), attrs: { for: "typed-answer" } }),
    input,
    error,
    send,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (input.value.trim() === "") {
      error.textContent = t("kind.typeEmpty");
      input.focus();
      return;
    }
    submit(input.value);
  });
  return {
    element: form,
    setEnabled: (on) => {
      input.disabled = !on;
      send.disabled = !on;
    },
  };
}

export function answerControls(
  question: QuestionView,
  draft: Draft,
  submit: Submit,
  submitText: SubmitText,
  announce: (text: string) => void,
): AnswerControls {
  const passage = question.passage;
  if (passage) return evidenceSelector(question.options, passage, draft, submit, announce);
  switch (question.kind) {
    case "type-answer":
      return typedAnswer(draft, submitText);
    case "multi":
      return multiChoice(question, draft, submit);
    case "order":
      return ordering(question, draft, submit, announce);
    default:
      return singleChoice(question, submit);
  }
}
