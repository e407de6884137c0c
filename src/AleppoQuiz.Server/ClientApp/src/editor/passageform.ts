// A find-the-evidence question's passage, where a choice question lists its options: the paragraphs or sentences
// students will read, quoted from one article with the evidence picker below, and the words to find marked in it.
import { t } from "../shared/i18n";
import { authored, button, el } from "../shared/dom";
import type { Draft } from "./draft";

/** The first evidence quote's place in the passage, when it comes from the same article and lies inside it. */
export function evidenceInPassage(draft: Draft): [number, number] | null {
  const passage = draft.passage;
  const evidence = draft.evidence[0];
  if (!passage || !evidence || evidence.articleId !== passage.articleId) return null;
  const start = evidence.start - passage.start;
  const end = start + evidence.quote.length;
  return start >= 0 && end <= passage.quote.length ? [start, end] : null;
}

export function passageEditor(draft: Draft, changed: () => void): HTMLElement {
  const root = el("fieldset", { className: "options-editor passage-editor" }, el("legend", { text: t("editor.passage") }));
  const passage = draft.passage;
  if (!passage) {
    root.append(el("p", { className: "hint", text: t("editor.passageHow") }));
    return root;
  }
  const span = evidenceInPassage(draft);
  const text = el("blockquote", { className: "passage", attrs: authored });
  if (span) text.append(passage.quote.slice(0, span[0]), el("mark", { text: passage.quote.slice(span[0], span[1]) }), passage.quote.slice(span[1]));
  else text.append(passage.quote);
  root.append(
    el("figure", { className: "evidence" }, el("figcaption", {}, el("span", { className: "outlet", text: passage.outlet, attrs: authored })), text),
    el("p", { className: "hint", text: span ? t("editor.passageEvidence") : t("editor.passageNoEvidence") }),
    button(t("editor.removePassage"), () => {
      draft.passage = null;
      changed();
    }, "btn btn-secondary btn-small", { "data-key": "remove-passage" }),
  );
  return root;
}
