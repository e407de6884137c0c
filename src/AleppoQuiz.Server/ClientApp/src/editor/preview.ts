// The draft as a student's phone shows it while answering, drawn by the player view's own code, so what the
// teacher sees is what the class gets. Answering in the preview says whether that answer would score.
import { formatNumber, t } from "../shared/i18n";
import { timerElement } from "../shared/countdown";
import { el, replace } from "../shared/dom";
import { answerControls } from "../player/answer";
import type { Draft as AnswerDraft } from "../player/model";
import { questionHeader } from "../player/screens";
import type { Draft } from "./draft";
import { isFindEvidence } from "../shared/evidencekind";
import type { QuestionView } from "../contract/hub";
import { evidenceInPassage } from "./passageform";
import { splitPassage, wordsIn } from "./passagewords";

/** Option ids are positions in the draft; order questions are shown unsolved, as the game shows them. */
function viewOf(draft: Draft, index: number, total: number): QuestionView {
  if (isFindEvidence(draft.type)) {
    const passage = splitPassage(draft.passage?.quote ?? "");
    const shell = viewOf({ ...draft, type: "single", options: [] }, index, total);
    return { ...shell, kind: draft.type, options: passage.words, passage: { outlet: draft.passage?.outlet ?? "", title: null, ...passage.layout } };
  }
  const ids = draft.options.map((_, i) => i);
  const shown = draft.type === "order" && ids.length > 1 ? [...ids.slice(1), ids[0]!] : ids;
  return {
    index,
    total,
    kind: draft.type,
    prompt: draft.prompt.trim() || t("editor.previewPrompt"),
    options: draft.type === "type-answer" ? [] : shown.map((id) => ({ id, text: draft.options[id]?.text.trim() || t("editor.option", { n: id + 1 }) })),
    passage: null,
    phase: "answering",
    timeLimitMs: draft.timeLimitSeconds * 1000,
    pointsMultiplier: 1,
    isPaused: false,
    answeringOpensAt: null,
    deadline: null,
    readingRemainingMs: 0,
    answerRemainingMs: draft.timeLimitSeconds * 1000,
  };
}

// The scoring rule of docs/scoring.md, so the author can try a selection: found when the shared words make up at
// least half of the longer of the selection and the evidence; some credit for any smaller overlap.
function evidenceVerdict(draft: Draft, chosen: number[]): string {
  const span = evidenceInPassage(draft);
  if (!span) return t("editor.passageNoEvidence");
  const evidence = wordsIn(splitPassage(draft.passage?.quote ?? ""), span);
  const overlap = chosen.filter((id) => evidence.includes(id)).length;
  if (overlap > 0 && 2 * overlap >= Math.max(chosen.length, evidence.length)) return t("editor.wouldBeRight");
  return overlap > 0 ? t("verdict.partial") : t("editor.wouldBeWrong");
}

function verdict(draft: Draft, chosen: number[]): string {
  if (isFindEvidence(draft.type)) return evidenceVerdict(draft, chosen);
  if (draft.type === "poll") return "A poll has no right answer: every vote counts the same, for no points.";
  if (draft.type === "order") {
    return chosen.every((id, at) => id === at) ? t("editor.orderRight") : t("editor.orderNotRight");
  }
  const right = draft.options.map((o, i) => (o.correct ? i : -1)).filter((i) => i >= 0);
  const exact = chosen.length === right.length && chosen.every((id) => right.includes(id));
  return exact ? t("editor.wouldBeRight") : t("editor.wouldBeWrong");
}

export class Preview {
  readonly element: HTMLElement;
  private readonly screen: HTMLElement;
  private readonly outcome: HTMLElement;

  constructor() {
    this.screen = el("div", { className: "phone-screen" });
    this.outcome = el("p", { className: "preview-outcome", attrs: { "aria-live": "polite" } });
    this.element = el(
      "section",
      { className: "preview", attrs: { "aria-labelledby": "preview-title" } },
      el("h3", { text: t("editor.preview"), attrs: { id: "preview-title" } }),
      el("div", { className: "phone-frame" }, this.screen),
      this.outcome,
    );
  }

  draw(draft: Draft, index: number, total: number): void {
    const view = viewOf(draft, index, total);
    const timer = timerElement();
    timer.textContent = formatNumber(draft.timeLimitSeconds);
    const header = questionHeader(view, timer, t("editor.timeLimitLabel"));
    // On the phone the prompt is the page's heading; inside the editor it must not be a second h1.
    const prompt = header.querySelector("h1");
    prompt?.replaceWith(el("p", { className: "prompt", text: view.prompt }));
    const answers: AnswerDraft = { index, selected: new Set(), order: view.options.map((o) => o.id), text: "", run: null };
    // Typed answers are matched by the server when the game runs; the preview names what it will accept.
    const typed = (): string => {
      const accepted = draft.accepted.map((a) => a.trim()).filter(Boolean);
      return accepted.length > 0 ? t("editor.gameAccepts", { answers: accepted.join(" · ") }) : t("editor.acceptsNothing");
    };
    const controls = answerControls(view, answers, (chosen) => (this.outcome.textContent = verdict(draft, chosen)), () => (this.outcome.textContent = typed()), (text) => (this.outcome.textContent = text));
    this.outcome.textContent = "";
    replace(this.screen, header, controls.element);
  }
}
