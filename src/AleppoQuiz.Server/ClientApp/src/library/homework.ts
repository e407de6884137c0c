// "Assign as homework": a dialog to choose a class and a deadline (both optional), then the link to share.
// A native modal dialog keeps focus inside it and gives Escape for free.
import { t } from "../shared/i18n";
import { ApiError, messageOf } from "../shared/api";
import { createAssignment, shareUrl } from "../shared/assignments";
import { listClasses } from "../shared/classes";
import { button, el, replace } from "../shared/dom";
import { clearErrors, field, input, select, showFieldError } from "../shared/forms";
import type { Notices } from "../shared/notices";
import { shareLink } from "./sharelink";
import type { AssignmentView, QuizSummary } from "../contract/http";

function done(dialog: HTMLDialogElement, assignment: AssignmentView, notices: Notices): void {
  const close = button(t("common.done"), () => dialog.close(), "btn btn-primary");
  replace(
    dialog,
    el("h2", { text: t("homework.ready"), attrs: { id: "homework-title" } }),
    el("p", { text: assignment.className ? t("homework.shareWithClass", { name: assignment.className }) : t("homework.share") }),
    shareLink("homework-link", shareUrl(assignment), t("homework.linkFor", { name: `“${assignment.quizTitle}”` }), notices),
    el("div", { className: "controls" }, close),
  );
  close.focus();
}

export async function assignHomework(quiz: QuizSummary, notices: Notices, assigned: () => void): Promise<void> {
  const classes = await listClasses();
  const schoolClass = select("class", [["", t("homework.classNone")], ...classes.map((c): [string, string] => [c.id, c.name])], "");
  const deadline = input("deadline", { type: "datetime-local" });
  const submit = el("button", { className: "btn btn-primary", text: t("homework.assign"), attrs: { type: "submit" } });
  const dialog = el("dialog", { className: "card homework-dialog", attrs: { "aria-labelledby": "homework-title" } });
  const form = el(
    "form",
    { attrs: { novalidate: "" } },
    el("h2", { text: t("homework.assignTitle", { title: quiz.title }), attrs: { id: "homework-title" } }),
    field("homework-class", t("homework.class"), schoolClass, { hint: t("homework.classHint") }),
    field("homework-deadline", t("homework.deadline"), deadline, { hint: t("homework.deadlineHint") }),
    el("div", { className: "controls" }, button(t("common.cancel"), () => dialog.close(), "btn btn-secondary"), submit),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    // datetime-local is the teacher's own clock; the server wants an instant.
    const due = deadline.value ? new Date(deadline.value).toISOString() : null;
    submit.disabled = true;
    createAssignment(quiz.id, schoolClass.value || null, due)
      .then((assignment) => {
        notices.announce(t("homework.assigned", { title: quiz.title }));
        assigned();
        done(dialog, assignment, notices);
      })
      .catch((error: unknown) => {
        const message = messageOf(error);
        const id = /deadline/i.test(error instanceof ApiError ? error.detail : "") ? "homework-deadline" : "homework-class";
        showFieldError(form, id, message);
        (id === "homework-deadline" ? deadline : schoolClass).focus();
        submit.disabled = false;
      });
  });
  dialog.append(form);
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  schoolClass.focus();
}
