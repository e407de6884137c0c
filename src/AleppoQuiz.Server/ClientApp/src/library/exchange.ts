// Quizzes in and out of other tools: export as a file download (any format), import from a file (every format
// but QTI, which is export-only). Downloads go through fetch so a refusal is shown as a sentence, not a file.
import { api, messageOf, toApiError } from "../shared/api";
import { el } from "../shared/dom";
import { clearErrors, field, select, showFieldError } from "../shared/forms";
import type { QuizDetail } from "../shared/authoring";

export const exportFormats: [id: string, name: string][] = [
  ["native", "AleppoQuiz (YAML)"],
  ["gift", "Moodle GIFT"],
  ["moodle-xml", "Moodle XML"],
  ["kahoot-csv", "Kahoot (CSV)"],
  ["qti", "QTI 2.1"],
];

const importFormats = exportFormats.filter(([id]) => id !== "qti");

function fileName(response: Response, fallback: string): string {
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return star ? decodeURIComponent(star) : plain ?? fallback;
}

async function download(quizId: string, format: string): Promise<void> {
  const response = await fetch(`/api/quizzes/${encodeURIComponent(quizId)}/export/${format}`, { credentials: "same-origin" });
  if (!response.ok) throw await toApiError(response);
  const url = URL.createObjectURL(await response.blob());
  const link = el("a", { attrs: { href: url, download: fileName(response, `${quizId}.${format}`) } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A format choice and an Export button for one quiz; `title` names the quiz for screen readers. */
export function exportControls(quizId: string, title: string, onError: (message: string) => void): HTMLElement {
  const format = select("format", exportFormats, "native");
  format.setAttribute("aria-label", `Export format for “${title}”`);
  const go = el("button", { className: "btn btn-secondary btn-small", text: "Export", attrs: { type: "button", "aria-label": `Export “${title}”` } });
  go.addEventListener("click", () => {
    go.disabled = true;
    download(quizId, format.value)
      .catch((error: unknown) => onError(messageOf(error)))
      .finally(() => (go.disabled = false));
  });
  return el("span", { className: "export" }, format, go);
}

/** The import form: a format and a file; `imported` receives the new quiz. */
export function importQuizForm(imported: (quiz: QuizDetail) => void): HTMLFormElement {
  const format = select("format", importFormats, "native");
  const file = el("input", { attrs: { type: "file", name: "file", accept: ".yaml,.yml,.txt,.gift,.xml,.csv" } });
  const submit = el("button", { className: "btn btn-secondary", text: "Import quiz", attrs: { type: "submit" } });
  const form = el(
    "form",
    { className: "card stack-form", attrs: { "aria-labelledby": "import-quiz-title", novalidate: "" } },
    el("h3", { text: "Import a quiz from a file", attrs: { id: "import-quiz-title" } }),
    field("import-format", "Format", format),
    field("import-file", "Quiz file", file),
    el("p", { className: "field-error", attrs: { id: "import-form-error" } }),
    submit,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    const chosen = file.files?.[0];
    if (!chosen) {
      showFieldError(form, "import-file", "Choose the file to import.");
      file.focus();
      return;
    }
    const body = new FormData();
    body.append("file", chosen);
    submit.disabled = true;
    api<QuizDetail>("POST", `/api/quizzes/import/${format.value}`, body)
      .then((quiz) => {
        form.reset();
        imported(quiz);
      })
      .catch((error: unknown) => {
        showFieldError(form, "import-form", messageOf(error));
        file.focus();
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}
