// The host screen: picks a quiz, runs the game from the projector and re-attaches after a refresh with the host
// key kept in this tab's session storage. Hosting needs a signed-in teacher, so a signed-out visitor is sent to
// sign in and back first.
import { t } from "../shared/i18n";
import "../shared/language";
import { Countdown, timerElement } from "../shared/countdown";
import { messageOf } from "../shared/api";
import { byId, focusHeading, redrawKeepingFocus, replace } from "../shared/dom";
import { asRefusal, GameHub, type ConnectionStatus, type Refusal } from "../shared/hub";
import { requireTeacher, signInUrl } from "../shared/session";
import { forget, isTicket, load, save } from "../shared/storage";
import { showTeacherBar } from "../shared/teacherbar";
import { fitToWindow } from "../shared/fit";
import { listClasses } from "../shared/classes";
import { classChoice, rememberClass, rememberedClass, type ClassChoice } from "./classchoice";
import { lockControl } from "./access";
import { lobbyScreen } from "./lobby";
import { listenToGame } from "./messages";
import { connectedCount, modelFromCreated, modelFromState, type HostModel } from "./model";
import { fetchQuizzes, pickerScreen } from "./picker";
import { progressText, questionScreen } from "./question";
import { revealScreen } from "./reveal";
import { leaderboardScreen, podiumScreen } from "./standings";
import type { QuizSummary } from "../contract/http";
import type { HubMethods } from "../contract/hub";

const ticketKey = "aleppoquiz.host";
const app = byId("app");
const status = byId("status");
const errorBox = byId("host-error");
const resultsLive = byId("results-live");
const countdown = new Countdown(byId("timer-live"), (n: number) => t("timer.left", { n }));
// A quiz picked in the library arrives as ?quiz=…; it is shown first and focused, not hosted unasked.
const chosenQuizId = new URLSearchParams(location.search).get("quiz");
// A class chosen on the classes page arrives as ?class=…, preselected in the class picker.
const chosenClassId = new URLSearchParams(location.search).get("class");

let model: HostModel | null = null;
let shownScreen = "";
let classes: ClassChoice | null = null;

const hub = new GameHub({ onReconnected: () => void attach(), onStatus: showStatus });

function showStatus(state: ConnectionStatus): void {
  status.textContent = state === "reconnecting" ? t("connection.reconnecting") : state === "disconnected" ? t("connection.disconnected") : "";
  status.hidden = status.textContent === "";
}

function showError(text: string): void {
  errorBox.textContent = text;
  errorBox.hidden = text === "";
}

/** An expired sign-in goes back through the sign-in page; any other refusal is shown. */
function refused(refusal: Refusal): void {
  if (refusal.code === "signed-out") location.assign(signInUrl());
  else showError(refusal.sentence);
}

/** Runs a host command; a refusal is shown on screen, and nothing changes in the game. */
function command<K extends keyof HubMethods>(method: K, ...args: HubMethods[K]["args"]): void {
  showError("");
  hub.invoke(method, ...args).catch((error: unknown) => refused(asRefusal(error)));
}

async function showPicker(notice: string | null): Promise<void> {
  countdown.stop();
  fitToWindow(null);
  model = null;
  shownScreen = "picker";
  try {
    // Without classes (or when they cannot be loaded) the picker is the plain one: games are open to nicknames.
    const [quizzes, list] = await Promise.all([fetchQuizzes(), listClasses().catch(() => [])]);
    classes = classChoice(list, chosenClassId);
    replace(app, pickerScreen(quizzes, hostQuiz, notice, chosenQuizId, classes?.element ?? null));
  } catch (error) {
    replace(app, pickerScreen([], hostQuiz, messageOf(error)));
  }
  const chosen = app.querySelector<HTMLButtonElement>("[data-chosen] button:not(:disabled)");
  if (chosen) chosen.focus();
  else focusHeading(app);
}

