// Find-the-evidence fields of the hub's messages, until the generated contract carries them.
import type { QuestionView, RevealView } from "../contract/hub";

export interface PassageView {
  outlet: string;
  title: string | null;
  paragraphStarts: number[];
  sentenceStarts: number[];
}

export type EvidenceQuestion = QuestionView & { passage?: PassageView | null };
export type EvidenceReveal = RevealView & { passage?: PassageView | null; foundCount?: number; partlyFoundCount?: number };

/** Whether a question of this kind is answered by selecting words in a passage. */
export function isFindEvidence(kind: string): boolean {
  return kind === "find-evidence";
}

/**
 * The passage a reveal is drawn in. A reveal that does not carry the layout (an older server) still shows its
 * words, as one paragraph named after the outlet of its first evidence passage.
 */
export function revealPassage(reveal: EvidenceReveal): PassageView {
  return reveal.passage ?? { outlet: reveal.revealPayload?.evidence[0]?.outlet ?? "", title: reveal.revealPayload?.evidence[0]?.title ?? null, paragraphStarts: [0], sentenceStarts: [0] };
}
