// The questions the engine drafts from the articles on the map, listed under it so a teacher preparing a lesson
// sees them beside the disagreements they came from; adding one to a quiz happens in the editor.
import { t } from "../shared/i18n";
import { authored, el } from "../shared/dom";
import { messageOf } from "../shared/api";
import { fetchDrafts } from "../editor/drafts";
import type { DraftInfo } from "../contract/http";

function draftItem(info: DraftInfo): HTMLLIElement {
  const q = info.question;
  return el(
    "li",
    { className: "map-draft", attrs: { "data-draft-id": info.id } },
    el("strong", { text: q.prompt ?? "", attrs: authored }),
    el("p", { className: "hint" }, `${t("claims.answer")} `, el("span", { text: (q.options ?? []).filter((o) => o.correct).map((o) => o.text).join("; "), attrs: authored })),
  );
}

// The map is already long; a taste of the drafts is enough here, the editor lists them all.
const shown = 8;

export function draftsSection(articleIds: string[]): HTMLElement {
  const count = el("p", { className: "hint" });
  const list = el("ol", { className: "map-drafts" }, el("li", { className: "hint", text: t("claims.drafting") }));
  fetchDrafts(articleIds)
    .then((drafts) => {
      count.textContent = drafts.length === 0 ? t("claims.noDrafts") : drafts.length > shown ? t("claims.firstDrafts", { n: shown, total: drafts.length }) : "";
      list.replaceChildren(...drafts.slice(0, shown).map(draftItem));
    })
    .catch((error: unknown) => list.replaceChildren(el("li", { className: "field-error", text: messageOf(error), attrs: { role: "alert" } })));
  return el(
    "section",
    { className: "card", attrs: { "aria-labelledby": "map-drafts-title" } },
    el("h2", { text: t("claims.draftsTitle"), attrs: { id: "map-drafts-title" } }),
    el("p", { className: "hint", text: t("claims.draftsHint") }),
    count,
    list,
  );
}
