// Puts every page in the chosen language as it loads: <html lang dir>, the static text the HTML marks with
// data-i18n="key" (and data-i18n-attr="attribute:key;…"), and a language switcher in the top bar.
import { chooseStoredLanguage, direction, language, languageNames, t, type Key, type Language } from "./i18n";

function translateStaticText(): void {
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    element.textContent = t(element.dataset["i18n"] as Key);
  }
  for (const element of document.querySelectorAll<HTMLElement>("[data-i18n-attr]")) {
    for (const pair of (element.dataset["i18nAttr"] ?? "").split(";")) {
      const [attribute, key] = pair.split(":");
      if (attribute && key) element.setAttribute(attribute.trim(), t(key.trim() as Key));
    }
  }
}

function switcher(): HTMLElement {
  const select = document.createElement("select");
  select.id = "language-choice";
  select.className = "language-choice";
  select.setAttribute("aria-label", t("language.choose"));
  for (const [code, name] of Object.entries(languageNames)) {
    const option = new Option(name, code, false, code === language);
    option.lang = code;
    select.append(option);
  }
  // Everything on screen was drawn in the old language; a reload redraws it, and live pages rejoin their game.
  select.addEventListener("change", () => {
    chooseStoredLanguage(select.value as Language);
    location.reload();
  });
  const wrapper = document.createElement("div");
  wrapper.className = "language-switch";
  wrapper.append(select);
  return wrapper;
}

export function localisePage(): void {
  document.documentElement.lang = language;
  document.documentElement.dir = direction;
  translateStaticText();
  document.querySelector(".topbar")?.append(switcher());
}

localisePage();
