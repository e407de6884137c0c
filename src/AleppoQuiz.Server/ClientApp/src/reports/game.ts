// One game's report: headline figures, each question (hardest first) with its answer distribution, and the table
// of players with every answer. Export links and a print button sit at the top.
import { formatDate, formatNumber, t } from "../shared/i18n";
import { authored, button, el } from "../shared/dom";
import { percent, seconds, skillName } from "./api";
import { barChart } from "./charts";
import { evidenceFindings } from "./evidence";
import type { GameSummary, PlayerAnswer, PlayerReport, QuestionReport } from "../contract/http";

function figure(label: string, value: string): HTMLElement {
  return el("div", { className: "figure" }, el("dt", { text: label }), el("dd", { text: value }));
}

export function summarySection(summary: GameSummary): HTMLElement {
  const played = formatDate(summary.createdAt);
  return el(
    "section",
    { className: "card report-summary", attrs: { "aria-labelledby": "game-title" } },
    el("h1", { text: summary.quizTitle, attrs: { id: "game-title", ...authored } }),
    el("p", { className: "lead", text: `${summary.kind === "practice" ? t("reports.practice") : t("reports.liveGame")} · ${played}${summary.className ? ` · ${summary.className}` : ""}` }),
    el(
      "dl",
      { className: "figures" },
      figure(t("reports.players"), formatNumber(summary.playerCount)),
      figure(t("reports.questionsPlayed"), t("common.nOfTotal", { n: summary.questionsPlayed, total: summary.questionCount })),
      figure(t("reports.accuracy"), percent(summary.accuracy)),
      figure(t("reports.averageScore"), formatNumber(Math.round(summary.averageScore))),
      figure(t("reports.averageTime"), seconds(summary.averageAnswerTimeMs)),
    ),
    el(
      "p",
      { className: "actions no-print" },
      el("a", { className: "btn btn-secondary", text: t("reports.downloadCsv"), attrs: { href: `/api/reports/games/${summary.id}/export.csv`, download: "" } }),
      el("a", { className: "btn btn-secondary", text: t("reports.downloadExcel"), attrs: { href: `/api/reports/games/${summary.id}/export.xlsx`, download: "" } }),
      button(t("reports.print"), () => window.print(), "btn btn-secondary"),
    ),
  );
}

// A poll's figures are its spread and how many took part; any other question's are its accuracy.
function questionFigures(question: QuestionReport): string {
  const time = seconds(question.averageAnswerTimeMs);
  if (question.kind === "poll") return `${skillName(question.skill)} · ${t("kind.pollLabel")} · ${t("reports.pollFigures", { answered: question.answered, time })}`;
  return `${skillName(question.skill)} · ${t("reports.questionFigures", { percent: percent(question.accuracy), correct: question.correct, answered: question.answered, time })}`;
}

function answerClass(answer: PlayerAnswer): string {
  if (!answer.answered) return "answer-none";
  if (answer.isPoll) return "answer-poll";
  // Some points without full credit: part of the evidence found, or half a multi-select right.
  if (!answer.correct && answer.points > 0) return "answer-partial";
  return answer.correct ? "answer-right" : "answer-wrong";
}

function answerMark(answer: PlayerAnswer): string {
  if (!answer.answered) return "—";
  if (answer.isPoll) return "●";
  if (!answer.correct && answer.points > 0) return "◐";
  return answer.correct ? "✓" : "✗";
}

function questionCard(question: QuestionReport): HTMLElement {
  // A passage's words are too many bars to read: a find-the-evidence question says who found it and what else was taken for it.
  const findings = evidenceFindings(question);
  if (findings) {
    return el(
      "li",
      { className: "card question-report", attrs: { "data-question-index": String(question.index) } },
      el("h3", {}, `${formatNumber(question.index + 1)}. `, el("span", { text: question.prompt, attrs: authored })),
      el("p", { className: "question-figures", text: questionFigures(question) }),
      findings,
    );
  }
  const bars = question.distribution.map((option) => ({
    label: option.text,
    value: option.count,
    caption: `${formatNumber(option.count)}${option.isCorrect ? " ✓" : ""}`,
    tone: option.isCorrect ? ("right" as const) : ("neutral" as const),
  }));
  const title = t("reports.answersGiven", { n: question.index + 1 });
  return el(
    "li",
    { className: "card question-report", attrs: { "data-question-index": String(question.index) } },
    el("h3", {}, `${formatNumber(question.index + 1)}. `, el("span", { text: question.prompt, attrs: authored })),
    el("p", { className: "question-figures", text: questionFigures(question) }),
    barChart(title, bars),
    el("ul", { className: "sr-only" }, ...question.distribution.map((o) => el("li", { text: `${o.text}: ${formatNumber(o.count)}${o.isCorrect ? ` ${t("reports.correctMark")}` : ""}` }))),
  );
}

export function questionsSection(questions: QuestionReport[]): HTMLElement {
  return el(
    "section",
    { className: "report-questions", attrs: { "aria-labelledby": "questions-title" } },
    el("h2", { text: t("reports.questionsTitle"), attrs: { id: "questions-title" } }),
    el("ol", { className: "question-reports" }, ...questions.map(questionCard)),
  );
}

export function playersSection(players: PlayerReport[], questionsPlayed: number): HTMLElement {
  const header = el(
    "tr",
    {},
    el("th", { text: t("reports.player"), attrs: { scope: "col" } }),
    el("th", { text: t("reports.score"), attrs: { scope: "col" } }),
    el("th", { text: t("reports.correct"), attrs: { scope: "col" } }),
    ...Array.from({ length: questionsPlayed }, (_, i) => el("th", { text: `Q${i + 1}`, attrs: { scope: "col" } })),
  );
  const rows = players.map((player) =>
    el(
      "tr",
      { attrs: { "data-player": player.nickname } },
      el("th", { text: player.studentName && player.studentName !== player.nickname ? `${player.nickname} (${player.studentName})` : player.nickname, attrs: { scope: "row" } }),
      el("td", { text: formatNumber(player.score) }),
      el("td", { text: `${t("common.nOfTotal", { n: player.correct, total: player.answered })}${player.pollsAnswered > 0 ? ` · ${t("reports.polls", { n: player.pollsAnswered })}` : ""}` }),
      ...player.answers.map((answer) =>
        el(
          "td",
          {
            className: `answer-cell ${answerClass(answer)}`,
            attrs: { title: answer.answered ? t("reports.pointsIn", { n: answer.points, time: seconds(answer.answerTimeMs) }) : t("results.noAnswer") },
          },
          el("span", { className: "answer-mark", text: answerMark(answer) }),
          answer.answered ? el("span", { className: "answer-text", text: ` ${answer.answerText}`, attrs: authored }) : null,
        ),
      ),
    ),
  );
  return el(
    "section",
    { className: "report-players", attrs: { "aria-labelledby": "players-title" } },
    el("h2", { text: t("reports.playersTitle"), attrs: { id: "players-title" } }),
    el("p", { className: "hint print-only", text: t("reports.printKey") }),
    el("div", { className: "table-scroll" }, el("table", { className: "players-table" }, el("thead", {}, header), el("tbody", {}, ...rows))),
  );
}
