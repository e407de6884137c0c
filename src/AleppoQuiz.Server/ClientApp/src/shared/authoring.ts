// The teacher API's shapes (Features/Quizzes, Features/Authoring and Features/Articles on the server), as the
// library and the editor receive and send them.
import { t, type Key } from "./i18n";
import type { QuestionKind } from "./protocol";

export interface OptionDetail {
  index: number;
  text: string;
  correct: boolean;
}

export interface EvidenceDetail {
  articleId: string;
  outlet: string;
  quote: string;
  start: number;
  end: number;
}

export interface QuestionDetail {
  id: string;
  position: number;
  type: QuestionKind;
  skill: string;
  difficulty: Difficulty;
  timeLimitSeconds: number;
  points: number;
  prompt: string;
  /** The author's shorter wording for tools that cap a question's length (Kahoot: 120 characters). */
  shortPrompt?: string | null;
  options: OptionDetail[];
  correctOptions: number[];
  explanation: string;
  evidence: EvidenceDetail[];
  /** A type-answer question's accepted answers, canonical first; empty for the other kinds. */
  accepted: string[];
  /** The options keep their written order instead of being shuffled for each game. */
  keepOrder: boolean;
}

export interface QuizDetail {
  id: string;
  title: string;
  description: string;
  origin: string;
  isOwn: boolean;
  version: number;
  questions: QuestionDetail[];
}

export type Difficulty = "easy" | "medium" | "hard";

/** A question as the editor sends it (POST/PUT …/questions and POST /api/questions/check). */
export interface QuestionInput {
  type: QuestionKind;
  skill: string;
  difficulty: Difficulty;
  timeLimitSeconds: number;
  points: number;
  prompt: string;
  shortPrompt: string | null;
  options: { text: string; correct: boolean }[];
  explanation: string;
  evidence: { articleId: string; quote: string; start: number }[];
  /** Only for type-answer questions, which send no options. */
  accepted?: string[];
  /** Pins a choice question's written order. */
  keepOrder?: boolean;
}

export interface QuestionFindings {
  isValid: boolean;
  problems: string[];
  evidence: EvidenceDetail[];
}

export interface ArticleSummary {
  id: string;
  outlet: string;
  wireCredit: string;
  date: string;
  title: string;
  origin: string;
  isOwn: boolean;
}

export interface ArticleDetail extends ArticleSummary {
  titleSource: string;
  url: string | null;
  originalFile: string | null;
  text: string;
  /** Paragraphs (numbered from 1) that are photo captions, and the credit line's paragraph. */
  captionParagraphs: number[];
  creditLineParagraph: number | null;
}

export interface ImportedArticle {
  article: ArticleDetail;
  droppedLines: string[];
}

/** The skills a question can train, in the server's order, with the names teachers read. */
const skillKeys: [id: string, name: Key][] = [
  ["who-said-it", "skill.who-said-it"],
  ["which-outlet", "skill.which-outlet"],
  ["attributed-or-asserted", "skill.attributed-or-asserted"],
  ["numbers-disagree", "skill.numbers-disagree"],
  ["contradicting-claims", "skill.contradicting-claims"],
  ["who-blamed-whom", "skill.who-blamed-whom"],
  ["place-spellings", "skill.place-spellings"],
  ["corroboration", "skill.corroboration"],
];

export const skills: [id: string, name: string][] = skillKeys.map(([id, key]) => [id, t(key)]);

/** The validator writes its findings as clauses ("write the question"); shown alone, each reads as a sentence. */
export function asSentence(problem: string): string {
  const text = problem.trim();
  if (!text) return text;
  const capital = `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** A skill's name for people; an id the table does not know is spelled out from its words. */
export function skillName(skill: string): string {
  const known = skills.find(([id]) => id === skill)?.[1];
  if (known) return known;
  const words = skill.replace(/-/g, " ");
  return `${words[0]?.toUpperCase() ?? ""}${words.slice(1)}`;
}

export function editorUrl(quizId: string): string {
  return `/editor.html?quiz=${encodeURIComponent(quizId)}`;
}

/** The host screen with this quiz chosen (shown first and focused, not hosted until the teacher presses). */
export function hostUrl(quizId: string): string {
  return `/host.html?quiz=${encodeURIComponent(quizId)}`;
}
