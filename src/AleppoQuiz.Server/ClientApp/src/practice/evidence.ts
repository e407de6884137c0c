// A find-the-evidence question in homework: the same passage selector as a live game, and a reveal that frames the
// evidence in the passage with the student's own words marked.
import { t } from "../shared/i18n";
import { authored, el } from "../shared/dom";
import { evidenceSelector } from "../player/evidencepick";
import { yourSelection } from "../player/screens";
import { markedPassage, passageLegend } from "../shared/passagereveal";
import { readOnlyPassage } from "../shared/passage";
import type { QuestionPassage } from "../contract/hub";
import type { PracticeQuestion, PracticeReveal } from "../contract/http";

/** A find-the-evidence question: the passage to read, then to select the words in once answering opens. */
export function evidenceQuestion(q: PracticeQuestion, passage: QuestionPassage, answering: boolean, submit: (ids: number[]) => void, announce: (text: string) => void): HTMLElement {
  const draft = { index: q.index, selected: new Set<number>(), order: [], text: "", run: null };
  const selector = answering ? evidenceSelector(q.options, passage, draft, submit, announce) : null;
  return el(
    "section",
    { className: "card screen question" },
    el("p", { className: "counter", text: t("question.counter", { n: q.index + 1, total: q.total }) }),
    el("h1", { className: "prompt", text: q.prompt, attrs: authored }),
    selector ? selector.element : el("p", { className: "lead get-ready", text: t("question.readFirst") }),
    selector ? null : readOnlyPassage(q.options, passage),
  );
}

/** The passage with the evidence framed and the student's own words marked. */
export function evidenceLines(r: PracticeReveal): (HTMLElement | null)[] {
  // A reveal without the layout (none is expected) still shows the words, as one paragraph.
  const passage = r.passage ?? { outlet: r.evidence[0]?.outlet ?? "", title: null, paragraphStarts: [0], sentenceStarts: [0] };
  return [
    r.answered ? yourSelection(r.options, r.yourAnswer) : null,
    markedPassage(r.options, passage, { evidence: r.correctOptionIds, yours: r.yourAnswer }),
    passageLegend(false),
  ];
}
