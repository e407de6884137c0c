// An article with one span marked, in a modal dialog: the quote is scrolled into view, Escape or Close returns
// focus to what opened it. Articles are fetched once each and kept for the page's life.
import { t } from "../shared/i18n";
import { api, messageOf } from "../shared/api";
import { button, el, replace } from "../shared/dom";
import type { ArticleDetail, EvidenceInfo } from "../contract/http";

const cache = new Map<string, Promise<ArticleDetail>>();

function article(id: string): Promise<ArticleDetail> {
  let found = cache.get(id);
  if (!found) {
    found = api<ArticleDetail>("GET", `/api/articles/${encodeURIComponent(id)}`);
    found.catch(() => cache.delete(id));
    cache.set(id, found);
  }
  return found;
}

function marked(text: string, start: number, end: number): HTMLElement {
  const ok = start >= 0 && end > start && end <= text.length;
  const body = el("div", { className: "article-text" });
  if (!ok) body.append(text);
  else body.append(text.slice(0, start), el("mark", { text: text.slice(start, end), attrs: { id: "article-mark" } }), text.slice(end));
  return body;
}

export function showInArticle(span: EvidenceInfo, opener: HTMLElement): void {
  const heading = el("h2", { text: span.outlet, attrs: { id: "article-dialog-title", tabindex: "-1" } });
  const body = el("div", { className: "article-body" }, el("p", { className: "hint", text: t("claims.loadingArticle") }));
  const dialog = el(
    "dialog",
    { className: "card article-dialog", attrs: { "aria-labelledby": "article-dialog-title" } },
    el("div", { className: "dialog-head" }, heading, button(t("common.close"), () => dialog.close(), "btn btn-secondary btn-small")),
    body,
  );
  dialog.addEventListener("close", () => {
    dialog.remove();
    opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  heading.focus();
  article(span.articleId)
    .then((found) => {
      heading.textContent = `${found.outlet}: ${found.title}`;
      heading.dir = "auto";
      replace(body, el("p", { className: "hint", text: t("claims.markedWords", { date: found.date }) }), marked(found.text, span.start, span.end));
      body.querySelector("mark")?.scrollIntoView({ block: "center" });
    })
    .catch((error: unknown) => replace(body, el("p", { className: "field-error", text: messageOf(error), attrs: { role: "alert" } })));
}
