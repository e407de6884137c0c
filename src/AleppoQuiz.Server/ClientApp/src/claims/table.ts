// "Who said what": one row per speaker, one column per outlet, each cell the speaker's statements in that outlet
// with the reporting verb ("said", "accused") that attributes them. Each statement opens its article at its words.
import { t } from "../shared/i18n";
import { authored, el, srOnly } from "../shared/dom";
import type { ShowSpan } from "./api";
import type { ClaimsMap, StatementInfo } from "../contract/http";

const unnamed = t("claims.unnamed");

function speakerOf(statement: StatementInfo): string {
  return statement.speaker ?? unnamed;
}

/** Speakers with the most statements first: the people a class should look at before the passing mentions. */
function speakers(statements: StatementInfo[]): string[] {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(speakerOf(s), (counts.get(speakerOf(s)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

function statementButton(statement: StatementInfo, show: ShowSpan): HTMLElement {
  const open = el(
    "button",
    { className: "statement", attrs: { type: "button", "data-kind": statement.kind }, on: { click: () => show({ articleId: statement.articleId, outlet: statement.outlet, quote: statement.content, start: statement.start, end: statement.end }, open) } },
    el("span", { attrs: authored }, el("span", { className: "cue", text: statement.cue }), " ", el("span", { className: "content", text: statement.content })),
  );
  return el("li", {}, open);
}

export function statementsSection(map: ClaimsMap, show: ShowSpan): HTMLElement {
  const outlets = map.articles;
  const rows = speakers(map.statements).map((name) =>
    el(
      "tr",
      {},
      el("th", { text: name, attrs: { scope: "row", ...authored } }),
      ...outlets.map((article) => {
        const said = map.statements.filter((s) => speakerOf(s) === name && s.articleId === article.id);
        return el("td", {}, said.length === 0 ? el("span", { className: "none" }, el("span", { text: "–", attrs: { "aria-hidden": "true" } }), srOnly(t("claims.nothing"))) : el("ul", { className: "statements" }, ...said.map((s) => statementButton(s, show))));
      }),
    ),
  );
  return el(
    "section",
    { className: "claims-section", attrs: { "aria-labelledby": "who-said-title" } },
    el("h2", { text: t("claims.whoSaidTitle"), attrs: { id: "who-said-title" } }),
    el("p", { className: "hint", text: t("claims.statements", { n: map.statements.length }) }),
    el(
      "div",
      { className: "table-scroll claims-scroll", attrs: { tabindex: "0", role: "region", "aria-labelledby": "who-said-title" } },
      el(
        "table",
        { className: "claims-table" },
        el("caption", { className: "sr-only", text: t("claims.tableCaption") }),
        el("thead", {}, el("tr", {}, el("th", { text: t("claims.speaker"), attrs: { scope: "col" } }), ...outlets.map((a) => el("th", { text: a.outlet, attrs: { scope: "col", title: a.title, ...authored } })))),
        el("tbody", {}, ...rows),
      ),
    ),
  );
}
