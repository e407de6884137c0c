// A find-the-evidence passage laid out from what the hub sends: the passage's words in order (option id = word
// index), with the word ids that start each paragraph and each sentence. Every screen that shows such a passage
// (the phone's selector, the projector, the reveals, practice, the editor's preview) draws it from this layout.
import { authored, el } from "./dom";
import { language } from "./i18n";
import type { OptionView, QuestionPassage } from "../contract/hub";

export interface SentenceLayout {
  /** Position of the sentence in the passage, from 0. */
  index: number;
  words: OptionView[];
}

export interface PassageLayout {
  paragraphs: SentenceLayout[][];
  /** Every sentence in reading order, across paragraphs. */
  sentences: SentenceLayout[];
}

/**
 * Cuts the words into paragraphs and sentences. A sentence never crosses a paragraph: a paragraph start also starts
 * a sentence, whether or not the list says so, so a sentence is always a unit a reader can select.
 */
export function layoutPassage(words: OptionView[], passage: Pick<QuestionPassage, "paragraphStarts" | "sentenceStarts">): PassageLayout {
  const paragraphStarts = new Set(passage.paragraphStarts);
  const sentenceStarts = new Set(passage.sentenceStarts);
  const paragraphs: SentenceLayout[][] = [];
  const sentences: SentenceLayout[] = [];
  words.forEach((word, at) => {
    const newParagraph = at === 0 || paragraphStarts.has(word.id);
    if (newParagraph) paragraphs.push([]);
    const paragraph = paragraphs[paragraphs.length - 1]!;
    if (newParagraph || sentenceStarts.has(word.id)) {
      const sentence: SentenceLayout = { index: sentences.length, words: [] };
      sentences.push(sentence);
      paragraph.push(sentence);
    }
    sentences[sentences.length - 1]!.words.push(word);
  });
  return { paragraphs, sentences };
}

/** The words of a run of word ids as one quotation, in passage order. */
export function quoteOf(words: OptionView[], ids: Iterable<number>): string {
  const wanted = new Set(ids);
  return words.filter((w) => wanted.has(w.id)).map((w) => w.text).join(" ");
}

/**
 * Passage words set in an interface sentence, in the quotation marks of the page's language ("…" or «…»): the
 * marks belong to the words' own span, so they sit right around them whichever way the page runs.
 */
export function quoted(words: string): HTMLElement {
  return el("span", { className: "fe-quote", text: inQuotes(words), attrs: authored });
}

/** Words in the quotation marks of the page's language: “…” in English, «…» in Arabic. */
export function inQuotes(words: string): string {
  return language === "ar" ? `«${words}»` : `“${words}”`;
}

/** The outlet (and the article's title, when it has one) above a passage, as the evidence passages name theirs. */
export function passageCaption(passage: Pick<QuestionPassage, "outlet" | "title">): HTMLElement {
  return el(
    "figcaption",
    { className: "fe-caption" },
    el("span", { className: "outlet", text: passage.outlet, attrs: authored }),
    passage.title ? el("cite", { text: passage.title, attrs: authored }) : null,
  );
}

/**
 * The passage for reading only, each word a span with its id, the space after it (inside the same paragraph) a
 * span of its own: `decorate` may colour words and the gaps between them, so a marked run reads as one band.
 */
export function readOnlyPassage(
  words: OptionView[],
  passage: QuestionPassage,
  decorate: (word: HTMLElement, id: number) => void = () => undefined,
  decorateGap: (gap: HTMLElement, before: number, after: number) => void = () => undefined,
): HTMLElement {
  const layout = layoutPassage(words, passage);
  const body = el("div", { className: "fe-text", attrs: authored });
  for (const paragraph of layout.paragraphs) {
    const line = el("p", { className: "fe-paragraph" });
    const flat = paragraph.flatMap((s) => s.words);
    flat.forEach((word, at) => {
      const span = el("span", { className: "fe-word", text: word.text, attrs: { "data-word-id": String(word.id) } });
      decorate(span, word.id);
      line.append(span);
      const next = flat[at + 1];
      if (next) {
        const gap = el("span", { className: "fe-gap", text: " " });
        decorateGap(gap, word.id, next.id);
        line.append(gap);
      }
    });
    body.append(line);
  }
  return el("figure", { className: "fe-passage" }, passageCaption(passage), body);
}
