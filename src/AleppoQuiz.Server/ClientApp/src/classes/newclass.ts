// Creating a class: its name and, optionally, the roster pasted from a spreadsheet or a register, one name a line.
import { t } from "../shared/i18n";
import { messageOf } from "../shared/api";
import { createClass, rosterLines } from "../shared/classes";
import { el } from "../shared/dom";
import { clearErrors, field, input, showFieldError, textarea } from "../shared/forms";
import type { ClassDetail } from "../contract/http";

export function newClassForm(created: (detail: ClassDetail) => void): HTMLFormElement {
  const name = input("name", { maxlength: "100", required: "", autocomplete: "off" });
  const roster = textarea("students", 8, { spellcheck: "false" });
  const submit = el("button", { className: "btn btn-primary", text: t("classes.create"), attrs: { type: "submit" } });
  const form = el(
    "form",
    { className: "card stack-form", attrs: { "aria-labelledby": "new-class-title", novalidate: "" } },
    el("h2", { text: t("classes.new"), attrs: { id: "new-class-title" } }),
    field("new-class-name", t("classes.name"), name, { hint: t("classes.nameHint") }),
    field("new-class-roster", t("classes.roster"), roster, { hint: t("classes.rosterHint") }),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!name.value.trim()) {
      showFieldError(form, "new-class-name", t("classes.nameMissing"));
      name.focus();
      return;
    }
    submit.disabled = true;
    createClass(name.value.trim(), rosterLines(roster.value))
      .then((detail) => {
        form.reset();
        created(detail);
      })
      .catch((error: unknown) => {
        // Roster problems (a duplicate, an over-long name) come back as one sentence; they belong to the roster.
        const message = messageOf(error);
        const aboutRoster = roster.value.trim() !== "" && /name|student|roster/i.test(message) && !/class a name/i.test(message);
        showFieldError(form, aboutRoster ? "new-class-roster" : "new-class-name", message);
        (aboutRoster ? roster : name).focus();
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}
