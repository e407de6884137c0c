// Quizzes in and out of other tools: export as a file download, import from a file. The formats come from the
// server (QTI is export-only). Downloads go through fetch, so a refusal is shown as a sentence, not saved as a
// file, and the questions a format could not hold are named.
import { hasKey, t } from "../shared/i18n";
import { api, messageOf, toApiError } from "../shared/api";
import { el } from "../shared/dom";
import { clearErrors, field, select, showFieldError } from "../shared/forms";
import type { Notices } from "../shared/notices";
import type { ExchangeFormat, ImportNote, ImportedQuizResult } from "../contract/http";

/** A format's name in the reader's language; a format new to this page keeps the server's name. */
function formatName(format: ExchangeFormat): string {
  const key = `format.${format.name}`;
  return hasKey(key) ? t(key) : format.displayName;
}

export async function loadFormats(): Promise<ExchangeFormat[]> {
  return api<ExchangeFormat[]>("GET", "/api/quizzes/formats");
}

function fileName(response: Response, fallback: string): string {
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return star ? decodeURIComponent(star) : plain ?? fallback;
}

/** Downloads the export; resolves with the questions the format left out, as the server lists them. */
async function download(quizId: string, format: string): Promise<string[]> {
  const response = await fetch(`/api/quizzes/${encodeURIComponent(quizId)}/export/${encodeURIComponent(format)}`, { credentials: "same-origin" });
  if (!response.ok) throw await toApiError(response);
  const url = URL.createObjectURL(await response.blob());
  const link = el("a", { attrs: { href: url, download: fileName(response, `${quizId}.${format}`) } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const notes = decodeURIComponent(response.headers.get("X-Export-Notes") ?? "");
  return notes.split(" | ").filter((note) => note.trim() !== "");
}

/** A format choice and an Export button for one quiz (none while no format is known); `title` names the quiz. */
export function exportControls(quizId: string, title: string, formats: ExchangeFormat[], notices: Notices): HTMLElement | null {
  const choices = formats.filter((f) => f.canExport).map((f): [string, string] => [f.name, formatName(f)]);
  if (choices.length === 0) return null;
  const format = select("format", choices, choices[0]?.[0] ?? "native");
  format.setAttribute("aria-label", t("exchange.formatFor", { title }));
  const go = el("button", { className: "btn btn-secondary btn-small", text: t("exchange.export"), attrs: { type: "button", "aria-label": `${t("exchange.export")} “${title}”` } });
  go.addEventListener("click", () => {
    go.disabled = true;
    const chosen = format.selectedOptions[0]?.text ?? format.value;
    download(quizId, format.value)
      .then((notes) => notices.announce(notes.length === 0 ? t("exchange.exported", { title, format: chosen }) : `${t("exchange.exported", { title, format: chosen })} ${t("exchange.leftOut", { notes: notes.join("; ") })}`))
      .catch((error: unknown) => notices.error(messageOf(error)))
      .finally(() => (go.disabled = false));
  });
  return el("span", { className: "export" }, format, go);
}

/** The import form: a format and a file; `imported` receives the new quiz and what still needs work. */
export function importQuizForm(formats: ExchangeFormat[], imported: (result: ImportedQuizResult) => void): HTMLFormElement {
  const format = select("format", formats.filter((f) => f.canImport).map((f) => [f.name, formatName(f)]), "native");
  const file = el("input", { attrs: { type: "file", name: "file", accept: ".yaml,.yml,.txt,.gift,.xml,.csv,.xlsx" } });
  const submit = el("button", { className: "btn btn-secondary", text: t("exchange.import"), attrs: { type: "submit" } });
  // What the last import left out stays listed under the form until the next import.
  const report = el("div", { className: "import-report", attrs: { id: "import-report", "aria-live": "polite" } });
  const form = el(
    "form",
    { className: "card stack-form", attrs: { "aria-labelledby": "import-quiz-title", novalidate: "" } },
    el("h3", { text: t("exchange.importTitle"), attrs: { id: "import-quiz-title" } }),
    field("import-format", t("exchange.format"), format),
    field("import-file", t("exchange.file"), file, { hint: t("exchange.fileHint") }),
    submit,
    report,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors(form);
    const chosen = file.files?.[0];
    if (!chosen) {
      showFieldError(form, "import-file", t("exchange.chooseFile"));
      file.focus();
      return;
    }
    report.replaceChildren();
    const body = new FormData();
    body.append("file", chosen);
    submit.disabled = true;
    api<ImportedQuizResult>("POST", `/api/quizzes/import/${encodeURIComponent(format.value)}`, body)
      .then((result) => {
        form.reset();
        showReport(report, result.notes);
        imported(result);
      })
      .catch((error: unknown) => {
        showFieldError(form, "import-file", messageOf(error));
        file.focus();
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}

/** Lists, question by question, what the file held that the import left out, with the line or element to look at. */
function showReport(report: HTMLElement, notes: ImportNote[]): void {
  if (notes.length === 0) {
    report.replaceChildren();
    return;
  }
  const skipped = notes.filter((n) => n.skipped).length;
  const heading = skipped === 0 ? t("exchange.changed") : t("exchange.skipped", { n: skipped });
  report.replaceChildren(
    el("p", { className: "notice", text: heading }),
    el("ul", {}, ...notes.map((n) => el("li", { text: `${n.location}: ${n.skipped ? "" : t("exchange.changedNote")}${n.message}` }))),
  );
}
