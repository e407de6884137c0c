// The player's screens between answers: waiting, reading, locked in, the reveal, standings and the end.
import { authored, authoredText, el } from "../shared/dom";
import { formatNumber, ordinal, t, tParts } from "../shared/i18n";
import { explanationSection } from "../shared/evidence";
import { optionClass, optionLabel, questionCounter } from "../shared/options";
import type { PlayerModel, SentAnswer } from "./model";
import { quoteOf, quoted } from "../shared/passage";
import { markedPassage, passageLegend } from "../shared/passagereveal";
import { isFindEvidence, revealPassage } from "../shared/evidencekind";
import type { LeaderboardEntry, PlayerResult, QuestionKind, QuestionView, RevealView } from "../contract/hub";

export function messageScreen(title: string, text: string, className = ""): HTMLElement {
  return el("section", { className: `card screen ${className}` }, el("h1", { text: title }), el("p", { className: "lead", text }));
}

export function lobbyScreen(model: PlayerModel): HTMLElement {
  return el(
    "section",
    { className: "card screen lobby-wait" },
    el("h1", { text: t("player.in") }),
    el("p", { className: "my-name", text: model.nickname, attrs: authored }),
    el("p", { className: "lead", text: t("player.startsSoon") }),
  );
}

/**
 * A question's heading: the counter and countdown (`timer` is the element the countdown writes into), kept in view
 * on a phone while the student scrolls through long options, then the prompt.
 */
export function questionHeader(question: QuestionView, timer: HTMLElement, timerLabel: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(
    el(
      "header",
      { className: "question-head" },
      questionCounter(question.index, question.total),
      el("div", { className: "timer-box" }, el("span", { className: "timer-label", text: timerLabel }), timer),
    ),
    el("h1", { className: "prompt", text: question.prompt, attrs: authored }),
  );
  return fragment;
}

function correctAnswers(reveal: RevealView): HTMLElement {
  const ids = reveal.correctOptionIds;
  const positionOf = (id: number): number => reveal.distribution.findIndex((o) => o.id === id);
  const items = ids.map((id) => {
    const position = positionOf(id);
    const item = el("li", { className: `correct-option ${optionClass(position)}` });
    item.append(optionLabel(position, reveal.distribution[position]?.text ?? ""));
    return item;
  });
  const title = reveal.kind === "order" ? t("reveal.rightOrder") : ids.length > 1 ? t("player.rightAnswers") : t("results.rightAnswer");
  return el("section", { className: "correct-answers", attrs: { "aria-label": title } }, el("h2", { text: title }), el(reveal.kind === "order" ? "ol" : "ul", {}, ...items));
}

/** The options this player sent, drawn like the right answers so the two can be compared at a glance. */
export function yourAnswer(options: { id: number; text: string }[], ids: number[], ordered: boolean, title = t("results.yourAnswer")): HTMLElement {
  // An order is shown as sent; a set of picks is shown in the order the options stood on the screen.
  const shown = ordered ? ids : [...ids].sort((a, b) => options.findIndex((o) => o.id === a) - options.findIndex((o) => o.id === b));
  const items = shown.map((id) => {
    const position = Math.max(0, options.findIndex((o) => o.id === id));
    const item = el("li", { className: `correct-option ${optionClass(position)}` });
    item.append(optionLabel(position, options[position]?.text ?? ""));
    return item;
  });
  return el("section", { className: "correct-answers your-answer", attrs: { "aria-label": title } }, el("h2", { text: title }), el(ordered ? "ol" : "ul", {}, ...items));
}

/** What this player typed; at the reveal (`accepted` known) marked as accepted or not. */
function yourTyped(text: string, accepted: boolean | null): HTMLElement {
  const mark = accepted === null ? null : el("span", { className: `typed-verdict ${accepted ? "is-right" : "is-wrong"}`, text: accepted ? t("kind.typedRight") : t("kind.typedWrong") });
  // The words typed are the player's own, not the interface's: only the frame around them is translated.
  const typed = el("span", { className: "typed-text" }, ...tParts("kind.youTyped", { text: authoredText(text) }));
  return el("p", { className: "your-typed" }, typed, mark ? " " : null, mark);
}

/** The words this player selected in a find-the-evidence passage, quoted. */
export function yourSelection(words: { id: number; text: string }[], ids: number[]): HTMLElement {
  return el("p", { className: "your-selection" }, ...tParts("evidence.youSelected", { words: quoted(quoteOf(words, ids)) }));
}

/** The answer this player sent, as the locked screen shows it: the options picked, the words typed or selected. */
export function sentAnswer(kind: QuestionKind, options: { id: number; text: string }[], sent: SentAnswer): HTMLElement {
  if (kind === "type-answer") return yourTyped(sent.text ?? "", null);
  if (isFindEvidence(kind)) return yourSelection(options, sent.optionIds);
  return yourAnswer(options, sent.optionIds, kind === "order", kind === "poll" ? t("kind.youPicked") : t("results.yourAnswer"));
}

function acceptedAnswers(reveal: RevealView): HTMLElement {
  const title = t("kind.accepted", { n: reveal.acceptedAnswers.length });
  return el(
    "section",
    { className: "accepted-answers", attrs: { "aria-label": title } },
    el("h2", { text: title }),
    el("ul", {}, ...reveal.acceptedAnswers.map((text) => el("li", { className: "accepted-answer", text, attrs: authored }))),
  );
}

