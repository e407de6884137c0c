// The teacher's quizzes and the built-in templates: open, host, export, copy and delete. Built-in quizzes are
// read-only, so they offer a copy to edit instead.
import { api, messageOf } from "../shared/api";
import { editorUrl, hostUrl, skillName, type QuizDetail } from "../shared/authoring";
import { button, el } from "../shared/dom";
import type { Notices } from "../shared/notices";
import type { QuizSummary } from "../shared/protocol";
import { exportControls, type ExchangeFormat } from "./exchange";

export interface QuizListActions {
  /** Reloads the lists and moves focus to the quiz with this id, if given. */
  refresh(focusQuizId?: string): void;
  notices: Notices;
  formats: ExchangeFormat[];
  /** Opens the homework dialog for this quiz. */
  assign(quiz: QuizSummary): void;
}

function copy(quiz: QuizSummary, actions: QuizListActions): void {
  api<QuizDetail>("POST", `/api/quizzes/${encodeURIComponent(quiz.id)}/copy`)
    .then((copied) => {
      actions.notices.announce(`Copied as “${copied.title}”. It is now one of your quizzes.`);
      actions.refresh(copied.id);
    })
    .catch((error: unknown) => actions.notices.error(messageOf(error)));
}

function remove(quiz: QuizSummary, actions: QuizListActions): void {
  if (!window.confirm(`Delete “${quiz.title}” and its ${quiz.questionCount} questions? Past games keep their copy.`)) return;
  api<void>("DELETE", `/api/quizzes/${encodeURIComponent(quiz.id)}?version=${quiz.version}`)
    .then(() => {
      actions.notices.announce(`Deleted “${quiz.title}”.`);
      actions.refresh();
    })
    .catch((error: unknown) => actions.notices.error(messageOf(error)));
}

function homework(quiz: QuizSummary, actions: QuizListActions): HTMLButtonElement {
  const assign = button("Assign as homework", () => actions.assign(quiz), "btn btn-secondary btn-small", { "aria-label": `Assign “${quiz.title}” as homework` });
  assign.disabled = quiz.questionCount === 0;
  return assign;
}

function quizItem(quiz: QuizSummary, actions: QuizListActions): HTMLLIElement {
  const name = `“${quiz.title}”`;
  const link = (text: string, href: string, label: string, className = "btn btn-secondary btn-small"): HTMLAnchorElement =>
    el("a", { className, text, attrs: { href, "aria-label": label } });
  const controls = quiz.isOwn
    ? [
        link("Edit", editorUrl(quiz.id), `Edit ${name}`, "btn btn-primary btn-small"),
        link("Host", hostUrl(quiz.id), `Host ${name}`),
        homework(quiz, actions),
        exportControls(quiz.id, quiz.title, actions.formats, actions.notices),
        button("Delete", () => remove(quiz, actions), "btn btn-danger btn-small", { "aria-label": `Delete ${name}` }),
      ]
    : [
        button("Copy to edit", () => copy(quiz, actions), "btn btn-primary btn-small", { "aria-label": `Copy ${name} to edit it` }),
        link("Host", hostUrl(quiz.id), `Host ${name}`),
        homework(quiz, actions),
        exportControls(quiz.id, quiz.title, actions.formats, actions.notices),
      ];
  return el(
    "li",
    { className: "card quiz-row", attrs: { "data-quiz-id": quiz.id } },
    el("h3", { text: quiz.title }),
    el("p", { className: "quiz-meta", text: `${quiz.questionCount} ${quiz.questionCount === 1 ? "question" : "questions"}` }),
    quiz.description ? el("p", { text: quiz.description }) : null,
    quiz.skills.length > 0 ? el("ul", { className: "tags", attrs: { "aria-label": "Skills" } }, ...quiz.skills.map((s) => el("li", { text: skillName(s) }))) : null,
    el("div", { className: "row-actions" }, ...controls),
  );
}

export function quizList(quizzes: QuizSummary[], actions: QuizListActions, emptyText: string, label: string): HTMLElement {
  if (quizzes.length === 0) return el("p", { className: "hint empty", text: emptyText });
  return el("ul", { className: "quiz-rows", attrs: { "aria-label": label } }, ...quizzes.map((quiz) => quizItem(quiz, actions)));
}
