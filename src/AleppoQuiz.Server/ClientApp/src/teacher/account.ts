// The sign-in form, which turns into the registration form: one set of fields, so a teacher who meant to
// register never retypes the e-mail address and password. Registering never signs in by itself (the server answers
// the same whether or not the address was new), so the form signs in right after.
import { api, ApiError, forgetAntiforgeryToken, messageOf } from "../shared/api";
import { el } from "../shared/dom";
import { clearErrors, field, focusFirstInvalid, input, showFieldError } from "../shared/forms";
import type { Teacher } from "../shared/session";
import { texts } from "./texts";

export type Mode = "sign-in" | "register";

// The server names the fields of a registration it refuses; everything else belongs to the whole form.
const fieldIds: Record<string, string> = { email: "account-email", password: "account-password", displayName: "account-name", invitation: "account-invitation" };

function showProblem(form: HTMLFormElement, error: unknown): void {
  const fields = error instanceof ApiError ? Object.entries(error.fieldErrors) : [];
  if (error instanceof ApiError && error.extensions["code"] === "invitation-invalid") fields.push(["invitation", [error.detail]]);
  for (const [name, messages] of fields) {
    const id = fieldIds[name] ?? "account-form";
    showFieldError(form, id, messages.join(" "));
    // One message per field: the error replaces the hint rather than repeating it.
    const hint = form.querySelector<HTMLElement>(`#${id}-hint`);
    if (hint) hint.hidden = true;
  }
  if (fields.length === 0) showFieldError(form, "account-form", messageOf(error));
}

function showHints(form: HTMLFormElement): void {
  for (const hint of form.querySelectorAll<HTMLElement>(".field-hint")) hint.hidden = false;
}

export function accountForm(mode: Mode, switchTo: (mode: Mode) => void, signedIn: (teacher: Teacher) => void, invitationCode = ""): HTMLFormElement {
  const registering = mode === "register";
  const email = input("email", { type: "email", autocomplete: "username", required: "" });
  const password = input("password", { type: "password", autocomplete: registering ? "new-password" : "current-password", required: "" });
  const name = input("displayName", { autocomplete: "name", maxlength: "60", required: "" });
  const invitation = input("invitation", { autocomplete: "off", spellcheck: "false" });
  invitation.value = invitationCode;
  const submit = el("button", { className: "btn btn-primary btn-block", text: registering ? texts.createAccount : texts.signIn, attrs: { type: "submit" } });
  const other = el("button", {
    className: "btn btn-secondary btn-block",
    text: registering ? texts.toSignIn : texts.toRegister,
    attrs: { type: "button" },
    on: { click: () => switchTo(registering ? "sign-in" : "register") },
  });
  const form = el(
    "form",
    { className: "card account-form", attrs: { novalidate: "", "aria-labelledby": "account-title" } },
    el("h1", { text: registering ? texts.registerTitle : texts.signInTitle, attrs: { id: "account-title" } }),
    el("p", { className: "lead", text: registering ? texts.registerLead : texts.signInLead }),
    registering ? field("account-name", texts.name, name) : null,
    field("account-email", texts.email, email),
    field("account-password", texts.password, password, registering ? { hint: texts.passwordHint } : {}),
    registering ? field("account-invitation", texts.invitation, invitation, { hint: texts.invitationHint }) : null,
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
      .then(() => api<Teacher>("POST", "/api/account/login", credentials))
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
