// The quiz editor: the quiz's title and description, its questions in order, and one question at a time open in
// the question form. Every change goes to the server with the quiz version it was made on (see QuizStore).
import { t } from "../shared/i18n";
import "../shared/language";
import { api, ApiError, messageOf } from "../shared/api";
import { byId, el, focusHeading, redrawKeepingFocus, replace } from "../shared/dom";
import { pageNotices } from "../shared/notices";
import { requireTeacher } from "../shared/session";
import { showTeacherBar } from "../shared/teacherbar";
import { showConflict } from "./conflict";
import { detailsForm, refreshDetails } from "./details";
import { draftFrom, emptyDraft, toInput, type Draft } from "./draft";
import { draftsPanel } from "./drafts";
import { focusQuestionControl, questionList } from "./questionlist";
import { questionForm, type QuestionForm } from "./questionform";
import { readinessSummary, unreadyQuestions } from "./readiness";
import { readOnlyScreen, shell } from "./shell";
import { QuizStore } from "./store";
import type { ArticleSummary, DraftInfo, QuestionDetail, QuizDetail } from "../contract/http";

const app = byId("app");
const notices = pageNotices();
const quizId = new URLSearchParams(location.search).get("quiz") ?? "";

let store: QuizStore;
let articles: ArticleSummary[] = [];
let form: QuestionForm | null = null;
let editingId: string | null = null;
let unready = new Map<string, string[]>();
let page: ReturnType<typeof shell>;

function sorted(quiz: QuizDetail): QuestionDetail[] {
  return [...quiz.questions].sort((a, b) => a.position - b.position);
}

function drawList(): void {
  page.title.textContent = store.quiz.title;
  page.count.textContent = t("editor.questionsCount", { n: store.quiz.questions.length });
  const actions = { edit: (q: QuestionDetail) => openForm(draftFrom(q)), remove, move, add: () => openForm(emptyDraft()) };
  replace(page.questions, questionList(store.quiz, actions, editingId, unready, readinessSummary(unready)));
}

/** Checks every question again (after loading or reloading), then marks the ones not ready to host. */
function checkReadiness(): void {
  unreadyQuestions(store.quiz)
    .then((found) => {
      unready = found;
      // Only marks change; a keyboard user's focus in the list stays where it was.
      redrawKeepingFocus(page.questions, drawList);
    })
    .catch(failed);
}

function closeForm(): void {
  form?.close();
  form = null;
  editingId = null;
  replace(page.editor);
  drawList();
}

function openForm(draft: Draft): void {
  if (form?.isDirty() && !window.confirm(t("editor.discardWriting"))) return;
  form?.close();
  editingId = draft.id;
  const questions = sorted(store.quiz);
  const at = draft.id ? questions.findIndex((q) => q.id === draft.id) : questions.length;
  const total = draft.id ? questions.length : questions.length + 1;
  form = questionForm(draft, at, total, articles, { save, cancel });
  replace(page.editor, form.element);
  drawList();
  focusHeading(page.editor);
}

function cancel(): void {
  if (form?.isDirty() && !window.confirm(t("editor.discard"))) return;
  const id = editingId;
  closeForm();
  if (id) focusQuestionControl(page.questions, id, "[data-action='edit']");
  else page.questions.querySelector<HTMLButtonElement>("[data-action='add']")?.focus();
}

async function save(draft: Draft): Promise<void> {
  const questions = `${store.path}/questions`;
  try {
    const quiz = await store.edit((version) => ({
      method: draft.id ? "PUT" : "POST",
      path: draft.id ? `${questions}/${encodeURIComponent(draft.id)}` : questions,
      body: { version, question: toInput(draft) },
    }));
    // A new question is the last one; an edited one keeps its id.
    const savedId = draft.id ?? sorted(quiz).at(-1)?.id ?? "";
    // The server saved it, so it passed the validator.
    unready.delete(savedId);
    closeForm();
    notices.announce(t("editor.saved"));
    focusQuestionControl(page.questions, savedId, "[data-action='edit']");
  } catch (error) {
    if (error instanceof ApiError && error.status === 400 && form) {
      form.findings.refused(error.shown, error.problems);
    } else if (!(error instanceof ApiError && error.status === 409)) {
      notices.error(messageOf(error));
    }
    throw error;
  }
}

