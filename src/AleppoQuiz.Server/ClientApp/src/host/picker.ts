// The first host screen: every quiz in the bank, with what it trains and how long it is.
import { el } from "../shared/dom";
import type { QuizSummary } from "../shared/protocol";

export async function fetchQuizzes(): Promise<QuizSummary[]> {
  const response = await fetch("/api/quizzes", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`The quiz list did not load (HTTP ${response.status}).`);
  return (await response.json()) as QuizSummary[];
}

function skillName(skill: string): string {
  const words = skill.replace(/-/g, " ");
  return `${words[0]?.toUpperCase() ?? ""}${words.slice(1)}`;
}

export function pickerScreen(quizzes: QuizSummary[], host: (quiz: QuizSummary) => void, error: string | null): HTMLElement {
  const cards = quizzes.map((quiz) =>
    el(
      "li",
      { className: "card quiz-card" },
      el("h2", { text: quiz.title }),
      el("p", { className: "quiz-meta", text: `${quiz.questionCount} questions` }),
      el("p", { text: quiz.description }),
      quiz.skills.length > 0 ? el("ul", { className: "tags", attrs: { "aria-label": "Skills" } }, ...quiz.skills.map((s) => el("li", { text: skillName(s) }))) : null,
      el("button", {
        className: "btn btn-primary",
        text: "Host this quiz",
        attrs: { type: "button", "aria-label": `Host “${quiz.title}”`, "data-quiz-id": quiz.id, "data-question-count": String(quiz.questionCount) },
        on: { click: () => host(quiz) },
      }),
    ),
  );
  return el(
    "section",
    { className: "screen picker" },
    el("h1", { text: "Choose a quiz" }),
    el("p", { className: "lead", text: "Students join on their phones with the PIN shown next. After every question, the class sees the news passages it rests on." }),
    error ? el("p", { className: "field-error", text: error, attrs: { role: "alert" } }) : null,
    el("ul", { className: "quiz-list" }, ...cards),
  );
}
