// Starting a quiz from nothing: a title and a description; the editor opens on the new, empty quiz.
import { t } from "../shared/i18n";
import { api, messageOf } from "../shared/api";
import { editorUrl } from "../shared/authoring";
import { el } from "../shared/dom";
import { clearErrors, field, input, showFieldError, textarea } from "../shared/forms";
import type { QuizDetail } from "../contract/http";

export function newQuizForm(): HTMLFormElement {
  const title = input("title", { maxlength: "200", required: "" });
  const description = textarea("description", 2);
  const submit = el("button", { className: "btn btn-primary", text: t("newQuiz.create"), attrs: { type: "submit" } });
  const form = el(
    "form",
    { className: "card stack-form", attrs: { "aria-labelledby": "new-quiz-title", novalidate: "" } },
    el("h3", { text: t("newQuiz.title"), attrs: { id: "new-quiz-title" } }),
    field("new-quiz-name", t("newQuiz.name"), title),
    field("new-quiz-description", t("newQuiz.description"), description),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!title.value.trim()) {
      showFieldError(form, "new-quiz-name", t("newQuiz.nameMissing"));
      title.focus();
      return;
    }
    submit.disabled = true;
    api<QuizDetail>("POST", "/api/quizzes", { title: title.value.trim(), description: description.value.trim() })
      .then((quiz) => location.assign(editorUrl(quiz.id)))
      .catch((error: unknown) => {
        showFieldError(form, "new-quiz-name", messageOf(error));
        title.focus();
        submit.disabled = false;
      });
  });
  return form;
}
