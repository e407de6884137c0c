// The player view: joins a game, survives refreshes and reconnects by rejoining with the stored token, and
// draws whatever the game's phase asks for.
import "../shared/language";
import { Countdown, timerElement } from "../shared/countdown";
import { append, byId, el, focusHeading, redrawKeepingFocus, replace } from "../shared/dom";
import { t } from "../shared/i18n";
import { refusalSentence } from "../shared/refusals";
import { asRefusal, GameHub, type ConnectionStatus } from "../shared/hub";
import { forget, isTicket, load, save, type GameTicket } from "../shared/storage";
import { answerControls } from "./answer";
import { focusFirstEmpty, joinScreen } from "./join";
import { applyStandings, draftFor, isSentAnswer, modelFromJoined, remainingOf, type PlayerModel, type SentAnswer } from "./model";
import { finalScreen, leaderboardScreen, lobbyScreen, messageScreen, questionHeader, revealScreen, sentAnswer } from "./screens";
import { resultsLink } from "../results/link";
import { readOnlyPassage } from "../shared/passage";
import type { AnswerAck, Joined, PodiumView, QuestionView } from "../contract/hub";

const ticketKey = "aleppoquiz.player";
// The last acknowledged answer, so that a reload still shows "You typed: …" on the locked and reveal screens.
const sentKey = "aleppoquiz.player.sent";
const app = byId("app");
const me = byId("me");
const status = byId("status");
const resultsLive = byId("results-live");
const countdown = new Countdown(byId("timer-live"), (n: number) => t("timer.left", { n }));

let model: PlayerModel | null = null;
let shownScreen = "";
let answerError = "";
// The game and token behind this player's private results link, offered on the final screen.
let resultsFor: { gameId: string; token: string } | null = null;

const hub = new GameHub({ onReconnected: () => void rejoin(), onStatus: showStatus });

function showStatus(state: ConnectionStatus): void {
  status.textContent = state === "reconnecting" ? t("connection.reconnecting") : state === "disconnected" ? t("connection.rejoin") : "";
  status.hidden = status.textContent === "";
}

function announce(text: string): void {
  resultsLive.textContent = text;
}

function showJoin(notice: string | null, pin: string): void {
  countdown.stop();
  me.textContent = "";
  shownScreen = "join";
  replace(app, joinScreen({ join, suggest: (p) => hub.invoke("SuggestNickname", p) }, pin, notice));
  focusFirstEmpty();
}

async function join(pin: string, nickname: string): Promise<void> {
  const ticket = load(localStorage, ticketKey, isTicket);
  // Joining the same game again with a known token is a rejoin: the server keeps the name and score.
  const token = ticket?.pin === pin ? ticket.secret : null;
  const joined = await hub.invoke("Join", pin, nickname, token);
  adopt(joined);
}

function adopt(joined: Joined): void {
  const ticket: GameTicket = { pin: joined.pin, secret: joined.playerToken };
  save(localStorage, ticketKey, ticket);
  model = modelFromJoined(joined);
  const stored = load(localStorage, sentKey, isSentAnswer);
  if (stored?.pin === joined.pin) model.sent = stored.text === undefined ? { index: stored.index, optionIds: stored.optionIds } : { index: stored.index, optionIds: stored.optionIds, text: stored.text };
  resultsFor = { gameId: joined.gameId, token: joined.playerToken };
  shownScreen = "";
  render();
}

async function rejoin(): Promise<void> {
  const ticket = load(localStorage, ticketKey, isTicket);
  if (!ticket) return;
  try {
    adopt(await hub.invoke("Join", ticket.pin, "", ticket.secret));
  } catch (error) {
    const refusal = asRefusal(error);
    if (refusal.code !== "connection") forget(localStorage, ticketKey);
    showJoin(refusal.sentence, ticket.pin);
  }
}

function submit(question: QuestionView, optionIds: number[]): void {
  send(hub.invoke("SubmitAnswer", question.index, optionIds), (index) => ({ index, optionIds }));
}

function submitText(question: QuestionView, text: string): void {
  send(hub.invoke("SubmitTypedAnswer", question.index, text), (index) => ({ index, optionIds: [], text: text.trim() }));
}

/** Waits for the server's acknowledgement, then shows the answer back; a refusal is shown under the controls. */
function send(call: Promise<AnswerAck>, sent: (index: number) => SentAnswer): void {
  answerError = "";
  call
    .then((ack) => {
      if (!model) return;
      model.answeredIndex = ack.questionIndex;
      model.sent = sent(ack.questionIndex);
      save(localStorage, sentKey, { pin: model.pin, ...model.sent });
      if (model.phase === "answering") announce(t("player.lockedWait"));
      render();
    })
    .catch((error: unknown) => {
      answerError = asRefusal(error).sentence;
      shownScreen = "";
      render();
    });
}

