// A link to hand to students: shown in a read-only field (so it can be selected by hand) with a Copy button.
import { copyText } from "../shared/assignments";
import { button, el } from "../shared/dom";
import type { Notices } from "../shared/notices";

export function shareLink(id: string, url: string, label: string, notices: Notices): HTMLElement {
  const field = el("input", { className: "share-url", attrs: { id, type: "text", readonly: "", value: url } });
  const copy = button(
    "Copy link",
    () => {
      void copyText(url, field).then((copied) => notices.announce(copied ? "Link copied. Paste it where your students will find it." : "Select the link and copy it by hand."));
    },
    "btn btn-secondary btn-small",
    { "aria-label": `Copy the link: ${label}` },
  );
  return el("div", { className: "share-link" }, el("label", { className: "sr-only", text: label, attrs: { for: id } }), field, copy);
}
