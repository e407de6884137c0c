// The join form: PIN and nickname, a "random name" button, and each refusal's sentence next to its field.
import { t } from "../shared/i18n";
import { byId, el } from "../shared/dom";
import { asRefusal } from "../shared/hub";

export interface JoinActions {
  join(pin: string, nickname: string): Promise<void>;
  suggest(pin: string): Promise<string>;
}

type Field = "pin" | "nickname" | "form";

const pinCodes = new Set(["game-not-found", "join-closed", "game-full", "game-ended", "kicked", "invalid-token"]);

export function fieldFor(code: string): Field {
  if (code.startsWith("nickname-")) return "nickname";
  return pinCodes.has(code) ? "pin" : "form";
}

function field(id: string, label: string, input: HTMLInputElement, extra?: HTMLElement): HTMLDivElement {
  input.id = id;
  input.setAttribute("aria-describedby", `${id}-error`);
  return el(
    "div",
    { className: "field" },
    el("label", { text: label, attrs: { for: id } }),
    el("div", { className: "field-row" }, input, extra),
    el("p", { className: "field-error", attrs: { id: `${id}-error` } }),
  );
}

export function joinScreen(actions: JoinActions, initialPin: string, notice: string | null): HTMLElement {
  const pin = el("input", {
    attrs: { name: "pin", inputmode: "numeric", autocomplete: "off", maxlength: "7", pattern: "[0-9]*", required: "" },
  });
  pin.value = initialPin;
  const nickname = el("input", { attrs: { name: "nickname", autocomplete: "nickname", maxlength: "20", required: "" } });
  const submit = el("button", { className: "btn btn-primary btn-block", text: t("join.join"), attrs: { type: "submit" } });
  const suggest = el("button", { className: "btn btn-secondary", text: t("join.random"), attrs: { type: "button" } });
  const formError = el("p", { className: "field-error", attrs: { id: "form-error" } });
  const form = el(
    "form",
    { className: "card join-form", attrs: { novalidate: "", "aria-labelledby": "join-title" } },
    el("h1", { text: t("results.join"), attrs: { id: "join-title" } }),
    notice ? el("p", { className: "notice", text: notice, attrs: { role: "status" } }) : null,
    field("pin", t("join.pin"), pin),
    field("nickname", t("join.nickname"), nickname, suggest),
    formError,
    submit,
  );

  const inputs: Record<Field, HTMLInputElement | null> = { pin, nickname, form: null };
  const showError = (target: Field, sentence: string): void => {
    const message = target === "form" ? formError : form.querySelector<HTMLElement>(`#${target}-error`);
    if (message) {
      message.textContent = sentence;
      message.setAttribute("role", "alert");
    }
    inputs[target]?.setAttribute("aria-invalid", "true");
    inputs[target]?.focus();
  };
  const clearErrors = (): void => {
    for (const message of form.querySelectorAll<HTMLElement>(".field-error")) {
      message.textContent = "";
      message.removeAttribute("role");
    }
    pin.removeAttribute("aria-invalid");
    nickname.removeAttribute("aria-invalid");
  };
  const checkPin = (): string | null => {
    const value = pin.value.replace(/\s+/g, "");
    if (/^\d{6,7}$/.test(value)) return value;
    showError("pin", t("join.pinDigits"));
    return null;
  };
  const busy = (on: boolean): void => {
    submit.disabled = on;
    suggest.disabled = on;
  };
  const refused = (error: unknown): void => {
    const refusal = asRefusal(error);
    showError(fieldFor(refusal.code), refusal.sentence);
  };

  suggest.addEventListener("click", () => {
    clearErrors();
    const value = checkPin();
    if (!value) return;
    busy(true);
    actions
      .suggest(value)
      .then((name) => {
        nickname.value = name;
        nickname.focus();
      })
      .catch(refused)
      .finally(() => busy(false));
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearErrors();
    const value = checkPin();
    if (!value) return;
    busy(true);
    actions
      .join(value, nickname.value)
      .catch(refused)
      .finally(() => busy(false));
  });
  return form;
}

/** Focuses the first empty field, so a phone opened from the QR code goes straight to the nickname. */
export function focusFirstEmpty(): void {
  const pin = byId<HTMLInputElement>("pin");
  (pin.value ? byId<HTMLInputElement>("nickname") : pin).focus();
}
