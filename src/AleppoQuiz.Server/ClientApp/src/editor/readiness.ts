// Which saved questions would stop the quiz from being hosted. Saving always passes the validator, but a quiz
// imported from another tool arrives with questions that still lack evidence; the list marks those.
import { t } from "../shared/i18n";
import { api } from "../shared/api";
import { draftFrom, toInput } from "./draft";
import type { QuestionFindings, QuizDetail } from "../contract/http";

/** The findings of every question that is not ready, by question id; one check at a time, to spare the server. */
export async function unreadyQuestions(quiz: QuizDetail): Promise<Map<string, string[]>> {
  const unready = new Map<string, string[]>();
  for (const question of quiz.questions) {
    const findings = await api<QuestionFindings>("POST", "/api/questions/check", toInput(draftFrom(question)));
    if (!findings.isValid) unready.set(question.id, findings.problems);
  }
  return unready;
}

export function readinessSummary(unready: Map<string, string[]>): string {
  if (unready.size === 0) return "";
  return t("editor.unready", { n: unready.size });
}