function questionScreen(m: PlayerModel, question: QuestionView): HTMLElement {
  const timer = timerElement();
  const answering = question.phase === "answering";
  const locked = m.answeredIndex === question.index;
  const view = el("section", { className: "screen question" });
  view.append(questionHeader(question, timer, answering ? t("timer.timeLeft") : t("timer.opensIn")));
  if (m.isPaused) view.append(el("p", { className: "banner", text: t("player.paused") }));
  if (question.kind === "poll") view.append(el("p", { className: "kind-note", text: t("kind.pollNote") }));
  if (locked) {
    const sent = m.sent?.index === question.index ? m.sent : null;
    append(
      view,
      el("div", { className: "card locked" }, el("h2", { text: t("player.locked") }), el("p", { className: "lead", text: t("player.waitOthers") })),
      sent ? el("div", { className: "card" }, sentAnswer(question.kind, question.options, sent)) : null,
    );
  } else if (answering) {
    const controls = answerControls(question, draftFor(m, question), (ids) => submit(question, ids), (text) => submitText(question, text), announce);
    controls.setEnabled(!m.isPaused);
    view.append(controls.element);
    if (answerError) view.append(el("p", { className: "field-error", text: answerError, attrs: { role: "alert" } }));
  } else {
    view.append(el("p", { className: "lead get-ready", text: t("question.readFirst") }));
    // A passage can be read before answering opens: the words become selectable once it does.
    const passage = question.passage;
    if (passage) view.append(readOnlyPassage(question.options, passage));
  }
  if (m.isPaused) countdown.freeze(timer, m.pausedRemainingMs ?? remainingOf(question));
  else countdown.start(timer, remainingOf(question));
  return view;
}

function render(): void {
  const m = model;
  if (!m) return;
  me.textContent = t("player.header", { name: m.nickname, score: m.score });
  let screen: HTMLElement;
  let key: string = m.phase;
  if ((m.phase === "question-preview" || m.phase === "answering") && m.question) {
    key = `${m.phase}-${m.question.index}-${m.answeredIndex === m.question.index ? "locked" : "open"}`;
    screen = questionScreen(m, m.question);
  } else {
    countdown.stop();
    if (m.phase === "reveal" && m.reveal) screen = revealScreen(m, m.reveal);
    else if (m.phase === "leaderboard") screen = leaderboardScreen(m);
    else if (m.phase === "podium" || m.phase === "ended") {
      screen = finalScreen(m);
      if (resultsFor) screen.append(resultsLink(resultsFor.gameId, resultsFor.token));
    }
    else if (m.phase === "lobby") screen = lobbyScreen(m);
    else screen = messageScreen(t("player.waitingTitle"), t("player.waitingText"));
  }
  // Focus moves to the new heading only when the screen really changes; a redraw keeps it where it was.
  if (key === shownScreen) {
    redrawKeepingFocus(app, () => replace(app, screen));
  } else {
    replace(app, screen);
    focusHeading(app);
  }
  shownScreen = key;
}

function onQuestion(question: QuestionView): void {
  if (!model) return;
  if (model.question?.index !== question.index) answerError = "";
  Object.assign(model, { phase: question.phase, question, isPaused: question.isPaused, pausedRemainingMs: null });
  render();
}

hub.on("QuestionPreview", onQuestion);
hub.on("AnsweringOpen", onQuestion);
hub.on("Resumed", onQuestion);
hub.on("Paused", (paused) => {
  if (!model) return;
  Object.assign(model, { isPaused: true, pausedRemainingMs: paused.remainingMs });
  announce(t("player.pausedAnnounce"));
  render();
});
hub.on("QuestionClosed", (reveal) => {
  if (!model) return;
  Object.assign(model, { phase: "reveal", reveal, isPaused: false, question: null });
  render();
});
hub.on("YourResult", (result) => {
  if (!model) return;
  Object.assign(model, { lastResult: result, score: result.totalScore, rank: result.rank });
  const poll = model.reveal?.index === result.questionIndex && model.reveal.kind === "poll";
  announce(poll ? t("kind.pollAnnounce") : result.correct ? t("player.rightPlus", { n: result.points }) : result.points > 0 ? t("player.partlyPlus", { n: result.points }) : t("verdict.wrong"));
  render();
});
hub.on("Leaderboard", (board) => {
  if (!model) return;
  model.phase = "leaderboard";
  model.leaderboard = board;
  applyStandings(model, board.top, board.playerCount);
  render();
});
const onFinal = (phase: "podium" | "ended") => (podium: PodiumView) => {
  if (!model) return;
  Object.assign(model, { phase, podium, question: null });
  applyStandings(model, podium.top, podium.playerCount);
  render();
};
hub.on("Podium", onFinal("podium"));
hub.on("GameEnded", onFinal("ended"));
hub.on("Kicked", (kicked) => {
  forget(localStorage, ticketKey);
  model = null;
  showJoin(refusalSentence("kicked", kicked.message), "");
});

function start(): void {
  const pinInUrl = new URLSearchParams(location.search).get("pin")?.trim() ?? "";
  const ticket = load(localStorage, ticketKey, isTicket);
  if (ticket && (!pinInUrl || pinInUrl === ticket.pin)) {
    replace(app, messageScreen(t("player.rejoining"), t("player.rejoiningText")));
    void rejoin();
  } else {
    showJoin(null, pinInUrl);
  }
}

start();
