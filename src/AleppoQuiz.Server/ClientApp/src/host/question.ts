// A question on the projector: the prompt, the options in their colours and shapes, the countdown and how many
// have answered, with the pause and skip controls.
import { t } from "../shared/i18n";
import { authored, button, el } from "../shared/dom";
import { kindHint, optionClass, optionLabel, questionCounter } from "../shared/options";
import { hostPassage } from "./evidencereveal";
import type { AnswerProgress, QuestionView } from "../contract/hub";

export interface QuestionActions {
  pause(): void;
  resume(): void;
  skip(): void;
  end(): void;
}

export function progressText(progress: AnswerProgress | null, fallbackExpected: number): string {
  const answered = progress?.answered ?? 0;
  const expected = progress?.expected ?? fallbackExpected;
  return t("host.answered", { n: answered, total: expected });
}

export function questionScreen(
  question: QuestionView,
  isPaused: boolean,
  progress: string,
  timer: HTMLElement,
  actions: QuestionActions,
): HTMLElement {
  const answering = question.phase === "answering";
  const typed = question.kind === "type-answer";
  const poll = question.kind === "poll";
  const passage = question.passage;
  const options = question.options.map((option, position) => {
    const item = el("li", { className: `host-option ${optionClass(position)}` });
    item.append(optionLabel(position, option.text));
    return item;
  });
  return el(
    "section",
    { className: "screen host-question" },
    el(
      "header",
      { className: "question-head" },
      questionCounter(question.index, question.total),
      el("div", { className: "timer-box" }, el("span", { className: "timer-label", text: answering ? t("timer.timeLeft") : t("timer.opensIn") }), timer),
    ),
    el("h1", { className: "prompt", text: question.prompt, attrs: authored }),
    isPaused ? el("p", { className: "banner", text: t("host.paused") }) : null,
    // Type-answer, poll and find-the-evidence questions say so from the start: the class answers them differently.
    typed || poll || passage ? el("p", { className: `kind-label ${poll ? "kind-poll" : "kind-typed"}`, text: kindHint(question.kind) }) : null,
    el("p", { className: "hint", text: typed ? t("kind.typeOnPhones") : passage ? t("evidence.selectOnPhones") : answering && !poll ? kindHint(question.kind) : answering ? t("kind.pollNote") : t("host.readFirst") }),
    passage ? hostPassage(question.options, passage) : typed ? null : el("ul", { className: "host-options" }, ...options),
    el(
      "div",
      { className: "controls" },
      el("p", { className: "progress", attrs: { id: "answer-progress" }, text: progress }),
      isPaused
        ? button(t("host.resume"), actions.resume, "btn btn-primary", { "data-focus-key": "pause-resume" })
        : button(t("host.pause"), actions.pause, "btn btn-secondary", { "data-focus-key": "pause-resume" }),
      button(t("host.skip"), actions.skip, "btn btn-secondary"),
      button(t("host.end"), actions.end, "btn btn-danger"),
    ),
  );
}
