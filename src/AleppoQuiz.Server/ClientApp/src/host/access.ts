// Who may come in: the host locks the game to newcomers (players already in can still rejoin) and bans a player,
// which kicks them and bars their connection from joining again under any name. The sentences are kept here
// together so they can be translated in one place.
import { button, el } from "../shared/dom";
import type { PlayerSummary } from "../shared/protocol";

export const accessTexts = {
  lock: "Lock game",
  unlock: "Unlock",
  locked: "Locked: nobody new can join.",
  ban: "Ban",
  banLabel: (nickname: string) => `Ban ${nickname}`,
  confirmBan: (nickname: string) => `Ban ${nickname}? They leave the game and cannot join it again from this device.`,
} as const;

/** "Lock game" or "Unlock", with a line saying the game is locked; one focus key so a redraw keeps focus on it. */
export function lockControl(isLocked: boolean, setLocked: (locked: boolean) => void): HTMLElement {
  return el(
    "span",
    { className: "lock-control" },
    button(isLocked ? accessTexts.unlock : accessTexts.lock, () => setLocked(!isLocked), "btn btn-secondary", {
      "data-focus-key": "lock-unlock",
      "aria-pressed": String(isLocked),
    }),
    isLocked ? el("span", { className: "hint", text: ` ${accessTexts.locked}`, attrs: { role: "status" } }) : null,
  );
}

export function banButton(player: PlayerSummary, ban: (player: PlayerSummary) => void): HTMLButtonElement {
  return button(
    accessTexts.ban,
    () => {
      if (window.confirm(accessTexts.confirmBan(player.nickname))) ban(player);
    },
    "btn btn-small btn-danger",
    { "aria-label": accessTexts.banLabel(player.nickname) },
  );
}