function hostQuiz(quiz: QuizSummary): void {
  showError("");
  const schoolClass = classes?.chosen() ?? null;
  const created = schoolClass ? hub.invoke("CreateClassGame", quiz.id, schoolClass.id) : hub.invoke("CreateGame", quiz.id);
  created
    .then((created) => {
      save(sessionStorage, ticketKey, { pin: created.pin, secret: created.hostKey });
      rememberClass(schoolClass);
      model = modelFromCreated(created);
      render();
    })
    .catch((error: unknown) => refused(asRefusal(error)));
}

async function attach(): Promise<void> {
  const ticket = load(sessionStorage, ticketKey, isTicket);
  if (!ticket) return;
  try {
    model = modelFromState(await hub.invoke("AttachHost", ticket.pin, ticket.secret));
    shownScreen = "";
    render();
  } catch (error) {
    const refusal = asRefusal(error);
    if (refusal.code === "signed-out") return refused(refusal);
    if (refusal.code !== "connection") forget(sessionStorage, ticketKey);
    await showPicker(refusal.sentence);
  }
}

function nextLabel(m: HostModel): string {
  if (m.phase === "reveal") return t("host.showLeaderboard");
  const last = (m.leaderboard?.afterQuestionIndex ?? m.reveal?.index ?? 0) + 1 >= m.questionCount;
  return last ? t("host.showPodium") : t("host.nextQuestion");
}

const next = (): void => command("Next");

/** Locks or unlocks the game; the button changes once the server has taken the command. */
function setLocked(locked: boolean): void {
  showError("");
  hub
    .invoke(locked ? "LockGame" : "UnlockGame")
    .then(() => {
      if (!model) return;
      model.isLocked = locked;
      render();
    })
    .catch((error: unknown) => refused(asRefusal(error)));
}

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
        if (window.confirm(t("host.confirmEnd"))) command("EndGame");
      },
    });
    const remaining = question.phase === "question-preview" ? question.readingRemainingMs : question.answerRemainingMs;
    if (m.isPaused) countdown.freeze(timer, m.pausedRemainingMs ?? remaining);
    else countdown.start(timer, remaining);
  } else {
    countdown.stop();
    if (m.phase === "reveal" && m.reveal) screen = revealScreen(m.reveal, next, nextLabel(m));
    else if (m.phase === "leaderboard" && m.leaderboard) {
      const afterPoll = m.reveal?.kind === "poll" && m.reveal.index === m.leaderboard.afterQuestionIndex;
      screen = leaderboardScreen(m.leaderboard, next, nextLabel(m), afterPoll ? t("kind.pollLeaderboard") : null);
    }
    else if ((m.phase === "podium" || m.phase === "ended") && m.podium) {
      const ended = m.phase === "ended";
      screen = podiumScreen(m.podium, ended, ended ? () => newGame() : next);
    } else {
      key = "lobby";
      screen = lobbyScreen(m, { start: () => command("StartGame"), kick: (p) => command("Kick", p.playerId), ban: (p) => command("Ban", p.playerId) }, rememberedClass());
    }
  }
  // Newcomers can be shut out in the lobby and while questions are played; the control sits with the screen's others.
  if (key === "lobby" || m.phase === "question-preview" || m.phase === "answering") {
    screen.querySelector(".controls")?.append(lockControl(m.isLocked, setLocked));
  }
  // Focus moves to the new heading only when the screen really changes; a redraw keeps it where it was.
  if (key === shownScreen) {
    redrawKeepingFocus(app, () => replace(app, screen));
  } else {
    replace(app, screen);
    focusHeading(app);
  }
  shownScreen = key;
  fitToWindow(key === "lobby" ? null : screen);
}

function newGame(): void {
  forget(sessionStorage, ticketKey);
  rememberClass(null);
  showError("");
  void showPicker(null);
}

listenToGame(hub, { model: () => model, render, announce: (text) => (resultsLive.textContent = text) });

void requireTeacher()
  .then((teacher) => {
    showTeacherBar(byId("teacher-bar"), teacher, showError);
    if (load(sessionStorage, ticketKey, isTicket)) void attach();
    else void showPicker(null);
  })
  .catch((error: unknown) => showError(messageOf(error)));
