// The sign-in form, which turns into the registration form: one set of fields, so a teacher who meant to
// register never retypes the e-mail address and password.
import { t } from "../shared/i18n";
import { api, ApiError, forgetAntiforgeryToken, messageOf } from "../shared/api";
import { el } from "../shared/dom";
import { clearErrors, field, focusFirstInvalid, input, showFieldError } from "../shared/forms";
import type { Teacher } from "../shared/session";

export type Mode = "sign-in" | "register";

// The server answers registration problems as one sentence; it names the field it is about.
function fieldOf(detail: string): string {
  if (/wrong|locked|already exists|attempts/i.test(detail)) return "account-form";
  if (/e-mail/i.test(detail)) return "account-email";
  if (/password/i.test(detail)) return "account-password";
  if (/name/i.test(detail)) return "account-name";
  return "account-form";
}

export function accountForm(mode: Mode, switchTo: (mode: Mode) => void, signedIn: (teacher: Teacher) => void): HTMLFormElement {
  const registering = mode === "register";
  const email = input("email", { type: "email", autocomplete: "username", required: "" });
  const password = input("password", { type: "password", autocomplete: registering ? "new-password" : "current-password", required: "" });
  const name = input("displayName", { autocomplete: "name", maxlength: "60", required: "" });
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
    el("p", { className: "field-error", attrs: { id: "account-form-error" } }),
    submit,
    other,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    submit.disabled = true;
    const request = registering
      ? api<Teacher>("POST", "/api/account/register", { email: email.value.trim(), password: password.value, displayName: name.value.trim() })
      : api<Teacher>("POST", "/api/account/login", { email: email.value.trim(), password: password.value });
    request
      .then((teacher) => {
        forgetAntiforgeryToken();
        signedIn(teacher);
      })
      .catch((error: unknown) => {
        const message = messageOf(error);
        if (!showFieldError(form, fieldOf(error instanceof ApiError ? error.detail : message), message)) showFieldError(form, "account-form", message);
        focusFirstInvalid(form, registering ? name : email);
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}
