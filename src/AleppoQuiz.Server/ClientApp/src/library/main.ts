// The teacher's library: their quizzes and the built-in templates, quiz import, and the articles questions quote.
import { t } from "../shared/i18n";
import "../shared/language";
import { api, messageOf } from "../shared/api";
import { byId, el, replace } from "../shared/dom";
import { pageNotices } from "../shared/notices";
import { requireTeacher } from "../shared/session";
import { showTeacherBar } from "../shared/teacherbar";
import { listAssignments } from "../shared/assignments";
import { articleForm } from "./articleform";
import { assignmentList } from "./assignments";
import { articleLists, showArticle } from "./articles";
import { importQuizForm, loadFormats } from "./exchange";
import { assignHomework } from "./homework";
import { newQuizForm } from "./newquiz";
import { quizList } from "./quizzes";
import type { ArticleSummary, ExchangeFormat, ImportedQuizResult, QuizSummary } from "../contract/http";

const notices = pageNotices();
const ownQuizzes = byId("own-quizzes");
const templates = byId("templates");
const articles = byId("articles");
const homework = byId("homework");
let formats: ExchangeFormat[] = [];

async function loadQuizzes(focusQuizId?: string): Promise<void> {
  const quizzes = await api<QuizSummary[]>("GET", "/api/quizzes");
  const assign = (quiz: QuizSummary): void => void assignHomework(quiz, notices, () => void loadAssignments().catch(failed)).catch(failed);
  const actions = { refresh: (id?: string) => void loadQuizzes(id).catch(failed), notices, formats, assign };
  replace(ownQuizzes, quizList(quizzes.filter((q) => q.isOwn), actions, t("library.noOwn"), t("library.ownQuizzes")));
  replace(templates, quizList(quizzes.filter((q) => !q.isOwn), actions, t("library.noBuiltIn"), t("library.builtIn")));
  if (focusQuizId) {
    // Focus the new quiz's first control, so the teacher can carry on from where it appeared.
    document.querySelector<HTMLElement>(`[data-quiz-id="${CSS.escape(focusQuizId)}"] .row-actions > *`)?.focus();
  }
}

async function loadAssignments(): Promise<void> {
  replace(homework, assignmentList(await listAssignments(), notices, () => void loadAssignments().catch(failed)));
}

async function loadArticles(): Promise<void> {
  const list = await api<ArticleSummary[]>("GET", "/api/articles");
  replace(articles, articleLists(list, { refresh: () => void loadArticles().catch(failed), notices }));
}

function failed(error: unknown): void {
  notices.error(messageOf(error));
}

/** Says what came in, and how many questions need work before the quiz can be hosted. */
function quizImported({ quiz, problems, warnings }: ImportedQuizResult): void {
  const unready = Object.keys(problems).length;
  const total = t("common.questions", { n: quiz.questions.length });
  const notes = warnings.map((w) => ` ${t("library.importNote", { note: w })}`).join("");
  notices.announce((unready === 0 ? t("library.imported", { title: quiz.title, total }) : `${t("library.imported", { title: quiz.title, total })} ${t("library.unready", { n: unready })}`) + notes);
  void loadQuizzes(quiz.id).catch(failed);
}

async function start(): Promise<void> {
  byId("new-quiz").append(newQuizForm());
  formats = await loadFormats().catch((error: unknown) => {
    failed(error);
    return [];
  });
  byId("import-quiz").append(formats.some((f) => f.canImport) ? importQuizForm(formats, quizImported) : el("p", { className: "hint", text: t("exchange.unavailable") }));
  byId("import-article").append(
    articleForm({
      imported: (result) => {
        notices.announce(t("articles.importedShort", { title: result.article.title }));
        void loadArticles().catch(failed);
      },
      show: (id) => showArticle(articles, id),
    }),
  );
  void loadQuizzes().catch(failed);
  void loadArticles().catch(failed);
  void loadAssignments().catch(failed);
}

requireTeacher()
  .then((teacher) => {
    showTeacherBar(byId("teacher-bar"), teacher, notices.error);
    byId("library-title").textContent = t("library.titleOf", { name: teacher.displayName });
    return start();
  })
  .catch((error: unknown) => replace(byId("app"), el("p", { className: "card field-error", text: messageOf(error), attrs: { role: "alert" } })));
