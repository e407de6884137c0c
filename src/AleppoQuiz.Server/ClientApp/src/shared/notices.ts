// The two ways a teacher page talks back: a polite status line for what went right, and an alert for what went
// wrong. Both are in the page from the start, so screen readers announce changes to them.
import { byId } from "./dom";

export interface Notices {
  announce(text: string): void;
  error(text: string): void;
}

export function pageNotices(statusId = "page-status", errorId = "page-error"): Notices {
  const status = byId(statusId);
  const error = byId(errorId);
  return {
    announce: (text) => {
      status.textContent = text;
      error.textContent = "";
      error.hidden = true;
    },
    error: (text) => {
      error.textContent = text;
      error.hidden = text === "";
    },
  };
}
