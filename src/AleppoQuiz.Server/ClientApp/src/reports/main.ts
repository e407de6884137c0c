// The teacher's report page: past games and classes; ?game=ID shows one game, ?class=ID a class's mastery.
import { formatDate, formatNumber, t } from "../shared/i18n";
import "../shared/language";
import { messageOf } from "../shared/api";
import { authored, byId, el, focusHeading, replace } from "../shared/dom";
import { getJson, percent } from "./api";
import { playersSection, questionsSection, summarySection } from "./game";
import { masterySection } from "./mastery";
import { currentTeacher } from "../shared/session";
import { showTeacherBar } from "../shared/teacherbar";
import type { ClassMastery, ClassSummary, GameListItem, GameSummary, PlayerReport, QuestionReport } from "../contract/http";

const app = byId("app");

function gameRow(game: GameListItem): HTMLElement {
  return el(
    "tr",
    {},
    el("td", {}, el("a", { text: game.quizTitle, attrs: { href: `?game=${encodeURIComponent(game.id)}`, ...authored } })),
    el("td", { text: formatDate(game.createdAt) }),
    el(
      "td",
      { text: game.kind === "practice" ? t("reports.practice") : t("reports.live") },
      game.abandoned ? el("span", { className: "badge abandoned", text: ` · ${t("reports.abandoned")}`, attrs: { title: t("reports.abandonedTitle") } }) : null,
    ),
    el("td", { text: game.className ?? "" }),
    el("td", { text: formatNumber(game.playerCount) }),
    el("td", { text: percent(game.accuracy) }),
    el("td", { text: formatNumber(Math.round(game.averageScore)) }),
  );
}

// ?classId=… or ?assignmentId=… narrow the past games to one class or one homework (links from the classes page
// and the library); the filter is named above the table with a way back to every game.
async function showList(query: URLSearchParams): Promise<void> {
  const filter = new URLSearchParams();
  for (const name of ["classId", "assignmentId"]) {
    const value = query.get(name);
    if (value) filter.set(name, value);
  }
  const [games, classes] = await Promise.all([getJson<GameListItem[]>(`/api/reports/games?${filter.toString()}`), getJson<ClassSummary[]>("/api/classes")]);
  const filtered = filter.toString() !== "";
  const forClass = classes.find((c) => c.id === filter.get("classId"));
  const filterLine = filtered
    ? el("p", {}, `${forClass ? t("reports.onlyClass", { name: forClass.name }) : filter.has("assignmentId") ? t("reports.onlyHomework") : t("reports.onlySome")} `, el("a", { text: t("reports.showAll"), attrs: { href: "/reports.html" } }))
    : null;
  const heads = (["reports.quiz", "reports.played", "reports.kind", "reports.class", "reports.players", "reports.accuracy", "reports.averageScore"] as const).map((h) => el("th", { text: t(h), attrs: { scope: "col" } }));
  replace(
    app,
    el("h1", { text: t("nav.reports") }),
    el(
      "section",
      { className: "card" },
      el("h2", { text: t("nav.classes") }),
      classes.length === 0
        ? el("p", { text: t("reports.noClasses") })
        : el("ul", {}, ...classes.map((c) => el("li", {}, el("a", { text: t("reports.classMastery", { name: c.name }), attrs: { href: `?class=${encodeURIComponent(c.id)}` } }), ` ${t("reports.classCode", { code: c.code, students: t("classes.students", { n: c.studentCount }) })}`))),
    ),
    el(
      "section",
      { className: "card" },
      el("h2", { text: t("classes.pastGames") }),
      filterLine,
      games.length === 0 ? el("p", { text: t("reports.noGames") }) : el("div", { className: "table-scroll" }, el("table", { className: "games-table" }, el("thead", {}, el("tr", {}, ...heads)), el("tbody", {}, ...games.map(gameRow)))),
    ),
  );
}

async function showGame(id: string): Promise<void> {
  const base = `/api/reports/games/${encodeURIComponent(id)}`;
  const [summary, questions, players] = await Promise.all([
    getJson<GameSummary>(base),
    getJson<QuestionReport[]>(`${base}/questions`),
    getJson<PlayerReport[]>(`${base}/players`),
  ]);
  document.title = `AleppoQuiz · ${t("reports.report")} · ${summary.quizTitle}`;
  replace(app, backLink(), summarySection(summary), questionsSection(questions), playersSection(players, summary.questionsPlayed));
}

// Abandoned games are left out of mastery unless the teacher ticks them in; the choice lives in the address.
async function showClass(id: string, includeAbandoned: boolean): Promise<void> {
  const mastery = await getJson<ClassMastery>(`/api/reports/classes/${encodeURIComponent(id)}/mastery?includeAbandoned=${includeAbandoned}`);
  const section = masterySection(mastery);
  if (mastery.abandonedGameCount > 0) {
    const box = el("input", { attrs: { type: "checkbox", id: "include-abandoned" } });
    box.checked = mastery.includesAbandoned;
    box.addEventListener("change", () => {
      const query = new URLSearchParams(location.search);
      if (box.checked) query.set("includeAbandoned", "true");
      else query.delete("includeAbandoned");
      location.search = query.toString();
    });
    section.querySelector(".lead")?.after(el("p", { className: "choice no-print" }, box, el("label", { text: t("reports.includeAbandoned", { n: mastery.abandonedGameCount }), attrs: { for: "include-abandoned" } })));
  }
  replace(app, backLink(), section);
}

function backLink(): HTMLElement {
  return el("p", { className: "no-print" }, el("a", { text: t("reports.allReports"), attrs: { href: "/reports.html" } }));
}

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  try {
    const game = query.get("game");
    const schoolClass = query.get("class");
    await (game ? showGame(game) : schoolClass ? showClass(schoolClass, query.get("includeAbandoned") === "true") : showList(query));
  } catch (error) {
    replace(app, el("section", { className: "card" }, el("h1", { text: t("reports.cannotShow") }), el("p", { className: "field-error", attrs: { role: "alert" }, text: messageOf(error) })));
  }
  focusHeading(app);
}

void start();
// The same links as every other teacher page; the report itself does not wait for them.
currentTeacher()
  .then((teacher) => {
    if (teacher) showTeacherBar(byId("teacher-bar"), teacher, () => undefined);
  })
  .catch(() => undefined);
