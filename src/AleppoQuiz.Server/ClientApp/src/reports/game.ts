// One game's report: headline figures, each question (hardest first) with its answer distribution, and the table
// of players with every answer. Export links and a print button sit at the top.
import { button, el } from "../shared/dom";
import { kindTexts } from "../shared/kindtexts";
import { percent, seconds, skillName, type GameSummary, type PlayerAnswer, type PlayerReport, type QuestionReport } from "./api";
import { barChart } from "./charts";

function figure(label: string, value: string): HTMLElement {
  return el("div", { className: "figure" }, el("dt", { text: label }), el("dd", { text: value }));
}

export function summarySection(summary: GameSummary): HTMLElement {
  const played = new Date(summary.createdAt).toLocaleString();
  return el(
    "section",
    { className: "card report-summary", attrs: { "aria-labelledby": "game-title" } },
    el("h1", { text: summary.quizTitle, attrs: { id: "game-title" } }),
    el("p", { className: "lead", text: `${summary.kind === "practice" ? "Practice" : "Live game"} · ${played}${summary.className ? ` · ${summary.className}` : ""}` }),
    el(
      "dl",
      { className: "figures" },
      figure("Players", String(summary.playerCount)),
      figure("Questions played", `${summary.questionsPlayed} of ${summary.questionCount}`),
      figure("Accuracy", percent(summary.accuracy)),
      figure("Average score", String(Math.round(summary.averageScore))),
      figure("Average answer time", seconds(summary.averageAnswerTimeMs)),
    ),
    el(
      "p",
      { className: "actions no-print" },
      el("a", { className: "btn btn-secondary", text: "Download CSV", attrs: { href: `/api/reports/games/${summary.id}/export.csv`, download: "" } }),
      el("a", { className: "btn btn-secondary", text: "Download Excel", attrs: { href: `/api/reports/games/${summary.id}/export.xlsx`, download: "" } }),
      button("Print", () => window.print(), "btn btn-secondary"),
    ),
  );
}

// A poll's figures are its spread and how many took part; any other question's are its accuracy.
function questionFigures(question: QuestionReport): string {
  if (question.kind === "poll") return `${skillName(question.skill)} · ${kindTexts.pollLabel} · answered by ${question.answered} · average ${seconds(question.averageAnswerTimeMs)}`;
  return `${skillName(question.skill)} · ${percent(question.accuracy)} correct (${question.correct} of ${question.answered}) · average ${seconds(question.averageAnswerTimeMs)}`;
}

function answerClass(answer: PlayerAnswer): string {
  if (!answer.answered) return "answer-none";
  if (answer.isPoll) return "answer-poll";
  return answer.correct ? "answer-right" : "answer-wrong";
}

function answerMark(answer: PlayerAnswer): string {
  if (!answer.answered) return "—";
  if (answer.isPoll) return "●";
  return answer.correct ? "✓" : "✗";
}

function questionCard(question: QuestionReport): HTMLElement {
  const bars = question.distribution.map((option) => ({
    label: option.text,
    value: option.count,
    caption: `${option.count}${option.isCorrect ? " ✓" : ""}`,
    tone: option.isCorrect ? ("right" as const) : ("neutral" as const),
  }));
  const title = `Question ${question.index + 1}: answers given`;
  return el(
    "li",
    { className: "card question-report", attrs: { "data-question-index": String(question.index) } },
    el("h3", { text: `${question.index + 1}. ${question.prompt}` }),
    el("p", { className: "question-figures", text: questionFigures(question) }),
    barChart(title, bars),
    el("ul", { className: "sr-only" }, ...question.distribution.map((o) => el("li", { text: `${o.text}: ${o.count}${o.isCorrect ? " (correct)" : ""}` }))),
  );
}

export function questionsSection(questions: QuestionReport[]): HTMLElement {
  return el(
    "section",
    { className: "report-questions", attrs: { "aria-labelledby": "questions-title" } },
    el("h2", { text: "Questions, hardest first", attrs: { id: "questions-title" } }),
    el("ol", { className: "question-reports" }, ...questions.map(questionCard)),
  );
}

export function playersSection(players: PlayerReport[], questionsPlayed: number): HTMLElement {
  const header = el(
    "tr",
    {},
    el("th", { text: "Player", attrs: { scope: "col" } }),
    el("th", { text: "Score", attrs: { scope: "col" } }),
    el("th", { text: "Correct", attrs: { scope: "col" } }),
    ...Array.from({ length: questionsPlayed }, (_, i) => el("th", { text: `Q${i + 1}`, attrs: { scope: "col" } })),
  );
  const rows = players.map((player) =>
    el(
      "tr",
      { attrs: { "data-player": player.nickname } },
      el("th", { text: player.studentName && player.studentName !== player.nickname ? `${player.nickname} (${player.studentName})` : player.nickname, attrs: { scope: "row" } }),
      el("td", { text: String(player.score) }),
      el("td", { text: `${player.correct} of ${player.answered}${player.pollsAnswered > 0 ? ` · ${player.pollsAnswered} ${player.pollsAnswered === 1 ? "poll" : "polls"}` : ""}` }),
      ...player.answers.map((answer) =>
        el(
          "td",
          {
            className: `answer-cell ${answerClass(answer)}`,
            attrs: { title: answer.answered ? `${answer.points} points in ${seconds(answer.answerTimeMs)}` : "No answer" },
          },
          el("span", { className: "answer-mark", text: answerMark(answer) }),
          answer.answered ? el("span", { className: "answer-text", text: ` ${answer.answerText}` }) : null,
        ),
      ),
    ),
  );
  return el(
    "section",
    { className: "report-players", attrs: { "aria-labelledby": "players-title" } },
    el("h2", { text: "Players and their answers", attrs: { id: "players-title" } }),
    el("p", { className: "hint print-only", text: "✓ right · ✗ wrong · ● poll answered (no right answer) · — no answer. The answers given are on screen and in the exports." }),
    el("div", { className: "table-scroll" }, el("table", { className: "players-table" }, el("thead", {}, header), el("tbody", {}, ...rows))),
  );
}
