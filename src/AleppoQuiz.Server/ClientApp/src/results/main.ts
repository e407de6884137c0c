// A student's own results: each question with their answer, the right one, the explanation and the evidence.
import { formatNumber, t } from "../shared/i18n";
import "../shared/language";
import { authored, authoredText, byId, el, focusHeading, replace } from "../shared/dom";
import { explanationSection } from "../shared/evidence";
import { getJson } from "../reports/api";
import { messageOf } from "../shared/api";
import type { ResultQuestion, StudentResults } from "../contract/http";

const app = byId("app");

function questionCard(question: ResultQuestion): HTMLElement {
  // A poll has no right answer: taking part is all there is to report.
  const poll = question.kind === "poll";
  // Some credit without all of it (part of the evidence selected, half a multi-select) is partly right.
  const partly = !question.correct && question.points > 0;
  const verdict = poll ? (question.answered ? t("kind.pollCounted") : t("kind.pollSkipped")) : !question.answered ? t("results.noAnswer") : question.correct ? t("results.right") : partly ? t("verdict.partial") : t("results.notRight");
  const tone = poll ? "verdict-poll" : question.correct ? "verdict-right" : partly ? "verdict-partial" : "verdict-wrong";
  return el(
    "li",
    { className: `card result-question ${tone}`, attrs: { "data-question-index": String(question.index) } },
    el("h2", {}, `${formatNumber(question.index + 1)}. `, el("span", { text: question.prompt, attrs: authored })),
    el("p", { className: "verdict-line", text: `${verdict}${question.points > 0 ? ` · ${t("common.points", { n: question.points })}` : ""}` }),
    el(
      "dl",
      { className: "answers-compared" },
      el("dt", { text: t("results.yourAnswer") }),
      el("dd", { className: "your-answer", text: question.answered ? question.yourAnswerText : "—", attrs: authored }),
      poll ? null : el("dt", { text: question.kind === "type-answer" ? t("results.acceptedAnswer") : t("results.rightAnswer") }),
      poll ? null : el("dd", { className: "right-answer", text: question.correctAnswerText, attrs: authored }),
    ),
    explanationSection({ prompt: question.prompt, explanation: question.explanation, skill: question.skill, evidence: question.evidence }, "h3", poll ? t("kind.pollDiscuss") : undefined),
  );
}

async function start(): Promise<void> {
  const game = new URLSearchParams(location.search).get("game") ?? "";
  const token = new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  if (!game || !token) {
    // Opened without a player's link (a bookmark, a typed address): say what the page is for instead of a refusal.
    replace(app, el("section", { className: "card" }, el("h1", { text: t("results.aboutTitle") }), el("p", { className: "lead", text: t("results.about") }), el("p", {}, el("a", { className: "btn btn-primary", text: t("results.join"), attrs: { href: "/" } }))));
    focusHeading(app);
    return;
  }
  try {
    const results = await getJson<StudentResults>(`/api/results/${encodeURIComponent(game)}`, { "X-Player-Token": token });
    document.title = `AleppoQuiz · ${results.nickname} · ${results.quizTitle}`;
    replace(
      app,
      el(
        "section",
        { className: "card" },
        el("h1", { text: t("results.title", { name: results.nickname }) }),
        el(
          "p",
          { className: "lead" },
          authoredText(results.quizTitle),
          ` · ${t("results.summary", { correct: results.correct, total: results.questions.filter((q) => q.kind !== "poll").length, score: results.score })}`,
        ),
      ),
      el("ol", { className: "result-questions" }, ...results.questions.map(questionCard)),
    );
  } catch (error) {
    replace(app, el("section", { className: "card" }, el("h1", { text: t("results.none") }), el("p", { className: "field-error", attrs: { role: "alert" }, text: messageOf(error) })));
  }
  focusHeading(app);
}

void start();
