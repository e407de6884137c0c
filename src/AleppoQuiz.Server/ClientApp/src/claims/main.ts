// The claims map: the attribution engine's reading of a story, for a teacher preparing a lesson. Where the
// sources disagree comes first (that is the lesson); the full who-said-what table follows.
import { t } from "../shared/i18n";
import "../shared/language";
import { api, messageOf } from "../shared/api";
import { authoredText, byId, el, focusHeading, replace } from "../shared/dom";
import { pageNotices } from "../shared/notices";
import { requireTeacher } from "../shared/session";
import { showTeacherBar } from "../shared/teacherbar";
import { loadClaims } from "./api";
import { articleChooser, chosenArticles } from "./chooser";
import { disagreementsSection } from "./disagree";
import { draftsSection } from "./drafts";
import { statementsSection } from "./table";
import { showInArticle } from "./viewer";
import type { ArticleSummary } from "../contract/http";

const notices = pageNotices();
const app = byId("claims");
let articles: ArticleSummary[] = [];

async function draw(ids: string[], focus: boolean): Promise<void> {
  replace(app, el("p", { className: "hint", text: t("claims.reading") }));
  const map = await loadClaims(ids);
  const shown = map.articles.map((a) => a.id);
  replace(
    app,
    articleChooser(articles, shown, (chosen) => {
      history.replaceState(null, "", chosen.length > 0 ? `?articles=${chosen.map(encodeURIComponent).join(",")}` : location.pathname);
      void draw(chosen, true).catch(failed);
    }),
    el("p", { className: "lead" }, authoredText(map.articles.map((a) => a.outlet).join(", ")), `: ${t("claims.summary", { figures: map.figureConflicts.length, claims: map.contradictions.length, names: map.spellings.length })}`),
    disagreementsSection(map, showInArticle),
    statementsSection(map, showInArticle),
    draftsSection(ids),
  );
  notices.announce("");
  if (focus) focusHeading(byId("app"));
}

function failed(error: unknown): void {
  replace(app, el("p", { className: "card field-error", text: messageOf(error), attrs: { role: "alert" } }));
}

requireTeacher()
  .then(async (teacher) => {
    showTeacherBar(byId("teacher-bar"), teacher, notices.error);
    articles = await api<ArticleSummary[]>("GET", "/api/articles");
    await draw(chosenArticles(), false);
  })
  .catch(failed);
