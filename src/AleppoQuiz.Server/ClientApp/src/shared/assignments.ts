// Homework (Features/Practice on the server): the teacher's assignments, and the link students open.
import { api } from "./api";
import type { AssignmentView } from "../contract/http";

export const listAssignments = (): Promise<AssignmentView[]> => api<AssignmentView[]>("GET", "/api/assignments");

export const createAssignment = (quizId: string, classId: string | null, deadline: string | null): Promise<AssignmentView> =>
  api<AssignmentView>("POST", "/api/assignments", { quizId, classId, deadline });

export const deleteAssignment = (id: string): Promise<void> => api<void>("DELETE", `/api/assignments/${encodeURIComponent(id)}`);

export function shareUrl(assignment: AssignmentView): string {
  return new URL(assignment.link, location.origin).toString();
}

export function resultsUrl(assignment: AssignmentView): string {
  return `/reports.html?assignmentId=${encodeURIComponent(assignment.id)}`;
}

/** Copies text, falling back to selecting it in its field when the clipboard is not available to the page. */
export async function copyText(text: string, field: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    return document.execCommand("copy");
  }
}
