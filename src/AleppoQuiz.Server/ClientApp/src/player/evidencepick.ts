// The answer control of a find-the-evidence question: the article passage, its outlet named, in which the student
// selects one unbroken run of words. On a phone: tap the first word, then the last (see wordrun.ts). With a mouse:
// click the two words, or drag across them. With a keyboard or a screen reader the passage is a list of sentences:
// the arrows move between sentences (up, down) and words (left, right), Space selects the sentence, Shift with an
// arrow or Space stretches the selection. What is selected is always spoken and shown under the passage.
import { t } from "../shared/i18n";
import { append, authored, button, el } from "../shared/dom";
import { inQuotes, layoutPassage, passageCaption, quoteOf, quoted, type SentenceLayout } from "../shared/passage";
import { covers, runIds, stretch, tapWord, type WordRun } from "./wordrun";
import type { AnswerControls } from "./answer";
import type { Draft } from "./model";
import type { OptionView, QuestionPassage } from "../contract/hub";

type Submit = (optionIds: number[]) => void;

function sentenceOf(sentences: SentenceLayout[], word: number): SentenceLayout {
  return sentences.find((s) => s.words.some((w) => w.id === word)) ?? sentences[0]!;
}

function firstOf(sentence: SentenceLayout): number {
  return sentence.words[0]!.id;
}

function lastOf(sentence: SentenceLayout): number {
  return sentence.words[sentence.words.length - 1]!.id;
}

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
    const handled = onKey(event.key, event.shiftKey);
    if (handled) event.preventDefault();
  });

  // The passage keeps its own direction (dir=auto), so "forward" follows the text, not the page around it.
  const forward = (key: string): boolean => (getComputedStyle(list).direction === "rtl" ? key === "ArrowLeft" : key === "ArrowRight");

  function onKey(key: string, shift: boolean): boolean {
    const here = sentenceOf(sentences, cursor);
    const run = draft.run;
    switch (key) {
      case "ArrowDown":
      case "ArrowUp": {
        const next = sentences[here.index + (key === "ArrowDown" ? 1 : -1)];
        if (!next) return true;
        cursor = firstOf(next);
        if (shift) {
          const from = run && !run.open ? run : stretch(firstOf(here), lastOf(here));
          change(stretch(Math.min(from.first, firstOf(next)), Math.max(from.last, lastOf(next))));
        } else draw();
        return true;
      }
      case "ArrowLeft":
      case "ArrowRight": {
        const step = forward(key) ? 1 : -1;
        const next = words.find((w) => w.id === cursor + step);
        if (!next) return true;
        // The end of the selection away from the cursor stays put while Shift stretches or shrinks the other.
        const anchor = run && !run.open ? (cursor === run.first ? run.last : run.first) : run?.first ?? cursor;
        cursor = next.id;
        if (shift) change(stretch(anchor, cursor));
        else {
          draw();
          announce(inQuotes(next.text));
        }
        return true;
      }
      case "Home":
      case "End":
        cursor = key === "Home" ? words[0]!.id : words[words.length - 1]!.id;
        draw();
        return true;
      case " ":
      case "Enter": {
        const whole = stretch(firstOf(here), lastOf(here));
        if (shift && run) change(stretch(Math.min(run.first, whole.first), Math.max(run.last, whole.last)));
        else if (run && !run.open && run.first === whole.first && run.last === whole.last) change(null);
        else change(whole);
        return true;
      }
      case "Escape":
        if (!run) return false;
        change(null);
        return true;
      default:
        return false;
    }
  }

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
