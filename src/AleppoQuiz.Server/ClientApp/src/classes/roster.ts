// The roster of one class: each name with Rename and Remove, and a field to add a name at the end. Removing keeps
// the student's past answers in the reports, which the confirmation says so the teacher is not afraid to tidy up.
import { t } from "../shared/i18n";
import { messageOf } from "../shared/api";
import { addStudent, removeStudent, renameStudent } from "../shared/classes";
import { button, el, replace } from "../shared/dom";
import { clearErrors, field, input, showFieldError } from "../shared/forms";
import type { Notices } from "../shared/notices";
import { inlineNameForm } from "./inline";
import type { ClassDetail, StudentView } from "../contract/http";

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
        button(t("classes.renameStudent"), edit, "btn btn-secondary btn-small", { "aria-label": `${t("classes.renameStudent")} ${student.name}`, "data-action": "rename" }),
        button(t("classes.remove"), remove, "btn btn-danger btn-small", { "aria-label": `${t("classes.remove")} ${student.name}` }),
      ),
    );
  const edit = (): void =>
    replace(
      row,
      inlineNameForm({
        id: `student-name-${student.id}`,
        label: t("classes.newStudentName", { name: student.name }),
        value: student.name,
        save: (name) => renameStudent(detail.id, student.id, name).then((fresh) => actions.changed(fresh, `student:${student.id}`)),
        done: () => {
          show();
          row.querySelector<HTMLElement>("[data-action='rename']")?.focus();
        },
      }),
    );
  const remove = (): void => {
    if (!window.confirm(t("classes.confirmRemove", { name: student.name, className: detail.name }))) return;
    removeStudent(detail.id, student.id)
      .then(() => {
        actions.notices.announce(t("classes.removed", { name: student.name }));
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
    field("add-student", t("classes.addStudent"), name),
    el("button", { className: "btn btn-primary btn-small", text: t("classes.add"), attrs: { type: "submit" } }),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    addStudent(detail.id, name.value.trim())
      .then((fresh) => {
        actions.notices.announce(t("classes.added", { name: name.value.trim() }));
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
    el("h3", { text: t("classes.studentsCount", { n: count }), attrs: { id: "roster-heading" } }),
    count === 0
      ? el("p", { className: "hint empty", text: t("classes.noStudents") })
      : el("ol", { className: "student-rows" }, ...detail.students.map((s) => studentRow(detail, s, actions))),
    addForm(detail, actions),
  );
}
