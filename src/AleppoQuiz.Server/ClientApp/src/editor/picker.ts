// The evidence picker: choose an article, read it, select the words that prove the answer and add them as
// evidence. The quote sent is the article's own text at the selected offsets, so it always matches verbatim.
import { t } from "../shared/i18n";
import { api, messageOf } from "../shared/api";
import { authored, button, el, replace } from "../shared/dom";
import { field } from "../shared/forms";
import { articlePane, type ArticlePane } from "./articlepane";
import { evidenceChips } from "./chips";
import type { Draft } from "./draft";
import { isFindEvidence } from "../shared/evidencekind";
import type { ArticleDetail, ArticleSummary } from "../contract/http";

const details = new Map<string, Promise<ArticleDetail>>();

function loadArticle(id: string): Promise<ArticleDetail> {
  let article = details.get(id);
  if (!article) {
    article = api<ArticleDetail>("GET", `/api/articles/${encodeURIComponent(id)}`);
    article.catch(() => details.delete(id));
    details.set(id, article);
  }
  return article;
}

function articleChoice(articles: ArticleSummary[]): HTMLSelectElement {
  const group = (label: string, list: ArticleSummary[]): HTMLOptGroupElement | null =>
    list.length === 0 ? null : el("optgroup", { attrs: { label } }, ...list.map((a) => el("option", { text: `${a.outlet}: ${a.title} (${a.date})`, attrs: { value: a.id, ...authored } })));
  return el(
    "select",
    { attrs: { name: "article" } },
    el("option", { text: t("editor.chooseArticle"), attrs: { value: "" } }),
    group(t("articles.yours"), articles.filter((a) => a.isOwn)),
    group(t("articles.builtIn"), articles.filter((a) => !a.isOwn)),
  );
}

export function evidencePicker(draft: Draft, articles: ArticleSummary[], changed: () => void, signal: AbortSignal): HTMLElement {
  const chips = el("ul", { className: "evidence-chips", attrs: { "aria-label": t("editor.evidenceFor") } });
  const choice = articleChoice(articles);
  const holder = el("div", { className: "article-holder" });
  let pane: { article: ArticleDetail; view: ArticlePane } | null = null;

  const spansIn = (articleId: string) => draft.evidence.filter((e) => e.articleId === articleId).map((e) => ({ start: e.start, end: e.start + e.quote.length }));
  const redrawChips = (focusAfterRemove?: number): void => {
    evidenceChips(chips, draft, redrawAfterRemove);
    pane?.view.highlight(spansIn(pane.article.id));
    if (focusAfterRemove === undefined) return;
    const removes = chips.querySelectorAll<HTMLButtonElement>(".btn-remove");
    (removes[Math.min(focusAfterRemove, removes.length - 1)] ?? choice).focus();
  };
  function redrawAfterRemove(at?: number): void {
    redrawChips(at);
    changed();
  }

  const open = (id: string): void => {
    pane = null;
    if (!id) return replace(holder);
    replace(holder, el("p", { className: "hint", text: t("claims.loadingArticle") }));
    loadArticle(id)
      .then((article) => {
        if (choice.value !== id) return;
        pane = { article, view: articlePane(article, spansIn(article.id), signal) };
        replace(holder, pane.view.element);
      })
      .catch((error: unknown) => replace(holder, el("p", { className: "field-error", text: messageOf(error), attrs: { role: "alert" } })));
  };
  choice.addEventListener("change", () => open(choice.value));

  const useError = el("p", { className: "field-error", attrs: { id: "evidence-use-error" } });
  const problem = (text: string): void => {
    useError.textContent = text;
    useError.setAttribute("role", "alert");
  };
  // The words selected in the open article, or null after saying what is missing.
  const selected = (): { article: ArticleDetail; quote: string; start: number } | null => {
    problem("");
    const span = pane?.view.selection() ?? null;
    if (!pane || !span) {
      problem(pane ? t("editor.selectFirst") : t("editor.chooseFirst"));
      return null;
    }
    const { article } = pane;
    return { article, quote: article.text.slice(span.start, span.end), start: span.start };
  };
  const forgetSelection = (): void => {
    document.getSelection()?.removeAllRanges();
    pane?.view.forget();
  };
  const use = button(t("editor.useSelection"), () => {
    const picked = selected();
    if (!picked) {
      return;
    }
    const { article, quote, start } = picked;
    if (draft.evidence.some((e) => e.articleId === article.id && e.start === start && e.quote === quote)) {
      problem(t("editor.alreadyEvidence"));
      return;
    }
    draft.evidence.push({ articleId: article.id, outlet: article.outlet, quote, start });
    forgetSelection();
    redrawChips();
    changed();
  }, "btn btn-primary", { id: "evidence-use", "aria-describedby": "evidence-use-error" });

  // A find-the-evidence question also takes its passage from the article: whole paragraphs or sentences.
  const usePassage = button(t("editor.usePassage"), () => {
    const picked = selected();
    if (!picked) {
      return;
    }
    const { article, quote, start } = picked;
    draft.passage = { articleId: article.id, outlet: article.outlet, quote, start };
    forgetSelection();
    changed();
  }, "btn btn-secondary", { "data-action": "use-passage", "aria-describedby": "evidence-use-error" });
  usePassage.hidden = !isFindEvidence(draft.type);

  const section = el(
    "fieldset",
    { className: "evidence-picker" },
    el("legend", { text: t("editor.evidence") }),
    el("p", { className: "hint", text: t("editor.evidenceHint") }),
    chips,
    field("evidence-article", t("editor.articleToQuote"), choice),
    holder,
    el("div", { className: "use-row" }, usePassage, use, useError),
  );
  redrawChips();
  // Open the article of the first quote, so editing a question starts where its evidence is.
  const first = draft.evidence[0]?.articleId;
  if (first && articles.some((a) => a.id === first)) {
    choice.value = first;
    open(first);
  }
  return section;
}
