// The quiz's questions in play order, each with move up/down, edit and delete. The arrows are buttons, so the
// order can be changed from the keyboard; focus stays on the arrow of the moved question.
import { t } from "../shared/i18n";
import { asSentence, skillName } from "../shared/authoring";
import { button, el } from "../shared/dom";
import { kindName } from "./draft";
import { difficultyName } from "./questionform";
import type { QuestionDetail, QuizDetail } from "../contract/http";

export interface QuestionListActions {
  edit(question: QuestionDetail): void;
  remove(question: QuestionDetail): void;
  move(question: QuestionDetail, to: number, direction: "up" | "down"): void;
  add(): void;
}

function short(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function row(question: QuestionDetail, at: number, total: number, actions: QuestionListActions, editingId: string | null, problems: string[] | undefined): HTMLLIElement {
  const name = t("editor.questionName", { n: at + 1, prompt: short(question.prompt) });
  const up = button("▲", () => actions.move(question, at - 1, "up"), "btn btn-icon", { "aria-label": t("editor.moveUp", { label: name }), "data-move": "up" });
  const down = button("▼", () => actions.move(question, at + 1, "down"), "btn btn-icon", { "aria-label": t("editor.moveDown", { label: name }), "data-move": "down" });
  up.disabled = at === 0;
  down.disabled = at === total - 1;
  const meta = `${kindName(question.type)} · ${skillName(question.skill)} · ${difficultyName(question.difficulty)} · ${t("common.seconds", { s: question.timeLimitSeconds })} · ${t("common.points", { n: question.points })}`;
  return el(
    "li",
    { className: `question-row${question.id === editingId ? " editing" : ""}`, attrs: { "data-question-id": question.id } },
    el("span", { className: "q-number", text: `${at + 1}.` }),
    el(
      "span",
      { className: "q-body" },
      el("span", { className: "q-prompt", text: question.prompt }),
      el("span", { className: "q-meta", text: meta }),
      problems && problems.length > 0 ? el("span", { className: "q-problem", text: t("editor.needsFixing", { problems: problems.map(asSentence).join(" ") }) }) : null,
    ),
    el(
      "span",
      { className: "q-actions" },
      up,
      down,
      button(t("quizzes.edit"), () => actions.edit(question), "btn btn-secondary btn-small", { "aria-label": `${t("quizzes.edit")} ${name}`, "data-action": "edit" }),
      button(t("common.delete"), () => actions.remove(question), "btn btn-danger btn-small", { "aria-label": `${t("common.delete")} ${name}`, "data-action": "delete" }),
    ),
  );
}

export function questionList(quiz: QuizDetail, actions: QuestionListActions, editingId: string | null, unready: Map<string, string[]>, summary: string): HTMLElement {
  const questions = [...quiz.questions].sort((a, b) => a.position - b.position);
  return el(
    "div",
    { className: "question-list" },
    summary ? el("p", { className: "notice", text: summary }) : null,
    questions.length > 0
      ? el("ol", { className: "question-rows", attrs: { "aria-label": t("editor.playOrder") } }, ...questions.map((q, at) => row(q, at, questions.length, actions, editingId, unready.get(q.id))))
      : el("p", { className: "hint empty", text: t("editor.noQuestions") }),
    button(t("editor.addQuestion"), actions.add, "btn btn-primary", { "data-action": "add" }),
  );
}

/** After a redraw, puts focus back on the moved question's arrow (or its other arrow at either end). */
export function focusQuestionControl(root: ParentNode, questionId: string, preferred: string): void {
  const row = root.querySelector(`[data-question-id="${CSS.escape(questionId)}"]`);
  const target = row?.querySelector<HTMLButtonElement>(`${preferred}:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>("button:not(:disabled)");
  target?.focus();
}
