// The optional class for a game, chosen before hosting. With a class, students join from its roster with the
// class code (join-class.html), so the game's answers land in that class's reports under their real names.
// The class is remembered for this tab with the host key, because the host state after a refresh does not say it.
import { t } from "../shared/i18n";
import { el } from "../shared/dom";
import { forget, load, save } from "../shared/storage";
import type { ClassSummary } from "../contract/http";

export interface GameClass {
  id: string;
  name: string;
  code: string;
}

const storageKey = "aleppoquiz.host.class";

export interface ClassChoice {
  element: HTMLElement;
  chosen(): GameClass | null;
}

export function classChoice(classes: ClassSummary[], preselected: string | null): ClassChoice | null {
  if (classes.length === 0) return null;
  const control = el(
    "select",
    { attrs: { id: "game-class", name: "class", "aria-describedby": "game-class-hint" } },
    el("option", { text: t("hostClass.none"), attrs: { value: "" } }),
    ...classes.map((c) => el("option", { text: `${c.name} (${t("classes.students", { n: c.studentCount })})`, attrs: { value: c.id } })),
  );
  control.value = classes.some((c) => c.id === preselected) ? (preselected ?? "") : "";
  const element = el(
    "div",
    { className: "card field class-choice" },
    el("label", { text: t("hostClass.label"), attrs: { for: "game-class" } }),
    control,
    el("p", { className: "hint", text: t("hostClass.hint"), attrs: { id: "game-class-hint" } }),
  );
  return {
    element,
    chosen: () => {
      const found = classes.find((c) => c.id === control.value);
      return found ? { id: found.id, name: found.name, code: found.code } : null;
    },
  };
}

function isGameClass(value: unknown): value is GameClass {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v["id"] === "string" && typeof v["name"] === "string" && typeof v["code"] === "string";
}

export function rememberClass(value: GameClass | null): void {
  if (value) save(sessionStorage, storageKey, value);
  else forget(sessionStorage, storageKey);
}

export function rememberedClass(): GameClass | null {
  return load(sessionStorage, storageKey, isGameClass);
}