function verdict(result: PlayerResult | null, kind: QuestionKind): { title: string; className: string } {
  // A poll has no right answer, so nobody is ever told they were wrong, not even for not voting.
  if (kind === "poll") return { title: result?.answered ? t("kind.pollThanks") : t("kind.pollNoVote"), className: "verdict-poll" };
  if (!result) return { title: t("player.answerIn"), className: "verdict-neutral" };
  if (!result.answered) return { title: t("verdict.none"), className: "verdict-wrong" };
  if (result.correct) return { title: t("verdict.right"), className: "verdict-right" };
  if (result.points > 0) return { title: t("verdict.partial"), className: "verdict-partial" };
  return { title: t("verdict.wrong"), className: "verdict-wrong" };
}

/** The passage with the evidence framed and this player's own words marked. */
function evidenceReveal(reveal: RevealView, sent: SentAnswer | null): HTMLElement {
  const words = reveal.distribution.map((tally) => ({ id: tally.id, text: tally.text }));
  const yours = sent?.optionIds ?? [];
  return el(
    "section",
    { className: "fe-reveal", attrs: { "aria-label": t("evidence.theEvidence") } },
    yours.length > 0 ? yourSelection(words, yours) : null,
    markedPassage(words, revealPassage(reveal), { evidence: reveal.correctOptionIds, yours }),
    passageLegend(false),
  );
}

export function revealScreen(model: PlayerModel, reveal: RevealView): HTMLElement {
  const result = model.lastResult?.questionIndex === reveal.index ? model.lastResult : null;
  const { title, className } = verdict(result, reveal.kind);
  const sent = model.sent?.index === reveal.index ? model.sent : null;
  const poll = reveal.kind === "poll";
  const typed = reveal.kind === "type-answer";
  const findEvidence = isFindEvidence(reveal.kind);
  const points = result && !poll
    ? el(
        "p",
        { className: "points" },
        t("verdict.points", { n: result.points }),
        result.streakBonus > 0 ? el("span", { className: "streak", text: ` ${t("player.streakBonus", { n: result.streakBonus })}` }) : null,
      )
    : null;
  // The player count is only as fresh as the last standings, so the reveal gives the rank alone.
  const standing = result ? el("p", { className: "standing", text: t("player.standing", { rank: ordinal(result.rank), score: formatNumber(result.totalScore) }) }) : null;
  return el(
    "section",
    { className: `screen reveal ${className}`, attrs: { "data-verdict": className } },
    el("div", { className: "card verdict" }, questionCounter(reveal.index, reveal.total), el("h1", { text: title }), points, standing),
    el(
      "div",
      { className: "card" },
      el("p", { className: "reveal-prompt", text: reveal.revealPayload?.prompt ?? "", attrs: authored }),
      sent && typed ? yourTyped(sent.text ?? "", result?.correct ?? null) : null,
      sent && !typed && !findEvidence ? sentAnswer(reveal.kind, reveal.distribution, sent) : null,
      findEvidence ? evidenceReveal(reveal, sent) : typed ? acceptedAnswers(reveal) : poll ? null : correctAnswers(reveal),
      // The framed passage is this question's evidence; the explanation says why without quoting it again.
      explanationSection(findEvidence && reveal.revealPayload ? { ...reveal.revealPayload, evidence: [] } : reveal.revealPayload, "h2", poll ? t("kind.pollDiscuss") : undefined),
    ),
  );
}

function standingsList(top: LeaderboardEntry[], me: number): HTMLOListElement {
  return el(
    "ol",
    { className: "standings" },
    ...top.map((entry) =>
      el(
        "li",
        { className: entry.playerId === me ? "me" : "", attrs: { value: String(entry.rank) } },
        el("span", { className: "name", text: entry.nickname, attrs: authored }),
        el("span", { className: "score", text: formatNumber(entry.score) }),
      ),
    ),
  );
}

export function leaderboardScreen(model: PlayerModel): HTMLElement {
  const rank = model.rank;
  return el(
    "section",
    { className: "card screen" },
    el("h1", { text: rank ? t("player.rank", { rank: ordinal(rank) }) : t("player.standings") }),
    el("p", { className: "lead", text: `${t("common.points", { n: model.score })} · ${t("common.players", { n: model.playerCount })}` }),
    model.leaderboard ? el("h2", { text: t("player.top") }) : null,
    model.leaderboard ? standingsList(model.leaderboard.top, model.playerId) : null,
  );
}

export function finalScreen(model: PlayerModel): HTMLElement {
  const rank = model.rank;
  return el(
    "section",
    { className: "card screen final" },
    el("p", { className: "counter", text: model.phase === "ended" ? t("player.gameOver") : t("player.finalResults") }),
    el("h1", { text: rank ? t("player.finished", { rank: ordinal(rank) }) : t("player.thanks") }),
    el("p", { className: "lead final-rank", attrs: rank ? { "data-rank": String(rank) } : {}, text: `${t("common.points", { n: model.score })} · ${t("common.players", { n: model.playerCount })}` }),
    model.podium ? el("h2", { text: t("standings.podiumLabel") }) : null,
    model.podium ? standingsList(model.podium.top, model.playerId) : null,
  );
}
