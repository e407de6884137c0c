// "Assign as homework": a dialog to choose a class and a deadline (both optional), then the link to share.
// A native modal dialog keeps focus inside it and gives Escape for free.
import { messageOf } from "../shared/api";
import { createAssignment, shareUrl, type AssignmentView } from "../shared/assignments";
import { listClasses } from "../shared/classes";
import { button, el, replace } from "../shared/dom";
import { clearErrors, field, input, select, showFieldError } from "../shared/forms";
import type { Notices } from "../shared/notices";
import type { QuizSummary } from "../shared/protocol";
import { shareLink } from "./sharelink";

function done(dialog: HTMLDialogElement, assignment: AssignmentView, notices: Notices): void {
  const close = button("Done", () => dialog.close(), "btn btn-primary");
  replace(
    dialog,
    el("h2", { text: "Homework ready", attrs: { id: "homework-title" } }),
    el("p", { text: assignment.className ? `Share this link with ${assignment.className}. Students type the class code, then pick their name.` : "Share this link. Students type a nickname to start." }),
    shareLink("homework-link", shareUrl(assignment), `Homework link for “${assignment.quizTitle}”`, notices),
    el("div", { className: "controls" }, close),
  );
  close.focus();
}

export async function assignHomework(quiz: QuizSummary, notices: Notices, assigned: () => void): Promise<void> {
  const classes = await listClasses();
  const schoolClass = select("class", [["", "No class: students use a nickname"], ...classes.map((c): [string, string] => [c.id, c.name])], "");
  const deadline = input("deadline", { type: "datetime-local" });
  const submit = el("button", { className: "btn btn-primary", text: "Assign", attrs: { type: "submit" } });
  const dialog = el("dialog", { className: "card homework-dialog", attrs: { "aria-labelledby": "homework-title" } });
  const form = el(
    "form",
    { attrs: { novalidate: "" } },
    el("h2", { text: `Assign “${quiz.title}” as homework`, attrs: { id: "homework-title" } }),
    field("homework-class", "Class (optional)", schoolClass, { hint: "With a class, students pick their name from its roster and their answers appear in its reports." }),
    field("homework-deadline", "Deadline (optional)", deadline, { hint: "After it, the link no longer starts new attempts." }),
    el("div", { className: "controls" }, button("Cancel", () => dialog.close(), "btn btn-secondary"), submit),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    // datetime-local is the teacher's own clock; the server wants an instant.
    const due = deadline.value ? new Date(deadline.value).toISOString() : null;
    submit.disabled = true;
    createAssignment(quiz.id, schoolClass.value || null, due)
      .then((assignment) => {
        notices.announce(`Assigned “${quiz.title}” as homework.`);
        assigned();
        done(dialog, assignment, notices);
      })
      .catch((error: unknown) => {
        const message = messageOf(error);
        const id = /deadline/i.test(message) ? "homework-deadline" : "homework-class";
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
