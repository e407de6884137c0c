// A name edited in place: a labelled field with Save and Cancel, used for renaming a class and a student. The
// server's refusal (a duplicate, an empty name) is shown under the field and focus stays there.
import { t } from "../shared/i18n";
import { messageOf } from "../shared/api";
import { button, el } from "../shared/dom";
import { clearErrors, field, input, showFieldError } from "../shared/forms";

export interface InlineEdit {
  id: string;
  label: string;
  value: string;
  save(name: string): Promise<unknown>;
  done(): void;
}

export function inlineNameForm(edit: InlineEdit): HTMLFormElement {
  const name = input("name", { maxlength: "100", autocomplete: "off", required: "" });
  name.value = edit.value;
  const submit = el("button", { className: "btn btn-primary btn-small", text: t("common.save"), attrs: { type: "submit" } });
  const form = el(
    "form",
    { className: "inline-form", attrs: { novalidate: "" } },
    field(edit.id, edit.label, name),
    el("div", { className: "row-actions" }, submit, button(t("common.cancel"), edit.done, "btn btn-secondary btn-small")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    edit
      .save(name.value.trim())
      .then(() => edit.done())
      .catch((error: unknown) => {
        showFieldError(form, edit.id, messageOf(error));
        name.focus();
        submit.disabled = false;
      });
  });
  form.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Escape") edit.done();
  });
  queueMicrotask(() => {
    name.focus();
    name.select();
  });
  return form;
}
