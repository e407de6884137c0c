// A link to hand to students: shown in a read-only field (so it can be selected by hand) with a Copy button.
import { t } from "../shared/i18n";
import { copyText } from "../shared/assignments";
import { button, el } from "../shared/dom";
import type { Notices } from "../shared/notices";

export function shareLink(id: string, url: string, label: string, notices: Notices): HTMLElement {
  const field = el("input", { className: "share-url", attrs: { id, type: "text", readonly: "", value: url } });
  const copy = button(
    t("share.copy"),
    () => {
      void copyText(url, field).then((copied) => notices.announce(copied ? t("share.copied") : t("share.copyByHand")));
    },
    "btn btn-secondary btn-small",
    { "aria-label": `${t("share.copy")}: ${label}` },
  );
  return el("div", { className: "share-link" }, el("label", { className: "sr-only", text: label, attrs: { for: id } }), field, copy);
}
