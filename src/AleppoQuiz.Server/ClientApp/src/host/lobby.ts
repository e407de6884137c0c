// The lobby on the projector: the PIN, the join link and its QR code, and everyone who has joined so far.
import { button, el } from "../shared/dom";
import { banButton } from "./access";
import type { PlayerSummary } from "../shared/protocol";
import type { GameClass } from "./classchoice";
import { connectedCount, type HostModel } from "./model";

export interface LobbyActions {
  start(): void;
  kick(player: PlayerSummary): void;
  ban(player: PlayerSummary): void;
}

/** Reads a PIN digit by digit, which is how a class copies it, rather than as one big number. */
function spokenPin(pin: string): string {
  return pin.split("").join(" ");
}

export function playerChip(player: PlayerSummary, kick: ((player: PlayerSummary) => void) | null, ban: ((player: PlayerSummary) => void) | null = null): HTMLLIElement {
  return el(
    "li",
    { className: `player-chip${player.isConnected ? "" : " offline"}`, attrs: { "data-player-id": String(player.playerId) } },
    el("span", { className: "name", text: player.nickname }),
    player.isConnected ? null : el("span", { className: "sr-only", text: " (disconnected)" }),
    kick ? button("Kick", () => kick(player), "btn btn-small btn-danger", { "aria-label": `Kick ${player.nickname}` }) : null,
    ban ? banButton(player, ban) : null,
  );
}

/** For a class game, the class code sits beside the PIN: join-class.html asks for both. */
function classCode(schoolClass: GameClass): HTMLElement[] {
  return [
    el("p", { className: "join-step", text: `and ${schoolClass.name}’s class code` }),
    el("p", { className: "lobby-class-code", attrs: { "data-class-code": schoolClass.code } }, el("span", { text: schoolClass.code, attrs: { "aria-hidden": "true" } }), el("span", { className: "sr-only", text: `Class code ${spokenPin(schoolClass.code)}` })),
  ];
}

export function lobbyScreen(model: HostModel, actions: LobbyActions, schoolClass: GameClass | null = null): HTMLElement {
  const players = [...model.players.values()];
  const joinHref = model.joinUrl;
  const displayUrl = joinHref.replace(/^https?:\/\//, "");
  const startButton = button("Start game", actions.start, "btn btn-primary btn-large");
  startButton.disabled = players.length === 0;
  return el(
    "section",
    { className: "screen lobby" },
    el("h1", { className: "quiz-title", text: model.quizTitle }),
    el(
      "div",
      { className: "lobby-grid" },
      el(
        "div",
        { className: "card join-info" },
        el("p", { className: "join-step", text: "Join on your phone at" }),
        el("p", { className: "join-url" }, el("a", { text: displayUrl, attrs: { href: joinHref } })),
        el("p", { className: "join-step", text: "with Game PIN" }),
        el("p", { className: "pin", text: model.pin, attrs: { "aria-label": `Game PIN ${spokenPin(model.pin)}`, "data-pin": model.pin } }),
        ...(schoolClass ? classCode(schoolClass) : []),
      ),
      el(
        "div",
        { className: "card qr" },
        el("img", {
          attrs: { src: `/api/games/${encodeURIComponent(model.pin)}/qr.svg`, alt: `QR code that opens the join page for game ${spokenPin(model.pin)}`, width: "260", height: "260" },
        }),
      ),
    ),
    el(
      "section",
      { className: "card roster", attrs: { "aria-labelledby": "roster-title" } },
      el("h2", { attrs: { id: "roster-title" }, text: players.length === 1 ? "1 player" : `${players.length} players` }),
      players.length === 0 ? el("p", { className: "lead", text: "Waiting for players…" }) : null,
      el("ul", { className: "players" }, ...players.map((p) => playerChip(p, actions.kick, actions.ban))),
    ),
    el(
      "div",
      { className: "controls" },
      startButton,
      players.length > 0 && connectedCount(model) < players.length ? el("p", { className: "hint", text: "Greyed-out names are offline for now." }) : null,
    ),
  );
}
