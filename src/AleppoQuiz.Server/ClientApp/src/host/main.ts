// The host screen: picks a quiz, runs the game from the projector and re-attaches after a refresh with the host
// key kept in this tab's session storage.
import { Countdown, timerElement } from "../shared/countdown";
import { byId, focusHeading, redrawKeepingFocus, replace } from "../shared/dom";
import { asRefusal, GameHub, type ConnectionStatus } from "../shared/hub";
import type {
  AnswerProgress,
  GameCreated,
  HostState,
  LeaderboardView,
  PausedMessage,
  PlayerJoinedMessage,
  PodiumView,
  QuestionView,
  QuizSummary,
  RevealView,
} from "../shared/protocol";
import { forget, isTicket, load, save } from "../shared/storage";
import { lobbyScreen } from "./lobby";
import { connectedCount, modelFromCreated, modelFromState, type HostModel } from "./model";
import { fetchQuizzes, pickerScreen } from "./picker";
import { progressText, questionScreen } from "./question";
import { revealScreen } from "./reveal";
import { leaderboardScreen, podiumScreen } from "./standings";

const ticketKey = "aleppoquiz.host";
const app = byId("app");
const status = byId("status");
const errorBox = byId("host-error");
const resultsLive = byId("results-live");
const countdown = new Countdown(byId("timer-live"), "left");

let model: HostModel | null = null;
let shownScreen = "";

const hub = new GameHub({ onReconnected: () => void attach(), onStatus: showStatus });

function showStatus(state: ConnectionStatus): void {
  status.textContent = state === "reconnecting" ? "Connection lost. Reconnecting…" : state === "disconnected" ? "Disconnected. Reload the page to carry on." : "";
  status.hidden = status.textContent === "";
}

function showError(text: string): void {
  errorBox.textContent = text;
  errorBox.hidden = text === "";
}

/** Runs a host command; a refusal is shown on screen, and nothing changes in the game. */
function command(method: string, ...args: unknown[]): void {
  showError("");
  hub.invoke<unknown>(method, ...args).catch((error: unknown) => showError(asRefusal(error).sentence));
}

async function showPicker(notice: string | null): Promise<void> {
  countdown.stop();
  model = null;
  shownScreen = "picker";
  try {
    replace(app, pickerScreen(await fetchQuizzes(), hostQuiz, notice));
  } catch (error) {
    replace(app, pickerScreen([], hostQuiz, error instanceof Error ? error.message : String(error)));
  }
  focusHeading(app);
}

function hostQuiz(quiz: QuizSummary): void {
  showError("");
  hub
    .invoke<GameCreated>("CreateGame", quiz.id)
    .then((created) => {
      save(sessionStorage, ticketKey, { pin: created.pin, secret: created.hostKey });
      model = modelFromCreated(created);
      render();
    })
    .catch((error: unknown) => showError(asRefusal(error).sentence));
}

async function attach(): Promise<void> {
  const ticket = load(sessionStorage, ticketKey, isTicket);
  if (!ticket) return;
  try {
    model = modelFromState(await hub.invoke<HostState>("AttachHost", ticket.pin, ticket.secret));
    shownScreen = "";
    render();
  } catch (error) {
    const refusal = asRefusal(error);
    if (refusal.code !== "connection") forget(sessionStorage, ticketKey);
    await showPicker(refusal.sentence);
  }
}

function nextLabel(m: HostModel): string {
  if (m.phase === "reveal") return "Show leaderboard";
  const last = (m.leaderboard?.afterQuestionIndex ?? m.reveal?.index ?? 0) + 1 >= m.questionCount;
  return last ? "Show the podium" : "Next question";
}

const next = (): void => command("Next");

