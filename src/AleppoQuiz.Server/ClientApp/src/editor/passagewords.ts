// The preview's reading of a draft passage: the words a phone will offer (runs of non-space characters, punctuation
// attached), the paragraphs (lines) and the sentences, as the server splits a saved passage. The preview only
// shows the draft; the game always plays the server's own split.
import type { OptionView, QuestionPassage } from "../contract/hub";

export interface PreviewPassage {
  words: OptionView[];
  layout: Pick<QuestionPassage, "paragraphStarts" | "sentenceStarts">;
  /** Each word's character span in the passage, by word id. */
  spans: [number, number][];
}

// A sentence ends at . ! or ? (closing quotes allowed) before a capital letter or an opening quote.
const endsSentence = (word: string, next: string): boolean => /[.!?]["”’]?$/.test(word) && /^["“‘]?\p{Lu}/u.test(next);

export function splitPassage(text: string): PreviewPassage {
  const words: OptionView[] = [];
  const spans: [number, number][] = [];
  const paragraphStarts: number[] = [];
  const sentenceStarts: number[] = [];
  let newParagraph = true;
  for (const match of text.matchAll(/\S+|\s+/g)) {
    const part = match[0];
    if (/^\s/.test(part)) {
      if (part.includes("\n")) newParagraph = true;
      continue;
    }
    const previous = words[words.length - 1];
    if (newParagraph) paragraphStarts.push(words.length);
    if (newParagraph || (previous && endsSentence(previous.text, part))) sentenceStarts.push(words.length);
    spans.push([match.index, match.index + part.length]);
    words.push({ id: words.length, text: part });
    newParagraph = false;
  }
  return { words, layout: { paragraphStarts, sentenceStarts }, spans };
}

/** The ids of the words a character span touches. */
export function wordsIn(passage: PreviewPassage, [start, end]: [number, number]): number[] {
  return passage.spans.flatMap(([from, to], id) => (from < end && to > start ? [id] : []));
}
