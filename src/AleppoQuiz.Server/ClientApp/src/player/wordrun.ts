// The selection of a find-the-evidence answer: one unbroken run of words, built by taps. A first tap picks a word
// and waits for the last one; the second tap closes the run between them, whichever way round. Once closed, a tap
// outside the run stretches it to that word and a tap inside starts again from that word. Tapping the lone waiting
// word again clears the selection.

export interface WordRun {
  /** The first and last selected word ids, inclusive, first <= last. */
  first: number;
  last: number;
  /** True while only the first word is picked and the next tap chooses the last one. */
  open: boolean;
}

export function tapWord(run: WordRun | null, word: number): WordRun | null {
  if (!run) return { first: word, last: word, open: true };
  if (run.open) {
    if (word === run.first) return null;
    return { first: Math.min(run.first, word), last: Math.max(run.first, word), open: false };
  }
  if (word >= run.first && word <= run.last) return { first: word, last: word, open: true };
  return { first: Math.min(run.first, word), last: Math.max(run.last, word), open: false };
}

/** The run from `anchor` to `word`, whichever comes first: what a drag or a shift-selection covers. */
export function stretch(anchor: number, word: number): WordRun {
  return { first: Math.min(anchor, word), last: Math.max(anchor, word), open: false };
}

/** The word ids of a run, in order: what the answer sends. */
export function runIds(run: WordRun | null): number[] {
  if (!run) return [];
  return Array.from({ length: run.last - run.first + 1 }, (_, i) => run.first + i);
}

export function covers(run: WordRun | null, word: number): boolean {
  return run !== null && word >= run.first && word <= run.last;
}
