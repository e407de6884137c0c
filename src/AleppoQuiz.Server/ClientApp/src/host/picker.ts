// The first host screen: the teacher's own quizzes and the built-in ones, with what each trains and how long it
// is. A quiz chosen in the library (host.html?quiz=…) comes first, marked and focused.
import { t } from "../shared/i18n";
import { authored, el } from "../shared/dom";
import { api } from "../shared/api";
import { skillName } from "../shared/authoring";
import type { QuizSummary } from "../contract/http";

export async function fetchQuizzes(): Promise<QuizSummary[]> {
  return api<QuizSummary[]>("GET", "/api/quizzes");
}

function quizCard(quiz: QuizSummary, host: (quiz: QuizSummary) => void, chosen: boolean): HTMLLIElement {
  const empty = quiz.questionCount === 0;
  const hostButton = el("button", {
    className: "btn btn-primary",
    text: t("picker.host"),
    attrs: { type: "button", "aria-label": `${t("picker.host")}: “${quiz.title}”`, "data-quiz-id": quiz.id, "data-question-count": String(quiz.questionCount) },
    on: { click: () => host(quiz) },
  });
  hostButton.disabled = empty;
  return el(
    "li",
    { className: `card quiz-card${chosen ? " chosen" : ""}`, attrs: chosen ? { "data-chosen": "true" } : {} },
    chosen ? el("p", { className: "chosen-label", text: t("picker.chosen") }) : null,
    el("h2", { text: quiz.title, attrs: authored }),
    el("p", { className: "quiz-meta", text: `${t("common.questions", { n: quiz.questionCount })} · ${quiz.isOwn ? t("picker.own") : t("picker.builtIn")}` }),
    quiz.description ? el("p", { text: quiz.description, attrs: authored }) : null,
    quiz.skills.length > 0 ? el("ul", { className: "tags", attrs: { "aria-label": t("quizzes.skills") } }, ...quiz.skills.map((s) => el("li", { text: skillName(s) }))) : null,
    empty ? el("p", { className: "hint", text: t("picker.empty") }) : null,
    hostButton,
  );
}

export function pickerScreen(quizzes: QuizSummary[], host: (quiz: QuizSummary) => void, error: string | null, chosenId: string | null = null, classChoice: HTMLElement | null = null): HTMLElement {
  // The chosen quiz first, then the teacher's own, then the built-in ones; each group keeps the server's order.
  const rank = (quiz: QuizSummary): number => (quiz.id === chosenId ? 0 : quiz.isOwn ? 1 : 2);
  const sorted = [...quizzes].sort((a, b) => rank(a) - rank(b));
  return el(
    "section",
    { className: "screen picker" },
    el("h1", { text: t("picker.title") }),
    el("p", { className: "lead", text: t("picker.lead") }),
    error ? el("p", { className: "field-error", text: error, attrs: { role: "alert" } }) : null,
    classChoice,
    el("ul", { className: "quiz-list" }, ...sorted.map((quiz) => quizCard(quiz, host, quiz.id === chosenId))),
  );
}
