// Standings on the projector: the top five after a question, the podium after the last one, and the end.
import { authored, button, el } from "../shared/dom";
import { formatNumber, t } from "../shared/i18n";
import type { LeaderboardEntry, LeaderboardView, PodiumView } from "../contract/hub";

function rows(top: LeaderboardEntry[]): HTMLOListElement {
  return el(
    "ol",
    { className: "standings" },
    ...top.map((entry) =>
      el(
        "li",
        { attrs: { value: String(entry.rank), "data-rank": String(entry.rank) } },
        el("span", { className: "name", text: entry.nickname, attrs: authored }),
        entry.streak > 1 ? el("span", { className: "streak", text: t("standings.streak", { n: entry.streak }) }) : null,
        el("span", { className: "score", text: formatNumber(entry.score) }),
      ),
    ),
  );
}

/** `note` explains standings that did not move, as after a poll, which scores nothing. */
export function leaderboardScreen(board: LeaderboardView, next: () => void, nextLabel: string, note: string | null = null): HTMLElement {
  return el(
    "section",
    { className: "screen host-leaderboard" },
    el("p", { className: "counter", text: t("standings.after", { n: board.afterQuestionIndex + 1, total: board.total }) }),
    el("h1", { text: t("standings.leaderboard") }),
    note ? el("p", { className: "lead leaderboard-note", text: note }) : null,
    el("div", { className: "card" }, board.top.length > 0 ? rows(board.top) : el("p", { text: t("standings.noPlayers") })),
    el("div", { className: "controls" }, button(nextLabel, next, "btn btn-primary btn-large", { "data-action": "next" })),
  );
}

const places = ["first", "second", "third"];

function podiumSteps(podium: PodiumView): HTMLOListElement {
  return el(
    "ol",
    { className: "podium", attrs: { "aria-label": t("standings.podiumLabel") } },
    ...podium.top.map((entry) =>
      el(
        "li",
        { className: `step step-${places[entry.rank - 1] ?? "other"}`, attrs: { "data-rank": String(entry.rank) } },
        el("span", { className: "step-name", text: entry.nickname, attrs: authored }),
        el("span", { className: "step-score", text: t("common.points", { n: entry.score }) }),
        el("span", { className: "step-block", text: formatNumber(entry.rank) }),
      ),
    ),
  );
}

export function podiumScreen(podium: PodiumView, ended: boolean, action: () => void): HTMLElement {
  return el(
    "section",
    { className: "screen host-podium" },
    el("p", { className: "counter", text: t("common.players", { n: podium.playerCount }) }),
    el("h1", { text: ended ? t("standings.final") : t("standings.podium") }),
    podium.top.length > 0 ? podiumSteps(podium) : el("p", { className: "lead", text: t("standings.nobody") }),
    el(
      "div",
      { className: "controls" },
      ended ? button(t("standings.hostAnother"), action, "btn btn-primary btn-large") : button(t("host.end"), action, "btn btn-primary btn-large", { "data-action": "next" }),
    ),
  );
}
