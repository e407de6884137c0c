// The form for one question: its type, skill, difficulty, time and points, the prompt, the options, the
// explanation and the evidence, with the validator's findings and the phone preview beside it.
import { t } from "../shared/i18n";
import { skills, type Difficulty } from "../shared/authoring";
import { button, el } from "../shared/dom";
import { field, input, select, textarea } from "../shared/forms";
import { kinds, retype, type Draft } from "./draft";
import { Findings } from "./findings";
import { optionsEditor } from "./optionsform";
import { evidencePicker } from "./picker";
import { Preview } from "./preview";
import type { ArticleSummary } from "../contract/http";
import type { QuestionKind } from "../contract/hub";
import { isFindEvidence } from "../shared/evidencekind";

export interface QuestionFormActions {
  save(draft: Draft): Promise<void>;
  cancel(): void;
}

export interface QuestionForm {
  element: HTMLElement;
  findings: Findings;
  /** True once the teacher changed anything since the form opened or last saved. */
  isDirty(): boolean;
  close(): void;
}

const difficulties: [Difficulty, string][] = [
  ["easy", t("difficulty.easy")],
  ["medium", t("difficulty.medium")],
  ["hard", t("difficulty.hard")],
];

export function difficultyName(difficulty: string): string {
  return difficulties.find(([d]) => d === difficulty)?.[1] ?? difficulty;
}

function numberInput(name: string, value: number, min: number, max: number, step = 1): HTMLInputElement {
  const control = input(name, { type: "number", min: String(min), max: String(max), step: String(step), inputmode: "numeric" });
  control.value = String(value);
  return control;
}

export function questionForm(draft: Draft, position: number, total: number, articles: ArticleSummary[], actions: QuestionFormActions): QuestionForm {
  const lifetime = new AbortController();
  const findings = new Findings();
  const preview = new Preview();
  let dirty = false;
  const changed = (): void => {
    dirty = true;
    // The passage panel shows the passage and the marked evidence, both picked below it: it is drawn afresh.
    if (isFindEvidence(draft.type)) refreshOptions();
    preview.draw(draft, position, total);
    findings.schedule(draft);
  };

  const type = select("type", kinds, draft.type);
  const skill = select("skill", skills, draft.skill);
  const difficulty = select("difficulty", difficulties, draft.difficulty);
  const time = numberInput("timeLimitSeconds", draft.timeLimitSeconds, 5, 240);
  const points = numberInput("points", draft.points, 0, 10000, 100);
  const prompt = textarea("prompt", 3, { maxlength: "500" });
  prompt.value = draft.prompt;
  const shortPrompt = input("shortPrompt", { maxlength: "120", autocomplete: "off" });
  shortPrompt.value = draft.shortPrompt;
  const explanation = textarea("explanation", 3, { maxlength: "1000" });
  explanation.value = draft.explanation;
  let options = optionsEditor(draft, changed);
  function refreshOptions(): void {
    const fresh = optionsEditor(draft, changed);
    options.replaceWith(fresh);
    options = fresh;
  }

  type.addEventListener("change", () => {
    retype(draft, type.value as QuestionKind);
    refreshOptions();
    const usePassage = form.querySelector<HTMLElement>("[data-action='use-passage']");
    if (usePassage) usePassage.hidden = !isFindEvidence(draft.type);
    changed();
  });
  const bind = (control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, apply: () => void): void =>
    control.addEventListener(control instanceof HTMLSelectElement ? "change" : "input", () => {
      apply();
      changed();
    });
  bind(skill, () => (draft.skill = skill.value));
  bind(difficulty, () => (draft.difficulty = difficulty.value as Difficulty));
  // A blank or partial number is sent as 0, so the validator names the limit instead of the form guessing one.
  bind(time, () => (draft.timeLimitSeconds = Number.parseInt(time.value, 10) || 0));
  bind(points, () => (draft.points = Number.parseInt(points.value, 10) || 0));
  bind(prompt, () => (draft.prompt = prompt.value));
  bind(shortPrompt, () => (draft.shortPrompt = shortPrompt.value));
  bind(explanation, () => (draft.explanation = explanation.value));

  const save = el("button", { className: "btn btn-primary btn-large", text: t("editor.saveQuestion"), attrs: { type: "submit" } });
  const form = el(
    "form",
    { className: "question-form", attrs: { novalidate: "", "aria-labelledby": "question-form-title" } },
    el(
      "div",
      { className: "field-grid" },
      field("question-type", t("editor.type"), type, { hint: t("editor.typeHint") }),
      field("question-skill", t("editor.skill"), skill),
      field("question-difficulty", t("editor.difficulty"), difficulty),
      field("question-time", t("editor.time"), time, { hint: t("editor.timeHint") }),
      field("question-points", t("editor.points"), points, { hint: t("editor.pointsHint") }),
    ),
    field("question-prompt", t("editor.question"), prompt),
    field("question-short-prompt", t("editor.shortPrompt"), shortPrompt, { hint: t("editor.shortPromptHint") }),
    options,
    field("question-explanation", t("editor.explanation"), explanation, { hint: t("editor.explanationHint") }),
    evidencePicker(draft, articles, changed, lifetime.signal),
    el("div", { className: "controls" }, button(t("common.cancel"), actions.cancel, "btn btn-secondary"), save),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save.disabled = true;
    findings.cancel();
    actions
      .save(draft)
      .then(() => (dirty = false))
      .catch(() => undefined)
      .finally(() => (save.disabled = false));
  });

  const title = draft.id ? t("editor.editQuestion", { n: position + 1 }) : t("editor.newQuestion");
  const element = el(
    "section",
    { className: "card question-editor", attrs: { "aria-labelledby": "question-form-title" } },
    el("h2", { text: title, attrs: { id: "question-form-title" } }),
    el("div", { className: "editor-columns" }, form, el("div", { className: "editor-aside" }, findings.element, preview.element)),
  );
  preview.draw(draft, position, total);
  if (draft.id) void findings.check(draft);
  return {
    element,
    findings,
    isDirty: () => dirty,
    close: () => {
      lifetime.abort();
      findings.cancel();
    },
  };
}
