// What the host screen knows about its game: built from GameCreated or from HostState after a refresh, then
// kept up to date by the server's messages.
import type { AnswerProgress, GameCreated, GamePhase, HostState, LeaderboardView, PlayerSummary, PodiumView, QuestionView, RevealView } from "../contract/hub";

export interface HostModel {
  pin: string;
  joinUrl: string;
  quizTitle: string;
  questionCount: number;
  phase: GamePhase;
  isPaused: boolean;
  /** Locked to newcomers by the host; players already in may still rejoin. */
  isLocked: boolean;
  pausedRemainingMs: number | null;
  /** In join order, kicked players removed. */
  players: Map<number, PlayerSummary>;
  question: QuestionView | null;
  progress: AnswerProgress | null;
  reveal: RevealView | null;
  leaderboard: LeaderboardView | null;
  podium: PodiumView | null;
}

export function modelFromCreated(created: GameCreated): HostModel {
  return {
    pin: created.pin,
    joinUrl: created.joinUrl,
    quizTitle: created.quizTitle,
    questionCount: created.questionCount,
    phase: "lobby",
    isPaused: false,
    isLocked: false,
    pausedRemainingMs: null,
    players: new Map(),
    question: null,
    progress: null,
    reveal: null,
    leaderboard: null,
    podium: null,
  };
}

export function modelFromState(state: HostState): HostModel {
  return {
    pin: state.pin,
    joinUrl: state.joinUrl,
    quizTitle: state.quizTitle,
    questionCount: state.questionCount,
    phase: state.phase,
    isPaused: state.isPaused,
    isLocked: state.isLocked,
    pausedRemainingMs: null,
    players: new Map(state.players.map((p) => [p.playerId, p])),
    question: state.question,
    progress: state.progress,
    reveal: state.reveal,
    leaderboard: state.leaderboard,
    podium: state.podium,
  };
}

export function connectedCount(model: HostModel): number {
  let count = 0;
  for (const player of model.players.values()) if (player.isConnected) count++;
  return count;
}
