// The answer control of a find-the-evidence question: the article passage, its outlet named, in which the student
// selects one unbroken run of words. On a phone: tap the first word, then the last (see wordrun.ts). With a mouse:
// click the two words, or drag across them. With a keyboard or a screen reader the passage is a list of sentences:
// the arrows move between sentences (up, down) and words (left, right), Space selects the sentence, Shift with an
// arrow or Space stretches the selection. What is selected is always spoken and shown under the passage.
import { t } from "../shared/i18n";
import { append, authored, button, el } from "../shared/dom";
import { inQuotes, layoutPassage, passageCaption, quoteOf, quoted } from "../shared/passage";
import { covers, runIds, stretch, tapWord, type WordRun } from "./wordrun";
import { pressKey, sentenceOf } from "./evidencekeys";
import type { AnswerControls } from "./answer";
import type { Draft } from "./model";
import type { OptionView, QuestionPassage } from "../contract/hub";

type Submit = (optionIds: number[]) => void;

export function evidenceSelector(words: OptionView[], passage: QuestionPassage, draft: Draft, submit: Submit, announce: (text: string) => void): AnswerControls {
  const { paragraphs, sentences } = layoutPassage(words, passage);
  const wordSpans = new Map<number, HTMLElement>();
  const sentenceSpans: HTMLElement[] = [];
  // The spaces between words are spans too, so a selected run reads as one unbroken band across them.
  const gaps: { span: HTMLElement; before: number; after: number }[] = [];
  const gap = (before: OptionView, after: OptionView | undefined): HTMLElement | null => {
    if (!after) return null;
    const span = el("span", { className: "fe-gap", text: " " });
    gaps.push({ span, before: before.id, after: after.id });
    return span;
  };
  let enabled = true;
  let cursor = draft.run?.first ?? words[0]?.id ?? 0;

  const list = el("div", {
    className: "fe-text fe-choices",
    attrs: { role: "listbox", "aria-multiselectable": "true", tabindex: "0", "aria-label": t("evidence.passageLabel"), "aria-describedby": "fe-keys", ...authored },
  });
  paragraphs.forEach((paragraph, p) => {
    const group = el("p", { className: "fe-paragraph", attrs: { role: "group", "aria-label": t("evidence.paragraph", { n: p + 1 }) } });
    paragraph.forEach((sentence, s) => {
      const option = el("span", { className: "fe-sentence", attrs: { role: "option", id: `fe-sentence-${sentence.index}`, "aria-selected": "false" } });
      sentence.words.forEach((word, w) => {
        const span = el("span", { className: "fe-word", text: word.text, attrs: { "data-word-id": String(word.id) } });
        wordSpans.set(word.id, span);
        append(option, span, gap(word, sentence.words[w + 1]));
      });
      sentenceSpans.push(option);
      const next = paragraph[s + 1];
      append(group, option, next ? gap(sentence.words[sentence.words.length - 1]!, next.words[0]) : null);
    });
    list.append(group);
  });

  const chosen = el("p", { className: "fe-chosen", attrs: { id: "fe-chosen" } });
  const send = button(t("evidence.submit"), () => submit(runIds(draft.run)), "btn btn-primary", { "data-action": "submit" });
  const clear = button(t("evidence.clear"), () => change(null, t("evidence.cleared")), "btn btn-secondary", { "data-action": "clear" });

  const draw = (): void => {
    const run = draft.run;
    for (const [id, span] of wordSpans) {
      span.classList.toggle("is-selected", covers(run, id));
      span.classList.toggle("is-anchor", run?.open === true && run.first === id);
      span.classList.toggle("is-cursor", id === cursor);
    }
    for (const { span, before, after } of gaps) span.classList.toggle("is-selected", !run?.open && covers(run, before) && covers(run, after));
    sentences.forEach((sentence, at) => {
      const option = sentenceSpans[at]!;
      option.setAttribute("aria-selected", String(sentence.words.some((w) => covers(run, w.id))));
      option.classList.toggle("is-active", sentence.words.some((w) => w.id === cursor));
    });
    list.setAttribute("aria-activedescendant", `fe-sentence-${sentenceOf(sentences, cursor).index}`);
    const ids = runIds(run);
    chosen.replaceChildren(
      ids.length === 0
        ? t("evidence.noneYet")
        : run?.open
        ? t("evidence.pickLast", { word: quoteOf(words, ids) })
        : t("evidence.selectedWords", { n: ids.length }),
    );
    if (ids.length > 0 && !run?.open) chosen.append(" ", quoted(quoteOf(words, ids)));
    send.disabled = !enabled || ids.length === 0;
    clear.disabled = !enabled || ids.length === 0;
  };

  function change(run: WordRun | null, spoken?: string): void {
    draft.run = run;
    draw();
    const ids = runIds(run);
    announce(spoken ?? (ids.length === 0 ? t("evidence.cleared") : run?.open ? t("evidence.pickLast", { word: quoteOf(words, ids) }) : t("evidence.selectedSpoken", { n: ids.length, words: quoteOf(words, ids) })));
  }

  const wordAt = (target: EventTarget | null): number | null => {
    const span = target instanceof Element ? target.closest<HTMLElement>(".fe-word") : null;
    return span && list.contains(span) ? Number(span.dataset["wordId"]) : null;
  };

  // A mouse may drag across the words; a finger scrolls the passage instead, so touch selects by taps only.
  let drag: { anchor: number; moved: boolean } | null = null;
  let swallowClick = false;
  list.addEventListener("pointerdown", (event) => {
    swallowClick = false;
    const word = wordAt(event.target);
    if (!enabled || event.pointerType !== "mouse" || word === null || event.button !== 0) return;
    event.preventDefault();
    list.focus({ preventScroll: true });
    drag = { anchor: word, moved: false };
  });
  list.addEventListener("pointermove", (event) => {
    if (!drag) return;
    // A button let go outside the passage never sent its pointerup here: the drag is over.
    if ((event.buttons & 1) === 0) return endDrag();
    const word = wordAt(document.elementFromPoint(event.clientX, event.clientY));
    if (word === null || (word === drag.anchor && !drag.moved)) return;
    drag.moved = true;
    cursor = word;
    draft.run = stretch(drag.anchor, word);
    draw();
  });
  function endDrag(): void {
    if (drag?.moved) {
      swallowClick = true;
      change(draft.run);
    }
    drag = null;
  }
  list.addEventListener("pointerup", endDrag);
  list.addEventListener("pointercancel", endDrag);
  list.addEventListener("click", (event) => {
    if (swallowClick) {
      swallowClick = false;
      return;
    }
    const word = wordAt(event.target);
    if (!enabled || word === null) return;
    cursor = word;
    change(tapWord(draft.run, word));
  });

  list.addEventListener("keydown", (event) => {
    if (!enabled) return;
    const rtl = getComputedStyle(list).direction === "rtl";
    const outcome = pressKey(event.key, event.shiftKey, { cursor, run: draft.run }, words, sentences, rtl);
    if (!outcome) return;
    event.preventDefault();
    cursor = outcome.cursor;
    if (outcome.run !== draft.run) return change(outcome.run);
    draw();
    if (outcome.word) announce(inQuotes(outcome.word));
  });

  draw();
  const element = el(
    "div",
    { className: "fe-answer" },
    el("p", { className: "hint fe-how", text: t("evidence.how") }),
    el("figure", { className: "fe-passage fe-selectable" }, passageCaption(passage), list),
    el("p", { className: "sr-only", text: t("evidence.keys"), attrs: { id: "fe-keys" } }),
    el("div", { className: "fe-actions" }, chosen, el("div", { className: "fe-buttons" }, clear, send)),
  );
  return {
    element,
    setEnabled: (on) => {
      enabled = on;
      list.setAttribute("aria-disabled", String(!on));
      draw();
    },
  };
}
