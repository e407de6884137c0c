// The claims map of a story (GET /api/story/claims on the server): who said what in each article, and where the
// outlets disagree. Every span (start, end) counts characters in its article's text.
import { api } from "../shared/api";
import type { ClaimsMap, EvidenceInfo } from "../contract/http";

/** The map for these articles, or for the built-in story when none are chosen. */
export function loadClaims(articleIds: string[]): Promise<ClaimsMap> {
  const query = articleIds.length > 0 ? `?articles=${articleIds.map(encodeURIComponent).join(",")}` : "";
  return api<ClaimsMap>("GET", `/api/story/claims${query}`);
}

/** Opens an article with one span marked; the page supplies it so every part of the map can link to the text. */
export type ShowSpan = (span: EvidenceInfo, opener: HTMLElement) => void;
