// The sign-in page: signs a teacher in (or registers one) and sends them back where they came from.
import { t } from "../shared/i18n";
import "../shared/language";
import { messageOf } from "../shared/api";
import { button, byId, el, focusHeading, replace } from "../shared/dom";
import { currentTeacher, safeReturn, signOut, type Teacher } from "../shared/session";
import { accountForm, type Mode } from "./account";

const app = byId("app");
const returnTo = safeReturn(new URLSearchParams(location.search).get("return"));

function showForm(mode: Mode, focus: "heading" | "first-field"): void {
  replace(app, accountForm(mode, (next) => showForm(next, "first-field"), () => location.assign(returnTo)));
  if (focus === "heading") focusHeading(app);
  else app.querySelector<HTMLInputElement>("input")?.focus();
}

function showSignedIn(teacher: Teacher): void {
  const error = el("p", { className: "field-error", attrs: { role: "alert" } });
  const out = button(t("account.signOut"), () => {
    signOut()
      .then(() => showForm("sign-in", "heading"))
      .catch((e: unknown) => (error.textContent = messageOf(e)));
  }, "btn btn-secondary");
  replace(
    app,
    el(
      "section",
      { className: "card account-form" },
      el("h1", { text: t("account.signedInAs", { name: teacher.displayName }) }),
      el("p", { className: "lead", text: teacher.email }),
      el("div", { className: "controls" }, el("a", { className: "btn btn-primary", text: t("account.continue"), attrs: { href: returnTo } }), out),
      error,
    ),
  );
  focusHeading(app);
}

currentTeacher()
  .then((teacher) => (teacher ? showSignedIn(teacher) : showForm("sign-in", "heading")))
  .catch((error: unknown) => {
    showForm("sign-in", "heading");
    app.prepend(el("p", { className: "notice", text: messageOf(error), attrs: { role: "alert" } }));
  });
