// The quiz's own title and description, saved on their own; the saved values come back with the new version.
import { t } from "../shared/i18n";
import { messageOf } from "../shared/api";
import { el } from "../shared/dom";
import { clearErrors, field, input, showFieldError, textarea } from "../shared/forms";
import { isConflict, type QuizStore } from "./store";
import type { QuizDetail } from "../contract/http";

export function detailsForm(store: QuizStore, saved: (quiz: QuizDetail) => void): HTMLFormElement {
  const title = input("title", { maxlength: "200", required: "" });
  const description = textarea("description", 2, { maxlength: "1000" });
  title.value = store.quiz.title;
  description.value = store.quiz.description;
  const submit = el("button", { className: "btn btn-secondary", text: t("editor.saveDetails"), attrs: { type: "submit" } });
  const form = el(
    "form",
    { className: "card stack-form quiz-details", attrs: { novalidate: "", "aria-label": t("editor.detailsLabel") } },
    el("div", { className: "field-grid wide" }, field("quiz-title", t("newQuiz.name"), title), field("quiz-description", t("editor.description"), description)),
    el("p", { className: "field-error", attrs: { id: "quiz-form-error" } }),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!title.value.trim()) {
      showFieldError(form, "quiz-title", t("newQuiz.nameMissing"));
      title.focus();
      return;
    }
    submit.disabled = true;
    store
      .edit((version) => ({ method: "PUT", path: store.path, body: { title: title.value.trim(), description: description.value.trim(), version } }))
      .then(saved)
      .catch((error: unknown) => {
        // A conflict is explained in the banner above; anything else belongs to this form.
        if (!isConflict(error)) showFieldError(form, "quiz-form", messageOf(error));
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}

/** Puts the saved values back into the form, after a reload brought in changes made elsewhere. */
export function refreshDetails(form: HTMLFormElement, quiz: QuizDetail): void {
  const title = form.querySelector<HTMLInputElement>("#quiz-title");
  const description = form.querySelector<HTMLTextAreaElement>("#quiz-description");
  if (title) title.value = quiz.title;
  if (description) description.value = quiz.description;
}
