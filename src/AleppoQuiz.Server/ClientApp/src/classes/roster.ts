// The roster of one class: each name with Rename and Remove, and a field to add a name at the end. Removing keeps
// the student's past answers in the reports, which the confirmation says so the teacher is not afraid to tidy up.
import { messageOf } from "../shared/api";
import { addStudent, removeStudent, renameStudent, type ClassDetail, type StudentView } from "../shared/classes";
import { button, el, replace } from "../shared/dom";
import { clearErrors, field, input, showFieldError } from "../shared/forms";
import type { Notices } from "../shared/notices";
import { inlineNameForm } from "./inline";

export interface RosterActions {
  notices: Notices;
  /** Redraws the class as the server now has it, focusing the control matching `focus` when given. */
  changed(detail: ClassDetail | null, focus?: string): void;
}

function studentRow(detail: ClassDetail, student: StudentView, actions: RosterActions): HTMLLIElement {
  const row = el("li", { className: "student-row", attrs: { "data-student-id": student.id } });
  const show = (): void =>
    replace(
      row,
      el("span", { className: "student-name", text: student.name }),
      el(
        "span",
        { className: "row-actions" },
        button("Rename", edit, "btn btn-secondary btn-small", { "aria-label": `Rename ${student.name}`, "data-action": "rename" }),
        button("Remove", remove, "btn btn-danger btn-small", { "aria-label": `Remove ${student.name}` }),
      ),
    );
  const edit = (): void =>
    replace(
      row,
      inlineNameForm({
        id: `student-name-${student.id}`,
        label: `New name for ${student.name}`,
        value: student.name,
        save: (name) => renameStudent(detail.id, student.id, name).then((fresh) => actions.changed(fresh, `student:${student.id}`)),
        done: () => {
          show();
          row.querySelector<HTMLElement>("[data-action='rename']")?.focus();
        },
      }),
    );
  const remove = (): void => {
    if (!window.confirm(`Take ${student.name} off the roster of ${detail.name}? Games they already played keep their answers.`)) return;
    removeStudent(detail.id, student.id)
      .then(() => {
        actions.notices.announce(`Removed ${student.name}.`);
        actions.changed(null, "add-student");
      })
      .catch((error: unknown) => actions.notices.error(messageOf(error)));
  };
  show();
  return row;
}

function addForm(detail: ClassDetail, actions: RosterActions): HTMLFormElement {
  const name = input("name", { maxlength: "100", autocomplete: "off" });
  const form = el(
    "form",
    { className: "add-student", attrs: { novalidate: "" } },
    field("add-student", "Add a student", name),
    el("button", { className: "btn btn-primary btn-small", text: "Add", attrs: { type: "submit" } }),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    addStudent(detail.id, name.value.trim())
      .then((fresh) => {
        actions.notices.announce(`Added ${name.value.trim()}.`);
        actions.changed(fresh, "add-student");
      })
      .catch((error: unknown) => {
        showFieldError(form, "add-student", messageOf(error));
        name.focus();
      });
  });
  return form;
}

export function rosterSection(detail: ClassDetail, actions: RosterActions): HTMLElement {
  const count = detail.students.length;
  return el(
    "section",
    { className: "roster-edit", attrs: { "aria-labelledby": "roster-heading" } },
    el("h3", { text: `Students (${count})`, attrs: { id: "roster-heading" } }),
    count === 0
      ? el("p", { className: "hint empty", text: "No names yet. Add the students who will join, one at a time." })
      : el("ol", { className: "student-rows" }, ...detail.students.map((s) => studentRow(detail, s, actions))),
    addForm(detail, actions),
  );
}
