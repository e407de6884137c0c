// Which articles the map reads: the built-in story by default, or any of the teacher's articles beside it. The
// choice lives in the address (?articles=a,b,c), so a map can be bookmarked or shared with a colleague.
import type { ArticleSummary } from "../shared/authoring";
import { button, el } from "../shared/dom";

export function chosenArticles(): string[] {
  return (new URLSearchParams(location.search).get("articles") ?? "").split(",").filter((id) => id !== "");
}

/** The chooser's words where it sits: the claims map by default, the editor's drafts elsewhere. */
export interface ChooserWords {
  summary: string;
  submit: string;
}

const mapWords: ChooserWords = { summary: "Articles in the map", submit: "Show the map" };

export function articleChooser(articles: ArticleSummary[], shown: string[], apply: (ids: string[]) => void, words: ChooserWords = mapWords): HTMLFormElement {
  const boxes = articles.map((a) => {
    const box = el("input", { attrs: { type: "checkbox", name: "article", value: a.id, id: `article-${a.id}` } });
    box.checked = shown.includes(a.id);
    return el("li", { className: "choice" }, box, el("label", { text: `${a.outlet}: ${a.title}${a.isOwn ? " (yours)" : ""}`, attrs: { for: `article-${a.id}` } }));
  });
  const error = el("p", { className: "field-error", attrs: { id: "chooser-error" } });
  const form = el(
    "form",
    { className: "card article-chooser", attrs: { novalidate: "" } },
    el(
      "details",
      {},
      el("summary", { text: `${words.summary} (${shown.length})` }),
      el("fieldset", { attrs: { "aria-describedby": "chooser-error" } }, el("legend", { text: "Read these articles together" }), el("ul", { className: "choices article-choices" }, ...boxes)),
      error,
      el("div", { className: "row-actions" }, el("button", { className: "btn btn-primary btn-small", text: words.submit, attrs: { type: "submit" } }), button("Back to the built-in story", () => apply([]), "btn btn-secondary btn-small")),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const ids = [...form.querySelectorAll<HTMLInputElement>("input[name='article']:checked")].map((box) => box.value);
    if (ids.length < 2) {
      error.textContent = "Choose at least two articles: the story is read by comparing outlets.";
      error.setAttribute("role", "alert");
      return;
    }
    apply(ids);
  });
  return form;
}