function render(): void {
  const m = model;
  if (!m) return;
  let key: string = m.phase;
  let screen: HTMLElement;
  if ((m.phase === "question-preview" || m.phase === "answering") && m.question) {
    const question = m.question;
    key = `${m.phase}-${question.index}`;
    const timer = timerElement();
    const progress = progressText(m.progress?.questionIndex === question.index ? m.progress : null, connectedCount(m));
    screen = questionScreen(question, m.isPaused, progress, timer, {
      pause: () => command("Pause"),
      resume: () => command("Resume"),
      skip: () => command("Skip"),
      end: () => {
        if (window.confirm("End the game now and show the final standings?")) command("EndGame");
      },
    });
    const remaining = question.phase === "question-preview" ? question.readingRemainingMs : question.answerRemainingMs;
    if (m.isPaused) countdown.freeze(timer, m.pausedRemainingMs ?? remaining);
    else countdown.start(timer, remaining);
  } else {
    countdown.stop();
    if (m.phase === "reveal" && m.reveal) screen = revealScreen(m.reveal, next, nextLabel(m));
    else if (m.phase === "leaderboard" && m.leaderboard) screen = leaderboardScreen(m.leaderboard, next, nextLabel(m));
    else if ((m.phase === "podium" || m.phase === "ended") && m.podium) {
      const ended = m.phase === "ended";
      screen = podiumScreen(m.podium, ended, ended ? () => newGame() : next);
    } else {
      key = "lobby";
      screen = lobbyScreen(m, { start: () => command("StartGame"), kick: (p) => command("Kick", p.playerId) });
    }
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

function newGame(): void {
  forget(sessionStorage, ticketKey);
  showError("");
  void showPicker(null);
}

function onQuestion(question: QuestionView): void {
  if (!model) return;
  if (model.question?.index !== question.index) model.progress = null;
  Object.assign(model, { phase: question.phase, question, isPaused: question.isPaused, pausedRemainingMs: null });
  render();
}

hub.on<QuestionView>("QuestionPreview", onQuestion);
hub.on<QuestionView>("AnsweringOpen", onQuestion);
hub.on<QuestionView>("Resumed", onQuestion);
hub.on<PausedMessage>("Paused", (paused) => {
  if (!model) return;
  Object.assign(model, { isPaused: true, pausedRemainingMs: paused.remainingMs });
  render();
});
hub.on<AnswerProgress>("AnswerProgress", (progress) => {
  if (!model) return;
  model.progress = progress;
  // Only the counter changes: redrawing the whole screen would restart the countdown and move focus.
  const counter = document.getElementById("answer-progress");
  if (counter) counter.textContent = progressText(progress, progress.expected);
});
hub.on<RevealView>("QuestionClosed", (reveal) => {
  if (!model) return;
  Object.assign(model, { phase: "reveal", reveal, question: null, isPaused: false });
  const why = reveal.closeReason === "deadline" ? "Time's up." : reveal.closeReason === "all-answered" ? "Everyone has answered." : "Question closed.";
  resultsLive.textContent = `${why} ${reveal.fullyCorrectCount} of ${reveal.answeredCount} got it right.`;
  render();
});
hub.on<LeaderboardView>("Leaderboard", (leaderboard) => {
  if (!model) return;
  Object.assign(model, { phase: "leaderboard", leaderboard });
  render();
});
hub.on<PodiumView>("Podium", (podium) => {
  if (!model) return;
  Object.assign(model, { phase: "podium", podium });
  render();
});
hub.on<PodiumView>("GameEnded", (podium) => {
  if (!model) return;
  Object.assign(model, { phase: "ended", podium, question: null });
  render();
});
hub.on<PlayerJoinedMessage>("PlayerJoined", (joined) => {
  if (!model) return;
  const { isRejoin, ...player } = joined;
  model.players.set(player.playerId, player);
  if (!isRejoin) resultsLive.textContent = `${player.nickname} joined`;
  if (model.phase === "lobby") render();
});
hub.on<{ playerId: number }>("PlayerLeft", ({ playerId }) => {
  const player = model?.players.get(playerId);
  if (!model || !player) return;
  model.players.set(playerId, { ...player, isConnected: false });
  if (model.phase === "lobby") render();
});
hub.on<{ playerId: number; nickname: string }>("PlayerKicked", ({ playerId, nickname }) => {
  if (!model) return;
  model.players.delete(playerId);
  resultsLive.textContent = `${nickname} was removed`;
  if (model.phase === "lobby") render();
});

if (load(sessionStorage, ticketKey, isTicket)) void attach();
else void showPicker(null);
