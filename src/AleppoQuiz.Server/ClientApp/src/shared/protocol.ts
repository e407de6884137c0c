// The payloads of the real-time protocol (docs/realtime-protocol.md), as the browser receives them.

export type Phase = "lobby" | "question-preview" | "answering" | "reveal" | "leaderboard" | "podium" | "ended";

export type QuestionKind = "single" | "multi" | "true-false" | "order" | "type-answer" | "poll";

/** The longest typed answer the server takes (TypedAnswerMatcher.MaxLength). */
export const typedAnswerMaxLength = 100;

export interface OptionView {
  id: number;
  text: string;
}

export interface QuestionView {
  index: number;
  total: number;
  kind: QuestionKind;
  prompt: string;
  options: OptionView[];
  phase: Phase;
  timeLimitMs: number;
  pointsMultiplier: number;
  isPaused: boolean;
  answeringOpensAt: string | null;
  deadline: string | null;
  readingRemainingMs: number;
  answerRemainingMs: number;
}

export interface EvidencePassage {
  articleId: string;
  outlet: string;
  /** The outlet's published headline; null when the article only has an editor's title. */
  title: string | null;
  quote: string;
  passage: string;
  quoteStart: number;
  quoteEnd: number;
  /** "caption" for a photo caption, "credit" for the story's credit line, "story" for the outlet's reporting. */
  kind?: "story" | "caption" | "credit";
}

export interface RevealPayload {
  prompt: string;
  explanation: string;
  skill: string;
  evidence: EvidencePassage[];
}

export interface OptionTally {
  id: number;
  text: string;
  count: number;
  isCorrect: boolean;
}

/** One group of typed answers that match each other, written as the first of them was typed. */
export interface TypedAnswerTally {
  text: string;
  count: number;
  isAccepted: boolean;
}

export interface RevealView {
  index: number;
  total: number;
  kind: QuestionKind;
  /** Empty for a type-answer question; for a poll, every option with isCorrect false. */
  distribution: OptionTally[];
  /** Empty for type-answer and poll questions. */
  correctOptionIds: number[];
  /** For a type-answer question, what the class typed, grouped, most typed first; empty otherwise. */
  typedAnswers: TypedAnswerTally[];
  /** For a type-answer question, the accepted answers, canonical first; empty otherwise. */
  acceptedAnswers: string[];
  answeredCount: number;
  fullyCorrectCount: number;
  closeReason: "deadline" | "all-answered" | "skipped";
  revealPayload: RevealPayload | null;
}

export interface PlayerSummary {
  playerId: number;
  nickname: string;
  isConnected: boolean;
  score: number;
}

export interface PlayerResult {
  playerId: number;
  nickname: string;
  questionIndex: number;
  answered: boolean;
  correct: boolean;
  points: number;
  streakBonus: number;
  totalScore: number;
  rank: number;
  streak: number;
  answerTimeMs: number | null;
}

export interface LeaderboardEntry {
  rank: number;
  playerId: number;
  nickname: string;
  score: number;
  streak: number;
}

export interface LeaderboardView {
  afterQuestionIndex: number;
  total: number;
  playerCount: number;
  top: LeaderboardEntry[];
}

export interface PodiumView {
  playerCount: number;
  top: LeaderboardEntry[];
}

export interface AnswerProgress {
  questionIndex: number;
  answered: number;
  expected: number;
}

export interface GameCreated {
  pin: string;
  hostKey: string;
  joinUrl: string;
  quizId: string;
  quizTitle: string;
  questionCount: number;
}

export interface HostState {
  pin: string;
  joinUrl: string;
  quizTitle: string;
  questionCount: number;
  phase: Phase;
  isPaused: boolean;
  players: PlayerSummary[];
  question: QuestionView | null;
  progress: AnswerProgress | null;
  reveal: RevealView | null;
  leaderboard: LeaderboardView;
  podium: PodiumView | null;
  /** The host locked the game: nobody new can join. */
  isLocked: boolean;
}

export interface PlayerState {
  phase: Phase;
  isPaused: boolean;
  score: number;
  rank: number | null;
  playerCount: number;
  question: QuestionView | null;
  answeredCurrent: boolean;
  lastResult: PlayerResult | null;
  reveal: RevealView | null;
  podium: PodiumView | null;
}

export interface Joined {
  pin: string;
  playerId: number;
  nickname: string;
  playerToken: string;
  isRejoin: boolean;
  state: PlayerState;
}

export interface AnswerAck {
  outcome: "accepted" | "already-received";
  questionIndex: number;
}

export interface PausedMessage {
  phase: Phase;
  remainingMs: number;
}

export interface PlayerJoinedMessage extends PlayerSummary {
  isRejoin: boolean;
}

export interface QuizSummary {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  skills: string[];
  origin: string;
  /** The signed-in teacher's own quiz (false for the built-in templates). */
  isOwn: boolean;
  version: number;
}
