// The articles questions can quote: the teacher's own imports (which they may delete while no question quotes
// them) and the built-in corpus, folded away because it is long and cannot change.
import { t } from "../shared/i18n";
import { api, messageOf } from "../shared/api";
import { authored, button, el } from "../shared/dom";
import type { Notices } from "../shared/notices";
import type { ArticleSummary } from "../contract/http";

export interface ArticleListActions {
  refresh(): void;
  notices: Notices;
}

function byline(article: ArticleSummary): string {
  const credit = article.wireCredit && article.wireCredit !== article.outlet ? ` ${t("articles.via", { credit: article.wireCredit })}` : "";
  return `${article.outlet}${credit} · ${article.date}`;
}

function remove(article: ArticleSummary, actions: ArticleListActions): void {
  if (!window.confirm(t("articles.confirmDelete", { title: article.title }))) return;
  api<void>("DELETE", `/api/articles/${encodeURIComponent(article.id)}`)
    .then(() => {
      actions.notices.announce(t("articles.deleted", { title: article.title }));
      actions.refresh();
    })
    .catch((error: unknown) => actions.notices.error(messageOf(error)));
}

function articleItem(article: ArticleSummary, actions: ArticleListActions): HTMLLIElement {
  return el(
    "li",
    { className: "article-row", attrs: { "data-article-id": article.id, tabindex: "-1" } },
    el("span", { className: "article-title", text: article.title, attrs: authored }),
    el("span", { className: "article-meta", text: byline(article), attrs: authored }),
    article.isOwn ? button(t("common.delete"), () => remove(article, actions), "btn btn-danger btn-small", { "aria-label": `${t("common.delete")} “${article.title}”` }) : null,
  );
}

export function articleLists(articles: ArticleSummary[], actions: ArticleListActions): HTMLElement {
  const own = articles.filter((a) => a.isOwn);
  const builtIn = articles.filter((a) => !a.isOwn);
  return el(
    "div",
    { className: "article-lists" },
    own.length > 0
      ? el("ul", { className: "article-rows", attrs: { "aria-label": t("articles.yours") } }, ...own.map((a) => articleItem(a, actions)))
      : el("p", { className: "hint empty", text: t("articles.none") }),
    builtIn.length > 0
      ? el(
          "details",
          { className: "built-in-articles" },
          el("summary", { text: t("articles.builtInCount", { n: builtIn.length }) }),
          el("ul", { className: "article-rows", attrs: { "aria-label": t("articles.builtIn") } }, ...builtIn.map((a) => articleItem(a, actions))),
        )
      : null,
  );
}

/** Opens the list an article is in and moves focus to it, so a duplicate's original is easy to find. */
export function showArticle(root: ParentNode, articleId: string): boolean {
  const row = root.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(articleId)}"]`);
  if (!row) return false;
  const details = row.closest("details");
  if (details) details.open = true;
  row.classList.add("found");
  row.focus();
  return true;
}
