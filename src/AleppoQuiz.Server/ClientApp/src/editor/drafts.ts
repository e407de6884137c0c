// "Drafts from the articles": questions the attribution engine drafted from the built-in story, each with its
// answer, distractors and evidence. Accept adds it to the quiz as it is; Edit opens it in the question form,
// unsaved; Reject hides it for the rest of this browser session.
import { t } from "../shared/i18n";
import { api, messageOf } from "../shared/api";
import { authored, button, el, replace } from "../shared/dom";
import { load, save } from "../shared/storage";
import { asKind, type Draft } from "./draft";
import { articleChooser } from "../claims/chooser";
import { asDifficulty } from "../shared/authoring";
import type { ArticleSummary, DraftInfo } from "../contract/http";

export interface DraftActions {
  /** `articleIds` are the articles the drafts were read from; empty for the built-in story. */
  accept(draft: DraftInfo, articleIds: string[]): Promise<void>;
  edit(draft: Draft): void;
}

const pageSize = 5;
const rejectedKey = "aleppoquiz.drafts.rejected";

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

export function toDraft(info: DraftInfo, articles: ArticleSummary[]): Draft {
  const q = info.question;
  const outlet = (id: string): string => articles.find((a) => a.id === id)?.outlet ?? id;
  return {
    id: null,
    type: asKind(q.type),
    skill: q.skill ?? "",
    difficulty: asDifficulty(q.difficulty),
    timeLimitSeconds: q.timeLimitSeconds,
    points: q.points ?? 1000,
    prompt: q.prompt ?? "",
    shortPrompt: "",
    options: (q.options ?? []).map((o) => ({ text: o.text ?? "", correct: o.correct })),
    explanation: q.explanation ?? "",
    evidence: (q.evidence ?? []).map((e) => ({ articleId: e.articleId ?? "", outlet: outlet(e.articleId ?? ""), quote: e.quote ?? "", start: e.start ?? 0 })),
    accepted: [...(q.accepted ?? [])],
    keepOrder: q.keepOrder ?? false,
    passage: q.passage ? { articleId: q.passage.articleId ?? "", outlet: outlet(q.passage.articleId ?? ""), quote: q.passage.quote ?? "", start: q.passage.start ?? 0 } : null,
  };
}

export function draftsPanel(slot: HTMLElement, articles: ArticleSummary[], actions: DraftActions): void {
  const rejected = new Set(load(sessionStorage, rejectedKey, isIdList) ?? []);
  const done = new Set<string>();
  let all: DraftInfo[] = [];
  let shown = pageSize;
  // The built-in story until the teacher picks articles (their own imports among them) to draft from.
  let chosen: string[] = [];
  const list = el("ol", { className: "draft-rows", attrs: { "aria-labelledby": "drafts-title" } });
  const more = el("div", { className: "controls" });

  const item = (info: DraftInfo): HTMLLIElement => {
    const q = toDraft(info, articles);
    const short = q.prompt.length > 60 ? `${q.prompt.slice(0, 59)}…` : q.prompt;
    const outlet = (id: string): string => articles.find((a) => a.id === id)?.outlet ?? id;
    const accept = button(t("editor.accept"), () => {
      accept.disabled = true;
      actions.accept(info, chosen).then(() => (done.add(info.id), draw("accepted"))).catch(() => (accept.disabled = false));
    }, "btn btn-primary btn-small", { "aria-label": `${t("editor.accept")}: “${short}”` });
    return el(
      "li",
      { className: "card draft-row", attrs: { "data-draft-id": info.id } },
      el("h3", { className: "draft-prompt", text: q.prompt, attrs: authored }),
      el("p", {}, el("strong", { text: `${t("claims.answer")} ` }), el("span", { text: q.options.filter((o) => o.correct).map((o) => o.text).join("; "), attrs: authored })),
      el("p", {}, el("strong", { text: `${t("editor.otherOptions")} ` }), el("span", { text: q.options.filter((o) => !o.correct).map((o) => o.text).join("; ") || t("editor.none"), attrs: authored })),
      el("ul", { className: "evidence-chips", attrs: { "aria-label": t("editor.evidence") } }, ...q.evidence.map((e) => el("li", { className: "evidence-chip" }, el("span", { className: "outlet", text: outlet(e.articleId), attrs: authored }), el("span", { className: "chip-quote", text: e.quote, attrs: authored })))),
      el(
        "div",
        { className: "row-actions" },
        accept,
        button(t("quizzes.edit"), () => actions.edit(toDraft(info, articles)), "btn btn-secondary btn-small", { "aria-label": `${t("quizzes.edit")}: “${short}”` }),
        button(t("editor.reject"), () => {
          rejected.add(info.id);
          save(sessionStorage, rejectedKey, [...rejected]);
          draw("rejected");
        }, "btn btn-secondary btn-small", { "aria-label": `${t("editor.reject")}: “${short}”` }),
      ),
    );
  };

  /** Redraws the visible drafts; after one is accepted or rejected, focus goes to the next draft's first button. */
  const draw = (after?: string): void => {
    const open = all.filter((d) => !rejected.has(d.id) && !done.has(d.id));
    replace(list, ...open.slice(0, shown).map(item));
    replace(more, open.length > shown ? button(t("editor.moreDrafts", { n: Math.min(pageSize, open.length - shown) }), () => ((shown += pageSize), draw())) : null);
    if (open.length === 0) replace(list, el("li", { className: "hint empty", text: t("editor.noDrafts") }));
    if (after) (list.querySelector<HTMLElement>("button") ?? slot.querySelector<HTMLElement>("h2"))?.focus();
  };

  const chooserSlot = el("div", {});
  const readFrom = (ids: string[]): void => {
    chosen = ids;
    shown = pageSize;
    replace(chooserSlot, articleChooser(articles, ids, readFrom, { summary: t("editor.draftFrom"), submit: t("editor.draftSubmit") }));
    replace(list, el("li", { className: "hint", text: t("claims.reading") }));
    replace(more);
    fetchDrafts(ids)
      .then((drafts) => ((all = drafts), draw()))
      .catch((error: unknown) => replace(list, el("li", { className: "field-error", text: messageOf(error), attrs: { role: "alert" } })));
  };
  replace(slot, el("h2", { text: t("editor.draftsTitle"), attrs: { id: "drafts-title" } }), el("p", { className: "hint", text: t("editor.draftsHint") }), chooserSlot, list, more);
  readFrom([]);
}

/** Drafts from the chosen articles, or from the built-in story when none are chosen. */
export function fetchDrafts(articleIds: string[]): Promise<DraftInfo[]> {
  const query = articleIds.length > 0 ? `?articles=${articleIds.map(encodeURIComponent).join(",")}` : "";
  return api<DraftInfo[]>("GET", `/api/story/drafts${query}`);
}