function remove(question: QuestionDetail): void {
  if (!window.confirm(t("editor.confirmDelete", { prompt: question.prompt }))) return;
  store
    .edit((version) => ({ method: "DELETE", path: `${store.path}/questions/${encodeURIComponent(question.id)}?version=${version}` }))
    .then(() => {
      unready.delete(question.id);
      if (editingId === question.id) closeForm();
      else drawList();
      notices.announce(t("editor.deleted"));
      page.questions.querySelector<HTMLButtonElement>("[data-action='add']")?.focus();
    })
    .catch(failed);
}

function move(question: QuestionDetail, to: number, direction: "up" | "down"): void {
  const ids = sorted(store.quiz).map((q) => q.id).filter((id) => id !== question.id);
  ids.splice(to, 0, question.id);
  store
    .edit((version) => ({ method: "PUT", path: `${store.path}/order`, body: { version, questionIds: ids } }))
    .then((quiz) => {
      focusQuestionControl(page.questions, question.id, `[data-move='${direction}']`);
      notices.announce(t("editor.moved", { n: to + 1, total: quiz.questions.length }));
    })
    .catch(failed);
}

/** Adds a draft as it is; the quiz comes back from the server and the list redraws from it. */
async function acceptDraft(info: DraftInfo, articleIds: string[]): Promise<void> {
  try {
    // The server drafts again from the same articles to find the draft, so it is told which ones were read.
    const body = (version: number): object => (articleIds.length > 0 ? { version, articles: articleIds } : { version });
    await store.edit((version) => ({ method: "POST", path: `${store.path}/drafts/${encodeURIComponent(info.id)}`, body: body(version) }));
    notices.announce(t("editor.draftAdded", { n: store.quiz.questions.length }));
    checkReadiness();
  } catch (error) {
    failed(error);
    throw error;
  }
}

// Conflicts are shown by the banner; everything else as an error.
function failed(error: unknown): void {
  if (!(error instanceof ApiError && error.status === 409)) notices.error(messageOf(error));
}

async function start(): Promise<void> {
  if (!quizId) {
    replace(app, el("section", { className: "card" }, el("h1", { text: t("editor.noQuiz") }), el("p", {}, el("a", { text: t("editor.openFromLibrary"), attrs: { href: "/library.html" } }))));
    return;
  }
  const [quiz, list] = await Promise.all([api<QuizDetail>("GET", `/api/quizzes/${encodeURIComponent(quizId)}`), api<ArticleSummary[]>("GET", "/api/articles")]);
  articles = list;
  document.title = `AleppoQuiz · ${t("quizzes.edit")} “${quiz.title}”`;
  if (!quiz.isOwn) {
    replace(app, readOnlyScreen(quiz, notices));
    focusHeading(app);
    return;
  }
  let details: HTMLFormElement | null = null;
  store = new QuizStore(quiz, () => drawList(), (error) => showConflict(page.conflict, error, async () => {
    const fresh = await store.reload();
    if (details) refreshDetails(details, fresh);
    checkReadiness();
    notices.announce(t("editor.reloaded"));
  }));
  details = detailsForm(store, () => notices.announce(t("editor.detailsSaved")));
  page = shell(quiz, details);
  replace(app, page.element);
  drawList();
  draftsPanel(page.drafts, articles, { accept: acceptDraft, edit: openForm });
  focusHeading(app);
  checkReadiness();
}

// Leaving with an unsaved question asks first; the browser words the question.
window.addEventListener("beforeunload", (event) => {
  if (form?.isDirty()) event.preventDefault();
});

requireTeacher()
  .then((teacher) => {
    showTeacherBar(byId("teacher-bar"), teacher, notices.error);
    return start();
  })
  .catch((error: unknown) => replace(app, el("p", { className: "card field-error", text: messageOf(error), attrs: { role: "alert" } })));
