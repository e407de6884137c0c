// Mastery by skill for one class: a chart of the class's accuracy per skill and a table, student by skill.
import { el } from "../shared/dom";
import { percent, skillName, type ClassMastery } from "./api";
import { barChart } from "./charts";

export function masterySection(mastery: ClassMastery): HTMLElement {
  const bars = mastery.class.map((figures) => ({
    label: skillName(figures.skill),
    value: figures.accuracy ?? 0,
    caption: `${percent(figures.accuracy)} (${figures.answered})`,
    tone: (figures.accuracy ?? 0) >= 0.5 ? ("right" as const) : ("wrong" as const),
  }));
  const header = el("tr", {}, el("th", { text: "Student", attrs: { scope: "col" } }), ...mastery.skills.map((s) => el("th", { text: skillName(s), attrs: { scope: "col" } })));
  const rows = mastery.students.map((student) =>
    el(
      "tr",
      {},
      el("th", { text: student.onRoster ? student.name : `${student.name} (left the roster)`, attrs: { scope: "row" } }),
      ...student.skills.map((f) => el("td", { text: f.answered === 0 ? "–" : `${percent(f.accuracy)} of ${f.answered}` })),
    ),
  );
  return el(
    "section",
    { className: "card report-mastery", attrs: { "aria-labelledby": "mastery-title" } },
    el("h1", { text: `Mastery by skill · ${mastery.className}`, attrs: { id: "mastery-title" } }),
    el("p", { className: "lead", text: `Across ${mastery.gameCount} game${mastery.gameCount === 1 ? "" : "s"}, live and practice: the share of answers that were right.` }),
    mastery.skills.length > 0 ? barChart("Class accuracy by skill", bars, 1) : el("p", { text: "No answers yet." }),
    el("div", { className: "table-scroll" }, el("table", { className: "mastery-table" }, el("thead", {}, header), el("tbody", {}, ...rows))),
  );
}
