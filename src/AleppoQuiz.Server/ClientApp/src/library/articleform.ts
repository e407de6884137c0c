// Importing an article: paste the story (text or a page's HTML) or upload a .txt/.html file, with its details.
// The server cleans it and may refuse it; each refusal is shown beside the field it is about, and a duplicate
// points at the article that already holds the story.
import { t } from "../shared/i18n";
import { api, ApiError, messageOf } from "../shared/api";
import { button, el, replace } from "../shared/dom";
import { clearErrors, field, focusFirstInvalid, input, showFieldError, textarea } from "../shared/forms";
import type { ImportedArticle } from "../contract/http";

export interface ArticleFormActions {
  imported(result: ImportedArticle): void;
  /** Shows an article already in the lists; false when it is not there. */
  show(articleId: string): boolean;
}

// The server's field names, mapped to this form's controls.
const fieldIds: Record<string, string> = { title: "article-title", outlet: "article-outlet", wireCredit: "article-wire", date: "article-date", url: "article-url" };

function sourceChoice(name: string, value: string, text: string, checked: boolean): HTMLLabelElement {
  const radio = el("input", { attrs: { type: "radio", name, value } });
  radio.checked = checked;
  return el("label", { className: "choice" }, radio, ` ${text}`);
}

// A refusal about the story itself (empty, not text, too large, nothing left) belongs beside the text or file.
function generalField(problem: ApiError | null, uploading: boolean): string {
  const aboutStory = problem !== null && (problem.status === 413 || problem.status === 415 || (problem.status === 400 && problem.extensions["title"] !== "The details disagree with the text"));
  if (!aboutStory) return "article-form";
  return uploading ? "article-file" : "article-text";
}

/** What the import did: the stored title and outlet, and any lines the cleaner dropped, for the teacher to check. */
function importedSummary(result: ImportedArticle): HTMLElement {
  const { article, droppedLines } = result;
  const dropped = droppedLines.length;
  return el(
    "div",
    { className: "notice import-done" },
    el("p", { text: t("articles.imported", { title: article.title, outlet: article.outlet, date: article.date }) }),
    dropped > 0
      ? el(
          "details",
          {},
          el("summary", { text: t("articles.dropped", { n: dropped }) }),
          el("ul", { className: "dropped-lines" }, ...droppedLines.map((line) => el("li", { text: line }))),
        )
      : null,
  );
}

export function articleForm(actions: ArticleFormActions): HTMLFormElement {
  const fields = {
    title: input("title", { maxlength: "300" }),
    outlet: input("outlet", { maxlength: "120" }),
    wireCredit: input("wireCredit", { maxlength: "120" }),
    date: input("date", { type: "date" }),
    url: input("url", { type: "url", inputmode: "url" }),
  };
  const text = textarea("text", 10);
  const file = el("input", { attrs: { type: "file", name: "file", accept: ".txt,.text,.html,.htm,text/plain,text/html" } });
  const pasteField = field("article-text", t("articles.text"), text, { hint: t("articles.textHint") });
  const fileField = field("article-file", t("articles.file"), file);
  fileField.hidden = true;
  const outcome = el("div", { className: "import-outcome" });
  const submit = el("button", { className: "btn btn-primary", text: t("articles.import"), attrs: { type: "submit" } });
  const form = el(
    "form",
    { className: "card stack-form article-form", attrs: { "aria-labelledby": "import-article-title", novalidate: "" } },
    el("h3", { text: t("articles.importTitle"), attrs: { id: "import-article-title" } }),
    el("fieldset", { className: "choices" }, el("legend", { text: t("articles.source") }), sourceChoice("source", "paste", t("articles.pasted"), true), sourceChoice("source", "upload", t("articles.uploaded"), false)),
    pasteField,
    fileField,
    el(
      "div",
      { className: "field-grid" },
      field("article-title", t("articles.title"), fields.title, { hint: t("articles.titleHint") }),
      field("article-outlet", t("articles.outlet"), fields.outlet, { hint: t("articles.outletHint") }),
      field("article-wire", t("articles.wire"), fields.wireCredit, { hint: t("articles.wireHint") }),
      field("article-date", t("articles.date"), fields.date),
      field("article-url", t("articles.url"), fields.url),
    ),
    el("p", { className: "field-error", attrs: { id: "article-form-error" } }),
    submit,
    outcome,
  );
  const uploading = (): boolean => form.querySelector<HTMLInputElement>("input[name=source]:checked")?.value === "upload";
  form.addEventListener("change", (event) => {
    if ((event.target as HTMLInputElement).name !== "source") return;
    pasteField.hidden = uploading();
    fileField.hidden = !uploading();
  });

  const refused = (error: unknown): void => {
    const problem = error instanceof ApiError ? error : null;
    let shown = false;
    for (const [name, messages] of Object.entries(problem?.fieldErrors ?? {})) {
      shown = showFieldError(form, fieldIds[name] ?? "article-form", messages.join(" ")) || shown;
    }
    if (problem?.status === 409 && typeof problem.extensions["articleId"] === "string") {
      const existing = problem.extensions["articleId"];
      showFieldError(form, "article-form", problem.shown);
      replace(outcome, button(t("articles.showExisting"), () => actions.show(existing) || showFieldError(form, "article-form", `${problem.shown} ${t("articles.notListed")}`), "btn btn-secondary btn-small"));
      shown = true;
    }
    if (!shown) showFieldError(form, generalField(problem, uploading()), messageOf(error));
    focusFirstInvalid(form, uploading() ? file : text);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    replace(outcome);
    const details = Object.fromEntries(Object.entries(fields).map(([name, control]) => [name, control.value.trim()]));
    let body: object | FormData = { ...details, text: text.value };
    if (uploading()) {
      const chosen = file.files?.[0];
      if (!chosen) {
        showFieldError(form, "article-file", t("articles.chooseFile"));
        file.focus();
        return;
      }
      const data = new FormData();
      data.append("file", chosen);
      for (const [name, value] of Object.entries(details)) data.append(name, value);
      body = data;
    }
    submit.disabled = true;
    api<ImportedArticle>("POST", uploading() ? "/api/articles/upload" : "/api/articles", body)
      .then((result) => {
        form.reset();
        pasteField.hidden = false;
        fileField.hidden = true;
        replace(outcome, importedSummary(result));
        actions.imported(result);
      })
      .catch(refused)
      .finally(() => (submit.disabled = false));
  });
  return form;
}
