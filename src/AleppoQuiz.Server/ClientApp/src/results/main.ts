// A student's own results: each question with their answer, the right one, the explanation and the evidence.
import "../shared/language";
import { byId, el, focusHeading, replace } from "../shared/dom";
import { explanationSection } from "../shared/evidence";
import type { EvidencePassage } from "../shared/protocol";
import { getJson } from "../reports/api";

interface ResultQuestion {
  index: number;
  prompt: string;
  answered: boolean;
  yourAnswerText: string;
  correctAnswerText: string;
  correct: boolean;
  points: number;
  explanation: string;
  skill: string;
  evidence: EvidencePassage[];
}

interface StudentResults {
  quizTitle: string;
  nickname: string;
  score: number;
  questionsPlayed: number;
  correct: number;
  questions: ResultQuestion[];
}

const app = byId("app");

function questionCard(question: ResultQuestion): HTMLElement {
  const verdict = !question.answered ? "No answer" : question.correct ? "Right" : "Not right";
  return el(
    "li",
    { className: `card result-question ${question.correct ? "verdict-right" : "verdict-wrong"}`, attrs: { "data-question-index": String(question.index) } },
    el("h2", { text: `${question.index + 1}. ${question.prompt}` }),
    el("p", { className: "verdict-line", text: `${verdict}${question.points > 0 ? ` · ${question.points} points` : ""}` }),
    el(
      "dl",
      { className: "answers-compared" },
      el("dt", { text: "Your answer" }),
      el("dd", { className: "your-answer", text: question.answered ? question.yourAnswerText : "—" }),
      el("dt", { text: "Right answer" }),
      el("dd", { className: "right-answer", text: question.correctAnswerText }),
    ),
    explanationSection({ prompt: question.prompt, explanation: question.explanation, skill: question.skill, evidence: question.evidence }),
  );
}

async function start(): Promise<void> {
  const game = new URLSearchParams(location.search).get("game") ?? "";
  const token = new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  try {
    const results = await getJson<StudentResults>(`/api/results/${encodeURIComponent(game)}`, { "X-Player-Token": token });
    document.title = `AleppoQuiz · ${results.nickname} · ${results.quizTitle}`;
    replace(
      app,
      el(
        "section",
        { className: "card" },
        el("h1", { text: `${results.nickname}: your answers` }),
        el("p", { className: "lead", text: `${results.quizTitle} · ${results.correct} of ${results.questionsPlayed} right · ${results.score} points` }),
      ),
      el("ol", { className: "result-questions" }, ...results.questions.map(questionCard)),
    );
  } catch (error) {
    replace(app, el("section", { className: "card" }, el("h1", { text: "No results here" }), el("p", { className: "field-error", attrs: { role: "alert" }, text: error instanceof Error ? error.message : String(error) })));
  }
  focusHeading(app);
}

void start();
