// The practice endpoints' shapes and calls. The attempt token travels in a header, never in an address.
import { toApiError } from "../shared/api";

export interface PracticeQuestion {
  index: number;
  total: number;
  kind: string;
  prompt: string;
  options: { id: number; text: string }[];
  readingRemainingMs: number;
  answerRemainingMs: number;
}

export interface PracticeReveal {
  index: number;
  prompt: string;
  options: { id: number; text: string }[];
  correctOptionIds: number[];
  answered: boolean;
  yourAnswer: number[];
  correct: boolean;
  points: number;
  explanation: string;
  skill: string;
  evidence: import("../shared/protocol").EvidencePassage[];
  /** What the student typed, for a type-answer question. */
  yourText: string | null;
  /** A type-answer question's accepted answers, canonical first; empty otherwise. */
  acceptedAnswers: string[];
  kind: string;
}

export interface PracticeState {
  attemptId: string;
  phase: "question-preview" | "answering" | "reveal" | "finished";
  nickname: string;
  score: number;
  total: number;
  correct: number;
  question: PracticeQuestion | null;
  reveal: PracticeReveal | null;
  /** Questions that score: every one but the polls. */
  scored: number;
  polls: number;
  pollsAnswered: number;
}

export interface Attempt {
  attemptId: string;
  token: string;
}

export async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers["X-Player-Token"] = token;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(path, init);
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
