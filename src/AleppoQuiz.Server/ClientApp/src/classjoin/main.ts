// Joining a class game: type the class code, pick your name from the roster, then play on the usual player page,
// which rejoins with the token stored here.
import { t } from "../shared/i18n";
import "../shared/language";
import { byId, el, focusHeading, replace } from "../shared/dom";
import { asRefusal, GameHub } from "../shared/hub";
import { save } from "../shared/storage";
import type { RosterChoice } from "../contract/hub";

const app = byId("app");
const pin = new URLSearchParams(location.search).get("pin")?.trim() ?? "";
const hub = new GameHub({ onReconnected: () => undefined, onStatus: () => undefined });

function errorLine(): HTMLParagraphElement {
  return el("p", { className: "field-error", attrs: { id: "class-error", role: "alert" } });
}

function codeScreen(): void {
  const code = el("input", { attrs: { id: "class-code", name: "code", autocomplete: "off", maxlength: "8", required: "", "aria-describedby": "class-error" } });
  const error = errorLine();
  const form = el(
    "form",
    { className: "card join-form", attrs: { novalidate: "" } },
    el("h1", { text: t("classJoin.title") }),
    el("p", { className: "lead", text: t("classJoin.lead", { pin }) }),
    el("div", { className: "field" }, el("label", { text: t("classJoin.code"), attrs: { for: "class-code" } }), code),
    error,
    el("button", { className: "btn btn-primary btn-block", text: t("classJoin.show"), attrs: { type: "submit" } }),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    hub
      .invoke("ClassRoster", pin, code.value)
      .then((roster) => rosterScreen(code.value, roster))
      .catch((e: unknown) => (error.textContent = asRefusal(e).sentence));
  });
  // Editing the code after a refusal takes the refusal away: it was about the code typed before.
  code.addEventListener("input", () => (error.textContent = ""));
  replace(app, form);
  code.focus();
}

function rosterScreen(code: string, roster: RosterChoice): void {
  const error = errorLine();
  const pick = (studentId: string): void => {
    hub
      .invoke("JoinAsStudent", pin, code, studentId, null)
      .then((joined) => {
        save(localStorage, "aleppoquiz.player", { pin: joined.pin, secret: joined.playerToken });
        location.href = `/?pin=${encodeURIComponent(joined.pin)}`;
      })
      .catch((e: unknown) => (error.textContent = asRefusal(e).sentence));
  };
  replace(
    app,
    el(
      "section",
      { className: "card" },
      el("h1", { text: t("classJoin.who", { name: roster.className }) }),
      el(
        "ul",
        { className: "roster-list" },
        ...roster.students.map((s) =>
          el("li", {}, el("button", { className: "btn btn-secondary btn-block", text: s.taken ? t("classJoin.taken", { name: s.name }) : s.name, attrs: { type: "button" }, on: { click: () => pick(s.studentId) } })),
        ),
      ),
      error,
    ),
  );
  focusHeading(app);
}

codeScreen();
