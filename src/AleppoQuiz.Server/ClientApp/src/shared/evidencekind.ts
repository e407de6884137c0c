// What marks a find-the-evidence question out from the other kinds wherever a screen must tell them apart.
import type { QuestionPassage, RevealView } from "../contract/hub";

/** Whether a question of this kind is answered by selecting words in a passage. */
export function isFindEvidence(kind: string): boolean {
  return kind === "find-evidence";
}

/**
 * The passage a reveal is drawn in. A reveal kept from before the reveal carried the layout (a game restored from
 * an older journal) still shows its words, as one paragraph named after the outlet of its first evidence passage.
 */
export function revealPassage(reveal: RevealView): QuestionPassage {
  const first = reveal.revealPayload?.evidence[0];
  return reveal.passage ?? { outlet: first?.outlet ?? "", title: first?.title ?? null, paragraphStarts: [0], sentenceStarts: [0] };
}
