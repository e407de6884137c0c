// The administrator's section of the sign-in page: accounts awaiting approval, and invitation links.
import { api, messageOf } from "../shared/api";
import { authored, authoredText, button, el, replace } from "../shared/dom";
import { formatDate, t, tParts } from "../shared/i18n";
import type { AccountSummary, InvitationCreated } from "../contract/http";

export function adminSection(): HTMLElement {
  const list = el("ul", { className: "pending-accounts" });
  const status = el("p", { className: "status-line", attrs: { role: "status" } });
  const error = el("p", { className: "field-error", attrs: { role: "alert" } });
  const invitation = el("div", { className: "invitation" });

  const refresh = (): void => {
    api<AccountSummary[]>("GET", "/api/admin/accounts?status=pending")
      .then((accounts) => replace(list, ...(accounts.length === 0 ? [el("li", { text: t("admin.noPending") })] : accounts.map(row))))
      .catch((e: unknown) => (error.textContent = messageOf(e)));
  };

  const decide = (account: AccountSummary, decision: "approve" | "refuse"): void => {
    error.textContent = "";
    api<AccountSummary>("POST", `/api/admin/accounts/${encodeURIComponent(account.id)}/${decision}`)
      .then(() => {
        status.textContent = decision === "approve" ? t("admin.approved", { name: account.displayName }) : t("admin.refused", { name: account.displayName });
        refresh();
      })
      .catch((e: unknown) => (error.textContent = messageOf(e)));
  };

  const row = (account: AccountSummary): HTMLElement =>
    el(
      "li",
      {},
      el("strong", { text: account.displayName, attrs: authored }),
      el("span", {}, " ", ...tParts("admin.requested", { email: authoredText(account.email), when: formatDate(account.createdAt) }), " "),
      el(
        "span",
        { className: "controls" },
        button(t("admin.approve"), () => decide(account, "approve"), "btn btn-primary btn-small", { "aria-label": t("admin.approveLabel", { name: account.displayName }) }),
        button(t("admin.refuse"), () => decide(account, "refuse"), "btn btn-secondary btn-small", { "aria-label": t("admin.refuseLabel", { name: account.displayName }) }),
      ),
    );

  const invite = button(t("admin.createInvitation"), () => {
    error.textContent = "";
    api<InvitationCreated>("POST", "/api/admin/invitations", {})
      .then((created) => {
        const link = new URL(created.link, location.origin).toString();
        const box = el("input", { attrs: { readonly: "", value: link, id: "invitation-link", "aria-label": t("admin.invitationLink") } });
        replace(invitation, el("p", { text: t("admin.invitationReady", { date: formatDate(created.expiresAt, { dateStyle: "medium" }) }) }), box);
        box.select();
      })
      .catch((e: unknown) => (error.textContent = messageOf(e)));
  }, "btn btn-secondary");

  refresh();
  return el(
    "section",
    { className: "card account-admin", attrs: { "aria-labelledby": "admin-title" } },
    el("h2", { text: t("admin.title"), attrs: { id: "admin-title" } }),
    el("p", { className: "lead", text: t("admin.lead") }),
    list,
    status,
    invite,
    invitation,
    error,
  );
}
