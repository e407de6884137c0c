// The teacher's homework: each assignment with its class, deadline and attempts, the link to share, its results
// in the reports, and Delete (the link stops working; attempts stay in the reports).
import { formatDate, t } from "../shared/i18n";
import { messageOf } from "../shared/api";
import { deleteAssignment, resultsUrl, shareUrl } from "../shared/assignments";
import { authored, button, el } from "../shared/dom";
import type { Notices } from "../shared/notices";
import { shareLink } from "./sharelink";
import type { AssignmentView } from "../contract/http";

function when(iso: string): string {
  return formatDate(iso);
}

function assignmentItem(a: AssignmentView, notices: Notices, refresh: () => void): HTMLLIElement {
  const name = `“${a.quizTitle}”`;
  const remove = (): void => {
    if (!window.confirm(t("homework.confirmDelete", { name }))) return;
    deleteAssignment(a.id)
      .then(() => {
        notices.announce(t("homework.deleted", { name }));
        refresh();
      })
      .catch((error: unknown) => notices.error(messageOf(error)));
  };
  const closed = a.deadline !== null && new Date(a.deadline).getTime() <= Date.now();
  return el(
    "li",
    { className: "card assignment-row", attrs: { "data-assignment-id": a.id } },
    el("h3", { text: a.quizTitle, attrs: authored }),
    el(
      "p",
      { className: "quiz-meta" },
      `${a.className ?? t("homework.noClass")} · ${a.deadline ? t(closed ? "homework.closed" : "homework.due", { when: when(a.deadline) }) : t("homework.noDeadline")} · `,
      el("span", { className: "attempts", text: t("homework.attempts", { n: a.attempts }) }),
    ),
    shareLink(`link-${a.id}`, shareUrl(a), t("homework.linkFor", { name }), notices),
    el(
      "div",
      { className: "row-actions" },
      el("a", { className: "btn btn-secondary btn-small", text: t("homework.results"), attrs: { href: resultsUrl(a), "aria-label": `${t("homework.results")} ${name}` } }),
      button(t("common.delete"), remove, "btn btn-danger btn-small", { "aria-label": `${t("common.delete")} ${name}` }),
    ),
  );
}

export function assignmentList(assignments: AssignmentView[], notices: Notices, refresh: () => void): HTMLElement {
  if (assignments.length === 0) return el("p", { className: "hint empty", text: t("homework.none") });
  return el("ul", { className: "quiz-rows", attrs: { "aria-label": t("library.homework") } }, ...assignments.map((a) => assignmentItem(a, notices, refresh)));
}
