// A find-the-evidence question in a game's report: how many found the evidence and how many partly, then the
// selections that missed it most often, so the teacher sees what the class took for the evidence instead.
import { t } from "../shared/i18n";
import { el } from "../shared/dom";
import { quoted } from "../shared/passage";
import type { QuestionReport } from "../contract/http";

export function evidenceFindings(question: QuestionReport): HTMLElement | null {
  const findings = question.evidence;
  if (!findings) return null;
  const missed = findings.commonWrongSelections;
  const title = t("reports.wrongSelections");
  return el(
    "div",
    { className: "evidence-findings" },
    el("p", { className: "found-figures", text: t("reports.foundFigures", { found: findings.found, partly: findings.partlyFound, answered: question.answered }) }),
    missed.length === 0
      ? el("p", { className: "hint", text: t("reports.noWrongSelections") })
      : el(
          "section",
          { attrs: { "aria-label": title } },
          el("h4", { text: title }),
          el(
            "ol",
            { className: "wrong-selections" },
            ...missed.map((selection) =>
              el(
                "li",
                { className: selection.partlyFound ? "is-partly" : "" },
                quoted(selection.text),
                el("span", { className: "selection-count", text: ` · ${t("reports.selectedBy", { n: selection.count })}` }),
                selection.partlyFound ? el("span", { className: "partly-tag", text: ` · ${t("evidence.partlyTag")}` }) : null,
              ),
            ),
          ),
        ),
  );
}
