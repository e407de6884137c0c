// A student's own results: each question with their answer, the right one, the explanation and the evidence.
import { byId, el, focusHeading, replace } from "../shared/dom";
import { explanationSection } from "../shared/evidence";
import { kindTexts } from "../shared/kindtexts";
import type { EvidencePassage } from "../shared/protocol";
import { getJson } from "../reports/api";

interface ResultQuestion {
  index: number;
  kind: string;
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
  // A poll has no right answer: taking part is all there is to report.
  const poll = question.kind === "poll";
  const verdict = poll ? (question.answered ? kindTexts.pollCounted : kindTexts.pollSkipped) : !question.answered ? "No answer" : question.correct ? "Right" : "Not right";
  const tone = poll ? "verdict-poll" : question.correct ? "verdict-right" : "verdict-wrong";
  return el(
    "li",
    { className: `card result-question ${tone}`, attrs: { "data-question-index": String(question.index) } },
    el("h2", { text: `${question.index + 1}. ${question.prompt}` }),
    el("p", { className: "verdict-line", text: `${verdict}${question.points > 0 ? ` · ${question.points} points` : ""}` }),
    el(
      "dl",
      { className: "answers-compared" },
      el("dt", { text: "Your answer" }),
      el("dd", { className: "your-answer", text: question.answered ? question.yourAnswerText : "—" }),
      poll ? null : el("dt", { text: question.kind === "type-answer" ? "Accepted answer" : "Right answer" }),
      poll ? null : el("dd", { className: "right-answer", text: question.correctAnswerText }),
    ),
    explanationSection({ prompt: question.prompt, explanation: question.explanation, skill: question.skill, evidence: question.evidence }, "h3", poll ? kindTexts.pollDiscuss : "Why"),
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
        el("p", { className: "lead", text: `${results.quizTitle} · ${results.correct} of ${results.questions.filter((q) => q.kind !== "poll").length} right · ${results.score} points` }),
      ),
      el("ol", { className: "result-questions" }, ...results.questions.map(questionCard)),
    );
  } catch (error) {
    replace(app, el("section", { className: "card" }, el("h1", { text: "No results here" }), el("p", { className: "field-error", attrs: { role: "alert" }, text: error instanceof Error ? error.message : String(error) })));
  }
  focusHeading(app);
}

void start();
