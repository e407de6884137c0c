// The sign-in page: signs a teacher in (or registers one) and sends them back where they came from. An account
// awaiting approval stays here and is told so; an administrator also finds the accounts to approve here.
// ?invitation=CODE opens the registration form with the code filled in.
import { t } from "../shared/i18n";
import "../shared/language";
import { messageOf } from "../shared/api";
import { authored, button, byId, el, focusHeading, replace } from "../shared/dom";
import { currentTeacher, safeReturn, signOut } from "../shared/session";
import { accountForm, type Mode } from "./account";
import { adminSection } from "./admin";
import type { AccountInfo } from "../contract/http";

const app = byId("app");
const query = new URLSearchParams(location.search);
const returnTo = safeReturn(query.get("return"));
const invitation = query.get("invitation") ?? "";

function showForm(mode: Mode, focus: "heading" | "first-field"): void {
  replace(app, accountForm(mode, (next) => showForm(next, "first-field"), signedIn, invitation));
  if (focus === "heading") focusHeading(app);
  else app.querySelector<HTMLInputElement>("input")?.focus();
}

function signedIn(teacher: AccountInfo): void {
  if (teacher.status === "pending" || teacher.isAdministrator) showSignedIn(teacher);
  else location.assign(returnTo);
}

function showSignedIn(teacher: AccountInfo): void {
  const pending = teacher.status === "pending";
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
      el("p", { className: "lead", text: teacher.email, attrs: authored }),
      pending ? el("div", { className: "notice", attrs: { role: "status" } }, el("h2", { text: t("account.pendingTitle") }), el("p", { text: t("account.pending") })) : null,
      el("div", { className: "controls" }, pending ? null : el("a", { className: "btn btn-primary", text: t("account.continue"), attrs: { href: returnTo } }), out),
      error,
    ),
    teacher.isAdministrator && !pending ? adminSection() : null,
  );
  focusHeading(app);
}

currentTeacher()
  .then((teacher) => (teacher ? showSignedIn(teacher) : showForm(invitation ? "register" : "sign-in", "heading")))
  .catch((error: unknown) => {
    showForm("sign-in", "heading");
    app.prepend(el("p", { className: "notice", text: messageOf(error), attrs: { role: "alert" } }));
  });
