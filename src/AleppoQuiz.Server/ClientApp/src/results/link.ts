// The link to a player's own results. The token goes in the fragment (after #), which browsers never send to a
// server, so it stays between this browser and whoever the student shares the link with.
import { t } from "../shared/i18n";

export function resultsHref(gameId: string, token: string): string {
  return `/results.html?game=${encodeURIComponent(gameId)}#token=${encodeURIComponent(token)}`;
}

export function resultsLink(gameId: string, token: string): HTMLElement {
  const paragraph = document.createElement("p");
  paragraph.className = "results-link";
  const link = document.createElement("a");
  link.className = "btn btn-secondary btn-block";
  link.href = resultsHref(gameId, token);
  link.textContent = t("results.link");
  paragraph.append(link);
  return paragraph;
}
