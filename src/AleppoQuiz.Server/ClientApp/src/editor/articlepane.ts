// One article to read and quote from. The text is drawn exactly as the API gives it (white-space: pre-wrap,
// text nodes only, with the draft's quotes from it as <mark>s), so a selection's offsets are offsets into the
// article. Mouse users select words; keyboard users type them in the find box, which selects them the same way.
import { t } from "../shared/i18n";
import { authored, button, el, replace } from "../shared/dom";
import { field, input } from "../shared/forms";
import { selectedSpan, selectSpan, type Span } from "./selection";
import type { ArticleDetail } from "../contract/http";

export interface ArticlePane {
  element: HTMLElement;
  /** The selected passage in the article: the live selection if it is there, else the last one made there. */
  selection(): Span | null;
  /** Forgets the selection once it has been used. */
  forget(): void;
  highlight(spans: Span[]): void;
}

function merged(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

export function articlePane(article: ArticleDetail, spans: Span[], signal: AbortSignal): ArticlePane {
  const text = el("div", {
    className: "article-text",
    attrs: { id: "article-text", tabindex: "0", role: "region", "aria-label": t("editor.textOf", { title: article.title }), dir: "auto", "data-article-id": article.id },
  });
  const pending = el("p", { className: "pending-quote", attrs: { "aria-live": "polite" } });
  let last: Span | null = null;

  const showPending = (): void => {
    pending.textContent = last ? t("editor.selected", { quote: article.text.slice(last.start, last.end) }) : "";
  };
  // A click on a button elsewhere may clear the page's selection, so the last passage selected here is kept.
  document.addEventListener(
    "selectionchange",
    () => {
      if (!text.isConnected) return;
      const span = selectedSpan(text, article.text);
      const selection = document.getSelection();
      const inside = selection?.anchorNode ? text.contains(selection.anchorNode) : false;
      if (span) last = span;
      else if (inside) last = null;
      showPending();
    },
    { signal },
  );

  const find = input("find", { type: "search", autocomplete: "off" });
  const findStatus = el("p", { className: "hint", attrs: { "aria-live": "polite" } });
  const findNext = (): void => {
    const wanted = find.value.trim();
    if (!wanted) return;
    const haystack = article.text.toLowerCase();
    const needle = wanted.toLowerCase();
    let at = haystack.indexOf(needle, last ? last.start + 1 : 0);
    if (at < 0) at = haystack.indexOf(needle);
    if (at < 0) {
      findStatus.textContent = t("editor.notFound", { words: wanted });
      return;
    }
    last = { start: at, end: at + wanted.length };
    selectSpan(text, last);
    showPending();
    let count = 0;
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++;
    findStatus.textContent = count > 1 ? t("editor.foundTimes", { n: count }) : t("editor.found");
  };
  find.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    findNext();
  });

  const highlight = (spans: Span[]): void => {
    const parts: (Node | string)[] = [];
    let at = 0;
    for (const span of merged(spans)) {
      parts.push(article.text.slice(at, span.start), el("mark", { text: article.text.slice(span.start, span.end) }));
      at = span.end;
    }
    parts.push(article.text.slice(at));
    replace(text, ...parts.filter((part) => part !== ""));
  };
  highlight(spans);

  // A story with no wire credit comes back credited to its own outlet; saying it twice tells nothing.
  const credit = article.wireCredit && article.wireCredit !== article.outlet ? article.wireCredit : "";
  const byline = [article.outlet, credit, article.date].filter(Boolean).join(" · ");
  const element = el(
    "div",
    { className: "article-pane" },
    el("h4", { className: "article-heading", text: article.titleSource === "editor" ? t("editor.editorTitle", { title: article.title }) : article.title, attrs: authored }),
    el("p", { className: "article-meta", text: byline }),
    paragraphRolesNote(article),
    text,
    el("div", { className: "find-row" }, field("evidence-find", t("editor.find"), find), button(t("editor.findButton"), findNext, "btn btn-secondary btn-small")),
    findStatus,
    pending,
  );
  const forget = (): void => {
    last = null;
    showPending();
  };
  return { element, selection: () => selectedSpan(text, article.text) ?? last, forget, highlight };
}

/** Says which paragraphs are photo captions or the credit line: quotable, but not the outlet's reporting. */
function paragraphRolesNote(article: ArticleDetail): HTMLElement | null {
  const parts: string[] = [];
  const captions = article.captionParagraphs ?? [];
  if (captions.length > 0) parts.push(t("editor.captions", { n: captions.length, paragraphs: captions.join(", "), outlet: article.outlet }));
  if (article.creditLineParagraph) parts.push(t("editor.creditLine", { paragraph: article.creditLineParagraph }));
  return parts.length === 0 ? null : el("p", { className: "article-meta article-roles", text: parts.join(" ") });
}
