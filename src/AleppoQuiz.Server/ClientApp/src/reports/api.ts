// The report endpoints' shapes and one fetch helper: a refusal becomes an Error carrying the server's sentence.
import { toApiError } from "../shared/api";
import { formatDecimal, formatPercent, t } from "../shared/i18n";

export interface GameListItem {
  id: string;
  kind: "live" | "practice";
  quizTitle: string;
  createdAt: string;
  endedAt: string | null;
  className: string | null;
  playerCount: number;
  answerCount: number;
  accuracy: number | null;
  averageScore: number;
  /** Ended by the server because nobody played on, not by the host. */
  abandoned: boolean;
}

export interface GameSummary extends GameListItem {
  questionsPlayed: number;
  questionCount: number;
  correctCount: number;
  averageAnswerTimeMs: number | null;
}

export interface OptionCount {
  id: number;
  text: string;
  isCorrect: boolean;
  count: number;
}

export interface QuestionReport {
  index: number;
  kind: string;
  prompt: string;
  skill: string;
  answered: number;
  correct: number;
  accuracy: number | null;
  averageAnswerTimeMs: number | null;
  distribution: OptionCount[];
}

export interface PlayerAnswer {
  questionIndex: number;
  answered: boolean;
  answerText: string;
  correct: boolean;
  points: number;
  answerTimeMs: number | null;
  /** A poll's answer: taking part, neither right nor wrong. */
  isPoll: boolean;
}

export interface PlayerReport {
  playerId: number;
  nickname: string;
  studentName: string | null;
  score: number;
  answered: number;
  correct: number;
  accuracy: number | null;
  answers: PlayerAnswer[];
  /** Polls answered, kept out of answered, correct and accuracy. */
  pollsAnswered: number;
}

export interface SkillFigures {
  skill: string;
  answered: number;
  correct: number;
  accuracy: number | null;
}

export interface ClassMastery {
  className: string;
  gameCount: number;
  skills: string[];
  class: SkillFigures[];
  students: { name: string; onRoster: boolean; skills: SkillFigures[] }[];
  /** How many of the class's games were abandoned; they count only when includesAbandoned. */
  abandonedGameCount: number;
  includesAbandoned: boolean;
}

export interface ClassSummary {
  id: string;
  name: string;
  code: string;
  studentCount: number;
}


export async function getJson<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json", ...headers } });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

export function percent(value: number | null): string {
  return value === null ? "–" : formatPercent(value);
}

export function seconds(ms: number | null): string {
  return ms === null ? "–" : t("common.seconds", { s: formatDecimal(ms / 1000) });
}

export { skillName } from "../shared/authoring";
