// What the editor says when a save meets a newer version of the quiz: the server's sentence and a reload
// button. The teacher's unsaved question stays in its form, so nothing is lost and nothing is overwritten.
import { t } from "../shared/i18n";
import { ApiError, messageOf } from "../shared/api";
import { button, el, replace } from "../shared/dom";

export function showConflict(slot: HTMLElement, error: ApiError, reload: () => Promise<void>): void {
  const failure = el("p", { className: "field-error" });
  const again = button(
    t("editor.reload"),
    () => {
      again.disabled = true;
      reload()
        .then(() => replace(slot))
        .catch((e: unknown) => {
          failure.textContent = messageOf(e);
          again.disabled = false;
        });
    },
    "btn btn-primary",
  );
  replace(
    slot,
    el(
      "div",
      { className: "conflict", attrs: { role: "alert" } },
      el("p", { className: "conflict-text", text: error.shown }),
      el("p", { text: t("editor.reloadHint") }),
      again,
      failure,
    ),
  );
  again.focus();
}
