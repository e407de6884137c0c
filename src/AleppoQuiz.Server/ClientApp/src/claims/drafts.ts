// The questions the engine drafts from the articles on the map, listed under it so a teacher preparing a lesson
// sees them beside the disagreements they came from; adding one to a quiz happens in the editor.
import { el } from "../shared/dom";
import { messageOf } from "../shared/api";
import { fetchDrafts, type DraftInfo } from "../editor/drafts";

function draftItem(info: DraftInfo): HTMLLIElement {
  const q = info.question;
  return el(
    "li",
    { className: "map-draft", attrs: { "data-draft-id": info.id } },
    el("strong", { text: q.prompt }),
    el("p", { className: "hint" }, `Answer: ${q.options.filter((o) => o.correct).map((o) => o.text).join("; ")}`),
  );
}

// The map is already long; a taste of the drafts is enough here, the editor lists them all.
const shown = 8;

export function draftsSection(articleIds: string[]): HTMLElement {
  const count = el("p", { className: "hint" });
  const list = el("ol", { className: "map-drafts" }, el("li", { className: "hint", text: "Drafting questions…" }));
  fetchDrafts(articleIds)
    .then((drafts) => {
      count.textContent = drafts.length === 0 ? "No questions could be drafted from these articles." : drafts.length > shown ? `The first ${shown} of ${drafts.length} drafts:` : "";
      list.replaceChildren(...drafts.slice(0, shown).map(draftItem));
    })
    .catch((error: unknown) => list.replaceChildren(el("li", { className: "field-error", text: messageOf(error), attrs: { role: "alert" } })));
  return el(
    "section",
    { className: "card", attrs: { "aria-labelledby": "map-drafts-title" } },
    el("h2", { text: "Questions drafted from these articles", attrs: { id: "map-drafts-title" } }),
    el("p", { className: "hint", text: "To use one, open a quiz in the editor and pick the same articles under “Drafts from the articles”." }),
    count,
    list,
  );
}
