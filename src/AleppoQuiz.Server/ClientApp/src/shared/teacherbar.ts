// The teacher's corner of the top bar on every teacher page: where to go next, who is signed in, and signing out.
import { messageOf } from "./api";
import { authored, button, el, replace } from "./dom";
import { t, type Key } from "./i18n";
import { signInPage, signOut } from "./session";
import type { AccountInfo } from "../contract/http";

export interface NavLink {
  href: string;
  text: Key;
}

const links: NavLink[] = [
  { href: "/library.html", text: "nav.library" },
  { href: "/classes.html", text: "nav.classes" },
  { href: "/claims.html", text: "nav.claims" },
  { href: "/host.html", text: "nav.host" },
  { href: "/reports.html", text: "nav.reports" },
];

/** Fills `slot` (an element in the top bar) with the links, the teacher's name and a sign-out button. */
export function showTeacherBar(slot: HTMLElement, teacher: AccountInfo, onError: (message: string) => void): void {
  const here = location.pathname;
  const nav = el(
    "nav",
    { className: "teacher-nav", attrs: { "aria-label": t("nav.label") } },
    ...links.map((link) => el("a", { text: t(link.text), attrs: here === link.href ? { href: link.href, "aria-current": "page" } : { href: link.href } })),
  );
  const out = button(
    t("account.signOut"),
    () => {
      out.disabled = true;
      signOut()
        .then(() => location.assign(signInPage))
        .catch((error: unknown) => {
          out.disabled = false;
          onError(messageOf(error));
        });
    },
    "btn btn-small btn-on-dark",
  );
  replace(slot, nav, el("span", { className: "me", text: teacher.displayName, attrs: authored }), out);
}
