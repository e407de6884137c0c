// The teacher's homework: each assignment with its class, deadline and attempts, the link to share, its results
// in the reports, and Delete (the link stops working; attempts stay in the reports).
import { messageOf } from "../shared/api";
import { deleteAssignment, resultsUrl, shareUrl, type AssignmentView } from "../shared/assignments";
import { button, el } from "../shared/dom";
import type { Notices } from "../shared/notices";
import { shareLink } from "./sharelink";

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

function assignmentItem(a: AssignmentView, notices: Notices, refresh: () => void): HTMLLIElement {
  const name = `“${a.quizTitle}”`;
  const remove = (): void => {
    if (!window.confirm(`Delete the homework ${name}? Its link stops working; the attempts already made stay in your reports.`)) return;
    deleteAssignment(a.id)
      .then(() => {
        notices.announce(`Deleted the homework ${name}.`);
        refresh();
      })
      .catch((error: unknown) => notices.error(messageOf(error)));
  };
  const closed = a.deadline !== null && new Date(a.deadline).getTime() <= Date.now();
  return el(
    "li",
    { className: "card assignment-row", attrs: { "data-assignment-id": a.id } },
    el("h3", { text: a.quizTitle }),
    el(
      "p",
      { className: "quiz-meta" },
      `${a.className ?? "No class"} · ${a.deadline ? `${closed ? "closed" : "due"} ${when(a.deadline)}` : "no deadline"} · `,
      el("span", { className: "attempts", text: `${a.attempts} ${a.attempts === 1 ? "attempt" : "attempts"}` }),
    ),
    shareLink(`link-${a.id}`, shareUrl(a), `Homework link for ${name}`, notices),
    el(
      "div",
      { className: "row-actions" },
      el("a", { className: "btn btn-secondary btn-small", text: "Results", attrs: { href: resultsUrl(a), "aria-label": `Results of the homework ${name}` } }),
      button("Delete", remove, "btn btn-danger btn-small", { "aria-label": `Delete the homework ${name}` }),
    ),
  );
}

export function assignmentList(assignments: AssignmentView[], notices: Notices, refresh: () => void): HTMLElement {
  if (assignments.length === 0) return el("p", { className: "hint empty", text: "No homework set yet. Choose “Assign as homework” on a quiz." });
  return el("ul", { className: "quiz-rows", attrs: { "aria-label": "Homework" } }, ...assignments.map((a) => assignmentItem(a, notices, refresh)));
}
