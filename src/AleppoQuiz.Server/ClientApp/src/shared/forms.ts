// Labelled form fields with an error line each, as on the join page: the error is tied to its field with
// aria-describedby, announced when shown, and cleared before the next try.
import { el } from "./dom";

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface FieldOptions {
  hint?: string;
  className?: string;
}

/** A label, the control, an optional hint and the error line; the control gets `id`. */
export function field(id: string, label: string, control: Control, options: FieldOptions = {}): HTMLDivElement {
  control.id = id;
  const described = [options.hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ");
  control.setAttribute("aria-describedby", described);
  return el(
    "div",
    { className: `field${options.className ? ` ${options.className}` : ""}` },
    el("label", { text: label, attrs: { for: id } }),
    control,
    options.hint ? el("p", { className: "hint field-hint", text: options.hint, attrs: { id: `${id}-hint` } }) : null,
    el("p", { className: "field-error", attrs: { id: `${id}-error` } }),
  );
}

export function input(name: string, attrs: Record<string, string> = {}): HTMLInputElement {
  return el("input", { attrs: { name, ...attrs } });
}

export function textarea(name: string, rows: number, attrs: Record<string, string> = {}): HTMLTextAreaElement {
  return el("textarea", { attrs: { name, rows: String(rows), ...attrs } });
}

export function select(name: string, choices: [value: string, text: string][], value: string): HTMLSelectElement {
  const control = el("select", { attrs: { name } }, ...choices.map(([v, text]) => el("option", { text, attrs: { value: v } })));
  control.value = value;
  return control;
}

/** Shows `message` under the field whose control has `id` (or in the form's own error line when there is none). */
export function showFieldError(root: ParentNode, id: string, message: string): boolean {
  const line = root.querySelector<HTMLElement>(`#${CSS.escape(id)}-error`);
  if (!line) return false;
  line.textContent = message;
  line.setAttribute("role", "alert");
  root.querySelector(`#${CSS.escape(id)}`)?.setAttribute("aria-invalid", "true");
  return true;
}

export function clearErrors(root: ParentNode): void {
  for (const line of root.querySelectorAll<HTMLElement>(".field-error")) {
    line.textContent = "";
    line.removeAttribute("role");
  }
  for (const invalid of root.querySelectorAll("[aria-invalid]")) invalid.removeAttribute("aria-invalid");
}

/** Focuses the first control marked invalid, or `fallback`. */
export function focusFirstInvalid(root: ParentNode, fallback?: HTMLElement): void {
  (root.querySelector<HTMLElement>("[aria-invalid='true']") ?? fallback)?.focus();
}
