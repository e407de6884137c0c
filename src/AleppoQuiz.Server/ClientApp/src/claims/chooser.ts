// Which articles the map reads: the built-in story by default, or any of the teacher's articles beside it. The
// choice lives in the address (?articles=a,b,c), so a map can be bookmarked or shared with a colleague.
import { t } from "../shared/i18n";
import { authored, button, el } from "../shared/dom";
import type { ArticleSummary } from "../contract/http";

export function chosenArticles(): string[] {
  return (new URLSearchParams(location.search).get("articles") ?? "").split(",").filter((id) => id !== "");
}

/** The chooser's words where it sits: the claims map by default, the editor's drafts elsewhere. */
export interface ChooserWords {
  summary: string;
  submit: string;
}

const mapWords = (): ChooserWords => ({ summary: t("claims.articlesInMap"), submit: t("claims.showMap") });

export function articleChooser(articles: ArticleSummary[], shown: string[], apply: (ids: string[]) => void, words: ChooserWords = mapWords()): HTMLFormElement {
  const boxes = articles.map((a) => {
    const box = el("input", { attrs: { type: "checkbox", name: "article", value: a.id, id: `article-${a.id}` } });
    box.checked = shown.includes(a.id);
    return el("li", { className: "choice" }, box, el("label", { attrs: { for: `article-${a.id}` } }, el("span", { text: `${a.outlet}: ${a.title}`, attrs: authored }), a.isOwn ? ` ${t("claims.yours")}` : ""));
  });
  const error = el("p", { className: "field-error", attrs: { id: "chooser-error" } });
  const form = el(
    "form",
    { className: "card article-chooser", attrs: { novalidate: "" } },
    el(
      "details",
      {},
      el("summary", { text: `${words.summary} (${shown.length})` }),
      el("fieldset", { attrs: { "aria-describedby": "chooser-error" } }, el("legend", { text: t("claims.readTogether") }), el("ul", { className: "choices article-choices" }, ...boxes)),
      error,
      el("div", { className: "row-actions" }, el("button", { className: "btn btn-primary btn-small", text: words.submit, attrs: { type: "submit" } }), button(t("claims.backToStory"), () => apply([]), "btn btn-secondary btn-small")),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const ids = [...form.querySelectorAll<HTMLInputElement>("input[name='article']:checked")].map((box) => box.value);
    if (ids.length < 2) {
      error.textContent = t("claims.chooseTwo");
      error.setAttribute("role", "alert");
      return;
    }
    apply(ids);
  });
  return form;
}
