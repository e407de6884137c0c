// Mastery by skill for one class: a chart of the class's accuracy per skill and a table, student by skill.
import { formatNumber, t } from "../shared/i18n";
import { el } from "../shared/dom";
import { percent, skillName } from "./api";
import { barChart } from "./charts";
import type { ClassMastery } from "../contract/http";

export function masterySection(mastery: ClassMastery): HTMLElement {
  const bars = mastery.class.map((figures) => ({
    label: skillName(figures.skill),
    value: figures.accuracy ?? 0,
    caption: `${percent(figures.accuracy)} (${formatNumber(figures.answered)})`,
    tone: (figures.accuracy ?? 0) >= 0.5 ? ("right" as const) : ("wrong" as const),
  }));
  const header = el("tr", {}, el("th", { text: t("reports.student"), attrs: { scope: "col" } }), ...mastery.skills.map((s) => el("th", { text: skillName(s), attrs: { scope: "col" } })));
  const rows = mastery.students.map((student) =>
    el(
      "tr",
      {},
      el("th", { text: student.onRoster ? student.name : t("reports.leftRoster", { name: student.name }), attrs: { scope: "row" } }),
      ...student.skills.map((f) => el("td", { text: f.answered === 0 ? "–" : t("reports.percentOf", { percent: percent(f.accuracy), n: f.answered }) })),
    ),
  );
  return el(
    "section",
    { className: "card report-mastery", attrs: { "aria-labelledby": "mastery-title" } },
    el("h1", { text: t("reports.masteryTitle", { name: mastery.className }), attrs: { id: "mastery-title" } }),
    el("p", { className: "lead", text: t("reports.masteryLead", { n: mastery.gameCount }) }),
    mastery.skills.length > 0 ? barChart(t("reports.classAccuracy"), bars, 1) : el("p", { text: t("reports.noAnswers") }),
    el("div", { className: "table-scroll" }, el("table", { className: "mastery-table" }, el("thead", {}, header), el("tbody", {}, ...rows))),
  );
}
