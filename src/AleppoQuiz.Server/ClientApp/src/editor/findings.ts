// The validator's findings on the draft, shown beside it while the teacher writes: checked a moment after the
// last change (not on every key), and replaced by a refused save's findings when there is one. The list sits in
// a polite live region, so a screen reader hears the new findings without losing its place.
import { t } from "../shared/i18n";
import { api, messageOf } from "../shared/api";
import { asSentence } from "../shared/authoring";
import { el, replace } from "../shared/dom";
import { toInput, type Draft } from "./draft";
import type { QuestionFindings } from "../contract/http";

const quietMs = 600;

export class Findings {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly title: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private asked = 0;

  constructor() {
    this.body = el("div", { className: "findings-body", attrs: { id: "findings", "aria-live": "polite" } });
    this.title = el("h3", { text: t("editor.checks"), attrs: { id: "findings-title", tabindex: "-1" } });
    this.element = el("section", { className: "findings", attrs: { "aria-labelledby": "findings-title" } }, this.title, this.body);
    this.show("waiting", t("editor.checkedAsYouWrite"), []);
  }

  /** Checks the draft once the teacher pauses. */
  schedule(draft: Draft): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(draft), quietMs);
  }

  async check(draft: Draft): Promise<void> {
    this.timer = null;
    // Only the newest answer counts: an older check finishing late must not replace it.
    const ask = ++this.asked;
    try {
      const findings = await api<QuestionFindings>("POST", "/api/questions/check", toInput(draft));
      if (ask !== this.asked) return;
      if (findings.isValid) this.show("ok", t("editor.noProblems"), []);
      else this.show("problems", t("editor.toFix", { n: findings.problems.length }), findings.problems);
    } catch (error) {
      if (ask === this.asked) this.show("problems", t("editor.checkFailed", { reason: messageOf(error) }), []);
    }
  }

  /** A save the server refused: its findings, which may differ from the last check's. */
  refused(detail: string, problems: string[]): void {
    this.cancel();
    this.show("refused", t("editor.notSaved", { reason: detail }), problems);
    // The teacher pressed Save and is looking at the button: take them to the reasons.
    this.title.focus();
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.asked++;
  }

  private show(state: "waiting" | "ok" | "problems" | "refused", summary: string, problems: string[]): void {
    this.element.dataset["state"] = state;
    replace(
      this.body,
      el("p", { className: "findings-summary", text: summary }),
      problems.length > 0 ? el("ul", { className: "findings-list" }, ...problems.map((p) => el("li", { text: asSentence(p) }))) : null,
    );
  }
}
