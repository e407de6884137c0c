// Everything the player view knows about its game, rebuilt from Joined.state after a refresh and kept up to date
// by the server's messages.
import type { WordRun } from "./wordrun";
import type { GamePhase, Joined, LeaderboardView, PlayerResult, PodiumView, QuestionView, RevealView } from "../contract/hub";

/**
 * An answer being put together for a multi, order, type-answer or find-the-evidence question; kept across redraws
 * such as pause and resume.
 */
export interface Draft {
  index: number;
  selected: Set<number>;
  order: number[];
  text: string;
  /** The words selected in a find-the-evidence passage. */
  run: WordRun | null;
}

/** An answer the server acknowledged: the options sent, or for a type-answer question the text. */
export interface SentAnswer {
  index: number;
  optionIds: number[];
  text?: string;
}

export interface PlayerModel {
  pin: string;
  playerId: number;
  nickname: string;
  phase: GamePhase;
  isPaused: boolean;
  pausedRemainingMs: number | null;
  score: number;
  rank: number | null;
  playerCount: number;
  question: QuestionView | null;
  /** The question index whose answer the server acknowledged. */
  answeredIndex: number | null;
  lastResult: PlayerResult | null;
  reveal: RevealView | null;
  leaderboard: LeaderboardView | null;
  podium: PodiumView | null;
  draft: Draft | null;
  /** What this player sent and the server acknowledged, shown back on the locked and reveal screens. */
  sent: SentAnswer | null;
}

export function modelFromJoined(joined: Joined): PlayerModel {
  const state = joined.state;
  return {
    pin: joined.pin,
    playerId: joined.playerId,
    nickname: joined.nickname,
    phase: state.phase,
    isPaused: state.isPaused,
    // Joined carries no remaining time for a paused question; the question view's own figures are the best guess.
    pausedRemainingMs: state.isPaused && state.question ? remainingOf(state.question) : null,
    score: state.score,
    rank: state.rank,
    playerCount: state.playerCount,
    question: state.question,
    answeredIndex: state.answeredCurrent && state.question ? state.question.index : null,
    lastResult: state.lastResult,
    reveal: state.reveal,
    leaderboard: null,
    podium: state.podium,
    draft: null,
    sent: null,
  };
}

/** A stored answer is read back only in the shape it was written in. */
export function isSentAnswer(value: unknown): value is SentAnswer & { pin: string } {
  const v = value as Partial<SentAnswer & { pin: string }> | null;
  return typeof v === "object" && v !== null && typeof v.pin === "string" && typeof v.index === "number" && Array.isArray(v.optionIds)
    && (v.text === undefined || typeof v.text === "string");
}

export function remainingOf(question: QuestionView): number {
  return question.phase === "question-preview" ? question.readingRemainingMs : question.answerRemainingMs;
}

/** The draft for `question`, starting fresh when the question changed. */
export function draftFor(model: PlayerModel, question: QuestionView): Draft {
  if (model.draft?.index !== question.index) {
    model.draft = { index: question.index, selected: new Set(), order: question.options.map((o) => o.id), text: "", run: null };
  }
  return model.draft;
}

/** Takes a rank and score from standings when this player is among those listed. */
export function applyStandings(model: PlayerModel, top: { playerId: number; rank: number; score: number }[], playerCount: number): void {
  model.playerCount = playerCount;
  const me = top.find((entry) => entry.playerId === model.playerId);
  if (me) {
    model.rank = me.rank;
    model.score = me.score;
  }
}
