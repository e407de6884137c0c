// The question being written, as the editor holds it: plain data the form edits in place, turned into the API's
// QuestionInput for checks and saves. Changing the type reshapes the options so the draft stays answerable.
import { t } from "../shared/i18n";
import { asDifficulty, type Difficulty } from "../shared/authoring";
import type { EvidenceDetail, QuestionDetail, QuestionInput } from "../contract/http";
import type { QuestionKind } from "../contract/hub";

export interface DraftOption {
  text: string;
  correct: boolean;
}

export interface DraftEvidence {
  articleId: string;
  outlet: string;
  quote: string;
  start: number;
}

export interface Draft {
  /** The saved question's id, or null for a question not saved yet. */
  id: string | null;
  type: QuestionKind;
  skill: string;
  difficulty: Difficulty;
  timeLimitSeconds: number;
  points: number;
  prompt: string;
  shortPrompt: string;
  options: DraftOption[];
  explanation: string;
  evidence: DraftEvidence[];
  /** What a type-answer question accepts, canonical first. */
  accepted: string[];
  keepOrder: boolean;
  /** A find-the-evidence question's passage; its first evidence quote is the span to find inside it. */
  passage: DraftEvidence | null;
}

export const kinds: [QuestionKind, string][] = [
  ["single", t("editor.kindSingle")],
  ["multi", t("editor.kindMulti")],
  ["true-false", t("editor.kindTrueFalse")],
  ["order", t("editor.kindOrder")],
  ["type-answer", t("editor.kindTypeAnswer")],
  ["poll", t("editor.kindPoll")],
  ["find-evidence", t("evidence.kindLabel")],
];

/** A kind as the server names it; a name this page does not know reads as a single choice. */
export function asKind(kind: string | null): QuestionKind {
  return kinds.find(([k]) => k === kind)?.[0] ?? "single";
}

export function kindName(kind: string): string {
  return kinds.find(([k]) => k === kind)?.[1] ?? kind;
}

export function emptyDraft(): Draft {
  return {
    id: null,
    type: "single",
    skill: "who-said-it",
    difficulty: "medium",
    timeLimitSeconds: 30,
    points: 1000,
    prompt: "",
    shortPrompt: "",
    options: [
      { text: "", correct: true },
      { text: "", correct: false },
      { text: "", correct: false },
      { text: "", correct: false },
    ],
    explanation: "",
    evidence: [],
    accepted: [],
    keepOrder: false,
    passage: null,
  };
}

export function draftFrom(question: QuestionDetail): Draft {
  return {
    id: question.id,
    type: asKind(question.type),
    skill: question.skill,
    difficulty: asDifficulty(question.difficulty),
    timeLimitSeconds: question.timeLimitSeconds,
    points: question.points,
    prompt: question.prompt,
    shortPrompt: question.shortPrompt ?? "",
    options: question.options.map((o) => ({ text: o.text, correct: o.correct })),
    explanation: question.explanation,
    evidence: question.evidence.map((e: EvidenceDetail) => ({ articleId: e.articleId, outlet: e.outlet, quote: e.quote, start: e.start })),
    accepted: [...(question.accepted ?? [])],
    keepOrder: question.keepOrder ?? false,
    passage: question.passage ? { articleId: question.passage.articleId, outlet: question.passage.outlet, quote: question.passage.quote, start: question.passage.start } : null,
  };
}

export function toInput(draft: Draft): QuestionInput {
  const typed = draft.type === "type-answer";
  const findEvidence = draft.type === "find-evidence";
  return {
    type: draft.type,
    skill: draft.skill,
    difficulty: draft.difficulty,
    timeLimitSeconds: draft.timeLimitSeconds,
    points: draft.points,
    prompt: draft.prompt,
    shortPrompt: draft.shortPrompt.trim() || null,
    // Order questions and polls mark nothing: order options are listed in the right order, and a poll has no
    // right answer. A type-answer question sends its accepted answers instead of options.
    options: typed || findEvidence ? [] : draft.options.map((o) => ({ text: o.text, correct: draft.type === "order" || draft.type === "poll" ? false : o.correct })),
    explanation: draft.explanation,
    evidence: draft.evidence.map((e) => ({ articleId: e.articleId, quote: e.quote, start: e.start })),
    accepted: typed ? [...draft.accepted] : [],
    keepOrder: (draft.type === "single" || draft.type === "multi" || draft.type === "true-false") && draft.keepOrder,
    // A find-the-evidence question sends its passage; its words are the options the game builds.
    passage: findEvidence && draft.passage ? { articleId: draft.passage.articleId, quote: draft.passage.quote, start: draft.passage.start } : null,
  };
}

/**
 * Reshapes the options for a new type: true/false has exactly True and False; single keeps one right answer; a poll
 * marks none; a type-answer question starts with one empty accepted answer (its options wait, unsent, in case the
 * author switches back).
 */
export function retype(draft: Draft, type: QuestionKind): void {
  const was = draft.type;
  draft.type = type;
  if (type === "type-answer") {
    if (draft.accepted.length === 0) draft.accepted = [""];
    return;
  }
  if (type === "poll") draft.options.forEach((o) => (o.correct = false));
  if (type === "true-false") {
    const trueIsRight = was === "true-false" ? draft.options.find((o) => /^true$/i.test(o.text.trim()))?.correct ?? true : true;
    draft.options = [
      { text: "True", correct: trueIsRight },
      { text: "False", correct: !trueIsRight },
    ];
    return;
  }
  if (was === "true-false") draft.options = [0, 1, 2, 3].map((i) => ({ text: "", correct: i === 0 }));
  if (type === "single") {
    const first = Math.max(0, draft.options.findIndex((o) => o.correct));
    draft.options.forEach((o, i) => (o.correct = i === first));
  }
  if (type === "order") {
    draft.options.forEach((o) => (o.correct = false));
    while (draft.options.length < 3) draft.options.push({ text: "", correct: false });
  }
}
