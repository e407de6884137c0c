// The teacher's quizzes and the built-in templates: open, host, export, copy and delete. Built-in quizzes are
// read-only, so they offer a copy to edit instead.
import { t } from "../shared/i18n";
import { api, messageOf } from "../shared/api";
import { editorUrl, hostUrl, skillName } from "../shared/authoring";
import { authored, button, el } from "../shared/dom";
import type { Notices } from "../shared/notices";
import { exportControls } from "./exchange";
import type { ExchangeFormat, QuizDetail, QuizSummary } from "../contract/http";

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
      actions.notices.announce(t("quizzes.copied", { title: copied.title }));
      actions.refresh(copied.id);
    })
    .catch((error: unknown) => actions.notices.error(messageOf(error)));
}

function remove(quiz: QuizSummary, actions: QuizListActions): void {
  if (!window.confirm(t("quizzes.confirmDelete", { title: quiz.title, n: quiz.questionCount }))) return;
  api<void>("DELETE", `/api/quizzes/${encodeURIComponent(quiz.id)}?version=${quiz.version}`)
    .then(() => {
      actions.notices.announce(t("quizzes.deleted", { title: quiz.title }));
      actions.refresh();
    })
    .catch((error: unknown) => actions.notices.error(messageOf(error)));
}

function homework(quiz: QuizSummary, actions: QuizListActions): HTMLButtonElement {
  const assign = button(t("quizzes.assign"), () => actions.assign(quiz), "btn btn-secondary btn-small", { "aria-label": `${t("quizzes.assign")} “${quiz.title}”` });
  assign.disabled = quiz.questionCount === 0;
  return assign;
}

function quizItem(quiz: QuizSummary, actions: QuizListActions): HTMLLIElement {
  const name = `“${quiz.title}”`;
  const link = (text: string, href: string, label: string, className = "btn btn-secondary btn-small"): HTMLAnchorElement =>
    el("a", { className, text, attrs: { href, "aria-label": label } });
  const controls = quiz.isOwn
    ? [
        link(t("quizzes.edit"), editorUrl(quiz.id), `${t("quizzes.edit")} ${name}`, "btn btn-primary btn-small"),
        link(t("quizzes.host"), hostUrl(quiz.id), `${t("quizzes.host")} ${name}`),
        homework(quiz, actions),
        exportControls(quiz.id, quiz.title, actions.formats, actions.notices),
        button(t("common.delete"), () => remove(quiz, actions), "btn btn-danger btn-small", { "aria-label": `${t("common.delete")} ${name}` }),
      ]
    : [
        button(t("quizzes.copy"), () => copy(quiz, actions), "btn btn-primary btn-small", { "aria-label": `${t("quizzes.copy")} ${name}` }),
        link(t("quizzes.host"), hostUrl(quiz.id), `${t("quizzes.host")} ${name}`),
        homework(quiz, actions),
        exportControls(quiz.id, quiz.title, actions.formats, actions.notices),
      ];
  return el(
    "li",
    { className: "card quiz-row", attrs: { "data-quiz-id": quiz.id } },
    el("h3", { text: quiz.title, attrs: authored }),
    el("p", { className: "quiz-meta", text: t("common.questions", { n: quiz.questionCount }) }),
    quiz.description ? el("p", { text: quiz.description, attrs: authored }) : null,
    quiz.skills.length > 0 ? el("ul", { className: "tags", attrs: { "aria-label": t("quizzes.skills") } }, ...quiz.skills.map((s) => el("li", { text: skillName(s) }))) : null,
    el("div", { className: "row-actions" }, ...controls),
  );
}

export function quizList(quizzes: QuizSummary[], actions: QuizListActions, emptyText: string, label: string): HTMLElement {
  if (quizzes.length === 0) return el("p", { className: "hint empty", text: emptyText });
  return el("ul", { className: "quiz-rows", attrs: { "aria-label": label } }, ...quizzes.map((quiz) => quizItem(quiz, actions)));
}
