// The claims map of a story (GET /api/story/claims on the server): who said what in each article, and where the
// outlets disagree. Every span (start, end) counts characters in its article's text.
import { api } from "../shared/api";

export interface StoryArticle {
  id: string;
  outlet: string;
  title: string;
}

export interface Statement {
  articleId: string;
  outlet: string;
  speaker: string | null;
  source: string | null;
  cue: string;
  content: string;
  kind: string;
  start: number;
  end: number;
}

export interface Evidence {
  articleId: string;
  outlet: string;
  quote: string;
  start: number;
  end: number;
}

export interface FigureConflict {
  quantity: string;
  allLowerBounds: boolean;
  figures: { outlet: string; value: string; givenBy: string | null; evidence: Evidence }[];
}

export interface Claim {
  statement: string;
  speaker: string | null;
  evidence: Evidence;
}

/** One proposition the sources disagree on, with every statement on each side (a voice once per outlet). */
export interface Contradiction {
  proposition: string;
  /** What precedes a denying voice: "No", or "No, pro-government forces did" when the denial blames another side. */
  denyingLabel: string;
  affirming: Claim[];
  denying: Claim[];
}

export interface SpellingGroup {
  spellings: { spelling: string; outlets: string[]; firstUse: Evidence }[];
}

export interface ClaimsMap {
  articles: StoryArticle[];
  statements: Statement[];
  figureConflicts: FigureConflict[];
  contradictions: Contradiction[];
  spellings: SpellingGroup[];
}

/** The map for these articles, or for the built-in story when none are chosen. */
export function loadClaims(articleIds: string[]): Promise<ClaimsMap> {
  const query = articleIds.length > 0 ? `?articles=${articleIds.map(encodeURIComponent).join(",")}` : "";
  return api<ClaimsMap>("GET", `/api/story/claims${query}`);
}

/** Opens an article with one span marked; the page supplies it so every part of the map can link to the text. */
export type ShowSpan = (span: Evidence, opener: HTMLElement) => void;
