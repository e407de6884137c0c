// The lobby on the projector: the PIN, the join link and its QR code, and everyone who has joined so far.
import { t } from "../shared/i18n";
import { authored, button, el } from "../shared/dom";
import { banButton } from "./access";
import type { GameClass } from "./classchoice";
import { connectedCount, type HostModel } from "./model";
import type { PlayerSummary } from "../contract/hub";

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
    el("span", { className: "name", text: player.nickname, attrs: authored }),
    player.isConnected ? null : el("span", { className: "sr-only", text: ` ${t("lobby.disconnected")}` }),
    kick ? button(t("lobby.kick"), () => kick(player), "btn btn-small btn-danger", { "aria-label": `${t("lobby.kick")} ${player.nickname}` }) : null,
    ban ? banButton(player, ban) : null,
  );
}

/** For a class game, the class code sits beside the PIN: join-class.html asks for both. */
function classCode(schoolClass: GameClass): HTMLElement[] {
  return [
    el("p", { className: "join-step", text: t("lobby.classCode", { name: schoolClass.name }) }),
    el("p", { className: "lobby-class-code", attrs: { "data-class-code": schoolClass.code } }, el("span", { text: schoolClass.code, attrs: { "aria-hidden": "true" } }), el("span", { className: "sr-only", text: `${t("classJoin.code")} ${spokenPin(schoolClass.code)}` })),
  ];
}

export function lobbyScreen(model: HostModel, actions: LobbyActions, schoolClass: GameClass | null = null): HTMLElement {
  const players = [...model.players.values()];
  const joinHref = model.joinUrl;
  const displayUrl = joinHref.replace(/^https?:\/\//, "");
  const startButton = button(t("lobby.start"), actions.start, "btn btn-primary btn-large");
  startButton.disabled = players.length === 0;
  return el(
    "section",
    { className: "screen lobby" },
    el("h1", { className: "quiz-title", text: model.quizTitle, attrs: authored }),
    el(
      "div",
      { className: "lobby-grid" },
      el(
        "div",
        { className: "card join-info" },
        el("p", { className: "join-step", text: t("lobby.joinAt") }),
        el("p", { className: "join-url" }, el("a", { text: displayUrl, attrs: { href: joinHref, dir: "ltr", translate: "no" } })),
        el("p", { className: "join-step", text: t("lobby.withPin") }),
        el("p", { className: "pin", text: model.pin, attrs: { "aria-label": `${t("join.pin")} ${spokenPin(model.pin)}`, "data-pin": model.pin } }),
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
      el("h2", { attrs: { id: "roster-title" }, text: t("common.players", { n: players.length }) }),
      players.length === 0 ? el("p", { className: "lead", text: t("lobby.waiting") }) : null,
      el("ul", { className: "players" }, ...players.map((p) => playerChip(p, actions.kick, actions.ban))),
    ),
    el(
      "div",
      { className: "controls" },
      startButton,
      players.length > 0 && connectedCount(model) < players.length ? el("p", { className: "hint", text: t("lobby.offline") }) : null,
    ),
  );
}
