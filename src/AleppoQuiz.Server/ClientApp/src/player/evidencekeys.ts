// The keyboard of a find-the-evidence passage, for keyboard and screen-reader users: a cursor word, whose sentence
// is the listbox's active option, moved by the arrows; Space selects the cursor's sentence, Shift stretches the
// selection by a word (left, right) or a sentence (up, down, Space); Escape clears it. Pure, so the page only draws.
import { stretch, type WordRun } from "./wordrun";
import type { SentenceLayout } from "../shared/passage";
import type { OptionView } from "../contract/hub";

export interface KeyState {
  cursor: number;
  run: WordRun | null;
}

/** The state after a key, and the word the cursor stepped onto (to be spoken); null for a key this does not use. */
export type KeyOutcome = KeyState & { word?: string };

export function sentenceOf(sentences: SentenceLayout[], word: number): SentenceLayout {
  return sentences.find((s) => s.words.some((w) => w.id === word)) ?? sentences[0]!;
}

const firstOf = (sentence: SentenceLayout): number => sentence.words[0]!.id;
const lastOf = (sentence: SentenceLayout): number => sentence.words[sentence.words.length - 1]!.id;

/** `rtl` is the passage's own direction: "forward" follows the text, not the page around it. */
export function pressKey(key: string, shift: boolean, state: KeyState, words: OptionView[], sentences: SentenceLayout[], rtl: boolean): KeyOutcome | null {
  const { cursor, run } = state;
  const here = sentenceOf(sentences, cursor);
  switch (key) {
    case "ArrowDown":
    case "ArrowUp": {
      const next = sentences[here.index + (key === "ArrowDown" ? 1 : -1)];
      if (!next) return state;
      if (!shift) return { cursor: firstOf(next), run };
      const from = run && !run.open ? run : stretch(firstOf(here), lastOf(here));
      return { cursor: firstOf(next), run: stretch(Math.min(from.first, firstOf(next)), Math.max(from.last, lastOf(next))) };
    }
    case "ArrowLeft":
    case "ArrowRight": {
      const step = (key === "ArrowRight") !== rtl ? 1 : -1;
      const next = words.find((w) => w.id === cursor + step);
      if (!next) return state;
      if (!shift) return { cursor: next.id, run, word: next.text };
      // The end of the selection away from the cursor stays put while Shift stretches or shrinks the other.
      const anchor = run && !run.open ? (cursor === run.first ? run.last : run.first) : run?.first ?? cursor;
      return { cursor: next.id, run: stretch(anchor, next.id) };
    }
    case "Home":
    case "End":
      return { cursor: key === "Home" ? words[0]!.id : words[words.length - 1]!.id, run };
    case " ":
    case "Enter": {
      const whole = stretch(firstOf(here), lastOf(here));
      if (shift && run) return { cursor, run: stretch(Math.min(run.first, whole.first), Math.max(run.last, whole.last)) };
      const same = run && !run.open && run.first === whole.first && run.last === whole.last;
      return { cursor, run: same ? null : whole };
    }
    case "Escape":
      return run ? { cursor, run: null } : null;
    default:
      return null;
  }
}
