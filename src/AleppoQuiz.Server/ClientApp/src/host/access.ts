// Who may come in: the host locks the game to newcomers (players already in can still rejoin) and bans a player,
// which kicks them and bars their connection from joining again under any name.
import { button, el } from "../shared/dom";
import { t } from "../shared/i18n";
import type { PlayerSummary } from "../contract/hub";

/** "Lock game" or "Unlock", with a line saying the game is locked; one focus key so a redraw keeps focus on it. */
export function lockControl(isLocked: boolean, setLocked: (locked: boolean) => void): HTMLElement {
  return el(
    "span",
    { className: "lock-control" },
    button(isLocked ? t("host.unlock") : t("host.lock"), () => setLocked(!isLocked), "btn btn-secondary", {
      "data-focus-key": "lock-unlock",
      "aria-pressed": String(isLocked),
    }),
    isLocked ? el("span", { className: "hint", text: ` ${t("host.locked")}`, attrs: { role: "status" } }) : null,
  );
}

export function banButton(player: PlayerSummary, ban: (player: PlayerSummary) => void): HTMLButtonElement {
  return button(
    t("host.ban"),
    () => {
      if (window.confirm(t("host.confirmBan", { name: player.nickname }))) ban(player);
    },
    "btn btn-small btn-danger",
    { "aria-label": t("host.banLabel", { name: player.nickname }) },
  );
}
