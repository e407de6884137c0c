// What the server tells the host while a game runs, applied to the host's model; the page redraws after each.
import { t } from "../shared/i18n";
import type { GameHub } from "../shared/hub";
import type { HostModel } from "./model";
import { progressText } from "./question";
import type { QuestionView } from "../contract/hub";

export interface GameContext {
  model(): HostModel | null;
  render(): void;
  announce(text: string): void;
}

export function listenToGame(hub: GameHub, ctx: GameContext): void {
  const onQuestion = (question: QuestionView): void => {
    const model = ctx.model();
    if (!model) return;
    if (model.question?.index !== question.index) model.progress = null;
    Object.assign(model, { phase: question.phase, question, isPaused: question.isPaused, pausedRemainingMs: null });
    ctx.render();
  };

  hub.on("QuestionPreview", onQuestion);
  hub.on("AnsweringOpen", onQuestion);
  hub.on("Resumed", onQuestion);
  hub.on("Paused", (paused) => {
    const model = ctx.model();
    if (!model) return;
    Object.assign(model, { isPaused: true, pausedRemainingMs: paused.remainingMs });
    ctx.render();
  });
  hub.on("AnswerProgress", (progress) => {
    const model = ctx.model();
    if (!model) return;
    model.progress = progress;
    // Only the counter changes: redrawing the whole screen would restart the countdown and move focus.
    const counter = document.getElementById("answer-progress");
    if (counter) counter.textContent = progressText(progress, progress.expected);
  });
  hub.on("QuestionClosed", (reveal) => {
    const model = ctx.model();
    if (!model) return;
    Object.assign(model, { phase: "reveal", reveal, question: null, isPaused: false });
    const why = reveal.closeReason === "deadline" ? t("close.deadline") : reveal.closeReason === "all-answered" ? t("close.allAnswered") : t("close.closed");
    ctx.announce(`${why} ${t("close.gotItRight", { n: reveal.fullyCorrectCount, total: reveal.answeredCount })}`);
    ctx.render();
  });
  hub.on("Leaderboard", (leaderboard) => {
    const model = ctx.model();
    if (!model) return;
    Object.assign(model, { phase: "leaderboard", leaderboard });
    ctx.render();
  });
  hub.on("Podium", (podium) => {
    const model = ctx.model();
    if (!model) return;
    Object.assign(model, { phase: "podium", podium });
    ctx.render();
  });
  hub.on("GameEnded", (podium) => {
    const model = ctx.model();
    if (!model) return;
    Object.assign(model, { phase: "ended", podium, question: null });
    ctx.render();
  });
  hub.on("PlayerJoined", (joined) => {
    const model = ctx.model();
    if (!model) return;
    const { isRejoin, ...player } = joined;
    model.players.set(player.playerId, player);
    if (!isRejoin) ctx.announce(t("lobby.joined", { name: player.nickname }));
    if (model.phase === "lobby") ctx.render();
  });
  hub.on("PlayerLeft", ({ playerId }) => {
    const model = ctx.model();
    const player = model?.players.get(playerId);
    if (!model || !player) return;
    model.players.set(playerId, { ...player, isConnected: false });
    if (model.phase === "lobby") ctx.render();
  });
  hub.on("PlayerKicked", ({ playerId, nickname }) => {
    const model = ctx.model();
    if (!model) return;
    model.players.delete(playerId);
    ctx.announce(t("lobby.removed", { name: nickname }));
    if (model.phase === "lobby") ctx.render();
  });
}
