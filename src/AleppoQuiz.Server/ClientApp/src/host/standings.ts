// Standings on the projector: the top five after a question, the podium after the last one, and the end.
import { button, el } from "../shared/dom";
import { formatNumber } from "../shared/i18n";
import type { LeaderboardEntry, LeaderboardView, PodiumView } from "../shared/protocol";

function rows(top: LeaderboardEntry[]): HTMLOListElement {
  return el(
    "ol",
    { className: "standings" },
    ...top.map((entry) =>
      el(
        "li",
        { attrs: { value: String(entry.rank), "data-rank": String(entry.rank) } },
        el("span", { className: "name", text: entry.nickname }),
        entry.streak > 1 ? el("span", { className: "streak", text: `${entry.streak} in a row` }) : null,
        el("span", { className: "score", text: formatNumber(entry.score) }),
      ),
    ),
  );
}

export function leaderboardScreen(board: LeaderboardView, next: () => void, nextLabel: string): HTMLElement {
  return el(
    "section",
    { className: "screen host-leaderboard" },
    el("p", { className: "counter", text: `After question ${board.afterQuestionIndex + 1} of ${board.total}` }),
    el("h1", { text: "Leaderboard" }),
    el("div", { className: "card" }, board.top.length > 0 ? rows(board.top) : el("p", { text: "No players yet." })),
    el("div", { className: "controls" }, button(nextLabel, next, "btn btn-primary btn-large", { "data-action": "next" })),
  );
}

const places = ["first", "second", "third"];

function podiumSteps(podium: PodiumView): HTMLOListElement {
  return el(
    "ol",
    { className: "podium", attrs: { "aria-label": "Podium" } },
    ...podium.top.map((entry) =>
      el(
        "li",
        { className: `step step-${places[entry.rank - 1] ?? "other"}`, attrs: { "data-rank": String(entry.rank) } },
        el("span", { className: "step-name", text: entry.nickname }),
        el("span", { className: "step-score", text: `${formatNumber(entry.score)} points` }),
        el("span", { className: "step-block", text: String(entry.rank) }),
      ),
    ),
  );
}

export function podiumScreen(podium: PodiumView, ended: boolean, action: () => void): HTMLElement {
  return el(
    "section",
    { className: "screen host-podium" },
    el("p", { className: "counter", text: `${podium.playerCount} ${podium.playerCount === 1 ? "player" : "players"}` }),
    el("h1", { text: ended ? "Final standings" : "The podium" }),
    podium.top.length > 0 ? podiumSteps(podium) : el("p", { className: "lead", text: "Nobody played this time." }),
    el(
      "div",
      { className: "controls" },
      ended ? button("Host another quiz", action, "btn btn-primary btn-large") : button("End game", action, "btn btn-primary btn-large", { "data-action": "next" }),
    ),
  );
}
