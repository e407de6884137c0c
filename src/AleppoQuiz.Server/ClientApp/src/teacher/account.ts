// The sign-in form, which turns into the registration form: one set of fields, so a teacher who meant to
// register never retypes the e-mail address and password. Registering never signs in by itself (the server answers
// the same whether or not the address was new), so the form signs in right after.
import { language, t } from "../shared/i18n";
import { api, ApiError, forgetAntiforgeryToken, messageOf } from "../shared/api";
import { el } from "../shared/dom";
import { clearErrors, field, focusFirstInvalid, input, showFieldError } from "../shared/forms";
import type { AccountInfo } from "../contract/http";

export type Mode = "sign-in" | "register";

// The server names the fields of a registration it refuses; everything else belongs to the whole form. Its
// sentences are English: another language shows the catalogue's sentence for the refusal under the field instead.
const fieldIds: Record<string, string> = { email: "account-email", password: "account-password", displayName: "account-name", invitation: "account-invitation" };

function showProblem(form: HTMLFormElement, error: unknown): void {
  const fields = error instanceof ApiError ? Object.entries(error.fieldErrors) : [];
  if (error instanceof ApiError && error.code === "invitation-invalid") fields.push(["invitation", [error.detail]]);
  for (const [name, messages] of fields) {
    const id = fieldIds[name] ?? "account-form";
    showFieldError(form, id, language === "en" ? messages.join(" ") : messageOf(error));
    // One message per field: the error replaces the hint rather than repeating it.
    const hint = form.querySelector<HTMLElement>(`#${id}-hint`);
    if (hint) hint.hidden = true;
  }
  if (fields.length === 0) showFieldError(form, "account-form", messageOf(error));
}

function showHints(form: HTMLFormElement): void {
  for (const hint of form.querySelectorAll<HTMLElement>(".field-hint")) hint.hidden = false;
}

export function accountForm(mode: Mode, switchTo: (mode: Mode) => void, signedIn: (teacher: AccountInfo) => void, invitationCode = ""): HTMLFormElement {
  const registering = mode === "register";
  const email = input("email", { type: "email", autocomplete: "username", required: "" });
  const password = input("password", { type: "password", autocomplete: registering ? "new-password" : "current-password", required: "" });
  const name = input("displayName", { autocomplete: "name", maxlength: "60", required: "" });
  const invitation = input("invitation", { autocomplete: "off", spellcheck: "false" });
  invitation.value = invitationCode;
  const submit = el("button", { className: "btn btn-primary btn-block", text: registering ? t("account.create") : t("account.signIn"), attrs: { type: "submit" } });
  const other = el("button", {
    className: "btn btn-secondary btn-block",
    text: registering ? t("account.haveOne") : t("account.createOne"),
    attrs: { type: "button" },
    on: { click: () => switchTo(registering ? "sign-in" : "register") },
  });
  const title = registering ? t("account.createTitle") : t("account.signInTitle");
  const form = el(
    "form",
    { className: "card account-form", attrs: { novalidate: "", "aria-labelledby": "account-title" } },
    el("h1", { text: title, attrs: { id: "account-title" } }),
    el("p", { className: "lead", text: registering ? t("account.createLead") : t("account.signInLead") }),
    registering ? field("account-name", t("account.name"), name) : null,
    field("account-email", t("account.email"), email),
    field("account-password", t("account.password"), password, registering ? { hint: t("account.passwordHint") } : {}),
    registering ? field("account-invitation", t("account.invitation"), invitation, { hint: t("account.invitationHint") }) : null,
    el("p", { className: "field-error", attrs: { id: "account-form-error" } }),
    submit,
    other,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    showHints(form);
    submit.disabled = true;
    const credentials = { email: email.value.trim(), password: password.value };
    const registered = registering
      ? api<unknown>("POST", "/api/account/register", { ...credentials, displayName: name.value.trim(), invitation: invitation.value.trim() || null })
      : Promise.resolve(null);
    registered
      .then(() => api<AccountInfo>("POST", "/api/account/login", credentials))
      .then((teacher) => {
        forgetAntiforgeryToken();
        signedIn(teacher);
      })
      .catch((error: unknown) => {
        showProblem(form, error);
        focusFirstInvalid(form, registering ? name : email);
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}
