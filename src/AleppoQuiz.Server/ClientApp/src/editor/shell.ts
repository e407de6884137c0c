// The editor's page frame: the quiz's heading and links, a slot for the conflict banner, the details form, the
// question list and the slot the question form opens in. A built-in quiz gets an offer to copy it instead.
import { t } from "../shared/i18n";
import { api, messageOf } from "../shared/api";
import { editorUrl, hostUrl } from "../shared/authoring";
import { button, el } from "../shared/dom";
import type { Notices } from "../shared/notices";
import type { QuizDetail } from "../contract/http";

export interface EditorShell {
  element: HTMLElement;
  title: HTMLElement;
  count: HTMLElement;
  conflict: HTMLElement;
  questions: HTMLElement;
  editor: HTMLElement;
  drafts: HTMLElement;
}

function hostLink(quiz: QuizDetail): HTMLAnchorElement {
  return el("a", { className: "btn btn-secondary btn-small", text: t("picker.host"), attrs: { href: hostUrl(quiz.id) } });
}

export function shell(quiz: QuizDetail, details: HTMLFormElement): EditorShell {
  const title = el("h1", { text: quiz.title, attrs: { id: "quiz-heading" } });
  const count = el("h2", { text: t("editor.questions"), attrs: { id: "questions-title" } });
  const conflict = el("div", { className: "conflict-slot" });
  const questions = el("div", { className: "questions-body" });
  const editor = el("div", { className: "editor-slot" });
  const drafts = el("section", { className: "card drafts", attrs: { "aria-labelledby": "drafts-title" } });
  const element = el(
    "div",
    { className: "quiz-editor" },
    el("div", { className: "editor-head" }, title, el("div", { className: "row-actions" }, el("a", { className: "btn btn-secondary btn-small", text: t("editor.back"), attrs: { href: "/library.html" } }), hostLink(quiz))),
    conflict,
    details,
    el("section", { className: "card questions", attrs: { "aria-labelledby": "questions-title" } }, count, questions),
    editor,
    drafts,
  );
  return { element, title, count, conflict, questions, editor, drafts };
}

export function readOnlyScreen(quiz: QuizDetail, notices: Notices): HTMLElement {
  const copy = button(t("editor.copyToEdit"), () => {
    copy.disabled = true;
    api<QuizDetail>("POST", `/api/quizzes/${encodeURIComponent(quiz.id)}/copy`)
      .then((copied) => location.assign(editorUrl(copied.id)))
      .catch((error: unknown) => {
        copy.disabled = false;
        notices.error(messageOf(error));
      });
  }, "btn btn-primary");
  return el(
    "section",
    { className: "card" },
    el("h1", { text: quiz.title }),
    el("p", { className: "lead", text: t("editor.readOnly") }),
    el("div", { className: "controls" }, el("a", { className: "btn btn-secondary", text: t("editor.back"), attrs: { href: "/library.html" } }), hostLink(quiz), copy),
  );
}
